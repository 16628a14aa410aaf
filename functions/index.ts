/**
 * The Functions entry point (package.json "main"). The Functions host loads this file; each import
 * registers one function with app.http / app.timer. The local host (functions/local/) imports it too.
 */
// First: telemetry patches http before the modules below load, and a bad configuration stops here.
import './telemetry-start.js';
import { app } from '@azure/functions';
import './http/health.js';
import './http/openapi.js';
import './http/legal.js';
import './http/orgs.js';
import './http/cases.js';
import './http/case.js';
import './http/kpis.js';
import './http/kpi.js';
import './http/kpi-figures.js';
import './http/figure.js';
import './http/goals.js';
import './http/query.js';
import './http/messages.js';
import './http/proposals.js';
import './http/proposal.js';
import './http/proposal-decision.js';
import './http/import.js';
import './http/audit-route.js';
import './timers/digest.js';
import './timers/jobindsats.js';

import { finishLeftoverWork } from './leftover-work.js';
import { runtime } from './runtime.js';
import { describeError, logEvent } from './telemetry.js';

// Imports run first in ESM anyway; setup only has to happen before the host finishes starting the app.
app.setup({ enableHttpStream: false });

// Opens the store at start rather than at the first request, and finishes what an earlier instance left.
// A failure is logged, not thrown: the first request opens the store again, and the next start retries.
app.hook.appStart(async () => {
  try {
    const { audit, proposals } = await finishLeftoverWork(await runtime());
    logEvent('info', 'Leftover work finished at start', { auditCompleted: audit.completed, auditAborted: audit.aborted, proposals });
  } catch (error) {
    logEvent('error', 'Finishing leftover work at start failed', { error: describeError(error) });
  }
});
