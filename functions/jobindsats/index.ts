/**
 * The Jobindsats connector: figures from api.jobindsats.dk into the store through the import pipeline.
 * fetch (api.ts) → rows (fetch-rows.ts, by the mapping) → plan and apply (run.ts, functions/import).
 */
export { createJobindsatsClient, type JobindsatsClient } from './api.js';
export { clientFromConfig } from './from-config.js';
export { loadMapping, parseMapping, type Mapping } from './mapping.js';
export { runJobindsats } from './run.js';
export { formatRunTable, reportLines, summary } from './report.js';
