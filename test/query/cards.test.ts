/**
 * The answer and case cards built from real answers over the seed data: valid Adaptive Cards 1.5, the
 * figure and its facts on the card, and alternatives as buttons that ask the question again.
 */
import { describe, expect, it } from 'vitest';
import { answerCard, ALTERNATIVE_VERB } from '../../cards/answer-card.js';
import { caseCard } from '../../cards/case-card.js';
import { answerCardView, caseCardView } from '../../functions/query/card-view.js';
import { cardProblems, unexpandedTemplateText } from '../cards/support/validate-card.js';
import { seededEngine } from './support/seed-store.js';

const { ask } = seededEngine();

describe('answer card', () => {
  it('shows the figure large with organisation, period, kind, target, status and source', async () => {
    const answer = await ask('Hvor mange borgere var selvforsørgende i KIK II pr. 31. august 2018?');
    const card = answerCard(answerCardView(answer));
    expect(card.version).toBe('1.5');
    expect(cardProblems(card)).toMatchObject({ parse: [], validation: [] });
    expect(unexpandedTemplateText(card)).toEqual([]);
    const json = JSON.stringify(card);
    expect(json).toContain('408 personer');
    expect(json).toContain('31. august 2018');
    expect(json).toContain('Aabenraa Kommune: Beskæftigelsespolitik og investeringsstrategier KIK og KIK II (2018)');
    expect(json).toContain('26 personer');
  });

  it('offers the nearest periods as buttons that ask again when the period has no figure', async () => {
    const answer = await ask("What was Viborg's rank in the cluster in 2019?");
    const card = answerCard(answerCardView(answer));
    expect(cardProblems(card)).toMatchObject({ parse: [], validation: [] });
    const actions = card.actions as { type: string; data: { verb: string; question: string; lang: string } }[];
    expect(actions.length).toBeGreaterThan(0);
    for (const a of actions) {
      expect(a.type).toBe('Action.Submit');
      expect(a.data.verb).toBe(ALTERNATIVE_VERB);
      expect(a.data.lang).toBe('en');
    }
    // asking a button's question again gives a figure
    const again = await ask(actions[0]!.data.question, { lang: 'en' });
    expect(again.figures.length).toBe(1);
  });
});

describe('case card', () => {
  it('shows a case with its economy by year and its source', async () => {
    const answer = await ask('vis BIC 01');
    expect(answer.kind).toBe('case');
    const card = caseCard(caseCardView(answer)!);
    expect(cardProblems(card)).toMatchObject({ parse: [], validation: [] });
    expect(unexpandedTemplateText(card)).toEqual([]);
    const json = JSON.stringify(card);
    expect(json).toContain('BIC 01');
    expect(json).toContain('2018');
    expect(json).toContain('Herning Kommune: Prioriteringsforslag – Refusionsreform (2016)');
  });

  it('lists a case\'s goals with status', async () => {
    const answer = await ask('Hvad er KIK II?');
    const card = caseCard(caseCardView(answer)!);
    expect(cardProblems(card)).toMatchObject({ parse: [], validation: [] });
    expect(answer.case?.goals.length).toBeGreaterThan(0);
    expect(JSON.stringify(card)).toContain('Mål');
  });
});

describe('answer card for a computed answer', () => {
  it('shows the result large and the working with each operand and its source', async () => {
    const answer = await ask('Hvor meget faldt antallet af unge på offentlig forsørgelse i Viborg fra januar 2015 til september 2017?');
    const view = answerCardView(answer);
    expect(view.headline?.valueText).toBe('Et fald på 90 fuldtidspersoner');
    expect(view.notes[0]).toBe('Udregning: 1.869 − 1.959 = −90 fuldtidspersoner (et fald på 90 fuldtidspersoner)');
    expect(view.notes.slice(1)).toEqual([expect.stringContaining('1.869 fuldtidspersoner'), expect.stringContaining('1.959 fuldtidspersoner')]);
    expect(cardProblems(answerCard(view))).toMatchObject({ parse: [], validation: [] });
  });
});

describe('a long headline amount', () => {
  // Truncated text blocks end in "…" at the card's edge: "382,890 mio. kr. (382.890 t.…" showed neither scale in full.
  it('wraps, and puts the amount in the source scale on its own line under the amount', async () => {
    const answer = await ask('Hvad er budgettet til kontanthjælp og førtidspension tilsammen i 2019?');
    expect(answer.headline?.valueText).toBe('382,89 mio. kr. (382.890 t.kr.)');
    const card = answerCard(answerCardView(answer));
    expect(cardProblems(card)).toMatchObject({ parse: [], validation: [] });
    const blocks = (card.body as { items?: { type: string; text?: string; wrap?: boolean }[] }[]).flatMap((b) => b.items ?? []).filter((b) => b.type === 'TextBlock');
    const big = blocks.findIndex((b) => b.text === '382,89 mio. kr.');
    expect(big).toBeGreaterThan(-1);
    expect(blocks[big]!.wrap).toBe(true);
    expect(blocks[big + 1]).toMatchObject({ text: '(382.890 t.kr.)', wrap: true });
  });
  it('a headline without a restatement stays one line', async () => {
    const answer = await ask('Hvor mange borgere var selvforsørgende i KIK II pr. 31. august 2018?');
    const blocks = JSON.stringify(answerCard(answerCardView(answer)));
    expect(blocks).toContain('"text":"408 personer","wrap":true');
    expect(blocks).not.toContain('"$when"');
  });
});
