/** A seeded embedded store in a temp folder with the proposal context over it, for the service tests. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../functions/config.js';
import { PreconditionFailedError } from '../../functions/domain/errors.js';
import type { ProposalContext } from '../../functions/proposals/context.js';
import { reviewerPolicy, type Person } from '../../functions/proposals/reviewers.js';
import { openEmbeddedStore } from '../../functions/store/embedded/index.js';
import { seed } from '../../functions/store/seed.js';
import type { Store } from '../../functions/store/store.js';

export const MANAGER: Person = { id: '29:manager-1', name: 'Lone Leder', aadObjectId: 'aad-manager-1', kind: 'user' };
export const MANAGER_2: Person = { id: '29:manager-2', name: 'Per Leder', kind: 'user' };
export const STAFF: Person = { id: '29:staff-1', name: 'Sofie Sagsbehandler', kind: 'user' };

export interface Fixture {
  store: Store;
  ctx: ProposalContext;
  close(): Promise<void>;
}

/** Reviewers of Herning are MANAGER (by Entra object id) and MANAGER_2 (by Teams id); the clock ticks a second per call. */
export async function openFixture(env: Record<string, string> = {}): Promise<Fixture> {
  const dir = await mkdtemp(path.join(tmpdir(), 'maalbot-proposals-'));
  const store = await openEmbeddedStore({ dir });
  await seed(store);
  // The reviewers belong to Herning (the home organisation), whose proposals the seed holds.
  const config = loadConfig({ DATA_DIR: dir, HOME_ORG: 'herning', REVIEWER_IDS: `aad-manager-1,${MANAGER_2.id}`, ...env });
  let tick = Date.parse('2026-11-23T09:00:00.000Z');
  const ctx: ProposalContext = { store, reviewers: reviewerPolicy(config), now: () => new Date((tick += 1000)).toISOString() };
  return {
    store,
    ctx,
    async close() {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export const QUICK_WIN = {
  kind: 'quick-win',
  orgId: 'herning',
  responsibleUnit: 'Jobcentret',
  title: 'Fælles booking af samtalerum',
  description: 'Ét bookingsystem for alle samtalerum, så borgere ikke venter.',
  expectedEffect: 'Færre aflyste samtaler',
  targetGroup: 'Ledige på kontanthjælp',
  estimatedYearlySaving: '1.600',
};

export const PRIORITY = {
  kind: 'priority',
  orgId: 'herning',
  responsibleUnit: 'BIC',
  title: 'Flere virksomhedspraktikker for aktivitetsparate',
  proposedBy: 'Sofie Sagsbehandler',
  effortTypes: 'tidlig,afhjaelpende',
  approach: 'investering',
  economy: [
    { year: '2027', operatingCostChange: '375', benefitSaving: '1.161', staffChange: '0,61' },
    { year: '2028', operatingCostChange: '450', benefitSaving: '1.600', staffChange: '1' },
    { year: '2029', operatingCostChange: '-281', benefitSaving: '', staffChange: '' },
  ],
  background: 'Gode erfaringer med Transit.',
  plannedAction: 'To ekstra jobkonsulenter finder praktikpladser.',
  successCriterion: 'Yderligere 12 borgere går i job eller uddannelse pr. år',
};

/** The fixture's context with its proposal replaces counted, and refused as stale while `refuse(n)` says so. */
export function contended(f: Fixture, refuse: (attempt: number) => Promise<boolean>): { ctx: ProposalContext; replaces: () => number } {
  let count = 0;
  const proposals = new Proxy(f.store.proposals, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as (...args: unknown[]) => Promise<unknown>;
      if (prop !== 'replace') return typeof value === 'function' ? value.bind(target) : value;
      return async (...args: unknown[]) => {
        count++;
        if (await refuse(count)) throw new PreconditionFailedError('The item has changed.');
        return value.apply(target, args);
      };
    },
  });
  const store = new Proxy(f.store, { get: (t, p, r) => (p === 'proposals' ? proposals : Reflect.get(t, p, r)) }) as Store;
  return { ctx: { ...f.ctx, store }, replaces: () => count };
}
