/**
 * Figures that stand only in the documents' running text or in a list the document numbers, each with the
 * passage it is read from, copied verbatim (OCR slips and all) from the document as extracted. The five
 * documents are kept beside this file (documents/, copies of the source texts), so the test can find the
 * passage and see that it says the stored value; a list's count is counted off the document's own lines.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../functions/domain/numbers.js';
import { fold } from '../../functions/domain/query/text.js';
import { SeedFileSchema } from '../../functions/store/seed-file.js';

const DOCUMENTS = {
  '000': '000_f8a057ffcc8f1d65.txt',
  '001': '001_c4b015c6edf99cef.txt',
  '002': '002_421666660a21ff93.txt',
  '003': '003_f787f6dc3d0f0660.txt',
  '004': '004_9a2486e684ef9912.txt',
} as const;
type Doc = keyof typeof DOCUMENTS;

const raw = (doc: Doc) => readFileSync(new URL(`documents/${DOCUMENTS[doc]}`, import.meta.url), 'utf8');
/** Line breaks and runs of spaces differ between a typed passage and the extracted text. */
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

const seedDir = new URL('../../functions/seed-data/', import.meta.url);
/** Figures read from running text after the first pass have files of their own (*-tekst.json): every figure in them is quoted below. */
const TEXT_FILES = [
  'viborg-2017-unge-paa-offentlig-forsoergelse-tekst.json',
  'herning-2016-prioriteringsforslag-tekst.json',
  'business-case-langvarige-kontanthjaelpsmodtagere-tekst.json',
  'kl-2013-effektiv-indsats-udsatte-tekst.json',
  'aabenraa-2018-kik-og-kik-ii-tekst.json',
];
const read = (name: string) => SeedFileSchema.parse(JSON.parse(readFileSync(new URL(name, seedDir), 'utf8')));
const seeds = ['viborg-2017-unge-paa-offentlig-forsoergelse.json', 'herning-2016-prioriteringsforslag.json', 'kl-2013-effektiv-indsats-udsatte.json', ...TEXT_FILES].map(read);
const textFigures = TEXT_FILES.flatMap((name) => read(name).figures);
const figures = seeds.flatMap((s) => s.figures);

/** Numbers the documents write as words. */
const WORDS: Record<string, number> = { halvtidsstilling: 0.5, 'halv års': 0.5, '1 ½': 1.5, tredelt: 3, '2½': 2.5, en: 1, 'dagen efter': 1, to: 2, tre: 3, fire: 4, fem: 5, syv: 7, otte: 8, ni: 9, ti: 10, halvdelen: 50, 'hver 4.': 25 };

/** The number a phrase of the passage states: a word above, or its first figure ("20-30 %" states 20, stored as at least 20). */
function stated(says: string): number | undefined {
  const word = Object.keys(WORDS).find((w) => says.toLowerCase() === w || says.toLowerCase().startsWith(`${w} `));
  if (word) return WORDS[word];
  const digits = /\d+(?:[.,]\d+)*/.exec(says)?.[0];
  return digits === undefined ? undefined : parseNumber(digits);
}

interface Quoted {
  doc: Doc;
  kpi: string;
  period: string;
  /** Verbatim from the document. */
  passage: string;
  /** The part of the passage that states the value. */
  says: string;
  /** "under 12 måneder", "indenfor 30 dage" is atMost; "mindst 18 timer", a range's first number atLeast. */
  bound?: 'atLeast' | 'atMost';
}

