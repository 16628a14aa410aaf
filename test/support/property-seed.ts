/**
 * One fixed seed for every fast-check property, printed so a failure can be replayed: a run is
 * reproducible by default, and `FC_SEED=<n> npx vitest run <file>` tries another seed on purpose.
 */
import fc from 'fast-check';

const seed = Number(process.env.FC_SEED ?? 20261130);
if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, got "${process.env.FC_SEED}"`);
fc.configureGlobal({ seed });
if (process.env.FC_SEED) console.log(`fast-check seed ${seed} (from FC_SEED)`);
