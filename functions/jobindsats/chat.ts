/**
 * `hent tal` / `fetch figures` (admins): fetch from Jobindsats now, as the morning timer would, and
 * answer with a report card — what was new or corrected per KPI, or that nothing was — in the user's
 * language. A failure says what went wrong and that nothing was stored.
 */
import { card, type Reply, type TurnInfo } from '../../bot/index.js';
import { messageCard, type MessageView } from '../../cards/message.js';
import type { Config } from '../config.js';
import { AppError } from '../domain/errors.js';
import { formatQuantity } from '../domain/format.js';
import { comparePeriods, periodLabel, type Lang } from '../domain/period.js';
import { getCatalogue } from '../query/catalogue.js';
import type { Store } from '../store/store.js';
import type { JobindsatsClient } from './api.js';
import { clientFromConfig, NotConfiguredError } from './from-config.js';
import { loadMapping, type Mapping } from './mapping.js';
import { reportLines, type ReportLine } from './report.js';
import { runJobindsats, type JobindsatsRun } from './run.js';

const LISTED = 10;

export interface JobindsatsChatOptions {
  client?: JobindsatsClient;
  mapping?: () => Promise<Mapping>;
  now?: () => Date;
}

export function jobindsatsFeatures(store: Store, config: Pick<Config, 'jobindsats'>, options: JobindsatsChatOptions = {}) {
  return {
    async fetchFigures(turn: TurnInfo): Promise<Reply[]> {
      const lang = turn.lang;
      let view: MessageView;
      try {
        const client = options.client ?? clientFromConfig(config);
        const mapping = await (options.mapping ?? loadMapping)();
        const run = await runJobindsats(store, client, mapping, { dryRun: false, at: (options.now?.() ?? new Date()).toISOString() });
        view = await reportView(store, run, lang);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        view = failureView(error, lang);
      }
      return [card(messageCard(view), view.title)];
    },
  };
}

async function reportView(store: Store, run: JobindsatsRun, lang: Lang): Promise<MessageView> {
  const lines = reportLines(run);
  const da = lang === 'da';
  const title = da ? 'Tal fra Jobindsats' : 'Figures from Jobindsats';
  const source = da ? 'Kilde: Jobindsats (api.jobindsats.dk).' : 'Source: Jobindsats (api.jobindsats.dk).';
  if (!lines.length) {
    return { title, tone: 'info', paragraphs: [da ? 'Intet nyt: Målbot har allerede de nyeste tal fra Jobindsats.' : 'Nothing new: Målbot already has the latest figures from Jobindsats.', source] };
  }
  const cat = await getCatalogue(store);
  const fresh = lines.filter((l) => l.status === 'new').length;
  const corrected = lines.length - fresh;
  // One line per KPI: how many figures came, and where it stands by the newest of its own organisation's.
  const byKpi = new Map<string, ReportLine[]>();
  for (const l of lines) byKpi.set(l.kpi, [...(byKpi.get(l.kpi) ?? []), l]);
  const shown = [...byKpi.entries()].slice(0, LISTED).map(([id, group]) => {
    const kpi = cat.kpis.get(id);
    const q = (v: number) => (kpi ? formatQuantity(v, kpi.unit, kpi.scale, lang) : String(v));
    const own = group.filter((l) => l.org === kpi?.orgId);
    const latest = (own.length ? own : group).reduce((a, b) => (comparePeriods(b.period, a.period) > 0 ? b : a));
    const n = group.filter((l) => l.status === 'new').length;
    const counts = [n ? (da ? `${n} ${nyt(n)}` : `${n} new`) : '', group.length - n ? (da ? `${group.length - n} ${rettet(group.length - n)}` : `${group.length - n} corrected`) : ''].filter(Boolean).join(da ? ' og ' : ' and ');
    const was = latest.before === undefined ? '' : da ? `, rettet fra ${q(latest.before)}` : `, corrected from ${q(latest.before)}`;
    return `- ${kpi?.name[lang] ?? id}: ${counts} – ${da ? 'nyeste' : 'latest'} ${q(latest.after)} (${periodLabel(latest.period, lang)})${was}`;
  });
  if (byKpi.size > LISTED) shown.push(da ? `… og ${byKpi.size - LISTED} nøgletal mere.` : `… and ${byKpi.size - LISTED} more KPIs.`);
  const head = da
    ? `Gemt: ${fresh} ${nyt(fresh)} og ${corrected} ${rettet(corrected)} tal, hvert med en post i revisionssporet (jobindsats).`
    : `Stored: ${fresh} new and ${corrected} corrected ${lines.length === 1 ? 'figure' : 'figures'}, each with an audit entry (jobindsats).`;
  return { title, tone: 'good', paragraphs: [head, shown.join('\n'), source] };
}

function failureView(error: AppError, lang: Lang): MessageView {
  const da = lang === 'da';
  if (error instanceof NotConfiguredError) {
    return {
      title: da ? 'Jobindsats er ikke sat op' : 'Jobindsats is not set up',
      tone: 'warning',
      paragraphs: [
        da
          ? 'Indstillingen JOBINDSATS_TOKEN mangler, så Målbot kan ikke hente tal fra Jobindsats. En administrator kan få en nøgle hos STAR (jobindsats@star.dk).'
          : 'The JOBINDSATS_TOKEN setting is missing, so Målbot cannot fetch figures from Jobindsats. An administrator can get a key from STAR (jobindsats@star.dk).',
      ],
    };
  }
  return {
    title: da ? 'Tallene fra Jobindsats blev ikke hentet' : 'The figures from Jobindsats were not fetched',
    tone: 'attention',
    paragraphs: [da ? 'Intet er gemt. Det gik galt sådan her:' : 'Nothing was stored. This is what went wrong:', error.message],
  };
}

// "tal" is neuter: 1 nyt, 2 nye; 1 rettet, 2 rettede.
const nyt = (n: number) => (n === 1 ? 'nyt' : 'nye');
const rettet = (n: number) => (n === 1 ? 'rettet' : 'rettede');
