/**
 * What both proposal forms share: the view model a form takes (the user's raw input and the errors to
 * show next to each field) and how its submit button is made — Action.Execute, so Teams replaces the card
 * in place with the answer, with Action.Submit as the fallback for clients without Universal Actions,
 * or plain Action.Submit inside a dialog, where Teams sends it as task/submit.
 */
import type { Button, Lang } from './card.js';
import { FIELD_LABELS, type FieldName } from './proposal-wording.js';
import type { ProposalFormRules } from './proposal-view.js';

export interface ProposalFormView {
  lang: Lang;
  /** The organisations to choose from; the form preselects `values.orgId`. */
  orgs: { id: string; name: string }[];
  /** What the user typed, by input id, kept as typed ("1.600"), so a refused submit loses nothing. */
  values: Record<string, string>;
  /** One message per input id, shown under the input. */
  errors: Record<string, string>;
  /** A message above the form, e.g. why it came back. */
  notice?: string;
  submit: Button;
  /** Opened in a Teams dialog (task module) rather than in the chat. */
  dialog?: boolean;
  /** Extra buttons under the submit, e.g. "open as a dialog". */
  buttons?: Button[];
  /** The form's input ids and what it checks before sending, in the view's language. */
  rules: ProposalFormRules;
}

export function labelsFor(lang: Lang): Record<FieldName, string> {
  return FIELD_LABELS[lang];
}

/** Every input id of a form with '' where nothing was typed: templates must not see undefined. */
export function filled(ids: readonly string[], source: Record<string, string>): Record<string, string> {
  return Object.fromEntries(ids.map((id) => [id, source[id] ?? '']));
}

export function submitAction(view: Pick<ProposalFormView, 'submit' | 'dialog'>) {
  return { title: view.submit.title, verb: view.submit.data.verb, data: view.submit.data, dialog: !!view.dialog };
}
