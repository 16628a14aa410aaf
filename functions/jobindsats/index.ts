/**
 * The Jobindsats connector: figures from api.jobindsats.dk into the store through the import pipeline.
 * fetch (api.ts) → rows (fetch-rows.ts, by the mapping) → plan and apply (run.ts, functions/import).
 */
export { createJobindsatsClient, DEFAULT_BASE_URL, JobindsatsError, type ClientOptions, type JobindsatsClient } from './api.js';
export { clientFromConfig, NotConfiguredError } from './from-config.js';
export { defaultMappingFile, loadMapping, parseMapping, type Mapping } from './mapping.js';
export { JOBINDSATS_ACTOR, JOBINDSATS_SOURCE } from './source.js';
export { runJobindsats, type JobindsatsRun, type RunOptions } from './run.js';
export { formatRunTable, reportLines, summary, type ReportLine } from './report.js';
