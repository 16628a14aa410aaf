/**
 * Is a chat message a question about how goals are doing ("Hvordan går det med målene for KIK II?", "Is KIK II
 * on track?", "Which goals are at risk in Herning?"), rather than a question for a figure ("hvad er målet for
 * selvforsørgende i KIK II?", "KIK II besparelse 2021?")? Read from the phrasing alone: what the subject names
 * (a case, an organisation, a goal, a date) is for the caller to look up in the catalogue.
 *
 * The line drawn: asking how something is DOING against its goals (going, on track, at risk, reached) is a status
 * question; asking WHAT a goal, target or figure IS, or how many, is a figure question, even when it says "mål".
 */

export interface GoalStatusQuestion {
  /** The words naming what is asked about, as written; empty for "our goals" in general. */
  subject: string;
  /** "which goals are at risk": only goals at risk or off track are wanted. */
  atRisk: boolean;
  /**
   * The question is worded about goals or tracks ("målene", "på sporet", "on track"), so a subject the caller cannot
   * find is answered as a status question that names what was not found. Without it ("how is X doing", "hvordan
   * går det med ledigheden") a subject that names no case, organisation or goal is a figure question after all.
   */
  explicit: boolean;
}

/** Danish letters as typed or spelt out without them: "målene" also matches "maalene". */
function da(source: string): RegExp {
  return new RegExp(`^${source.replace(/å/g, '(?:å|aa)').replace(/ø/g, '(?:ø|oe)').replace(/æ/g, '(?:æ|ae)')}$`, 'iu');
}

const GOAL_WORD = '(?:mål|målene|målet|målsætning(?:en|er|erne)?|delmål(?:ene)?|slutmål(?:et|ene)?|goals?|targets?|objectives?)';
const GOALS_IN = new RegExp(da(`.*\\b${GOAL_WORD}\\b.*`).source, 'iu');
const WHO = '(?:vi|de|i|man|we|they|you|things)';
const AT_RISK_WORDS = '(?:i\\s+fare|i\\s+risiko|ikke\\s+på\\s+sporet|bagud|halter|forsinkede?|at\\s+risk|off\\s+track|not\\s+on\\s+track|behind(?:\\s+schedule)?|lagging)';
const TRACK_WORDS = `(?:på\\s+sporet|på\\s+rette\\s+spor|på\\s+vej\\s+mod\\s+målet|på\\s+kurs|on\\s+track|on\\s+course|on\\s+target|${AT_RISK_WORDS})`;
const PREP = '(?:med|for|i|hos|på|om|with|for|on|in|at|against|to\\s+meet|towards?)';

interface Rule {
  re: RegExp;
  /** The question names goals or tracks whatever its subject. */
  explicit: boolean;
  atRisk?: boolean;
}

