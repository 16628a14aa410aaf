/**
 * The two sides of a comparison, sum or net: the measure words either side of "end" / "than" / "plus"
 * (splitMeasures), or two members of one contrast family named apart (readSides).
 */
import { contrastPhrases, type Lexicon } from './lexicon.js';
import type { Frame } from './frame-types.js';
import { tokenize } from './frame-tokens.js';

const SPLIT = /\s(?:end|than|og|and|vs\.?|versus|sammenlignet med|compared (?:to|with)|i forhold til|relative to|mod|against)\s/;
export const PLUS = /\s(?:plus|\+)\s/;

/** "nettobesparelse", "minus", "net cost after": one money figure less another. */
const NET = /\b(?:netto\w*|net|minus|fratrukket|fratraekk\w*|traekke[rs]? \w* ?fra|trukket fra|after|efter fradrag|deduct\w*|subtract\w*)\b/;
/** One thing taken from another, said outright (not "netto", which of two benefits is their net cost, not their difference). */
const MINUS = /\b(?:minus|fratrukket|fratraekk\w*|traekke[rs]? \w* ?fra|trukket fra|deduct\w*|subtract\w*)\b/;
/** "X trækkes fra Y", "X subtracted from Y": the second named comes first. */
const FROM = /\b(?:traekke[rs]? (?:\w+ )?fra|trukket fra|subtracted from|deducted from)\b/;
/** "enten … eller", "either … or": the two together. */
const EITHER = /\b(?:enten\b.*\beller|either\b.*\bor)\b/;

/** Whether the last word of one phrase and the first of the next are written joined by a slash ("arbejde/uddannelse"). */
function slashed(text: string, a: string[], b: string[]): boolean {
  const [x, y] = [a.at(-1), b[0]];
  return !!x && !!y && (text.includes(`${x}/${y}`) || text.includes(`${x} / ${y}`));
}

/**
 * Two members of one family named apart ("tilflyttede … end … fraflyttede") are the two sides of a
 * comparison or sum; one phrase naming both ("kontant- og uddannelseshjælpsmodtagere") is one measure.
 */
export function readSides(f: Frame, lex: Lexicon): void {
  // "A plus B" says where the sides are: a family named inside one of them ("ledighedsydelse og fleksjob") is its name.
  if (f.split && PLUS.test(f.text)) return;
  const phrases = contrastPhrases(f.text, lex);
  const single = phrases.filter((p) => p.members.length === 1);
  const than = /\s(?:end|than)\s/.exec(f.text);
  const before = than ? contrastPhrases(f.text.slice(0, than.index), lex).flatMap((p) => p.members) : [];
  const after = than ? contrastPhrases(f.text.slice(than.index), lex).flatMap((p) => p.members) : [];
  for (let a = 0; a < single.length; a++) {
    for (let b = a + 1; b < single.length; b++) {
      const [x, y] = [single[a]!.members[0]!, single[b]!.members[0]!];
      if (x === y || x.split(':')[0] !== y.split(':')[0]) continue;
      if (phrases.some((p) => p.members.includes(x) && p.members.includes(y))) return;
      // "i arbejde/uddannelse eller blev jobparate": two members joined by a slash are one side, not the two.
      if (slashed(f.text, single[a]!.words, single[b]!.words)) continue;
      const per = f.operation === 'lookup' && perOther(f.text, lex, x, y);
      // "sygedagpenge, revalidering m.v. end kontanthjælp": the two sides stand either side of "end" / "than".
      if (than && !per && !(before.includes(x) !== before.includes(y) && after.includes(before.includes(x) ? y : x))) continue;
      const money = x.startsWith('money:');
      if (per) {
        // "hvor mange kvinder går der pr. mand", "women per man": one member counted per the other is a ratio.
        f.operation = 'ratio';
        f.units = [];
        f.softUnits = [];
      }
      if (f.operation === 'lookup' && EITHER.test(f.text)) f.operation = 'sum';
      // "samlet nettogevinst … når driftsudgiften trækkes fra den sparede forsørgelse": a net, whatever else adds up;
      // so is a net of moving in and out ("nettotilflytningen"), and any pair with one taken from the other ("tilflyttede minus fraflyttede").
      // (Not parts of one whole, such as committees: "AU's besparelse trækkes fra ØK's og AU's investering" has three terms.)
      else if ((f.operation === 'lookup' || f.operation === 'sum') && (money || x.startsWith('moving:') ? NET : MINUS).test(f.text) && !lex.partFamilies.has(x.split(':')[0]!)) f.operation = 'difference';
      if (f.operation !== 'difference' && f.operation !== 'sum' && f.operation !== 'ratio') return;
      const [first, second] = fromOrder(f.text, lex, single[a]!, single[b]!);
      f.sides = { members: [first.members[0]!, second.members[0]!], words: [first.words, second.words] };
      return;
    }
  }
  netAfter(f, single);
}

