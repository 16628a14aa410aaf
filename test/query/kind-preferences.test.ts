/**
 * A kind word prefers, it does not filter: a measure lacking the kind asked answers with the kind it has for the
 * period asked, naming it, and a measure that has the kind but counts something else (contact courses) does
 * not push it back.
 */
import { describe, expect, it } from 'vitest';
import { seededEngine } from './support/seed-store.js';

const { ask } = seededEngine();

describe('a kind asked that the measure lacks', () => {
  it.each([
    ['Hvad er det forventede antal selvforsørgende borgere i KIK II pr. 31. januar 2019?', 'da', 'forventet'],
    ['Hvor mange borgere forventes at blive selvforsørgende i KIK II pr. 31. januar 2019?', 'da', 'forventet'],
    ['What is the expected number of self-supporting citizens in KIK II on 31 January 2019?', 'en', 'expected'],
  ] as const)('%s is answered with the only kind stored for that day, naming both', async (q, lang, kind) => {
    const a = await ask(q, { lang });
    expect(a.figures[0]).toMatchObject({ kpi: 'aabenraa.kik-ii.selvforsoergende', period: '2019-01-31', kind: 'target' });
    expect(a.text).toContain(kind);
  });

  it('keeps the kind asked where the measure has it', async () => {
    const a = await ask('Hvad er den forventede sparede forsørgelse i CEB 04 i 2019?', { lang: 'da' });
    expect(a.figures[0]).toMatchObject({ kpi: 'herning.ceb-04.sparet-forsoergelse', period: '2019', kind: 'expected' });
  });
});
