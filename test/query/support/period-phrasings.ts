/**
 * The ways a manager writes a stored period, generated from the canonical period string (see
 * functions/domain/period.ts), so every figure's period can be asked in each form and compared with its plain
 * form. Each phrasing carries a `form` naming what kind of phrasing it is, so failures can be counted by kind.
 * A phrasing is only generated where it names exactly the stored days ("ultimo august 2018" for the 31st of
 * August, "de første fem måneder af 2018" for January–May).
 */
import { MONTH_NAMES } from '../../../functions/domain/months.js';

export interface Phrasing {
  form: string;
  text: string;
}

const DA = MONTH_NAMES.da;
const EN = MONTH_NAMES.en;
const SHORT_DA = ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sept.', 'okt.', 'nov.', 'dec.'];
const SHORT_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const COUNT_DA = ['', 'en', 'to', 'tre', 'fire', 'fem', 'seks', 'syv', 'otte', 'ni', 'ti', 'elleve', 'tolv'];
const COUNT_EN = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const ORD_DA = ['', 'første', 'andet', 'tredje', 'fjerde'];
const ORD_EN = ['', 'first', 'second', 'third', 'fourth'];

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, '0');
const yy = (y: number) => String(y).slice(2);

/** The plain form: what the engine has always read. */
export function plainPeriod(period: string, lang: 'da' | 'en'): string | undefined {
  const p = parse(period);
  if (!p) return undefined;
  const months = lang === 'da' ? DA : EN;
  switch (p.kind) {
    case 'year':
      return String(p.y);
    case 'month':
      return `${months[p.m - 1]} ${p.y}`;
    case 'day':
      return lang === 'da' ? `${p.d}. ${months[p.m - 1]} ${p.y}` : `${p.d} ${months[p.m - 1]} ${p.y}`;
    case 'quarter':
      return lang === 'da' ? `${p.n}. kvartal ${p.y}` : `Q${p.n} ${p.y}`;
    case 'half':
      return lang === 'da' ? `${p.n}. halvår ${p.y}` : `H${p.n} ${p.y}`;
    case 'years':
      return `${p.y}-${p.y2}`;
    case 'months':
      return lang === 'da'
        ? `fra ${months[p.m - 1]} ${p.y} til ${months[p.m2 - 1]} ${p.y2}`
        : `from ${months[p.m - 1]} ${p.y} to ${months[p.m2 - 1]} ${p.y2}`;
  }
}

