/** A request as a user gives it: its text, and optionally the template they want instead of the classifier's. */
export interface PlanRequest {
  readonly text: string;
  readonly template?: string;
}

const TEMPLATE_OPTION = /^\s*--template(?:=|\s+)([^\s]+)\s*/;

/**
 * `--template ID` at the start of a chat prompt ("/plan --template bug_fix Images don't show up"),
 * taken off the text. Anything else is the request as typed.
 */
export function parseTemplateOption(prompt: string): PlanRequest {
  const match = TEMPLATE_OPTION.exec(prompt);
  if (!match) return { text: prompt };
  return { text: prompt.slice(match[0].length), template: match[1] };
}
