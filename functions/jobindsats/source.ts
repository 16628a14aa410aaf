/** Who and what Jobindsats figures are credited to: the audit actor and the source document. No dependencies, so the digest can read it. */
import type { Actor } from '../domain/model.js';

export const JOBINDSATS_ACTOR: Actor = { id: 'jobindsats', name: 'Jobindsats', kind: 'system' };
/** The source document of every figure this connector writes. */
export const JOBINDSATS_SOURCE = 'Jobindsats (api.jobindsats.dk)';
