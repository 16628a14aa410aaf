/**
 * Which language to answer in. A command word says it outright ("hjælp" is Danish, "help" English);
 * otherwise the text itself — a manager with an English Teams client who writes Danish expects Danish
 * back; a text that could be either ("status", "KIK II 2018") is answered in Danish, the language of the
 * job centres Målbot serves. The client's locale is not a tie-breaker: the Agents Playground and many
 * Danish offices run English clients, so "en-US" says little about the person typing. It decides only
 * when there is no text at all (a card opened by a button, a welcome).
 *
 * The text rule weighs words, not letters: a word list of each language's common and domain words
 * (with Danish spelt in ASCII too: "hjaelp", "maal", "paa"), then word shapes for the rest ("hv…",
 * "…erne" Danish; "th…", "wh…", "…ly" English). Names are left out: a capitalised word in mid-sentence
 * ("Aabenraa", "Målbot", "Køge") says where, not which language. Danish "i" (in) is not English "I":
 * only a capital "I" after the first word counts as English, and a lower-case "i" counts as Danish.
 */
import type { Lang } from './lang.js';

export function localeLang(locale: string | undefined): Lang | undefined {
  const tag = locale?.trim().toLowerCase();
  if (!tag) return undefined;
  if (tag === 'da' || tag.startsWith('da-')) return 'da';
  if (tag === 'en' || tag.startsWith('en-')) return 'en';
  return undefined;
}

const DANISH = words(`
  hvad hvor hvordan hvem hvilke hvilken hvilket hvornår hvornaar hvorfor hvis hvorn
  er var været har havde blev bliver blevet kan kunne skal skulle vil ville må maa får faar fik få faa
  går gaar gar gik gået gaaet kommer kom komme ser se viser vise vis giv find hent send ret opret godkend afvis
  jeg mig min mit mine vi os vores du dig din dit dine de dem deres jer jeres sin sit sine man
  og eller men også ogsaa ikke ingen nogen noget nogle alle alt hver mere mest mindre flere flest færre faerre
  af på paa til med fra ved mod om efter før foer inden mellem siden uden hos pr ultimo primo
  det den denne dette disse der her nu så saa når naar som samme lige godt gerne tak nej ja hej måske maaske
  enten både baade meget mange lidt stor store størst lille små
  år aar året aaret årets måned maaned måneden måneds maaneds uge ugen kvartal halvår halvaar dag dagen går gaar morgen
  sidste seneste næste naeste første foerste forste andet anden tredje nye nyt ny gamle gammel
  mål maal mal målet maalet malet målene maalene delmål delmaal slutmål tal tallet tallene nøgletal noegletal
  forslag forslaget forslagene sag sagen sager sagerne indsats indsatser borgere borgerne ledige ledighed ledigheden
  hjælp hjaelp hjælpen
  besparelse besparelser sparet udgifter udgift driftsudgifter indtægter forventet faktisk budgettet regnskab regnskabet
  placering klyngen kommune kommunen kommunens jobcentret jobcentrets resultater udvikling udviklingen graf kilde kilden
  antal andel sporet fare nået naaet ændrede aendrede ændret aendret ændringer aendringer historik
  opdater opdatere opdateret indtast importer eksport eksporter abonnér abonner afmeld ugestatus
  sammenlign forklar betyder beregnes regner forskellen ansvarlig ansvaret enhed virksomheder sagsbehandler sagsbehandlere
  selvforsørgende forsørgelse job bedre værre vaerre dårligere rigtige vej tæt taet langt mangler
  dansk fint super detaljer afsluttede aktive gang virker unge
  prøv proev igen fedt perfekt sikker undskyld bare kun stadig allerede rigtig op ned ud tilbage siger sagde tænker
  bruge bruger brugt arbejde spørg spoerg spurgte sætte holde lad synes lukke lukkede åbne læse skrive lave lavet laver
  overblik oversigt forventning forventningen justere behandlet gennemsnit gennemsnittet mening giver svaret svar
  forstår forstaar ugerapport ugerapporten udvalget udvalgets forhold ligger står staar rapport timer uddannelse
  farvel hejsa tusind mvh vh notifikationer beskeder besked hvorhenne indstillinger skulle bruge altid aldrig tit ofte hurtigt lang kort hele halve
  en et antallet folk pladser procent projektet samlet sammenlignet landsplan kommunes koster sparer udgør udgoer investering
  januar februar marts maj juni juli oktober dage uger måneder maaneder fortæl fortael
`);

const ENGLISH = words(`
  what how who which when where why whose
  is are was were be been being has have had do does did will would can could should shall may might must
  get got gets make show give find list tell see look send submit create approve reject enter correct need want like
  me my mine we us our you your they them their it its this that these those there here
  and or but also not no yes none some any all every each more most less fewer much many
  the an of in on to from with by about after before between since without into than then
  now today yesterday tomorrow please thanks thank hi hello hey maybe great good fine job well
  year years month months week weeks quarter half day morning last latest next first second third new old same
  goal goals target targets figure figures number numbers key proposal proposals pending idea case cases
  people persons citizens unemployed unemployment benefits benefit sickness cash allowance young jobs
  savings saving saved expenses expense costs cost operating expected actual accounts spending overspending
  ranking cluster municipality municipality's committee results trend chart source history details
  share self sufficient employment rate caseworker caseworkers companies courses resource education integration flex
  changed change changes update updated subscribe unsubscribe weekly mondays monday help
  track risk achieved reached reach close far right way wrong better worse mean means explain calculated
  projection work out come comes responsible unit owns along happens happened allowed english danish switch answer
  understand efforts effort way closed active beginning labour labor
  try again cool perfect awesome sure sorry just only still already very really too so up down out off back
  go going goes went gone say said says know think use used using works call ask asked put keep let seem feel
  start open close run read write set report reports overview forecast adjust processed average national made makes
  sense hours activation missing team needed compare whats don't doesn't isn't aren't can't won't i'm that's
  it's let's there's here's what's where's who's settings menu bye goodbye ty thx cheers notification notifications message messages always never often quickly long short whole
  actually against amount avg combined compared course current days dkk duration excl excluding financing gross higher increase
  as etc total invest investment larger million natl net opex planned pls positions rank refugees save spend spent staff take took through together within yr
  january february march june july october
`);

