import type { ModelClient, ModelTurnRequest, TokenUsage } from '../model/port';
import type { Template } from './templateSchema';
import type { Classification, ModelTemplateChoice } from './types';

/**
 * One short model call that picks a template when the local classifier is unsure. The answer is
 * untrusted: only a tool call naming one of the template ids counts; anything else keeps the local
 * choice, and the plan says so. The answer's text is never shown or stored.
 */

export const CHOOSE_TEMPLATE_TOOL = 'choose_template';
const MAX_TOKENS = 200;
const EXAMPLES_PER_TEMPLATE = 4;

const SYSTEM = [
  'You are the planner step of a task orchestrator: you classify a request made to a software engineering assistant into one',
  'of the checklist templates listed by the user.',
  `Call ${CHOOSE_TEMPLATE_TOOL} once with the id of the template that fits the request best. Do not answer in text.`,
].join(' ');

function templateList(templates: readonly Template[]): string {
  return templates
    .map((t) => {
      const examples = (t.examples ?? []).slice(0, EXAMPLES_PER_TEMPLATE).map((e) => JSON.stringify(e)).join('; ');
      return `- ${t.id}: ${t.title}${t.description ? ` — ${t.description}` : ''}${examples ? ` Examples: ${examples}` : ''}`;
    })
    .join('\n');
}

function localHint(local: Classification): string {
  const e = local.explanation;
  const scores = (e?.scores ?? []).slice(0, 3).map((s) => `${s.templateId} ${s.score.toFixed(2)}`).join(', ');
  return `A local classifier was unsure between: ${scores || local.templateId}.`;
}

export interface ModelChoiceRequest {
  readonly client: ModelClient;
  readonly model: string;
  /** The normalized request. */
  readonly request: string;
  readonly templates: readonly Template[];
  readonly local: Classification;
  /** Why the call may not be made (it would pass the run's cost limit), or undefined when it may. */
  readonly refuseCall?: (request: ModelTurnRequest) => string | undefined;
}

/** The call made to choose: what it cost belongs to the run it plans, beside the checklist (which stays byte-stable). */
export interface PlannerCall {
  readonly model: string;
  readonly usage: TokenUsage;
  readonly durationMs: number;
}

export interface AskedTemplateChoice {
  readonly choice: ModelTemplateChoice;
  /** Absent when no answer came back. */
  readonly call?: PlannerCall;
  /** The call was not made (`refuseCall`): the choice is not worth remembering, a higher limit may allow it. */
  readonly refused?: boolean;
}

export async function askModelForTemplate(ask: ModelChoiceRequest, signal: AbortSignal): Promise<AskedTemplateChoice> {
  const ids = [...new Set(ask.templates.map((t) => t.id))];
  const kept = `kept the classifier's choice, ${ask.local.templateId}`;
  let answer: unknown;
  let call: PlannerCall | undefined;
  const request: ModelTurnRequest = {
    model: ask.model,
    maxTokens: MAX_TOKENS,
    system: [{ text: SYSTEM }],
    tools: [{
      name: CHOOSE_TEMPLATE_TOOL,
      description: 'Choose the checklist template for the request.',
      inputSchema: { type: 'object', properties: { templateId: { type: 'string', enum: ids } }, required: ['templateId'] },
    }],
    messages: [{ role: 'user', content: [{ type: 'text', text: `Templates:\n${templateList(ask.templates)}\n\n${localHint(ask.local)}\n\nRequest: ${JSON.stringify(ask.request)}` }] }],
    purpose: { taskId: 'classify', coordinator: 'planner' },
  };
  const refusal = ask.refuseCall?.(request);
  if (refusal !== undefined) return { choice: { outcome: 'failed', note: `the model was not asked (${refusal}); ${kept}` }, refused: true };
  try {
    const started = performance.now();
    const result = await ask.client.turn(request, undefined, signal);
    call = { model: result.model, usage: result.usage, durationMs: Math.round(performance.now() - started) };
    const choice = result.content.find((b) => b.type === 'tool_use' && b.name === CHOOSE_TEMPLATE_TOOL);
    answer = choice?.type === 'tool_use' && typeof choice.input === 'object' && choice.input !== null ? (choice.input as { templateId?: unknown }).templateId : undefined;
  } catch (error) {
    signal.throwIfAborted();
    const reason = error instanceof Error ? error.message : String(error);
    return { choice: { outcome: 'failed', note: `the model could not be asked (${reason}); ${kept}` } };
  }
  if (typeof answer === 'string' && ids.includes(answer)) return { choice: { outcome: 'chosen', templateId: answer, note: `the model chose ${answer}` }, call };
  return { choice: { outcome: 'invalid', note: `the model's answer was not one of the template ids; ${kept}` }, call };
}