const QUOTED: Quoted[] = [
  { doc: '000', kpi: 'viborg.unge.andel-tilflyttet-paa-uddannelseshjaelp', period: '2016-09--2017-08', passage: 'Tilflytningen svarer til at ca. hver 4. modtager af uddannelseshjzlp er tilflyttet', says: 'hver 4.' },
  { doc: '000', kpi: 'viborg.unge.roller-beskaeftigelsesfaglig-medarbejder', period: '2017', passage: 'De fire roller er "omsat til praktik” grundlaeggende det vi forstar ved en helhedsorienteret indsats', says: 'fire roller' },
  { doc: '002', kpi: 'herning.bic-01.transit-raadgivere', period: '2016', passage: 'er bemandet af 3 rådgivere og 2 jobkons.', says: '3 rådgivere' },
  { doc: '002', kpi: 'herning.bic-01.transit-jobkonsulenter', period: '2016', passage: 'er bemandet af 3 rådgivere og 2 jobkons.', says: '2 jobkons' },
  { doc: '002', kpi: 'herning.ceb-02.virksomhedsrettede-initiativer', period: '2016', passage: 'Et skridt på vejen er aftalt som en del af Beskæftigelsesplan 2016, 3 virksomhedsrettede initiativer', says: '3 virksomhedsrettede' },
  { doc: '002', kpi: 'herning.ceb-02.konsulentressourcer-ifoelge-teksten', period: '2017', passage: 'forudsætter, at ressourcerne til konsulentarbejdet øges, svarende til en halvtidsstilling fra 2017 og fremadrettet', says: 'halvtidsstilling' },
  { doc: '002', kpi: 'herning.ceb-04.stillinger-flyttet-til-jobafklaring', period: '2017-01-01--2018-06-30', passage: 'Overflytning af de tre stillinger fra sygedagpenge til jobafklaring vil ske i en projektperiode fra 1. januar 2017 til 30. juni 2018', says: 'tre stillinger' },
  { doc: '002', kpi: 'herning.ceb-07.maend-i-sygedagpengesager', period: '2016', passage: 'gennemsnittet i aktive sygedagpengesager er f.eks. 57% kvinder/43% mænd', says: '43% mænd' },
  { doc: '002', kpi: 'herning.ceb-07.kvinder-i-sygedagpengesager-0-4-uger', period: '2016', passage: 'sygedagpengesager af 0-4 ugers varighed: 53%K/47%M', says: '53%K' },
  { doc: '002', kpi: 'herning.ceb-07.maend-i-sygedagpengesager-0-4-uger', period: '2016', passage: 'sygedagpengesager af 0-4 ugers varighed: 53%K/47%M', says: '47%M' },
  { doc: '002', kpi: 'herning.ceb-07.kvinder-i-sygedagpengesager-over-1-aar', period: '2016', passage: 'sygedagpengesager over 1 års længde 61%K/39%M', says: '61%K' },
  { doc: '002', kpi: 'herning.ceb-07.maend-i-sygedagpengesager-over-1-aar', period: '2016', passage: 'sygedagpengesager over 1 års længde 61%K/39%M', says: '39%M' },
  { doc: '002', kpi: 'herning.jc-02.virksomheder-der-vurderer-hotline', period: '2017', passage: '50 % af de virksomheder, som har anvendt Jobcentrets Hotline inden for den seneste tid anmodes om at vurdere', says: '50 %' },
  { doc: '002', kpi: 'herning.jc-08.refusion', period: '2016', passage: 'Pga. ledighedsancienniteten modtager Herning Kommune kun 20 % refusion for denne gruppe kontanthjælpsmodtagere.', says: '20 % refusion' },
  { doc: '002', kpi: 'herning.ue-03.vendes-i-doeren', period: '2016', passage: 'mellem 20-30 %, af de der søger uddannelseshjælp ikke ender på uddannelseshjælp men "vendes i døren"', says: '20-30 %' },
  { doc: '002', kpi: 'herning.ue-05.jobkonsulenter', period: '2016', passage: 'Ungeenhedens normering indeholder 1 jobkonsulent.', says: '1 jobkonsulent' },
  { doc: '002', kpi: 'herning.ue-07.unge-i-forloeb', period: '2017', passage: 'Konkret vil det dreje sig om ca. 20- 24 unge i 3 måneders forløb af i alt 240.000 kr.', says: '20- 24 unge' },
  { doc: '002', kpi: 'herning.ue-08.unge-pr-aar', period: '2017--2019', passage: 'I gennemsnit er 40 unge igennem pr. år', says: '40 unge' },
  { doc: '002', kpi: 'herning.ue-08.forloeb', period: '2017--2019', passage: 'At der over en 3 – årig periode udvikles og afprøves i alt 3 forløb af gens. 45 ugers varighed', says: '3 forløb' },
  { doc: '002', kpi: 'herning.ue-09a.egu-elever', period: '2017', passage: 'dog i en udvidet mængde elever fra 40 elever til 60-64 elever over to år', says: '60-64 elever' },
  { doc: '002', kpi: 'herning.ue-09b.egu-elever', period: '2017', passage: 'dog i en udvidet mængde elever fra 40 elever til 85 elever over to år', says: '85 elever' },
  // KL's horizons (000), Projekt Superb and the business case's providers (003), Skanderborg's measurements (004).
  { doc: '000', kpi: 'viborg.kl-analyse-2015.aar-til-klyngegennemsnit', period: '2015', passage: 'Inden for 1-2 ar kan reducere udgifterne til niveauet for gennemsnittet i klyngen', says: '1-2 ar', bound: 'atLeast' },
  { doc: '000', kpi: 'viborg.kl-analyse-2015.aar-til-bedste-i-klyngen', period: '2015', passage: 'Inden for en periode pa 3-4 ar kan komme pa niveau med den bedste kommune i klyngen', says: '3-4 ar', bound: 'atLeast' },
  { doc: '003', kpi: 'ukendt-kommune-biu.projekt-superb.introforloeb-uger', period: '2015', passage: 'Borgerne deltager i et 4 ugers forløb med gruppesamtaler og individuelle samtaler i jobcenteret.', says: '4 ugers' },
  { doc: '003', kpi: 'ukendt-kommune-biu.projekt-superb.deltagelse-maaneder', period: '2015', passage: 'Borgerne deltager i projektet i op til ni måneder', says: 'ni måneder', bound: 'atMost' },
  { doc: '003', kpi: 'ukendt-kommune-biu.close-the-gap.eksterne-aktoerer', period: '2015', passage: 'Dobbeltprojektet faciliteres af jobcentermedarbejdere i samarbejde med to eksterne aktører', says: 'to eksterne' },
  { doc: '004', kpi: 'skanderborg.unge.uger-mellem-progressionsmaalinger', period: '2013', passage: 'Hver 6. uge måles systematisk, om den unge har opnået progression', says: '6. uge' },
  { doc: '000', kpi: 'viborg.unge.virksomhedsaktivering-stigning-gange', period: '2017', passage: 'For unge pa kontanthjaelp og integrationsydelse er der endda tale om en 4-5 dobling!', says: '4-5 dobling', bound: 'atLeast' },
  { doc: '000', kpi: 'viborg.befolkning-18-29.aar-til-fald', period: '2017', passage: 'stagnere og derefter vil antallet veere faldende om ca. 4-5 ar', says: '4-5 ar', bound: 'atLeast' },
  // Durations, legal limits and plans in Herning's forms.
  { doc: '002', kpi: 'herning.ceb-03.gengangere-opgoerelsesperiode-maaneder', period: '2016-11', passage: 'November 2016 er der registreret 274 aktuelle gengangere i de seneste 36 måneder.', says: '36 måneder' },
  { doc: '002', kpi: 'herning.bic-01.transit-introforloeb-uger', period: '2016', passage: 'Transit består af et intro-forløb med holdundervisning af 2 ugers varighed', says: '2 ugers' },
  { doc: '002', kpi: 'herning.bic-01.transit-maalgruppe-ledighed-maaneder', period: '2016', passage: 'Transit er til aktivitetsparate kontanthjælpsmodtagere over 30, om har modtaget ydelse under 12 måneder', says: 'under 12 måneder', bound: 'atMost' },
  { doc: '002', kpi: 'herning.bic-01.transit-udvidet-ledighed-maaneder', period: '2017', passage: 'Transit vil fremadrettet være til aktivitetsparate kontakthjælpsmodtagere med en ledighed på op til 18 måneder', says: 'op til 18 måneder', bound: 'atMost' },
  { doc: '002', kpi: 'herning.bic-01.minimum-samtaler-aarligt', period: '2016', passage: 'Behandling efter lovgivningens minimumskrav om 2 ugers ret og pligt samt 4 samtaler årligt', says: '4 samtaler årligt' },
  { doc: '002', kpi: 'herning.bic-04.uger-mellem-tilbud', period: '2016', passage: 'Jf. lovgivning skal de unge være i tilbud. Der må max. Være 4 uger mellem tilbud.', says: '4 uger', bound: 'atMost' },
  { doc: '002', kpi: 'herning.bic-07.dage-til-visitation', period: '2016', passage: 'Ny flygtninge visiteres til LærDansk med henblik på screening af kompetencer, dansk undervisning og branchepakker indenfor 8 dage efter ankomst.', says: '8 dage', bound: 'atMost' },
  { doc: '002', kpi: 'herning.bic-07.uger-til-praktik', period: '2016', passage: 'De jobparate flygtninge kommer hurtigst muligt og senest indenfor 13 uger i praktik.', says: '13 uger', bound: 'atMost' },
  { doc: '002', kpi: 'herning.bic-07.uger-mellem-praktikker', period: '2016', passage: 'Der må maks være 6 uger mellem praktikker.', says: '6 uger', bound: 'atMost' },
  { doc: '002', kpi: 'herning.bic-07.igu-varighed-aar', period: '2017--2019', passage: 'IGU-eleven ansættes i en virksomhed (konkret en af Sundhed-og Ældres afdelinger) i en 2 årig periode', says: '2 årig' },
  { doc: '002', kpi: 'herning.bic-07.igu-opkvalificering-uger', period: '2017--2019', passage: 'sideløbende deltager i opkvalificering svarende til 20 uger', says: '20 uger' },
  { doc: '002', kpi: 'herning.bic-07.uger-sparet-integrationsydelse', period: '2017--2019', passage: 'Der er sparet integrationsydelse i 84 uger (praktikperioden, hvor der udbetales elevløn)', says: '84 uger' },
  { doc: '002', kpi: 'herning.ceb-01.jobkonsulent-timer-pr-uge', period: '2017', passage: 'Projektet forventes at kunne implementeres ved en opnormering svarende til 30 timer pr. uge i projektperioden (jobkonsulent).', says: '30 timer pr. uge' },
  { doc: '002', kpi: 'herning.ceb-01.jobcafe-aabent-pr-maaned', period: '2017', passage: 'Jobcaféen skal have åbent om aftenen, 2 – 4 gange/mdl.', says: '2 – 4 gange/mdl.', bound: 'atLeast' },
  { doc: '002', kpi: 'herning.ceb-02.fravaersuge-foerste-kontakt', period: '2017', passage: 'Straks efter arbejdsgivers anmeldelse af sygefravær til Ydelseskontoret (typisk i 5. fraværsuge) skal en fastholdelseskonsulent tage telefonisk kontakt', says: '5. fraværsuge' },
  { doc: '002', kpi: 'herning.ceb-04.maaneder-foer-jobafklaring', period: '2016', passage: 'Sygemeldte, der efter fem måneder ikke kan få forlænget sygedagpengene efter lovens forlængelsesmuligheder, overgår til et jobafklaringsforløb.', says: 'fem måneder' },
  { doc: '002', kpi: 'herning.ceb-06b.administrativ-medarbejder-timer-pr-uge', period: '2017', passage: 'én administrativ medarbejder fra 1. januar 2017 knyttes jobkonsulentgruppen 15 timer om ugen', says: '15 timer om ugen' },
  { doc: '002', kpi: 'herning.jc-03.samtaler-foerste-halvaar', period: '2016', passage: 'Kontaktforløb med 6 samtaler det første halve år i ledighedsperioden.', says: '6 samtaler' },
  { doc: '002', kpi: 'herning.jc-03.samtaler-pr-kvartal', period: '2016', passage: 'Herefter 1 samtale pr. kvartal samt fælles samtale med deltagelse af a-kasse efter 16 mdr.', says: '1 samtale pr. kvartal' },
  { doc: '002', kpi: 'herning.jc-03.maaneder-til-faelles-samtale-med-a-kasse', period: '2016', passage: 'fælles samtale med deltagelse af a-kasse efter 16 mdr.', says: '16 mdr.' },
  { doc: '002', kpi: 'herning.jc-03.maaneder-til-screening', period: '2017', passage: 'Fremadrettet screenes alle ledige ved første samtale hos jobkonsulenten i Jobcentret efter ca. 2 mdr. ledighed.', says: '2 mdr.' },
  { doc: '002', kpi: 'herning.jc-03.indsatsgrupper', period: '2017', passage: 'På baggrund af screeningsresultatet indplaceres den enkelte ledige i én af følgende 3 kategorier', says: '3 kategorier' },
  { doc: '002', kpi: 'herning.jc-03.maaneder-til-indsats', period: '2017', passage: 'Indsatsen iværksættes senest ved 2-4 måneders ledighed', says: '2-4 måneders', bound: 'atLeast' },
  { doc: '002', kpi: 'herning.jc-03.maaneder-til-intensivering', period: '2017', passage: 'Yderligere intensivering af samtaler og differentieret indsats efter 6 mdr. ledighed', says: '6 mdr.' },
  { doc: '002', kpi: 'herning.jc-03.maaneder-til-statussamtale', period: '2017', passage: 'Der gennemføres en status-samtale ved ca. 7 måneders ledighed.', says: '7 måneders' },
  { doc: '002', kpi: 'herning.jc-03.maaneder-til-haandholdt-indsats', period: '2017', passage: 'Ved 12 måneder fortsættes håndholdt virksomhedsrettet indsats og internt tilbydes personlig jobformidler/fællesmøder', says: '12 måneder' },
  { doc: '002', kpi: 'herning.ue-03.trepartssamtaler', period: '2016', passage: 'Der ydes UU-uddannelsesvejledning min. 2-3 gange i trepartssamtaler (den unge, beskæftigelsesrådgiver og UU-vejleder).', says: '2-3 gange', bound: 'atLeast' },
  { doc: '002', kpi: 'herning.ue-07.timer-pr-uge-uddannelsespligt', period: '2016', passage: 'Beskæftigelsen skal have et omfang på mindst 18 timer om ugen.', says: '18 timer om ugen', bound: 'atLeast' },
  { doc: '002', kpi: 'herning.ue-07.dage-til-opsoegning', period: '2016', passage: 'UU er opsøgende indenfor 5 dage og skal finde en ny aktivitet indenfor 30 dage.', says: '5 dage', bound: 'atMost' },
  { doc: '002', kpi: 'herning.ue-07.dage-til-ny-aktivitet', period: '2016', passage: 'UU er opsøgende indenfor 5 dage og skal finde en ny aktivitet indenfor 30 dage.', says: '30 dage', bound: 'atMost' },
  { doc: '002', kpi: 'herning.ue-07.art-forloeb-uger', period: '2017', passage: 'I et ART-forløb arbejdes i et gruppeforløb over 10 uger', says: '10 uger' },
  { doc: '002', kpi: 'herning.ue-07.forloeb-maaneder', period: '2017', passage: 'Konkret vil det dreje sig om ca. 20- 24 unge i 3 måneders forløb af i alt 240.000 kr.', says: '3 måneders' },
  { doc: '002', kpi: 'herning.ue-08.forloeb-uger', period: '2017--2019', passage: 'i alt 3 forløb af gens. 45 ugers varighed for den enkelte unge', says: '45 ugers' },
  { doc: '002', kpi: 'herning.ue-08.periode-aar', period: '2017--2019', passage: 'At der over en 3 – årig periode udvikles og afprøves i alt 3 forløb', says: '3 – årig' },
  { doc: '002', kpi: 'herning.bic-02.eftervaern-opringning-maaneder', period: '2017', passage: 'Opringning til borger og virksomhed efter 1 måned.', says: '1 måned' },
  { doc: '002', kpi: 'herning.bic-05.eftervaern-opringning-maaneder', period: '2017', passage: 'Opringning til den unge og virksomhed efter 1 måned', says: '1 måned' },
  { doc: '002', kpi: 'herning.bic-07.igu-aar-i-danmark', period: '2016', passage: 'som har haft folkeregisteradresse i Danmark i mindre end 5 år', says: '5 år', bound: 'atMost' },
  { doc: '002', kpi: 'herning.jc-02.kommuner-i-alliancen', period: '2016', passage: 'videreudvikling af jobformidlingen på tværs af 8 kommune-alliancen', says: '8 kommune' },
  { doc: '002', kpi: 'herning.jc-07.maaneder-til-anden-aktoer', period: '2016', passage: 'efter 12 mdr. overgår modtageren af ledighedsydelse til "anden aktør"', says: '12 mdr.' },
  { doc: '004', kpi: 'landsplan.kl-2013.afgoerende-elementer', period: '2013', passage: 'Konklusionen er, at en effektiv indsats for udsatte borgere beror på ti afgørende elementer.', says: 'ti afgørende' },
  { doc: '004', kpi: 'landsplan.kl-2013.virksomme-mekanismer-unge', period: '2013', passage: 'Vi har identificeret otte virksomme mekanismer knyttet til den konkrete ungeindsats.', says: 'otte virksomme' },
  { doc: '004', kpi: 'landsplan.kl-2013.undersoegte-kommuner', period: '2013', passage: 'De tre kommuner – Hedensted, Skanderborg og Viborg – er valgt', says: 'tre kommuner' },
  { doc: '004', kpi: 'landsplan.kl-2013.programteorier-unge', period: '2013', passage: 'Vi har udarbejdet to overordnede programteorier for udsatte unge', says: 'to overordnede' },
  { doc: '004', kpi: 'landsplan.kl-2013.programteorier-over-30', period: '2013', passage: 'Vi har udarbejdet to overordnede programteorier for udsatte borgere over 30 år.', says: 'to overordnede' },
  { doc: '004', kpi: 'landsplan.unge.ikke-arbejdsmarkedsparate-med-psykiske-barrierer', period: '2008--2009', passage: 'Mellem halvdelen og tre fjerdedele af de ikke-arbejdsmarkedssparate unge har psykiske barrierer.', says: 'halvdelen' },
  { doc: '004', kpi: 'hedensted.unge.ungegruppens-teams', period: '2013', passage: 'Ungegruppen består af syv teams', says: 'syv teams' },
  { doc: '004', kpi: 'viborg.ny-indsats.andel-i-behandling', period: '2013', passage: 'Knap halvdelen af borgerne i Ny indsats er i en form for behandling', says: 'halvdelen' },
  // Ages of target groups, counts, run-in and project periods, and a success criterion added in the second pass (issue 12).
  { doc: '000', kpi: 'viborg.unge-indsats.nedre-aldersgraense', period: '2017', passage: '15,9 % af befolkningen i aldersgruppen 18-29 ar', says: '18-29 ar' },
  { doc: '000', kpi: 'viborg.unge-indsats.oevre-aldersgraense', period: '2017', passage: '15,9 % af befolkningen i aldersgruppen 18-29 ar', says: '29 ar' },
  { doc: '001', kpi: 'aabenraa.kik.ung-i-fokus.aldersgraense', period: '2017', passage: 'Aktivitetsparate unge under 30 år på uddannelseshjælp med personlige udfordringer', says: 'under 30 år' },
  { doc: '001', kpi: 'aabenraa.kik-ii.kontaktforloeb-oprindeligt-skoen', period: '2018', passage: 'Forventet reduktion på 350 kontaktforløb fra 1150 ned til under 800', says: '1150 ned' },
  { doc: '001', kpi: 'aabenraa.kik-ii.kontaktforloeb-oprindeligt-skoen', period: '2022', passage: 'Forventet reduktion på 350 kontaktforløb fra 1150 ned til under 800', says: 'under 800', bound: 'atMost' },
  { doc: '003', kpi: 'ukendt-kommune-biu.voksen-bc.maalgruppe-alder-fra-2016', period: '2016', passage: 'understøtter indsatser for borgere over 30 år med et længerevarende kontanthjælpsforløb', says: 'over 30 år' },
  { doc: '003', kpi: 'ukendt-kommune-biu.voksen-bc.kategorier-i-fokus', period: '2015', passage: 'Voksen Business Casen har i år haft fokus på to overordnede kategorier', says: 'to overordnede' },
  { doc: '003', kpi: 'ukendt-kommune-biu.projekt-superb.sagsbehandlerens-funktioner', period: '2015', passage: 'Der afprøves en tredelt funktion, hvor sagsbehandlerne både er mentor, jobkonsulent og sagsbehandler', says: 'tredelt funktion' },
  { doc: '002', kpi: 'herning.bic-01.transit-maalgruppe-alder', period: '2016', passage: 'Transit er til aktivitetsparate kontanthjælpsmodtagere over 30, om har modtaget ydelse under 12 måneder', says: 'over 30' },
  { doc: '002', kpi: 'herning.bic-01.visitationsgrupper', period: '2016', passage: 'Efter 1 år visiteres borgerne i en af 3 grupper', says: '3 grupper' },
  { doc: '002', kpi: 'herning.bic-01.ret-og-pligt-uger', period: '2016', passage: 'Behandling efter lovgivningens minimumskrav om 2 ugers ret og pligt samt 4 samtaler årligt', says: '2 ugers' },
  ...(['2017', '2018', '2019'] as const).map((period) => ({
    doc: '002' as const,
    kpi: 'herning.bic-06.flere-i-virksomhedsrettet-indsats-pr-aar',
    period,
    passage: 'der deltager i en virksomhedsrettet indsats eller har opnået ordinært timer, øges med 30 borgere pr år',
    says: '30 borgere',
  })),
  { doc: '002', kpi: 'herning.bic-07.igu-alder-fra', period: '2016', passage: 'IGUen er for flygtningen og efterkommere mellem 18 – 40 år', says: '18 – 40 år' },
  { doc: '002', kpi: 'herning.bic-07.igu-alder-til', period: '2016', passage: 'IGUen er for flygtningen og efterkommere mellem 18 – 40 år', says: '40 år' },
  { doc: '002', kpi: 'herning.ceb-02.indkoeringsperiode-aar', period: '2017', passage: 'anslås, at mindreudgiften til forsørgelsesudgifter efter et halv års indkøringsperiode dækker investeringen', says: 'halv års indkøringsperiode' },
  { doc: '002', kpi: 'herning.ceb-04.projektperiode-aar', period: '2017-01-01--2018-06-30', passage: 'Denne velafprøvede metode søges med forslaget overført til jobafklaringsforløb i en projektperiode på 1 ½ år.', says: '1 ½ år' },
  { doc: '002', kpi: 'herning.ceb-07.proces-aar', period: '2017--2018', passage: '2. år omformer vi tilbudsviften via nye administrative mål', says: '2. år' },
  { doc: '002', kpi: 'herning.ue-02.maaneder-med-udgift-2017', period: '2017', passage: 'I 2017 regnes fra skoleårets start i august med resttid i 2017 på 5 måneder.', says: '5 måneder' },
  { doc: '002', kpi: 'herning.bic-04.alder-fra', period: '2016', passage: 'Kan intensiteten og redskabssammensætningen justeres (18- 29 årige)', says: '18- 29 årige' },
  { doc: '002', kpi: 'herning.bic-04.alder-til', period: '2016', passage: 'Kan intensiteten og redskabssammensætningen justeres (18- 29 årige)', says: '29 årige' },
  { doc: '002', kpi: 'herning.ue-03.alder-fra', period: '2016', passage: 'Uddannelsesvejledning af 18-25 årige uddannelsesparate', says: '18-25 årige' },
  { doc: '002', kpi: 'herning.ue-03.alder-til', period: '2016', passage: 'Uddannelsesvejledning af 18-25 årige uddannelsesparate', says: '25 årige' },
  { doc: '002', kpi: 'herning.ue-07.alder-fra', period: '2017', passage: 'Udvidet redskabsvifte til 15-17 årige', says: '15-17 årige' },
  { doc: '002', kpi: 'herning.ue-07.alder-til', period: '2017', passage: 'Udvidet redskabsvifte til 15-17 årige', says: '17 årige' },
  { doc: '002', kpi: 'herning.ue-08.alder-fra', period: '2017--2019', passage: 'et 3-årigt projekt for 15.-18 årige på tværs af interesser', says: '15.-18 årige' },
  { doc: '002', kpi: 'herning.ue-08.alder-til', period: '2017--2019', passage: 'et 3-årigt projekt for 15.-18 årige på tværs af interesser', says: '18 årige' },
  { doc: '002', kpi: 'herning.ue-09a.egu-aldersgraense', period: '2016', passage: 'Erhvervsgrunduddannelsen for unge op til 30 år der er i målgruppen', says: 'op til 30 år', bound: 'atMost' },
  { doc: '002', kpi: 'herning.ceb-08.rehabiliteringsmoeder-dage-pr-uge', period: '2017', passage: 'Sundhedskonsulenten skal også deltage i Rehabiliteringsmøderne (2½ dag om ugen plus forberedelse)', says: '2½ dag' },
  { doc: '002', kpi: 'herning.ue-02.uu-fuldtidsstillinger', period: '2017', passage: 'hvilket vil betyde driftsrammen skulle udvides med 2 UU fuldtidsstillinger', says: '2 UU' },
  { doc: '002', kpi: 'herning.bic-01.tilfoerte-fuldtidsraadgivere', period: '2017', passage: 'kan team Transit udvide målgruppen, hvis der tilføres 1 fuldtidsrådgiver', says: '1 fuldtidsrådgiver' },
  { doc: '002', kpi: 'herning.jc-08.loenudgift-konsulent', period: '2017', passage: 'Der forventes en lønudgift til arbejdsmarkedskonsulent i projektperioden på ca. kr 475.000', says: 'kr 475.000' },
  { doc: '004', kpi: 'hedensted.unge.ungegruppen.alder-fra', period: '2013', passage: 'målgruppen for ungegruppens arbejde er 15-23-årige med behov for en foranstaltning i henhold til Lov om Social Service og de 18-30-årige', says: '15-23-årige' },
  { doc: '004', kpi: 'hedensted.unge.ungegruppen.alder-til', period: '2013', passage: 'målgruppen for ungegruppens arbejde er 15-23-årige med behov for en foranstaltning i henhold til Lov om Social Service og de 18-30-årige', says: '30-årige' },
  { doc: '002', kpi: 'herning.ceb-04.projektteam-raadgivere', period: '2017-01-01--2018-06-30', passage: 'Et team på to rådgivere og en tilbudsmedarbejder/jobkonsulent vil overtage', says: 'to rådgivere' },
  { doc: '002', kpi: 'herning.ceb-04.projektteam-tilbudsmedarbejdere', period: '2017-01-01--2018-06-30', passage: 'Et team på to rådgivere og en tilbudsmedarbejder/jobkonsulent vil overtage', says: 'en tilbudsmedarbejder' },
  { doc: '002', kpi: 'herning.ue-03.national-reduktion-uu-vejledning', period: '2017', passage: 'I 2017 reduceres UU-vejledningen nationalt svarende til en 1,2 fuldtidsstilling lokalt', says: '1,2 fuldtidsstilling' },
  { doc: '004', kpi: 'landsplan.kl-2013.helhedsorienteret-ungeindsats.alder-fra', period: '2013', passage: 'Unge mellem 15-30 år', says: '15-30 år' },
  { doc: '004', kpi: 'landsplan.kl-2013.helhedsorienteret-ungeindsats.alder-til', period: '2013', passage: 'Unge mellem 15-30 år', says: '30 år' },
  { doc: '004', kpi: 'landsplan.kl-2013.helhedsorienteret-ungeindsats.dage-til-foerste-samtale', period: '2013', passage: '1. gangssamtale Dagen efter den unge har søgt om kontanthjælp', says: 'Dagen efter' },
  { doc: '004', kpi: 'landsplan.kl-2013.helhedsorienteret-ungeindsats.introforloeb-dage', period: '2013', passage: '14 dages intro forløb med vejledning og opkvalificering', says: '14 dages' },
];

