/**
 * Keeping figures current in chat, one named handler per command and card verb, wired in the table at
 * the top: `opdater tal` / `update figures` opens the update card (openFigureUpdate), its "show KPIs"
 * button sends it back with the KPIs that match (findKpis), its submit saves or comes back with the
 * errors, a question before overwriting, or a conflict (saveFromCard), and "hvem ændrede …" / "who
 * changed …" shows a KPI's history (showHistory, showHistoryOf; the bot recognises the phrase,
 * bot/commands.ts). The cards are built in views.ts, the history's and the notices' wording is in wording.ts.
 */
import { card, onVerb, type Reply, type TurnInfo } from '../../bot/index.js';
import { messageCard } from '../../cards/message.js';
import type { UpdateField } from '../../cards/update-figure.js';
import { button } from '../../cards/verbs.js';
import type { Actor, Kpi } from '../domain/model.js';
import type { Lang } from '../domain/period.js';
import { fold, words } from '../domain/query/index.js';
import { getCatalogue } from '../query/catalogue.js';
import type { Permit } from '../security/index.js';
import type { Store } from '../store/store.js';
import { kpiHistory, recentlyChangedKpis } from './history.js';
import { FigureUpdateSubmitSchema, updateFigure, type FigureUpdateSubmit } from './update.js';
import { outcomeReply, updateForm, type FiguresChat } from './views.js';
import { historyLine } from './wording.js';

export { UPDATE_VERB } from './views.js';
const HISTORY_ENTRIES = 5;
const WHICH_KPI_CHOICES = 5;
/** A KPI found for a name scoring at least this share of the best one's is as likely meant: the user is asked. */
const CLOSE_MATCH = 0.7;

/** The commands, card verb and typeahead of figure updates, each a named handler below. */
export function figureUpdateFeatures(store: Store, homeOrg: string, permit: Permit, now: () => Date = () => new Date()) {
  const chat: FiguresChat = { store, homeOrg, permit, now };
  return {
    openFigureUpdate: (turn: TurnInfo, args: string) => openFigureUpdate(chat, turn, args),
    showHistory: (subject: string, turn: TurnInfo) => showHistory(chat, subject, turn),
    cardActions: {
      'figure.update': onVerb('figure.update', (_payload, turn, data) => saveFromCard(chat, data, turn)),
      'figure.find': onVerb('figure.find', (_payload, turn, data) => findKpis(chat, data, turn)),
      'figure.history': onVerb('figure.history', ({ kpiId }, turn) => showHistoryOf(chat, kpiId, turn)),
    },
  };
}

/** `opdater tal` / `update figures` [search words]: the card, the user's organisation chosen and any words searched. */
async function openFigureUpdate(chat: FiguresChat, turn: TurnInfo, args: string): Promise<Reply[]> {
  const q = args.replace(/^(?:tal(?:let)?|figures?)\b\s*/iu, '').trim();
  return [await updateForm(chat, turn, q ? { q } : {})];
}

/** figure.find: the card again, with what was entered, and the KPIs of the chosen organisation and case that match the search. */
async function findKpis(chat: FiguresChat, data: Record<string, unknown>, turn: TurnInfo): Promise<Reply[]> {
  const read = await readCard(chat, data, turn);
  return [read.reply ?? (await updateForm(chat, turn, enteredValues(read.input)))];
}

/** figure.update: the card's submit, checked and saved (update.ts); the reply says what happened. */
async function saveFromCard(chat: FiguresChat, data: Record<string, unknown>, turn: TurnInfo): Promise<Reply[]> {
  const read = await readCard(chat, data, turn);
  if (read.reply) return [read.reply];
  const { input } = read;
  const mayChange = (orgId: string) => chat.permit(turn.user, 'figures.write', { orgId });
  const outcome = await updateFigure(chat.store, input, actorOf(turn), chat.now().toISOString(), turn.lang, mayChange);
  return [await outcomeReply(chat, outcome, turn, enteredValues(input))];
}

/**
 * The card's inputs, or the card back naming each field that is too long (the card limits their length,
 * but a client may not, and a button payload can be anything): never a failed turn.
 */
async function readCard(chat: FiguresChat, data: Record<string, unknown>, turn: TurnInfo): Promise<{ input: FigureUpdateSubmit; reply?: never } | { reply: Reply }> {
  const parsed = FigureUpdateSubmitSchema.safeParse(stringsOnly(data));
  if (parsed.success) return { input: parsed.data };
  const errors: Partial<Record<string, string>> = {};
  // Every field is optional text (stringsOnly drops the rest), so the only way to fail is a text too long.
  for (const issue of parsed.error.issues) {
    const max = issue.code === 'too_big' ? Number(issue.maximum) : 0;
    errors[String(issue.path[0])] = turn.lang === 'da' ? `Højst ${max} tegn` : `At most ${max} characters`;
  }
  const kept = Object.fromEntries(Object.entries(stringsOnly(data)).filter(([field]) => !(field in errors)));
  return { reply: await updateForm(chat, turn, enteredValues(kept), { errors }) };
}

function enteredValues(input: FigureUpdateSubmit): Partial<Record<UpdateField, string>> {
  const values: Partial<Record<UpdateField, string>> = {};
  for (const f of ['org', 'case', 'q', 'kpi', 'kind', 'period', 'value', 'note'] as const) if (input[f]) values[f] = input[f];
  return values;
}

/**
 * "hvem ændrede …" / "who changed …": the KPI's newest changes from the audit trail. Without a name, or
 * with one that matches no KPI, it asks which KPI, offering the organisation's most recently changed.
 */