const RULES: Rule[] = [
  // "hvilke mål er i fare (i Herning)", "er der mål i Herning, som er bagud", "which goals are at risk (in Herning)", "are any goals off track"
  {
    re: da(`(?:hvilke|hvilket|hvad|er\\s+der\\s+nogen|er\\s+der|har\\s+vi|which|what|are\\s+there\\s+any|are\\s+there|are\\s+any|any)\\s+(?:af\\s+|of\\s+)?(?:vores\\s+|jeres\\s+|our\\s+|the\\s+)?${GOAL_WORD}(?<a>.*?)(?:\\s+(?:der\\s+|som\\s+)?(?:er|is|are))?\\s+${AT_RISK_WORDS}(?<b>.*)`),
    explicit: true,
    atRisk: true,
  },
  // "hvordan går det med (målene for) KIK II", "hvordan står det til med KIK II", "hvordan ser det ud med Herning"
  { re: da(`hvordan\\s+(?:går|gik|står|stod|ser)\\s+det(?:\\s+til|\\s+ud)?\\s+(?:med|for|i|hos)\\s+(?<a>.+)`), explicit: false },
  // "hvordan klarer KIK II sig", "hvordan klarer vi os med KIK II"
  { re: da(`hvordan\\s+klarer\\s+(?:${WHO}|(?<a>.+?))\\s+(?:os|sig|jer)(?:\\s+${PREP}\\s+(?<b>.+))?`), explicit: false },
  // "er vi på sporet med KIK II", "er KIK II på sporet", "ligger vi bagud i Viborg", "is KIK II on track", "are we at risk on KIK II"
  {
    re: da(`(?:er|var|ligger|lå|is|are|was|were)\\s+(?:${WHO}|(?<a>.+?))\\s+(?:stadig\\s+|still\\s+)?${TRACK_WORDS}(?:\\s+${PREP}\\s+(?<b>.+))?`),
    explicit: true,
  },
  // "er målene for KIK II nået", "is the KIK II goal met"
  { re: da(`(?:er|var|is|are|was|were)\\s+(?<a>.*\\b${GOAL_WORD}\\b.*?)\\s+(?:nået|indfriet|opfyldt|met|reached|achieved)`), explicit: true },
  // "har vi nået målet for KIK II", "har KIK II nået sine mål", "når vi målene i Viborg", "have we met the goals for KIK II", "did KIK II hit its targets"
  {
    re: da(`(?:har|nåede|når|have|has|did|will)\\s+(?:${WHO}|(?<a>.+?))\\s+(?:nået|nå|indfriet|reached|met|hit|achieved|reach|meet|achieve)\\s+(?:(?:sine|sit|deres|vores|jeres|the|its|their|our)\\s+)?${GOAL_WORD}(?:\\s+${PREP}\\s+(?<b>.+))?`),
    explicit: true,
  },
  // "når vi målene i KIK II", "nåede KIK sine mål"
  {
    re: da(`(?:når|nåede)\\s+(?:${WHO}|(?<a>.+?))\\s+(?:(?:sine|sit|deres|vores|jeres)\\s+)?${GOAL_WORD}(?:\\s+${PREP}\\s+(?<b>.+))?`),
    explicit: true,
  },
  // "hvad er status på (målene for) KIK II", "målstatus for Herning", "vis status for KIK II pr. 31. august 2018"
  {
    re: da(`(?:(?:hvad|hvordan)\\s+(?:er|var)\\s+|vis\\s+(?:mig\\s+)?|giv\\s+mig\\s+)?(?:den\\s+)?(?:nuværende\\s+)?(?<g>mål)?status(?:en)?\\s+(?:på|for|i|med|hos|over)\\s+(?<a>.+)`),
    explicit: false,
  },
  // "what is the status of KIK II('s goals)", "goal status for Herning", "show me the status of KIK II"
  {
    re: da(`(?:(?:what|how)\\s+(?:is|was|'s)\\s+|what's\\s+|show\\s+(?:me\\s+)?|give\\s+me\\s+)?(?:the\\s+)?(?:current\\s+|latest\\s+)?(?<g>goals?\\s+)?status\\s+(?:of|for|on|in)\\s+(?<a>.+)`),
    explicit: false,
  },
  // "how are we doing on KIK II", "how is KIK II doing", "how are the KIK II goals going", "how's Viborg doing"
  {
    re: da(`(?:how\\s+(?:are|were|is|was)|how's)\\s+(?:${WHO}|(?<a>.+?))\\s+(?:doing|going|getting\\s+on|performing|tracking|coming\\s+along)(?:\\s+${PREP}\\s+(?<b>.+))?`),
    explicit: false,
  },
];

/** The goal-status question in `text`, or undefined when it asks something else. */
export function readGoalStatusQuestion(text: string): GoalStatusQuestion | undefined {
  const question = text.normalize('NFC').trim().replace(/\s+/g, ' ').replace(/[?!.]+$/u, '').trim();
  for (const rule of RULES) {
    const m = rule.re.exec(question);
    if (!m) continue;
    const subject = [m.groups?.a, m.groups?.b].filter((s): s is string => Boolean(s?.trim())).map((s) => s.trim()).join(' ');
    const explicit = rule.explicit || Boolean(m.groups?.g) || GOALS_IN.test(subject);
    return { subject, atRisk: rule.atRisk ?? false, explicit };
  }
  return undefined;
}