/** A count the document gives by naming its members in one sentence, not by a number. */
interface Named {
  doc: Doc;
  kpi: string;
  period: string;
  /** Verbatim from the document. */
  passage: string;
  /** The members, each as the passage writes it. */
  names: string[];
}

const NAMED: Named[] = [
  { doc: '001', kpi: 'klynge-aabenraa.kommuner', period: '2018', passage: 'Klyngen: Ballerup, Esbjerg, Gladsaxe, Guldborgsund, Haderslev, Herlev, Holbæk, Horsens, Kalundborg, Langeland, Norddjurs, Ringsted, Svendborg, Tønder, Vordingborg, Aabenraa, Aarhus', names: ['Ballerup', 'Esbjerg', 'Gladsaxe', 'Guldborgsund', 'Haderslev', 'Herlev', 'Holbæk', 'Horsens', 'Kalundborg', 'Langeland', 'Norddjurs', 'Ringsted', 'Svendborg', 'Tønder', 'Vordingborg', 'Aabenraa', 'Aarhus'] },
  { doc: '002', kpi: 'herning.bic-07.plejecentre', period: '2017--2019', passage: 'Lind Plejecenter og Vesterled er indstillet i at indgå i projektet.', names: ['Lind Plejecenter', 'Vesterled'] },
  { doc: '002', kpi: 'herning.bic-07.projektperiode-aar', period: '2017--2019', passage: 'Der foreslås en projektperioden i 2017, 2018 og 2019', names: ['2017', '2018', '2019'] },
];

