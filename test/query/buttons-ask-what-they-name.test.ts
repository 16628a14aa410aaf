/**
 * A button under an answer asks again for what it names. Herning's forms hold a measure named "Ændring i driftsudgifter"
 * in each proposal: a button offering UE 09a's line that asked "Ændring i driftsudgifter Herning Kommune 2018" was
 * answered with BIC 01's 2018 figure — a wrong number one click away. Every button of the answers to the project's and
 * the developers' question sets is pressed: a measure answered whose name other measures share must be the one of the
 * case the button names, and the measure answered must be the one the button names.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { fold } from '../../functions/domain/query/index.js';
import { readSets } from '../../functions/query/evaluation.js';
import type { Answer } from '../../functions/query/types.js';
import { seededEngine } from './support/seed-store.js';

const { ask, catalogue } = seededEngine();
const sets = readSets(fileURLToPath(new URL('./sets/', import.meta.url))).filter((s) => !s.blind);
const pressed: { from: string; q: string; answer: Answer }[] = [];

beforeAll(async () => {
  const seen = new Set<string>();
  for (const set of sets) {
    for (const item of set.items) {
      if (!('q' in item)) continue;
      const a = await ask(item.q);
      for (const alt of a.alternatives) {
        if (seen.has(alt.q)) continue;
        seen.add(alt.q);
        pressed.push({ from: item.q, q: alt.q, answer: await ask(alt.q) });
      }
    }
  }
}, 120_000);

describe('buttons', () => {
  it('are pressed in numbers worth testing', () => {
    expect(pressed.length).toBeGreaterThan(100);
    expect(pressed.filter((p) => p.answer.figures.length).length).toBeGreaterThan(50);
  });

  it('answer the measure of the case they name, never a namesake of another case', () => {
    const cat = catalogue();
    const shared = new Map<string, number>();
    for (const k of cat.kpis.values()) for (const n of new Set([k.name.da, k.name.en])) shared.set(n, (shared.get(n) ?? 0) + 1);
    const wrong: string[] = [];
    for (const p of pressed) {
      const id = p.answer.figures[0]?.kpi;
      const kpi = id ? cat.kpis.get(id) : undefined;
      if (!kpi || p.answer.calculation) continue;
      const code = kpi.caseId ? cat.cases.get(kpi.caseId)?.code : undefined;
      // (A button's words may be read as the other language: the measure is the same.)
      const named = [kpi.name.da, kpi.name.en].some((n) => fold(p.q).includes(fold(n)));
      const sharedName = (shared.get(kpi.name.da) ?? 0) > 1 || (shared.get(kpi.name.en) ?? 0) > 1;
      if (!named || (sharedName && code && !fold(p.q).includes(fold(code)))) wrong.push(`${p.from} → button «${p.q}» answered ${kpi.id}`);
    }
    expect(wrong).toEqual([]);
  });
});