/**
 * The job centres' own Danish terms, which English questions use as names ("sygedagpenge as % of the total",
 * "førtidspension budget 2019 vs 2020"): like a name, they say what is asked about, not in which language.
 */
const TERMS = words(`
  kontanthjælp kontanthjaelp dagpenge sygedagpenge fleksjob ressourceforløb ressourceforloeb ydelse ydelser
  førtidspension foertidspension ledighedsydelse uddannelseshjælp uddannelseshjaelp revalidering jobafklaringsforløb
`);

/** English words Danes use as their own ("en quick win", "okay tak"): they say nothing about the language. */
const LOANWORDS = words('quick win wins team teams chat online ok okay nice');

/** How strongly a word says its language. */
const LISTED = 1;
/** A term or a word judged by its shape alone: a Danish term or an odd spelling inside an English sentence is common. */
const WEAK = 0.5;

/**
 * A word only one language has, and how surely: the lists say, then its shape. Undefined for names, numbers
 * and words both share.
 */
function wordLang(word: string, first: boolean): { lang: Lang; weight: number } | undefined {
  if (word === 'I') return first ? undefined : { lang: 'en', weight: LISTED };
  if (word === 'i') return { lang: 'da', weight: LISTED };
  if (/^\p{Lu}{2,}$/u.test(word) || /\d/.test(word)) return undefined;
  if (/^\p{Lu}/u.test(word) && !first) return undefined;
  const w = word.toLowerCase();
  const da = DANISH.has(w);
  const en = ENGLISH.has(w);
  if (da !== en) return { lang: da ? 'da' : 'en', weight: LISTED };
  // Beyond the lists, a first word is as likely a name ("Herning", "hedensted andel 2019") as a word.
  if (da || en || first || LOANWORDS.has(w) || TERMS.has(w)) return undefined;
  if (/[æøå]/.test(w)) return { lang: 'da', weight: WEAK };
  if (/^hv|aa|ae|oe(?!s)|[hst]j|udgift|ydelse|penge|forloeb|indsats|borger|(?:erne|ene|else|hed|heden|ighed|ning|ningen|ering|lig|lige|ligt|skab|ede|ere|isk)$/.test(w)) return { lang: 'da', weight: WEAK };
  if (/^(?:th|wh)|[wq]|oo|ee|ou|ea|ay|ey|ck|ght|(?:ly|tions?|ness|ful|ous|ies|ed|ing|'s)$/.test(w)) return { lang: 'en', weight: WEAK };
  return undefined;
}

/** 'Unge på kanten', "Øvrige sociale udgifter", «…», (førtidspension): names and glosses, in either language. */
const QUOTED = /(?<![\p{L}\p{N}])(['‘"“«])[^'‘’"“”«»]+['’"”»](?![\p{L}\p{N}])|\([^()]*\)/gu;

/**
 * The text's language when it shows one; undefined when it could be either ("KIK II 2018", "og 2019?").
 * Quoted and bracketed words are names and glosses ("What is the budget for 'Øvrige sociale udgifter'?",
 * "… early retirement pension (førtidspension)?"): they count only when the rest of the text says nothing.
 */
export function textLang(text: string): Lang | undefined {
  return weigh(text.replace(QUOTED, ' ')) ?? weigh(text);
}

function weigh(text: string): Lang | undefined {
  let da = 0;
  let en = 0;
  const tokens = text.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
  tokens.forEach((token, i) => {
    for (const word of token.replace(/’/g, "'").split('-')) {
      const said = word ? wordLang(word.replace(/^'+|'+$/g, ''), i === 0) : undefined;
      if (!said) continue;
      // The first word sets the frame ("Tell me about Tværgående indsats for ledige unge" asks in English
      // about a Danish name), so it counts a little more: enough to break a tie, never to outvote two words.
      const weight = said.weight * (i === 0 ? 1.5 : 1);
      if (said.lang === 'da') da += weight;
      else en += weight;
    }
  });
  if (da > en) return 'da';
  if (en > da) return 'en';
  return undefined;
}

export interface ReplyLangInput {
  /** The language of a command word typed ("hjælp", "help"); undefined for one both share ("status"). */
  commandLang?: Lang | undefined;
  /** What the person wrote, if anything. */
  text?: string | undefined;
  /** The language the conversation was last answered in: a turn that shows none ("og 2019?") keeps it. */
  previous?: Lang | undefined;
  /** The client's locale: decides only when there is no text and no earlier turn. */
  locale?: string | undefined;
}

/**
 * The one rule for the language of a reply, in chat and in POST /api/query: a command word, else the text,
 * else the conversation's previous language, else (with no text at all) the client's locale, else Danish.
 */
export function replyLang(input: ReplyLangInput): Lang {
  if (input.commandLang) return input.commandLang;
  const typed = input.text?.trim() ? textLang(input.text) : undefined;
  if (typed) return typed;
  if (input.previous) return input.previous;
  if (input.text?.trim()) return 'da';
  return localeLang(input.locale) ?? 'da';
}

function words(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}
