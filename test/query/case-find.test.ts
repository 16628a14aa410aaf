/**
 * "Which case is about …" over the seed data: the case is the answer (never a figure), two cases that fit
 * equally are asked about, none fitting is said with the nearest offered, and the organisation, the case
 * named and the noun ("forslag", "delprojekt", "spor") narrow where to look.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../functions/query/types.js';
import { seededEngine } from './support/seed-store.js';

const { ask } = seededEngine();
const named = (a: Answer) => a.case?.code ?? a.case?.title;

describe('which case is about …', () => {
  it.each([
    ['Hvilket forslag handler om et screeningsredskab til sygedagpenge-gengangere?', 'CEB 03'],
    ['hvilket forslag handler om at ansaette en sundhedskonsulent', 'CEB 08'],
    ['Hvad hedder forslaget om at udplacere flere kontanthjælpsmodtagere i virksomhedspraktik?', 'BIC 06'],
    ['Hvilket KIK-delprojekt var for aktivitetsparate unge under 30?', 'Ung i fokus/Dig i centrum'],
    ['Hvilket delprojekt i business casen handlede om kompetenceafklaring?', 'Afklaringsværksteder'],
    ['hvilket forslag var det med unge modre', 'UE 04'],
    ['hvilket delprojekt var for folk med misbrug', 'Fokus og moment'],
  ])('%s → %s, as the case with no figure', async (q, want) => {
    const a = await ask(q);
    expect(a.kind).toBe('case');
    expect(named(a)).toBe(want);
    expect(a.figures).toEqual([]);
  });

  it('shows what the proposal is about on its card, in the language asked', async () => {
    const da = await ask('Hvilket forslag handler om et screeningsredskab til sygedagpenge-gengangere?');
    expect(da.case?.summary).toMatch(/screeningsredskab/);
    const en = await ask('Which Herning proposal creates more small jobs for flex-jobbers?');
    expect(named(en)).toBe('JC 09');
    expect(en.case?.summary).toMatch(/^Finding more small jobs/);
  });

  it('answers the part rather than the whole that only summarises its parts', async () => {
    const a = await ask('Which Viborg initiative was about school absence?');
    expect(named(a)).toBe('Spor 2.1c');
  });

  it('answers the track an initiative belonged to, not the initiative', async () => {
    const a = await ask('Under hvilket spor hørte sanktionering og nytteindsats i Viborgs ungeindsats?');
    expect(a.case?.title).toBe('Quick wins (spor 1)');
  });

  it('asks between proposals that fit equally, offering each as a button that shows it', async () => {
    const a = await ask('Hvilket forslag handler om udslusning fra virksomhedspraktik til job?');
    expect(a.kind).toBe('clarify');
    expect(a.figures).toEqual([]);
    expect(a.text).toBe('Flere forslag passer lige godt på det. Hvilket mente du?');
    expect(a.alternatives.map((x) => x.q)).toEqual(['vis CEB 06A', 'vis CEB 06B']);
    const shown = await ask(a.alternatives[1]!.q);
    expect(named(shown)).toBe('CEB 06B');
  });

  it('asks between the three aftercare proposals rather than picking the one whose text says it most', async () => {
    const a = await ask('Hvilket forslag handler om efterværn?');
    expect(a.kind).toBe('clarify');
    expect(a.alternatives.map((x) => x.label).sort()).toEqual([
      'BIC 02 – Efterværn til borgere der går i beskæftigelse eller uddannelse',
      'BIC 05 – Efterværn til unge i uddannelse eller job',
      'CEB 01 – Efterværn for aktivitetsparate unge',
    ]);
  });

  it('says when no case fits, in the language asked, and gives no figure', async () => {
    const da = await ask('Hvilket forslag handler om vindmøller og solceller?');
    expect(da).toMatchObject({ kind: 'no-match', figures: [] });
    expect(da.text).toMatch(/^Jeg kender ikke et forslag/);
    const en = await ask('Which proposal is about wind turbines and solar panels?');
    expect(en).toMatchObject({ kind: 'no-match', figures: [] });
    expect(en.text).toMatch(/^I know of no proposal/);
  });

  it('keeps to the organisation named: Viborg has no proposal about a health consultant', async () => {
    const a = await ask('Hvilket af Viborgs forslag handler om en sundhedskonsulent?');
    expect(a).toMatchObject({ kind: 'no-match', figures: [] });
    expect(a.case).toBeUndefined();
  });

  it('keeps a follow-up inside the case it found', async () => {
    const found = await ask('Hvilket forslag handler om efterværn for aktivitetsparate unge?');
    expect(named(found)).toBe('CEB 01');
    const next = await ask('hvad koster det i 2018?', { context: found.context! });
    expect(next.figures[0]).toMatchObject({ kpi: 'herning.ceb-01.driftsudgifter', period: '2018' });
  });

  it('leaves questions about figures of a case to the figure engine', async () => {
    // A ranking of proposals ("hvilket forslag sparer mest") is answered by case-rank.ts: see case-rank.test.ts.
    const a = await ask('Hvor meget sparer BIC 01 i 2018?');
    expect(a.kind).toBe('figure');
    const b = await ask('Hvad er KIK II?');
    expect(named(b)).toBe('KIK II');
  });

  it('looks only within the case a noun and number name ("spor 1-indsats", "track-2 initiative")', async () => {
    expect((await ask('Hvilken spor 1-indsats handler om terapi til børn af alkoholmisbrugere?')).case?.title).toMatch(/^TUBA/);
    const a = await ask('Which track-2 initiative is about school absence?');
    expect(named(a)).toBe('Spor 2.1c');
  });

  it('looks only among the proposals of the unit named', async () => {
    // Three proposals are about aftercare ("efterværn"): BIC 02, BIC 05 and CEB 01.
    expect(named(await ask('Hvilket CEB-forslag handler om efterværn?'))).toBe('CEB 01');
    const bic = await ask('Hvilket BIC-forslag handler om efterværn?');
    expect(bic.kind).toBe('clarify');
    expect(bic.alternatives.map((x) => x.q).sort()).toEqual(['vis BIC 02', 'vis BIC 05']);
  });

  it('fits the period asked to each case\'s own: the one starting then, or an ask between those running then', async () => {
    expect(named(await ask('Which Aabenraa project started in June 2018?'))).toBe('KIK II');
    // CEB 01 and JC 06 both run 2017-2018.
    const both = await ask('Hvilket forslag kører fra 2017 til 2018?');
    expect(both.kind).toBe('clarify');
    expect(both.alternatives.map((x) => x.q).sort()).toEqual(['vis CEB 01', 'vis JC 06']);
  });

  it('answers the case that holds every word a close runner-up holds and more', async () => {
    // '"Close the gap" samt Wanek & Myrner' and Projekt Superb both use external providers; only the first names two.
    const a = await ask('Which sub-project of the business case used two external providers for job-ready cash benefit recipients?');
    expect(a.case?.title).toBe('"Close the gap" samt Wanek & Myrner');
  });

  it('takes a word the reading set aside ("flere", "udviklingsprojekt") only where few cases hold it', async () => {
    expect(named(await ask('Hvad hedder forslaget om at udplacere flere kontanthjælpsmodtagere i virksomhedspraktik?'))).toBe('BIC 06');
    expect(named(await ask('Hvilket forslag er et udviklingsprojekt?'))).toBe('CEB 01');
  });
});
