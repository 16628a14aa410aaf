import { describe, expect, it } from 'vitest';
import { readGoalStatusQuestion } from '../../../functions/domain/goals/status-question.js';

/** [question, subject, explicit]: questions about how goals are doing. */
const STATUS: [string, string, boolean][] = [
  ['Hvordan går det med målene for KIK II?', 'målene for KIK II', true],
  ['Hvordan gaar det med maalene for KIK II?', 'maalene for KIK II', true],
  ['hvordan går det med KIK II', 'KIK II', false],
  ['Hvordan står det til med målene i Viborg?', 'målene i Viborg', true],
  ['Hvordan gik det med KIK II pr. 31. august 2018?', 'KIK II pr. 31. august 2018', false],
  ['Hvordan ser det ud med målene for Voksen Business Case?', 'målene for Voksen Business Case', true],
  ['Hvordan klarer KIK II sig?', 'KIK II', false],
  ['Hvordan klarer vi os med KIK II?', 'KIK II', false],
  ['Er vi på sporet med KIK II?', 'KIK II', true],
  ['Er KIK II på sporet?', 'KIK II', true],
  ['er vi på rette spor i Viborg', 'Viborg', true],
  ['Ligger vi bagud med KIK?', 'KIK', true],
  ['Er målene for KIK II nået?', 'målene for KIK II', true],
  ['Har vi nået målet for selvforsørgende i KIK II?', 'selvforsørgende i KIK II', true],
  ['Har KIK II nået sine mål?', 'KIK II', true],
  ['Når vi målene i KIK II?', 'KIK II', true],
  ['Hvad er status på KIK II?', 'KIK II', false],
  ['Hvad er status på målene for KIK II?', 'målene for KIK II', true],
  ['Målstatus for Herning', 'Herning', true],
  ['Vis status for KIK II pr. 31.8.2018', 'KIK II pr. 31.8.2018', false],
  ['How are we doing on KIK II?', 'KIK II', false],
  ['How are we doing against the goals for KIK II?', 'the goals for KIK II', true],
  ['How is KIK II doing?', 'KIK II', false],
  ["How's Viborg doing?", 'Viborg', false],
  ['How are the KIK II goals going?', 'the KIK II goals', true],
  ['Is KIK II on track?', 'KIK II', true],
  ['Are we on track with KIK II?', 'KIK II', true],
  ['Are we still on track for the KIK II goals?', 'the KIK II goals', true],
  ['Is KIK at risk?', 'KIK', true],
  ['What was the status of KIK II goals?', 'KIK II goals', true],
  ["What is the status of KIK II's goals?", "KIK II's goals", true],
  ['What is the status of KIK II?', 'KIK II', false],
  ['Goal status for Herning', 'Herning', true],
  ['Have we met the targets for KIK II?', 'KIK II', true],
  ['Did KIK II hit its goals?', 'KIK II', true],
];

/** Questions for goals at risk. */
const AT_RISK: [string, string][] = [
  ['Hvilke mål er i fare?', ''],
  ['Hvilke mål er i fare i Herning?', 'i Herning'],
  ['hvilke mål i Viborg er bagud', 'i Viborg'],
  ['Er der mål i fare?', ''],
  ['Hvilke af vores mål er ikke på sporet?', ''],
  ['Which goals are at risk?', ''],
  ['Which goals are at risk in Herning?', 'in Herning'],
  ['Are any goals off track?', ''],
  ['What goals are behind schedule for KIK II?', 'for KIK II'],
];

/** Figure questions, some of them about goals' targets: the figure engine answers them. */
const FIGURES = [
  'hvor mange var på kontanthjælp i august 2018?',
  'KIK II besparelse 2021?',
  'hvad er målet for selvforsørgende i KIK II?',
  'Hvad er målet for kontaktforløb i KIK II?',
  'Hvor mange mål har KIK II?',
  'Hvad var målet for selvforsørgende pr. 31. januar 2019?',
  'Hvornår skal målet for KIK II være nået?',
  'What is the target for self-supporting citizens in KIK II?',
  'How many goals does KIK II have?',
  'How many full-time persons were on public benefits in Viborg in September 2017?',
  'Hvor mange fuldtidspersoner var på offentlig forsørgelse i Viborg i september 2017?',
  'hvad er investeringen i KIK II',
  'Hvor mange borgere er selvforsørgende i KIK II?',
  'hvor mange sager pr. sagsbehandler i Viborg',
  'What was the saving in KIK II in 2021?',
  'Hvad er besparelsen på BIC 06 i 2017?',
  'Hvor mange af de 1.443 borgere er stadig aktivitetsparate?',
  'Hvordan har ledigheden udviklet sig i Viborg?',
  'How has unemployment developed in Viborg?',
  'Hvor stor en andel var i job efter Cykelprojektet?',
  'hvad er status',
  'status',
];

describe('a goal-status question', () => {
  it.each(STATUS)('%s', (question, subject, explicit) => {
    expect(readGoalStatusQuestion(question)).toEqual({ subject, atRisk: false, explicit });
  });

  it.each(AT_RISK)('%s asks for the goals at risk', (question, subject) => {
    expect(readGoalStatusQuestion(question)).toEqual({ subject, atRisk: true, explicit: true });
  });
});

describe('a figure question, even about a goal', () => {
  it.each(FIGURES)('%s', (question) => {
    expect(readGoalStatusQuestion(question)).toBeUndefined();
  });
});
