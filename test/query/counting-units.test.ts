/**
 * A count question is not answered by a figure counting another unit it does not name: a caseload (cases
 * per caseworker) is no count of caseworkers, contact courses are no count of people. Asked in its own unit,
 * the same figure answers. Values: 000 (Viborg: 50 cases per caseworker in September 2017).
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readFrame } from '../../functions/domain/query/index.js';
import { countsPeople } from '../../functions/query/counting-units.js';
import { seededEngine } from './support/seed-store.js';

const { ask } = seededEngine();

describe('the unit counted', () => {
  it('a caseload does not answer how many caseworkers, and the refusal says what it counts', async () => {
    const a = await ask('Hvor mange sagsbehandlere er ansat i Viborgs ungeindsats?');
    expect(a.figures).toEqual([]);
    expect(a.text).toContain('«sagsbehandlere»');
    expect(a.text).toContain('sager pr. sagsbehandler');
    expect(a.alternatives[0]?.label).toContain('Sager pr. sagsbehandler');
  });
  it('in English too', async () => {
    const a = await ask('How many caseworkers work in Viborg?');
    expect(a.figures).toEqual([]);
    expect(a.text).toContain('cases per caseworker');
  });
  it('asked as a caseload, the same figure answers', async () => {
    const a = await ask('Hvor mange sager har en sagsbehandler i Viborg i 2017?');
    expect(a.figures[0]).toMatchObject({ kpi: 'viborg.unge.sager-pr-sagsbehandler', value: 50 });
    const b = await ask('How many cases per caseworker did Viborg have in 2017?');
    expect(b.figures[0]).toMatchObject({ kpi: 'viborg.unge.sager-pr-sagsbehandler', value: 50 });
  });
});

describe('people counted are not things counted', () => {
  const lex = buildLexicon([], [], { kinds: {}, units: {}, synonyms: {} }, { municipalities: [], regions: [] });
  const people = (q: string) => countsPeople(readFrame(q, lex));
  it('reads the noun counted, past hyphenated words before it', () => {
    expect(people('How many long-term sickness-benefit recipients were there?')).toBe(true);
    expect(people('Hvor mange aktivitetsparate er i praktik?')).toBe(true);
    expect(people('Hvor mange jobkonsulenter er ansat?')).toBe(true);
    expect(people('Hvor mange skoler har en vejleder?')).toBe(false);
    expect(people('How many EGU places are there?')).toBe(false);
  });
  it('a plain count (of categories) never answers how many people, and the refusal names them', async () => {
    const a = await ask('How many job-ready citizens were in focus in the adult business case?');
    expect(a.figures).toEqual([]);
    expect(a.text).toContain('«citizens»');
    expect(a.text).toContain('something other than people');
  });
  it('asked for the things it counts, the same figure answers', async () => {
    const a = await ask('Hvor mange kategorier af kontanthjælpsmodtagere var i fokus i Voksen Business Casen?');
    expect(a.figures[0]).toMatchObject({ kpi: 'ukendt-kommune-biu.voksen-bc.kategorier-i-fokus', value: 2 });
  });
});
