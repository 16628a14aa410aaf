import { describe, expect, it } from 'vitest';
import { caseCard } from '../../cards/case-card.js';
import { escapeMarkdown } from '../../cards/markdown.js';

describe('text that Adaptive Cards would read as Markdown', () => {
  it('escapes list and heading starts at the start of any line, and emphasis anywhere', () => {
    expect(escapeMarkdown('31. august 2018')).toBe('31\\. august 2018');
    expect(escapeMarkdown('Periode\n1) først')).toBe('Periode\n1\\) først');
    expect(escapeMarkdown('- 5 %')).toBe('\\- 5 %');
    expect(escapeMarkdown('# 4')).toBe('\\# 4');
    expect(escapeMarkdown('a * b _c_ [d]')).toBe('a \\* b \\_c\\_ \\[d\\]');
  });

  it('leaves alone what is no Markdown: numbers mid-line, dashes between words, "_" inside a name', () => {
    for (const plain of ['1.117 personer', 'KIK II – nyt', '2018 – 2019', '002_421666660a21ff93.txt', 'pr. 31. august 2018']) {
      expect(escapeMarkdown(plain)).toBe(plain);
    }
  });

  it('is applied to every card when it is built: a case period starting with a date stays a date', () => {
    const card = caseCard({
      lang: 'da', title: 'KIK II', kind: 'indsats', orgName: 'Aabenraa Kommune', period: '31. august 2018 – 31. januar 2019',
      summary: '1. fase er slut', economy: [], goals: [], questions: [],
    });
    const json = JSON.stringify(card);
    expect(json).toContain('31\\\\. august 2018 – 31. januar 2019');
    expect(json).toContain('1\\\\. fase er slut');
  });
});

describe('bold a builder asks for', () => {
  it('is kept, and only a closed pair counts', () => {
    expect(escapeMarkdown('Tal gemt: **410 personer** (var 408)')).toBe('Tal gemt: **410 personer** (var 408)');
    expect(escapeMarkdown('**ikke lukket')).toBe('\\*\\*ikke lukket');
  });
});
