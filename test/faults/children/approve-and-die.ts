/**
 * Child process for the approval kill test: opens the embedded store in argv[2] and approves proposal
 * argv[3], killing itself (SIGKILL, no clean-up of any kind) the moment the approval's case is about to
 * be written — after the proposal's own write, before the rest.
 *
 *   node --import tsx approve-and-die.ts <dir> <proposal id>
 */
import { loadConfig } from '../../../functions/config.js';
import { decideProposal, reviewerPolicy } from '../../../functions/proposals/index.js';
import { openEmbeddedStore } from '../../../functions/store/embedded/index.js';
import { interceptedStore } from '../support/intercepted-store.js';

const [dir, id] = process.argv.slice(2) as [string, string];
const { store, intercept } = interceptedStore(await openEmbeddedStore({ dir }));
intercept('cases', 'upsert', () => void process.kill(process.pid, 'SIGKILL'));
const ctx = { store, reviewers: reviewerPolicy(loadConfig({ DATA_DIR: dir, HOME_ORG: 'herning' })), now: () => new Date().toISOString() };
await decideProposal(ctx, id, { decision: 'approve', comment: 'Godkendt' }, { person: { id: '29:reviewer', kind: 'user' }, lang: 'da' });
console.log('not killed');
