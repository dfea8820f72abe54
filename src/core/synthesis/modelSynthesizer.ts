import type { ModelClient } from '../model/port';
import { renderReport } from '../run/prompts';
import type { Synthesizer } from '../run/ports';
import type { RunState } from '../run/state';
import { findingsByDomain } from './findings';

const SYSTEM = [
  'You are the synthesis step of a task orchestrator. Domain coordinators investigated a user request in a codebase',
  'and reported findings with file and line evidence. Write the answer for the user: what is wrong, why, and what to',
  'change first, naming every domain that contributed and citing file:line. Do not invent findings that are not in',
  'the reports. Use concise Markdown.',
].join(' ');

export class ModelSynthesizer implements Synthesizer {
  constructor(private readonly client: ModelClient, private readonly model: string, private readonly maxTokens: number) {}

  async synthesize(state: RunState, signal: AbortSignal) {
    const reports = findingsByDomain(state)
      .map((d) => renderReport(d.coordinator, { summary: d.summary, findings: [...d.findings], flags: [], memoryNotes: [] }))
      .join('\n');
    const flags = state.flags.map((f) => `- ${f.record.type} from ${f.record.raisedBy.coordinator}: ${f.status}`).join('\n');
    const taskId = state.tasks.find((t) => t.spec.kind === 'synthesize')?.spec.id ?? 'synthesis';
    const result = await this.client.turn(
      {
        model: this.model,
        maxTokens: this.maxTokens,
        system: [{ text: SYSTEM, cache: true }],
        tools: [],
        messages: [{ role: 'user', content: [{ type: 'text', text: `Request: ${state.request}\n\nCoordinator reports:\n${reports}\n\nFlags:\n${flags || '- none'}` }] }],
        purpose: { taskId, coordinator: 'synthesis' },
      },
      undefined,
      signal,
    );
    const text = result.content.filter((b) => b.type === 'text').map((b) => (b.type === 'text' ? b.text : '')).join('').trim();
    return { text: text || '(the model returned an empty synthesis)', usage: result.usage };
  }
}
