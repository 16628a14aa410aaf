/**
 * Child process for the audit kill test: opens the embedded store in argv[2] and creates figure
 * argv[4] of KPI aabenraa.kik-ii.kontaktforloeb through createAudited (entry first, then the figure, then
 * the entry completed), killing itself (SIGKILL) at the next call of argv[3]: "figures.create" dies
 * after the entry and before the figure, "audit.replace" after the figure and before the entry is completed.
 *
 *   node --import tsx audit-and-die.ts <dir> <container.method> <period>
 */
import type { ContainerName } from '../../../functions/store/containers.js';
import { figureId, type Figure } from '../../../functions/domain/model.js';
import { createAudited } from '../../../functions/store/audit.js';
import { openEmbeddedStore } from '../../../functions/store/embedded/index.js';
import { interceptedStore } from '../support/intercepted-store.js';

const [dir, step, period] = process.argv.slice(2) as [string, string, string];
const [container, method] = step.split('.') as [ContainerName, 'create' | 'replace'];
const { store, intercept } = interceptedStore(await openEmbeddedStore({ dir }));
intercept(container, method, () => void process.kill(process.pid, 'SIGKILL'));
const actor = { id: 'u-7', name: 'Mette Økonomi', kind: 'user' as const };
const at = new Date().toISOString();
const input = { kpiId: 'aabenraa.kik-ii.kontaktforloeb', orgId: 'aabenraa', kind: 'actual' as const, period, value: 42, source: { document: 'Kill test', locator: step } };
const figure: Figure = { ...input, id: figureId(input), updatedAt: at, updatedBy: actor };
await createAudited(store, store.figures, figure, figure.kpiId, { entityType: 'figure', actor, at }, 'exists');
console.log('not killed');
