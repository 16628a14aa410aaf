/** Button titles that fit, and nothing lost when they are cut: cards/button-labels.ts. */
import { describe, expect, it } from 'vitest';
import { buttonLabels, shortTitle } from '../../cards/button-labels.js';

describe('buttonLabels', () => {
  it('says what the questions share once and names only what differs on each button', () => {
    const labels = buttonLabels(['Unge 18-29 år på offentlig forsørgelse, fuldtidspersoner: uden indsatsen', 'Unge 18-29 år på offentlig forsørgelse, fuldtidspersoner: forskel']);
    expect(labels).toEqual({ lead: 'Unge 18-29 år på offentlig forsørgelse, fuldtidspersoner', titles: ['Uden indsatsen', 'Forskel'], full: [] });
  });

  it('lists every question in full when a title had to be cut, and cuts at a word, never inside a date', () => {
    const questions = ['Borgere på anden forsørgelse', 'Borgere fra tilgangen efter 1. februar 2018, på anden forsørgelse'];
    const labels = buttonLabels(questions);
    expect(labels.lead).toBeUndefined();
    expect(labels.titles).toEqual(['Borgere på anden forsørgelse', 'Borgere fra tilgangen efter…']);
    expect(labels.full).toEqual(questions);
  });

  it('keeps a short title as it is, and one label has no lead', () => {
    expect(buttonLabels(['KIK II: besparelse'])).toEqual({ titles: ['KIK II: besparelse'], full: [] });
    expect(shortTitle('Arbejdsmarkedsudvalget (AU) budget for alle de kommende år')).toBe('Arbejdsmarkedsudvalget (AU)…');
  });

  it('names only how the one other reading differs from the figure the card answers', () => {
    const measure = 'KIK II: borgere kontant- og uddannelseshjælpsmodtagere';
    expect(buttonLabels([`${measure}: mål`], measure)).toEqual({ lead: measure, titles: ['Mål'], full: [] });
    expect(buttonLabels([`${measure} – 31. august 2018`], measure)).toEqual({ lead: measure, titles: ['31. august 2018'], full: [] });
  });

  it('keeps a reading whole when it shares too little with the answered figure, or only part of a word', () => {
    expect(buttonLabels(['KIK II pr. udvalg: Besparelse, Arbejdsmarkedsudvalget (AU) – Aabenraa Kommune'], 'KIK II: Besparelse').lead).toBeUndefined();
    expect(buttonLabels(['Borgere på kontanthjælpsloftet: mål'], 'Borgere på kontanthjælp').lead).toBeUndefined();
  });
});
