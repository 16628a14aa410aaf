/**
 * The data a card may carry in its own language whatever the reader's: names of organisations and cases,
 * document titles and sections, and what people wrote (proposals). The language tests take these out of
 * a card's text before they look for the other language's words, so only Målbot's own wording is judged.
 */
import type { Store } from '../../../functions/store/store.js';

export async function dataStrings(store: Store, extra: string[] = []): Promise<string[]> {
  const out = new Set<string>(extra);
  const add = (...values: (string | undefined)[]) => values.forEach((v) => v?.trim() && out.add(v.trim()));
  const source = (s?: { title?: string; section?: string; locator: string }) => add(s?.title, s?.section, s?.locator);
  for (const o of await store.organisations.findAll()) add(o.name);
  for (const c of await store.cases.findAll()) {
    add(c.title, c.code);
    source(c.source);
  }
  for (const g of await store.goals.findAll()) source(g.source);
  for (const f of await store.figures.findAll()) source(f.source);
  for (const p of await store.proposals.findAll()) {
    add(p.title, p.number, p.responsibleUnit, p.proposedBy, p.targetGroup, p.submittedBy.name);
    for (const text of [p.background, p.legalRequirements, p.currentPractice, p.plannedAction, p.consequences, p.successCriterion, p.description, p.expectedEffect]) {
      // The review card shows long texts paragraph by paragraph, cut at a length.
      for (const paragraph of text?.split(/\n+/) ?? []) add(paragraph);
    }
    source(p.source);
  }
  return [...out].sort((a, b) => b.length - a.length);
}

/** Every source as a reader should see it: "document title, section" (the locator where there is no section). */
export async function sourceNames(store: Store): Promise<string[]> {
  const out = new Set<string>();
  const add = (s?: { title?: string; section?: string; locator: string }) => s?.title && out.add(`${s.title}, ${s.section ?? s.locator}`);
  for (const c of await store.cases.findAll()) add(c.source);
  for (const g of await store.goals.findAll()) add(g.source);
  for (const f of await store.figures.findAll()) add(f.source);
  for (const p of await store.proposals.findAll()) add(p.source);
  return [...out].sort((a, b) => b.length - a.length);
}

/**
 * A shown text without its data: a text that is all data (or a cut-off piece of it, ending in "…") goes,
 * and data inside a sentence is replaced by a mark.
 */
export function withoutData(text: string, data: readonly string[]): string {
  const bare = text.replace(/^[“"]|[”"]$/g, '').replace(/…$/, '').trim();
  if (bare.length >= 12 && data.some((d) => d.includes(bare))) return '';
  let out = text;
  for (const d of data) if (out.includes(d)) out = out.split(d).join(' ¤ ');
  return out;
}
