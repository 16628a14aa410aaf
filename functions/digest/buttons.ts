/** The digest card's buttons. Verbs are the digest feature's own, dispatched by the bot through its features interface. */
import type { Button } from '../../cards/card.js';
import type { DigestView } from './view.js';

export const DIGEST_VERBS = { pause: 'digest.pause', showCase: 'digest.case', settings: 'digest.settings', saveSettings: 'digest.save' } as const;

export function digestButtons(view: Pick<DigestView, 'lang' | 'subscriptionId' | 'firstCaseId' | 'audienceName'>): Button[] {
  const da = view.lang === 'da';
  const buttons: Button[] = [
    { title: da ? 'Stil et spørgsmål' : 'Ask a question', data: { verb: 'help', lang: view.lang } },
  ];
  if (view.firstCaseId) buttons.push({ title: da ? 'Se sagen' : 'See the case', data: { verb: DIGEST_VERBS.showCase, lang: view.lang, caseId: view.firstCaseId } });
  buttons.push({ title: da ? 'Sæt på pause' : 'Pause the digest', data: { verb: DIGEST_VERBS.pause, lang: view.lang, subscriptionId: view.subscriptionId } });
  return buttons;
}
