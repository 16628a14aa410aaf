/**
 * Button titles for questions a card offers to ask. Teams does not wrap a button's title, so a long one
 * is cut; the card then shows each question in full as text above the buttons. What several questions
 * share ("Unge 18-29 år på offentlig forsørgelse, fuldtidspersoner: uden indsatsen" / "…: forskel") is said
 * once as text, and each button names only what differs ("Uden indsatsen", "Forskel"). The figure the card
 * answers counts as one of them: beside "KIK II: borgere …" the one other reading "KIK II: borgere …: mål"
 * is the button "Mål", not a second cut-off "KIK II: borgere…".
 */

/** About what a button shows in a narrow Teams column before the client cuts it itself. */
const BUTTON_CHARS = 34;
/** Where a shared beginning may end: at a colon, a dash or a comma. */
const SEPARATOR = /: | – |, /g;
const SEPARATOR_START = /^(: | – |, )/;

export interface ButtonLabels {
  /** What every question starts with, said once; absent when they share no such beginning. */
  lead?: string;
  titles: string[];
  /** Each question in full (after the lead), when a title had to be cut; else empty. */
  full: string[];
}

export function buttonLabels(labels: readonly string[], answered?: string): ButtonLabels {
  const lead = sharedLead(labels, answered);
  const rest = lead === undefined ? [...labels] : labels.map((l) => capitalise(l.slice(lead.length).replace(SEPARATOR_START, '')));
  const titles = rest.map(shortTitle);
  return { ...(lead !== undefined ? { lead } : {}), titles, full: titles.some((t, i) => t !== rest[i]) ? rest : [] };
}

/** A title cut at a word, with "…": never inside a word or a number ("efter 1.…"). */
export function shortTitle(label: string): string {
  if (label.length <= BUTTON_CHARS) return label;
  const words = label.slice(0, BUTTON_CHARS - 1).split(' ');
  if (words.length > 1) words.pop();
  let cut = words.join(' ');
  // A number or date cut short reads as another one ("1." of "1. februar"): stop before it.
  while (/\s\d+\.?$/.test(cut)) cut = cut.replace(/\s\d+\.?$/, '');
  return `${cut.replace(/[\s,:;–-]+$/, '')}…`;
}

/**
 * The longest beginning all labels (and the answered figure's, when given) share that ends at a separator of
 * the labels, if it says something (10 characters or more). The answered label may end where the separator
 * starts: it is the shared part itself.
 */
function sharedLead(labels: readonly string[], answered?: string): string | undefined {
  const all = answered === undefined ? labels : [answered, ...labels];
  if (labels.length === 0 || all.length < 2) return undefined;
  const first = labels[0]!;
  let shared = 0;
  while (shared < first.length && all.every((l) => l[shared] === first[shared])) shared++;
  const answeredEnds = answered !== undefined && shared === answered.length;
  const ends = [...first.matchAll(SEPARATOR)].filter((m) => (answeredEnds ? m.index <= shared : m.index + m[0].length <= shared)).map((m) => m.index);
  const end = ends.at(-1);
  return end !== undefined && end >= 10 ? first.slice(0, end) : undefined;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