interface Listed {
  doc: Doc;
  kpi: string;
  period: string;
  /** The list runs from the first line containing `from` to the next line containing `to`. */
  from: string;
  to: string;
  /** What begins one item's line (a wrapped item's second line does not). */
  item: RegExp;
}

const LISTED: Listed[] = [
  { doc: '000', kpi: 'viborg.unge-indsats.spor-1.antal-indsatser', period: '2015-H2', from: 'Indsatserne handler om', to: 'Indsatserne blev afrapporteret', item: /^[¢eo]\s+[A-ZÆØÅ]/ },
  { doc: '000', kpi: 'viborg.unge-indsats.spor-2.antal-indsatser', period: '2016-09--2017', from: 'De lzengerevarende indsatser blev udviklet', to: 'Spor 2 er afrapporteret', item: /^\d+\)/ },
  { doc: '000', kpi: 'viborg.unge-indsats.spor-2.forebyggende-samarbejde-udsatte-familier.antal-delindsatser', period: '2016-09--2017', from: '1) Forebyggende samarbejde om udsatte familier', to: '2) Forbyggende indsats', item: /^[a-z]\)/ },
  { doc: '000', kpi: 'viborg.unge.roller-beskaeftigelsesfaglig-medarbejder', period: '2017', from: 'Ded4roller', to: 'Leeren af BIP', item: /^o\s+[A-Z]/ },
  { doc: '004', kpi: 'landsplan.kl-2013.programteori-skridt', period: '2013', from: 'Disse skridt skal følges, når du udarbejder en programteori', to: 'Det er en fordel at inddrage medarbejderne', item: /^\d\. / },
  { doc: '004', kpi: 'landsplan.kl-2013.afgoerende-elementer', period: '2013', from: 'Ti afgørende elementer i en effektiv beskæftigelsesindsats', to: 'Disse ti afgørende elementer', item: /^\d+\. \*\*/ },
  { doc: '004', kpi: 'landsplan.kl-2013.virksomme-mekanismer-unge', period: '2013', from: 'Virksomme mekanismer i den konkrete ungeindsats', to: 'Tilrettelæg indsatsen ud fra den unges kompetencer, ressourcer og behov\n', item: /^- \*\*/ },
  { doc: '004', kpi: 'landsplan.kl-2013.virksomme-mekanismer-over-30', period: '2013', from: 'Virksomme mekanismer i den konkrete indsats for udsatte borgere over 30 år', to: 'Brug en anerkendende og inkluderende tilgang\n', item: /^- \*\*/ },
];

