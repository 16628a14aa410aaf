/** The digest card's buttons; their verbs and payloads are rows of cards/verbs.ts. */
import type { Button } from '../../cards/card.js';
import { button, type Verb } from '../../cards/verbs.js';
import type { DigestView } from './view.js';

/** The digest's verbs by what they do. */
export const DIGEST_VERBS = { pause: 'digest.pause', showCase: 'digest.case', settings: 'digest.settings', saveSettings: 'digest.save' } as const satisfies Record<string, Verb>;

export function digestButtons(view: Pick<DigestView, 'lang' | 'subscriptionId' | 'subscribed' | 'firstCaseId' | 'audienceName'>): Button[] {
  const da = view.lang === 'da';
  const buttons: Button[] = [
    button('help', da ? 'Stil et spørgsmål' : 'Ask a question', view.lang, {}),
  ];
  if (view.firstCaseId) buttons.push(button('digest.case', da ? 'Se sagen' : 'See the case', view.lang, { caseId: view.firstCaseId }));
  // A status asked for in a chat without a weekly digest (or with a paused one) has nothing to pause.
  if (view.subscribed) buttons.push(button('digest.pause', da ? 'Sæt på pause' : 'Pause the digest', view.lang, { subscriptionId: view.subscriptionId }));
  else buttons.push(button('subscribe', da ? 'Abonnér på ugestatus' : 'Subscribe to weekly status', view.lang, {}));
  return buttons;
}