/** Every other phrasing of the period in the language, with its kind. */
export function periodPhrasings(period: string, lang: 'da' | 'en'): Phrasing[] {
  const p = parse(period);
  if (!p) return [];
  const out: Phrasing[] = [];
  const add = (form: string, text: string) => out.push({ form, text });
  const da = lang === 'da';
  if (p.kind === 'year') {
    if (da) {
      add('budget year', `budgetåret ${p.y}`);
      add('calendar year', `kalenderåret ${p.y}`);
      add('year word', `året ${p.y}`);
      add('whole year', `hele ${p.y}`);
      add('during', `i løbet af ${p.y}`);
      add('fiscal', `regnskabsåret ${p.y}`);
    } else {
      add('fiscal', `FY${p.y}`);
      add('fiscal', `FY${yy(p.y)}`);
      add('year word', `the year ${p.y}`);
      add('calendar year', `calendar year ${p.y}`);
      add('whole year', `the whole of ${p.y}`);
      add('during', `during ${p.y}`);
    }
  }
  if (p.kind === 'month') {
    const last = lastDay(p.y, p.m);
    if (da) {
      add('short month', `${SHORT_DA[p.m - 1]} ${p.y}`);
      add('apostrophe year', `${DA[p.m - 1]} '${yy(p.y)}`);
      add('month glued', `${SHORT_DA[p.m - 1]!.replace('.', '')}${yy(p.y)}`);
      add('edge of month', `ultimo ${DA[p.m - 1]} ${p.y}`);
      add('edge of month', `udgangen af ${DA[p.m - 1]} ${p.y}`);
      add('during', `i løbet af ${DA[p.m - 1]} ${p.y}`);
      add('mid month', `medio ${DA[p.m - 1]} ${p.y}`);
      add('month numeric', `${pad(p.m)}/${p.y}`);
      add('month numeric', `${p.y}-${pad(p.m)}`);
      add('day of month end', `pr. ${last}/${p.m}-${yy(p.y)}`);
    } else {
      add('short month', `${SHORT_EN[p.m - 1]} ${p.y}`);
      add('apostrophe year', `${EN[p.m - 1]} '${yy(p.y)}`);
      add('edge of month', `the end of ${EN[p.m - 1]} ${p.y}`);
      add('during', `during ${EN[p.m - 1]} ${p.y}`);
      add('mid month', `mid-${EN[p.m - 1]} ${p.y}`);
      add('month numeric', `${pad(p.m)}/${p.y}`);
      add('day of month end', `${last} ${EN[p.m - 1]} ${p.y}`);
    }
  }
  if (p.kind === 'day') {
    const endOfMonth = p.d === lastDay(p.y, p.m);
    if (da) {
      add('numeric date', `${p.d}/${p.m}-${yy(p.y)}`);
      add('numeric date', `pr. ${p.d}/${p.m}-${yy(p.y)}`);
      add('numeric date', `${pad(p.d)}.${pad(p.m)}.${p.y}`);
      add('numeric date', `${p.d}.${p.m}.${yy(p.y)}`);
      add('numeric date', `${p.d}/${p.m} ${p.y}`);
      add('short month', `${p.d}. ${SHORT_DA[p.m - 1]} ${p.y}`);
      add('as of', `pr. ${p.d}. ${DA[p.m - 1]} ${p.y}`);
      add('as of', `per ${p.d}. ${DA[p.m - 1]} ${p.y}`);
      if (endOfMonth) {
        add('edge of month', `ultimo ${DA[p.m - 1]} ${p.y}`);
        add('edge of month', `udgangen af ${DA[p.m - 1]} ${p.y}`);
        add('edge of month', `ved udgangen af ${SHORT_DA[p.m - 1]} ${p.y}`);
      }
      if (p.d === 1) add('edge of month', `primo ${DA[p.m - 1]} ${p.y}`);
    } else {
      add('numeric date', `${pad(p.d)}/${pad(p.m)}/${p.y}`);
      add('as of', `as of ${p.d} ${SHORT_EN[p.m - 1]} ${p.y}`);
      add('as of', `as at ${EN[p.m - 1]} ${p.d}, ${p.y}`);
      add('ordinal day', `the ${p.d}${suffix(p.d)} of ${EN[p.m - 1]} ${p.y}`);
      if (endOfMonth) add('edge of month', `the end of ${EN[p.m - 1]} ${p.y}`);
      if (p.d === 1) add('edge of month', `the start of ${EN[p.m - 1]} ${p.y}`);
    }
  }
  if (p.kind === 'quarter') {
    const m0 = (p.n - 1) * 3;
    if (da) {
      add('quarter short', `${p.n}. kvt. ${p.y}`);
      add('quarter short', `${p.n}. kvt ${p.y}`);
      add('quarter word', `${ORD_DA[p.n]} kvartal ${p.y}`);
      add('quarter code', `Q${p.n} ${p.y}`);
      add('quarter code', `${p.y}K${p.n}`);
      add('quarter code', `K${p.n} ${p.y}`);
      add('quarter months', `${DA[m0]}-${DA[m0 + 2]} ${p.y}`);
      if (p.n === 1) add('quarter months', `de første tre måneder af ${p.y}`);
    } else {
      add('quarter word', `the ${ORD_EN[p.n]} quarter of ${p.y}`);
      add('quarter code', `${p.y} Q${p.n}`);
      add('quarter code', `Q${p.n}-${yy(p.y)}`);
      add('quarter months', `${EN[m0]} to ${EN[m0 + 2]} ${p.y}`);
    }
  }
  if (p.kind === 'half') {
    const m0 = (p.n - 1) * 6;
    if (da) {
      add('half word', `${ORD_DA[p.n]} halvår ${p.y}`);
      add('half word', `${ORD_DA[p.n]} halvår af ${p.y}`);
      add('half code', `H${p.n} ${p.y}`);
      add('half word', `${p.n === 1 ? 'første' : 'sidste'} halvdel af ${p.y}`);
      add('half months', `${DA[m0]}-${DA[m0 + 5]} ${p.y}`);
      add('half months', `de ${p.n === 1 ? 'første' : 'sidste'} seks måneder af ${p.y}`);
    } else {
      add('half word', `the ${ORD_EN[p.n]} half of ${p.y}`);
      add('half code', `${p.n}H ${p.y}`);
      add('half code', `H${p.n}-${yy(p.y)}`);
      add('half months', `the ${p.n === 1 ? 'first' : 'last'} six months of ${p.y}`);
    }
  }
  if (p.kind === 'years') {
    if (da) {
      add('span word', `perioden ${p.y}-${p.y2}`);
      add('span word', `i perioden ${p.y}–${p.y2}`);
      add('span from-to', `fra ${p.y} til ${p.y2}`);
      add('span from-to', `${p.y} til ${p.y2}`);
      add('span short', `${p.y}-${yy(p.y2)}`);
      add('span word', `årene ${p.y}-${p.y2}`);
    } else {
      add('span word', `over ${p.y}-${p.y2}`);
      add('span from-to', `from ${p.y} to ${p.y2}`);
      add('span from-to', `between ${p.y} and ${p.y2}`);
      add('span from-to', `${p.y} through ${p.y2}`);
      add('span short', `${p.y}–${yy(p.y2)}`);
      add('span word', `the period ${p.y}-${p.y2}`);
    }
  }
  if (p.kind === 'months') {
    const oneYear = p.y === p.y2;
    const months = da ? DA : EN;
    const short = da ? SHORT_DA : SHORT_EN;
    if (oneYear) add('month span', `${months[p.m - 1]}-${months[p.m2 - 1]} ${p.y}`);
    if (oneYear) add('month span', da ? `${months[p.m - 1]} til ${months[p.m2 - 1]} ${p.y}` : `${months[p.m - 1]} to ${months[p.m2 - 1]} ${p.y}`);
    if (oneYear) add('month span short', `${short[p.m - 1]}-${short[p.m2 - 1]} ${p.y}`);
    add('month span short', `${short[p.m - 1]} ${p.y} - ${short[p.m2 - 1]} ${p.y2}`);
    add('month span glued', `${short[p.m - 1]!.replace('.', '').toLowerCase()}${yy(p.y)}-${short[p.m2 - 1]!.replace('.', '').toLowerCase()}${yy(p.y2)}`);
    if (oneYear && p.m === 1 && p.m2 < 12) {
      add('first months', da ? `de første ${COUNT_DA[p.m2]} måneder af ${p.y}` : `the first ${COUNT_EN[p.m2]} months of ${p.y}`);
    }
    if (oneYear && p.m2 === 12 && p.m > 1) {
      add('last months', da ? `de sidste ${COUNT_DA[13 - p.m]} måneder af ${p.y}` : `the last ${COUNT_EN[13 - p.m]} months of ${p.y}`);
    }
    if (da) add('month span numeric', `${pad(p.m)}.${p.y}-${pad(p.m2)}.${p.y2}`);
  }
  return out;
}

