/**
 * A Stryker reporter that appends each surviving or uncovered mutant to reports/mutation/<folder>.live.txt
 * the moment it is tested, so survivors can be reviewed while a long run is still going (the JSON report
 * is only written at the end). The file is started afresh with each run.
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { PluginKind, declareClassPlugin } from '@stryker-mutator/api/plugin';
import { chosenFolder } from './folders.mjs';

const file = `reports/mutation/${chosenFolder().name}.live.txt`;

class LiveSurvivors {
  onDryRunCompleted() {
    mkdirSync('reports/mutation', { recursive: true });
    writeFileSync(file, '');
  }

  onMutantTested(result) {
    if (result.status !== 'Survived' && result.status !== 'NoCoverage') return;
    const { start } = result.location;
    appendFileSync(file, `${relative(process.cwd(), result.fileName)}:${start.line}:${start.column} ${result.status} ${result.mutatorName} → ${(result.replacement ?? '').replace(/\s+/g, ' ').slice(0, 80)}\n`);
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.Reporter, 'live-survivors', LiveSurvivors)];
