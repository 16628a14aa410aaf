/**
 * Keeping the figures current: file import (CSV and XLSX, long and wide layouts), the figures CSV
 * export it reads back, the update-figure service behind the chat card, and change history.
 */
export { importFile, readSheet, XLSX_CONTENT_TYPE, type ImportOutcome, type ImportRequest } from './import-file.js';
export { planImport, type ImportPlan, type PlannedFigure, type Rejection } from './plan.js';
export { applyPlan } from './apply.js';
export { describePlan } from './report.js';
export { exportFiguresCsv } from './export-csv.js';
export { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from './limits.js';
export { normalisePeriod } from './periods.js';
export { cellNumber, escapeFormula } from './cells.js';
