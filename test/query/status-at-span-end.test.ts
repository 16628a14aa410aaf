/**
 * A span asked of a status counted on the span's last day: KIK II's table (001) counts "i alt i perioden 1. februar
 * 2018 til 31. august 2018" as its status on 31 August 2018, so "fra 1. feb. til 31. aug. 2018" is answered by that
 * count. Values: selvforsørgende 408 (i alt), of them 139 from the inflow after 1 February; anden forsørgelse 83.
 */
import { describe, expect, it } from 'vitest';
import { seededEngine } from './support/seed-store.js';

const { ask } = seededEngine();

describe('a span answered by the status on its last day', () => {
  it('Danish, the year written once: the status on 31 August, never a refusal for the span', async () => {
    const a = await ask('Hvor mange KIK II-borgere blev selvforsørgende fra 1. feb. til 31. aug. 2018?');
    expect(a.figures[0]).toMatchObject({ kpi: 'aabenraa.kik-ii.selvforsoergende', period: '2018-08-31', value: 408 });
  });
  it('English, numeric days: the same count', async () => {
    const a = await ask('KIK II citizens on other support, 1/2-31/8 2018?');
    expect(a.figures[0]).toMatchObject({ kpi: 'aabenraa.kik-ii.anden-forsoergelse', value: 83 });
  });
  it('a span ending on another day than the status is not answered by it', async () => {
    const a = await ask('Hvor mange KIK II-borgere blev selvforsørgende fra 1. feb. til 30. juni 2018?');
    expect(a.figures.map((x) => x.value)).not.toContain(408);
  });
});
