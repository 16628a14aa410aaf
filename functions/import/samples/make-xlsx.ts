/**
 * Writes the XLSX samples next to this file with exceljs: the KIK II long table as a workbook with real
 * number cells and a date-formatted period column, and the Jobindsats-style wide layout with month
 * headers written as text ("aug 2018"). Run: npx tsx functions/import/samples/make-xlsx.ts
 */
import ExcelJS from 'exceljs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

async function longWorkbook(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2018, 9, 1));
  const ws = wb.addWorksheet('KIK II');
  ws.addRow(['org', 'kpi', 'kind', 'period', 'value', 'unit', 'source']);
  const period = new Date(Date.UTC(2018, 8, 30));
  const source = 'Eksempel: KIK II status september 2018';
  ws.addRow(['aabenraa', 'aabenraa.kik-ii.kontant-og-uddannelseshjaelpsmodtagere', 'actual', period, 965, 'personer', source]);
  ws.addRow(['aabenraa', 'KIK II: borgere selvforsørgende', 'actual', period, 421, 'personer', source]);
  ws.addRow(['aabenraa', 'aabenraa.kik-ii.anden-forsoergelse', 'actual', period, 86, 'personer', source]);
  ws.getColumn(4).numFmt = 'dd-mm-yyyy';
  await wb.xlsx.writeFile(path.join(here, 'kik-ii-long.xlsx'));
}

async function wideWorkbook(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2018, 0, 15));
  const ws = wb.addWorksheet('Jobindsats');
  ws.addRow(['Jobindsats.dk - eksempel på udtræk (eksempeltal, ikke fra kilderne)']);
  ws.addRow([]);
  ws.addRow(['Område', 'Måling', 'Enhed', 'okt 2017', 'nov 2017', 'dec 2017']);
  ws.addRow(['Viborg', 'Unge 18-29 år på offentlig forsørgelse, fuldtidspersoner', 'fuldtidspersoner', 1861, 1855, 1848]);
  ws.addRow(['Viborg', 'viborg.unge.andel-paa-offentlig-forsoergelse', '%', 14.1, 14.1, 14.0]);
  await wb.xlsx.writeFile(path.join(here, 'jobindsats-wide.xlsx'));
}

await longWorkbook();
await wideWorkbook();
console.log(`Wrote kik-ii-long.xlsx and jobindsats-wide.xlsx in ${here}`);
