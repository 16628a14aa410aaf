/**
 * Keeping the figures current: file import (CSV and XLSX, long and wide layouts), the figures CSV
 * export it reads back. Updating one figure in chat and its history are in functions/figures/.
 */
export { importFile, readSheet, XLSX_CONTENT_TYPE, type ImportOutcome } from './import-file.js';
export { planImport, type ImportPlan, type PlannedFigure } from './plan.js';
export { applyPlan } from './apply.js';
export { describePlan } from './report.js';
export { exportFiguresCsv } from './export-csv.js';
export { MAX_IMPORT_BYTES } from './limits.js';
