/**
 * Stryker's TypeScript checker drives the compiler API, which TypeScript 7 (the project's tsc, a native
 * binary) no longer ships. Stryker (its checker and its tsconfig rewriting) alone is given TypeScript 5.9 (devDependency `typescript5`), which
 * type-checks this code the same; everything else keeps resolving `typescript` as before.
 */
import { register } from 'node:module';

register('./typescript5-hook.mjs', import.meta.url);
