/** The proposal cards' verbs: their rows of cards/verbs.ts, where each verb's payload and permission live. */
import { VERBS, type Verb } from '../../../cards/verbs.js';

export { button, dialogButton } from '../../../cards/verbs.js';

export type ProposalVerb = Extract<Verb, `proposal.${string}`>;

export const PROPOSAL_VERBS = Object.fromEntries(Object.entries(VERBS).filter(([verb]) => verb.startsWith('proposal.'))) as { [V in ProposalVerb]: (typeof VERBS)[V] };
