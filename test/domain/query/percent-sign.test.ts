/**
 * A per cent sign written where the word would stand ("hvor mange % af", "what % of", "% growth", "%-point") asks
 * what the word asks: a share, a percentage change, a relative difference, points. After a number ("47 %") it is a
 * value and stays one.
 */
import { describe, expect, it } from 'vitest';
import { readFrame } from '../../../functions/domain/query/index.js';
import { percentSpelled } from '../../../functions/domain/query/frame.js';
import { lexiconFor } from '../../../functions/query/readings.js';

const lex = lexiconFor(
  [
    { id: 'viborg', name: 'Viborg Kommune', kind: 'municipality', aliases: ['Viborg'] },
    { id: 'herning', name: 'Herning Kommune', kind: 'municipality', aliases: ['Herning'] },
  ],
  [],
).lexicon;
const read = (q: string) => readFrame(q, lex);

describe('a per cent sign read as the word', () => {
  it.each([
    ['hvor mange % af budgettet går til løn i 2019?', 'share'],
    ['what % of the total budget is wages in 2019?', 'share'],
    ['lønudgiften i % af det samlede budget 2019', 'share'],
    ['lønudgift, % stigning fra 2017 til 2019?', 'percent-change'],
    ['wage costs, % growth 2017->2019?', 'percent-change'],
    ['herning vs viborg ledighed, hvor mange % højere relativt?', 'difference'],
    ['unemployment herning vs viborg - how many % lower?', 'difference'],
  ])('%s is %s', (q, op) => expect(read(q).operation).toBe(op));

  it('a relative difference asked with the sign is relative, as with the word', () => {
    expect(read('herning vs viborg ledighed, hvor mange % højere relativt?').relative).toBe(true);
    expect(read('herning vs viborg ledighed, hvor mange procent højere relativt?').relative).toBe(true);
  });

  it('the words around the sign choose its language, whatever the rest of the question is', () => {
    expect(percentSpelled('ledighed - what % of the total?', 'da')).toBe('ledighed - what percent of the total?');
    expect(percentSpelled('unemployment, hvor mange % af alle?', 'en')).toBe('unemployment, hvor mange procent af alle?');
    expect(percentSpelled('hvor mange %-point over landsplan?', 'da')).toBe('hvor mange procentpoint over landsplan?');
    expect(percentSpelled('how many %-points above the national level?', 'en')).toBe('how many percentage points above the national level?');
  });

  it('after a number the sign is a value and stays', () => {
    expect(percentSpelled('Herning 47 % vs landsplan 35% - forskel?', 'da')).toBe('Herning 47 % vs landsplan 35% - forskel?');
    expect(read('Hvad var ledigheden i Herning, 5 % eller mere, i 2019?').operation).toBe('lookup');
  });
});