/** "nettoeffekten efter driftsudgiften", "the net effect after the operating cost": the net word, then "efter" / "after" a money member. */
const NET_WORD = /\b(?:netto\w*|net)\b/;
const AFTER = /\b(?:efter|after)\s+(?:(?:the|den|det|de)\s+)?(?:[a-z]+\s+)?$/;

/**
 * "What is the net effect in 2017 after the operating cost?": one money member named after "efter" / "after" with a net
 * word is taken from the other member of its family (the saving, or the cost): a difference of the two. "Nettoudgiften"
 * named alone is a measure of its own.
 */
function netAfter(f: Frame, single: ReturnType<typeof contrastPhrases>): void {
  const named = single.filter((p) => p.members[0]!.startsWith('money:'));
  if (f.operation !== 'lookup' || named.length !== 1 || !NET_WORD.test(f.text)) return;
  const p = named[0]!;
  const at = f.text.indexOf(` ${p.words[0]}`);
  if (at < 0 || !AFTER.test(f.text.slice(0, at + 1))) return;
  const other = p.members[0] === 'money:cost' ? 'money:saving' : 'money:cost';
  f.operation = 'difference';
  f.contrasts = [...new Set([...f.contrasts, other])];
  f.sides = { members: [other, p.members[0]!], words: [[], p.words] };
}

/** "pr. mand", "per man", "for hver krone": what the thing before it is counted per. */
const PER = /\b(?:pr|per|for hver|for every|for each)\b\.?\s+(?:(?:en|et|one|a|an)\s+)?/g;

/** Whether one member is named from "pr." / "per" on and the other before it: "kvinder pr. mand", "women per man". */
function perOther(text: string, lex: Lexicon, x: string, y: string): boolean {
  for (const m of text.matchAll(PER)) {
    const after = contrastPhrases(text.slice(m.index), lex)[0]?.members ?? [];
    const before = contrastPhrases(text.slice(0, m.index), lex).flatMap((p) => p.members);
    if ((after.includes(y) && before.includes(x)) || (after.includes(x) && before.includes(y))) return true;
  }
  return false;
}

type Phrase = { members: string[]; words: string[] };

/**
 * "X trækkes fra Y", "X subtracted from Y": Y, the phrase of the family right after "fra", comes first and X,
 * the nearest other member before it, second ("hvad koster det netto, når den sparede forsørgelse trækkes fra
 * driftsudgifterne": driftsudgifterne − sparet forsørgelse). Otherwise the order they are named in.
 */
function fromOrder(text: string, lex: Lexicon, a: Phrase, b: Phrase): [Phrase, Phrase] {
  const from = FROM.exec(text);
  if (!from) return [a, b];
  const family = a.members[0]!.split(':')[0]!;
  const ofFamily = (p: Phrase) => p.members.length === 1 && p.members[0]!.startsWith(`${family}:`);
  const before = contrastPhrases(text.slice(0, from.index), lex).filter(ofFamily);
  const first = contrastPhrases(text.slice(from.index + from[0].length), lex).find(ofFamily);
  const second = first && before.reverse().find((p) => p.members[0] !== first.members[0]);
  return first && second ? [first, second] : [b, a];
}

/** "flere tilflyttede end fraflyttede": the measure words either side of the comparison word. */
export function splitMeasures(f: Frame, at = SPLIT, qualifyBoth = true): void {
  const m = at.exec(` ${f.text} `);
  if (!m) return;
  const cut = m.index;
  const before = new Set(tokenize(f.text.slice(0, cut)).map((t) => t.word));
  const left = f.measure.filter((w) => before.has(w));
  const right = f.measure.filter((w) => !before.has(w));
  // "flere tilflyttede end fraflyttede uddannelseshjælpsmodtagere": words after the second side's own word qualify both.
  if (left.length && right.length) f.split = [qualifyBoth ? [...left, ...right.slice(1)] : left, right];
}