/** Herning's proposal forms by responsible unit, each found as "Forslag nr.: <number>" in the document (JC 08's form writes only "08"). */
const FORMS: { kpi: string; unit: string; numbers: string[] }[] = [
  { kpi: 'herning.prioriteringsforslag.bic.antal', unit: 'BIC', numbers: ['BIC 01', 'BIC 02', 'BIC 03', 'BIC 04', 'BIC 05', 'BIC 06', 'BIC 07'] },
  { kpi: 'herning.prioriteringsforslag.ceb.antal', unit: 'CEB', numbers: ['CEB 01', 'CEB 02', 'CEB 03', 'CEB 04', 'CEB 06A', 'CEB 06B', 'CEB 07', 'CEB 08'] },
  { kpi: 'herning.prioriteringsforslag.jobcentret.antal', unit: 'Jobcentret', numbers: ['JC 01', 'JC 02', 'JC 03', 'JC 06', 'JC 07', '08', 'JC 09'] },
  { kpi: 'herning.prioriteringsforslag.ungeenheden.antal', unit: 'Ungeenheden', numbers: ['UE 02', 'UE 03', 'UE 04', 'UE 05', 'UE 07', 'UE08', 'UE 09a', 'UE 09b'] },
];
const FORMS_TOTAL = 'herning.prioriteringsforslag.antal';
/** Herning's forms by the box ticked in their "Indsats (sæt x)" or "Tilgang (sæt x)" line, as the store keeps it. */
const TICKED: { kpi: string; line: string; label: string; value: string }[] = [
  ...(['Forebyggende', 'Tidlig', 'Afhjælpende', 'Efterværn'] as const).map((label) => ({ line: 'Indsats (sæt x)', label, value: fold(label) })),
  ...(['Investering', 'Prioritering', 'Effektivisering'] as const).map((label) => ({ line: 'Tilgang (sæt x)', label, value: fold(label) })),
].map((t) => ({ ...t, kpi: `herning.prioriteringsforslag.${t.value}.antal` }));
const FORMS_PERIOD = '2016';