async function showHistory(chat: FiguresChat, subject: string, turn: TurnInfo): Promise<Reply[]> {
  const lang = turn.lang;
  const cat = await getCatalogue(chat.store);
  const named = subject.trim().replace(/[?.!]+$/, '').trim();
  if (!named) return [await whichKpi(chat, lang)];
  // As with questions, a name that fits KPIs of several organisations means the home organisation's.
  const hits = cat.index.search(named, { type: 'kpi' }, 20).filter((h) => cat.kpis.has(h.id));
  const home = hits.filter((h) => cat.kpis.get(h.id)!.orgId === chat.homeOrg);
  const pool = home.length ? home : hits;
  // The name as written, punctuation and Danish letters aside: "kik ii investering" is "KIK II: Investering".
  const asWritten = nameKey(named);
  const exact = cat.kpis.get(named.toLowerCase()) ?? [...cat.kpis.values()].find((k) => k.orgId === (pool[0] && cat.kpis.get(pool[0].id)!.orgId) && [k.name.da, k.name.en].some((n) => nameKey(n) === asWritten));
  if (exact) return [await historyOf(chat, exact.id, lang)];
  if (!pool[0]) return [await whichKpi(chat, lang, lang === 'da' ? `Jeg kan ikke finde et nøgletal, der hedder "${named}".` : `I cannot find a KPI called "${named}".`)];
  // "hvem ændrede selvforsørgende?" fits KIK II's count and the integration share about as well: which one is asked, not guessed.
  const close = pool.filter((h) => h.score >= pool[0]!.score * CLOSE_MATCH).slice(0, WHICH_KPI_CHOICES);
  if (close.length > 1) {
    const notice = lang === 'da' ? `Flere nøgletal passer på "${named}". Hvilket mener du?` : `Several KPIs fit "${named}". Which one do you mean?`;
    return [await whichKpi(chat, lang, notice, close.map((h) => cat.kpis.get(h.id)!))];
  }
  return [await historyOf(chat, pool[0].id, lang)];
}

const nameKey = (name: string) => words(fold(name)).join(' ');

/** figure.history: a KPI offered by whichKpi. */
async function showHistoryOf(chat: FiguresChat, kpiId: string, turn: TurnInfo): Promise<Reply[]> {
  return [await historyOf(chat, kpiId, turn.lang)];
}

async function historyOf(chat: FiguresChat, kpiId: string, lang: Lang): Promise<Reply> {
  const kpi = (await getCatalogue(chat.store)).kpis.get(kpiId);
  if (!kpi) return whichKpi(chat, lang, lang === 'da' ? 'Det nøgletal findes ikke længere.' : 'That KPI no longer exists.');
  const entries = (await kpiHistory(chat.store, kpi.id)).slice(0, HISTORY_ENTRIES);
  const name = kpi.name[lang];
  if (!entries.length) {
    const title = lang === 'da' ? `Ingen ændringer af ${name}` : `No changes to ${name}`;
    return card(messageCard({ title, paragraphs: [lang === 'da' ? 'Tallene er, som de blev indlæst fra kildedokumenterne.' : 'The figures are as loaded from the source documents.'] }), title);
  }
  const title = lang === 'da' ? `Seneste ændringer af ${name}` : `Recent changes to ${name}`;
  return card(messageCard({ title, paragraphs: entries.map((e) => historyLine(e, kpi, lang)) }), title);
}

/** "Which KPI?": how to name one, and as buttons the KPIs a name fits, or else the home organisation's most recently changed. */
async function whichKpi(chat: FiguresChat, lang: Lang, notice?: string, fitting?: Kpi[]): Promise<Reply> {
  const cat = await getCatalogue(chat.store);
  const kpis = fitting ?? (await recentlyChangedKpis(chat.store, chat.homeOrg, WHICH_KPI_CHOICES)).map((id) => cat.kpis.get(id)).filter((k) => !!k);
  const org = cat.orgs.get(chat.homeOrg)?.name ?? chat.homeOrg;
  const example = kpis[0]?.name[lang] ?? (lang === 'da' ? 'KIK II selvforsørgende' : 'KIK II self-supporting');
  const title = lang === 'da' ? 'Hvilket nøgletal?' : 'Which KPI?';
  const paragraphs = [
    ...(notice ? [notice] : []),
    lang === 'da' ? `Skriv "hvem ændrede" og nøgletallets navn, fx "hvem ændrede ${example}".` : `Write "who changed" and the KPI's name, e.g. "who changed ${example}".`,
    fitting ? undefined
    : kpis.length
      ? lang === 'da' ? `Senest ændret i ${org}:` : `Changed most recently in ${org}:`
      : lang === 'da' ? `Ingen tal i ${org} er ændret, siden de blev indlæst fra kildedokumenterne.` : `No figure of ${org} has changed since it was loaded from the source documents.`,
  ];
  // Another organisation's KPI says whose it is: several municipalities' "Aktiveringsgrad" are told apart.
  const label = (k: Kpi) => (k.orgId === chat.homeOrg ? k.name[lang] : `${k.name[lang]} – ${cat.orgs.get(k.orgId)?.name ?? k.orgId}`);
  const buttons = kpis.map((k) => button('figure.history', label(k), lang, { kpiId: k.id }));
  return card(messageCard({ title, paragraphs: paragraphs.filter((p): p is string => !!p), buttons }), title);
}

function stringsOnly(data: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(data)) if (typeof v === 'string') out[k] = v;
  return out;
}

/** The Teams user as the audit trail names them: the Entra object id when Teams sends it. */
export function actorOf(turn: TurnInfo): Actor {
  return { id: turn.user.aadObjectId ?? turn.user.id, ...(turn.user.name ? { name: turn.user.name } : {}), kind: 'user' };
}
