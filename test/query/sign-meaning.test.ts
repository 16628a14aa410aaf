/**
 * A stored net whose name says what its sign means ("(nettoudgift; negativ = gevinst)") keeps the table's sign,
 * and the answer says which way it goes, so "how much is saved" is never left to a minus.
 */
import { describe, expect, it } from 'vitest';
import { answerCardView } from '../../functions/query/card-view.js';
import { seededEngine } from './support/seed-store.js';

const { ask } = seededEngine();

describe('a net stored with its sign convention', () => {
  it('says a negative value is the gain, keeping the stored figure', async () => {
    const a = await ask('Hvor meget spares der netto i KIK II i 2021?');
    expect(a.figures[0]).toMatchObject({ kpi: 'aabenraa.kik-ii.gevinst', value: -11.3 });
    expect(a.text).toContain('Det er en gevinst på 11,3 mio. kr. ');
    expect(answerCardView(a).notes).toContain('Det er en gevinst på 11,3 mio. kr.');
  });
  it('says a positive value is the net cost, in English too', async () => {
    const a = await ask('What is the KIK II gain in 2019?');
    expect(a.figures[0]).toMatchObject({ value: 12.9 });
    expect(a.text).toContain('That is a net cost of DKK 12.9 million.');
  });
  it('says nothing of a measure without a convention', async () => {
    const a = await ask('KIK II investering 2021');
    expect(a.text).not.toMatch(/Det er en /);
  });
});

describe('a saving the table writes with a minus', () => {
  it('is a positive amount, the answer saying how the table writes it', async () => {
    const sum = await ask("Hvad er KIK II's besparelse i 2020 og 2021 tilsammen?");
    expect(sum.figures[0]).toMatchObject({ kind: 'sum', value: 32 });
    expect(sum.text).toContain('Tabellen skriver besparelser med minus (dér står −32)');
    const one = await ask("What is KIK II's saving in 2019?");
    expect(one.figures[0]!.value).toBe(5);
    expect(one.text).toContain('The table writes savings as negative (−5 there)');
  });
  it('says nothing of a measure the table writes as it is', async () => {
    const a = await ask('KIK II investering i 2019 og 2020 tilsammen');
    expect(a.text).not.toContain('med minus');
  });
});