function storedFigure(kpi: string, period: string) {
  const found = figures.filter((f) => f.kpi === kpi && f.period === period);
  if (found.length !== 1) throw new Error(`${found.length} figures of ${kpi} for ${period}`);
  return found[0]!;
}
const stored = (kpi: string, period: string) => storedFigure(kpi, period).value;

/** The item lines of a list in the document, between its markers. */
function items(list: Listed): string[] {
  const text = raw(list.doc);
  const start = text.indexOf(list.from);
  if (start < 0) throw new Error(`"${list.from}" is not in ${list.doc}`);
  const end = text.indexOf(list.to, start + list.from.length);
  if (end < 0) throw new Error(`"${list.to}" does not follow "${list.from}" in ${list.doc}`);
  return text
    .slice(start + list.from.length, end)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => list.item.test(line));
}

describe('figures from running text say what the document says', () => {
  it.each(QUOTED)('$kpi $period: "$says"', ({ doc, kpi, period, passage, says }) => {
    expect(squeeze(raw(doc))).toContain(squeeze(passage));
    expect(passage).toContain(says);
    expect(stated(says)).toBe(stored(kpi, period));
  });

  it.each(QUOTED.filter((q) => textFigures.some((f) => f.kpi === q.kpi)))('$kpi says "$says" with its bound', ({ kpi, period, bound }) => {
    expect(storedFigure(kpi, period).bound).toBe(bound);
  });

  it.each(NAMED)('$kpi $period counts the members the passage names', ({ doc, kpi, period, passage, names }) => {
    expect(squeeze(raw(doc))).toContain(squeeze(passage));
    for (const name of names) expect(passage).toContain(name);
    expect(new Set(names).size).toBe(stored(kpi, period));
  });

  it.each(FORMS)('$kpi counts the forms of $unit', ({ kpi, unit, numbers }) => {
    const lines = raw('002').split('\n');
    for (const number of numbers) expect(lines.some((line) => line.trimEnd().endsWith(`Forslag nr.: ${number}`))).toBe(true);
    const proposals = read('herning-2016-prioriteringsforslag.json').proposals.filter((p) => p.responsibleUnit === unit);
    expect(proposals.length).toBe(numbers.length);
    expect(numbers.length).toBe(stored(kpi, FORMS_PERIOD));
  });

  it.each(TICKED)('$kpi counts the forms ticking $label', ({ kpi, line, label, value }) => {
    const ticked = raw('002')
      .split('\n')
      .filter((l) => l.startsWith(line) && new RegExp(`${label}:\\s*x`, 'i').test(l));
    const proposals = read('herning-2016-prioriteringsforslag.json').proposals.filter((p) => p.approach === value || (p.effortTypes as string[]).includes(value));
    expect(ticked.length).toBe(proposals.length);
    expect(ticked.length).toBe(stored(kpi, FORMS_PERIOD));
  });

  it('the forms of the four units are every form of the document', () => {
    const forms = raw('002').match(/Forslag nr\.:/g) ?? [];
    expect(FORMS.flatMap((f) => f.numbers).length).toBe(forms.length);
    expect(forms.length).toBe(stored(FORMS_TOTAL, FORMS_PERIOD));
  });

  it.each(TEXT_FILES)('quotes every figure of %s', (name) => {
    const quoted = new Set([
      ...[...QUOTED, ...NAMED, ...LISTED].map((q) => `${q.kpi} ${q.period}`),
      ...[...FORMS.map((f) => f.kpi), ...TICKED.map((t) => t.kpi), FORMS_TOTAL].map((kpi) => `${kpi} ${FORMS_PERIOD}`),
    ]);
    expect(read(name).figures.filter((f) => !quoted.has(`${f.kpi} ${f.period}`))).toEqual([]);
  });

  it.each(LISTED)('$kpi $period counts the items listed after "$from"', (list) => {
    expect(items(list).length).toBe(stored(list.kpi, list.period));
  });

  it('reads numbers written as words and ranges the way the rows above rely on', () => {
    expect(stated('ti afgørende')).toBe(10);
    expect(stated('1 ½ år')).toBe(1.5);
    expect(stated('15.-18 årige')).toBe(15);
    expect(stated('tilflyttet 184')).toBe(184);
    expect(stated('20-30 %')).toBe(20);
    expect(stated('240.000 kr.')).toBe(240000);
    expect(stated('ingen tal')).toBeUndefined();
  });
});
