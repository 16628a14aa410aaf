/**
 * Child process for the lock test: opens the embedded store in argv[2] and reports on stdout as one JSON
 * line whether it could, then closes it again.
 */
import { openEmbeddedStore } from '../../../functions/store/embedded/index.js';

try {
  const store = await openEmbeddedStore({ dir: process.argv[2]! });
  console.log(JSON.stringify({ opened: true, pid: process.pid }));
  await store.close();
} catch (error) {
  console.log(JSON.stringify({ opened: false, message: (error as Error).message }));
  process.exitCode = 1;
}
