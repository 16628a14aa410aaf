/**
 * Child process for the paused-holder fault test: opens the embedded store in argv[2], says "ready" and
 * holds it until killed. The parent SIGSTOPs it, so it is alive but does nothing — no timer runs.
 *
 *   node --import tsx hold-store.ts <dir>
 */
import { openEmbeddedStore } from '../../../functions/store/embedded/index.js';

await openEmbeddedStore({ dir: process.argv[2]! });
console.log('ready');
setInterval(() => undefined, 60_000);
