/**
 * Modal verbs ("will", "can", "kunne") carry no measure and no kind: "How much will KIK II save in 2021?" is read as
 * "KIK II save 2021". Only a counterfactual phrase ("would have", "ville … have", "forblevet") asks for the figure
 * without the effort; a bare "would" or "ville" is a polite or future form.
 */
import { describe, expect, it } from 'vitest';
import { readFrame, type CaseRef, type OrgRef } from '../../../functions/domain/query/index.js';
import { lexiconFor } from '../../../functions/query/readings.js';

const orgs: OrgRef[] = [{ id: 'viborg', name: 'Viborg Kommune', kind: 'municipality', aliases: ['Viborg'] }];
const cases: CaseRef[] = [{ id: 'aabenraa.kik-ii', orgId: 'aabenraa', code: 'KIK II', title: 'KIK II', aliases: [] }];
const lex = lexiconFor(orgs, cases).lexicon;

describe('modal verbs', () => {
  it.each(['will', 'can', 'could', 'would', 'might', 'must', 'shall'])('"How much %s KIK II save in 2021?" names the saving alone', (modal) => {
    const f = readFrame(`How much ${modal} KIK II save in 2021?`, lex);
    expect(f.measure).toEqual(['save']);
    expect(f.kinds).toEqual([]);
  });
  it.each(['vil', 'kan', 'kunne', 'ville', 'skulle'])('"Hvor meget %s KIK II spare i 2021?" names the saving alone', (modal) => {
    const f = readFrame(`Hvor meget ${modal} KIK II spare i 2021?`, lex);
    expect(f.measure).toEqual(['spare']);
    expect(f.kinds).toEqual([]);
  });
  it.each([
    'How many would have been on public support in Viborg if the share had not changed?',
    'How many would there have been on public support in Viborg?',
    'Hvor mange ville have været på offentlig forsørgelse i Viborg?',
    'Hvor mange ville der have været på offentlig forsørgelse i Viborg?',
    'Hvor mange var på offentlig forsørgelse i Viborg, hvis andelen var forblevet den samme?',
    'How many were on public support in Viborg had the share remained the same?',
  ])('a counterfactual phrase asks for the figure without the effort: %s', (q) => {
    expect(readFrame(q, lex).kinds).toEqual(['counterfactual']);
  });
});