function suffix(d: number): string {
  if (d % 10 === 1 && d !== 11) return 'st';
  if (d % 10 === 2 && d !== 12) return 'nd';
  if (d % 10 === 3 && d !== 13) return 'rd';
  return 'th';
}

type Parsed =
  | { kind: 'year'; y: number }
  | { kind: 'month'; y: number; m: number }
  | { kind: 'day'; y: number; m: number; d: number }
  | { kind: 'quarter' | 'half'; y: number; n: number }
  | { kind: 'years'; y: number; y2: number }
  | { kind: 'months'; y: number; m: number; y2: number; m2: number };

/** The period as parts; a range of whole months (also written as days, 2018-02-01--2018-08-31) as months. */
function parse(period: string): Parsed | undefined {
  let m = /^(\d{4})$/.exec(period);
  if (m) return { kind: 'year', y: Number(m[1]) };
  m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m) return { kind: 'month', y: Number(m[1]), m: Number(m[2]) };
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(period);
  if (m) return { kind: 'day', y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  m = /^(\d{4})-([QH])([1-4])$/.exec(period);
  if (m) return { kind: m[2] === 'Q' ? 'quarter' : 'half', y: Number(m[1]), n: Number(m[3]) };
  m = /^(\d{4})--(\d{4})$/.exec(period);
  if (m) return { kind: 'years', y: Number(m[1]), y2: Number(m[2]) };
  m = /^(\d{4})-(\d{2})(?:-01)?--(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(period);
  if (m && (!m[5] || Number(m[5]) === lastDay(Number(m[3]), Number(m[4])))) {
    return { kind: 'months', y: Number(m[1]), m: Number(m[2]), y2: Number(m[3]), m2: Number(m[4]) };
  }
  return undefined;
}
