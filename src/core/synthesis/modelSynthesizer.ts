import { quoteOneLine } from '../kernel/format';
import { addUsage, assistantText, ZERO_USAGE, type ModelClient, type ModelMessage, type TokenUsage } from '../model/port';
import { askAndRecord, largerOutputBudget } from '../run/conversationTurn';
import { CoordinatorFailure, type ConversationRecorder, type Synthesizer } from '../run/ports';
import { failedDomains, type RunState } from '../run/state';
import { evidenceLabel } from '../run/evidence';
import { findingsByDomain, mergeFindings } from './findings';
import { omittedLine, scopeForAnswer } from './answerScope';

const SYSTEM = [
  'You are the synthesis step of a task orchestrator. Domain coordinators investigated a user request in a codebase',
  'and reported findings with file and line evidence. Write the answer for the user: what is wrong, why, and what to',
  'change first, naming every domain that contributed and citing file:line exactly as given. Each finding is listed once',
  'with every coordinator that reported it: mention it once. Do not restate the request and do not invent findings',
  'that are not in the reports. If some domains could not report, say plainly which ones and that their part of the',
  'answer is missing, so the user does not take a partial answer for a complete one. Evidence marked unverified could',
  'not be found in the workspace: never present it as fact, say it is unverified, and rank findings without verified',
  'evidence below those with it. Use concise Markdown.',
].join(' ');

/**
 * The answer for the user, in one model turn. Its turn is journaled like a coordinator's, so a
 * resumed run whose answer reached the journal does not ask for it again. A refusal fails the step
 * with the model's words; an answer cut off at the output limit is asked again once with a larger
 * budget, then kept with a note that it is cut.
 */
export class ModelSynthesizer implements Synthesizer {
  constructor(private readonly client: ModelClient, private readonly model: string, private readonly maxTokens: number) {}

  async synthesize(state: RunState, recorder: ConversationRecorder, signal: AbortSignal): Promise<{ text: string; usage: TokenUsage }> {
    const summaries = findingsByDomain(state).map((d) => `- ${d.coordinator}: ${d.summary}`).join('\n');
    const scope = scopeForAnswer(mergeFindings(state));
    const findings = [...scope.detailed, ...scope.listed]
      .map((f) => `- [${f.severity}] ${f.title}${f.evidence.length > 0 ? ` (${f.evidence.map(evidenceLabel).join(', ')})` : ''}, reported by ${f.coordinators.join(', ')}: ${f.detail}`)
      .concat(omittedLine(scope.omitted, state.runId)?.concat(' Not listed here: say so in the answer, with this count and where to find them.') ?? [])
      .join('\n');
    const flags = state.flags.map((f) => `- ${f.record.type} from ${f.record.raisedBy.coordinator}: ${f.note ?? f.status}`).join('\n');
    const failed = failedDomains(state).map((f) => `- ${f.coordinator}: ${f.reason}`).join('\n');
    const taskId = state.tasks.find((t) => t.spec.kind === 'synthesize')?.spec.id ?? 'synthesis';
    const input = `Request: ${state.request}\n\nCoordinator summaries:\n${summaries || '- none'}\n\nFindings:\n${findings || '- none'}\n\nDomains that failed (no report):\n${failed || '- none'}\n\nFlags:\n${flags || '- none'}`;
    const messages: ModelMessage[] = [{ role: 'user', content: [{ type: 'text', text: input }] }];
    const recorded = new Map(recorder.recorded.map((turn) => [turn.record.index, turn]));
    let usage = ZERO_USAGE;
    let maxTokens = this.maxTokens;
    for (let index = 1; ; index++) {
      const replayed = recorded.get(index);
      const turn = replayed?.record ?? await askAndRecord(
        this.client,
        { model: this.model, maxTokens, system: [{ text: SYSTEM, cache: true }], tools: [], messages, purpose: { taskId, coordinator: 'synthesis' } },
        index, recorder, signal,
      );
      usage = addUsage(usage, turn.usage);
      const text = assistantText(turn.content);
      if (turn.stopReason === 'refusal') {
        throw new CoordinatorFailure(text ? `The synthesis model refused: "${quoteOneLine(text)}"` : 'The synthesis model refused without giving a reason.', usage, 'refused');
      }
      const larger = turn.stopReason === 'max_tokens' && index === 1 ? largerOutputBudget(maxTokens) : undefined;
      if (larger !== undefined) {
        const note = `The answer was cut off at the ${maxTokens}-token output limit; asked again with ${larger} tokens.`;
        if (!replayed?.handling) recorder.handled({ turnIndex: index, toolResults: [], note });
        maxTokens = larger;
        continue;
      }
      const cut = turn.stopReason === 'max_tokens' ? `\n\n*(This answer was cut off at the ${turn.maxTokens}-token output limit.)*` : '';
      return { text: (text || '(the model returned an empty synthesis)') + cut, usage };
    }
  }
}
