import type { Evidence } from '../../core/kernel/contract';
import { escapeMarkdown } from '../../core/kernel/markdown';
import { planScope } from '../../core/plan/scope';
import { renderChecklist, taskLabel, type ChecklistItem } from '../../core/run/checklistLines';
import type { RunState } from '../../core/run/state';
import { summarizeClassification } from '../../core/plan/explain';
import { taskWaitText } from '../../core/run/waiting';

/**
 * Translates run state into chat output. It renders by difference against what it already showed,
 * so it can start from any state (the run may be ahead of the subscription) and never repeats itself.
 * The sink is the chat stream seen through a narrow port, so this file does not import `vscode`.
 */
export interface ChatSink {
  progress(message: string): void;
  markdown(text: string): void;
  reference(evidence: Evidence): void;
}

/** The checklist as a Markdown task list, each line as every surface draws it. */
export function checklistMarkdown(items: readonly ChecklistItem[]): string {
  return renderChecklist(items, 'markdown');
}

export class ChatRunRenderer {
  private checklistShown = false;
  private lastProgress = '';
  private readonly delegationsShown = new Set<string>();
  private readonly flagStatesShown = new Map<string, string>();
  private readonly addedTasksShown = new Set<string>();
  private synthesisShown = false;
  private readonly referenced = new Set<string>();

  constructor(private readonly sink: ChatSink) {}

  update(state: RunState): void {
    if (!this.checklistShown && state.tasks.length > 0) {
      this.checklistShown = true;
      for (const t of state.tasks) this.addedTasksShown.add(t.spec.id);
      const classification = state.checklist?.classification;
      const header = classification ? `**Checklist** (${classification.requestClass}, template \`${classification.templateId}\`${state.priority === 'critical' ? ', priority **critical**' : ''})` : '**Checklist**';
      const unsure = classification ? summarizeClassification(classification).lowConfidence : undefined;
      this.sink.markdown(`${header}\n\n${unsure ? `> ⚠ ${escapeMarkdown(unsure.message)}\n\n` : ''}${checklistMarkdown(state.tasks)}\n\n`);
      for (const line of state.checklist ? planScope(state.checklist) : []) this.sink.markdown(`${escapeMarkdown(line)}\n\n`);
    }
    this.showProgress(state);
    this.showAddedTasks(state);
    this.showDelegations(state);
    this.showFlags(state);
    if (!this.synthesisShown && state.synthesis) {
      this.synthesisShown = true;
      this.sink.markdown(`\n---\n\n${state.synthesis}\n\n`);
    }
  }

  /** The final checklist once the run ended, so the reply ends with every box in its final state. */
  finish(state: RunState): void {
    this.update(state);
    this.sink.markdown(`\n**Final checklist** — ${state.status}\n\n${checklistMarkdown(state.tasks)}\n\n`);
  }

  private showProgress(state: RunState): void {
    const current = state.tasks.filter((t) => t.status === 'in_progress');
    if (current.length === 0) return;
    const message = current.map((t) => {
      const wait = taskWaitText(t);
      return `${taskLabel(t.spec)}${t.delegation ? ` (${t.delegation.coordinator})` : ''}${wait ? ` — ${wait}` : ''}`;
    }).join(' · ');
    if (message === this.lastProgress) return;
    this.lastProgress = message;
    this.sink.progress(message);
  }

  private showAddedTasks(state: RunState): void {
    for (const t of state.tasks) {
      if (this.addedTasksShown.has(t.spec.id)) continue;
      this.addedTasksShown.add(t.spec.id);
      const origin = t.spec.parentId ? ` under ${t.spec.parentId}` : '';
      this.sink.markdown(`- ↳ Added task ${t.spec.id}${origin}: ${escapeMarkdown(t.spec.title)}\n`);
    }
  }

  private showDelegations(state: RunState): void {
    for (const t of state.tasks) {
      const d = t.delegation;
      if (!d || this.delegationsShown.has(t.spec.id)) continue;
      if (d.status === 'failed') {
        this.delegationsShown.add(t.spec.id);
        this.sink.markdown(`\n**${d.coordinator}** (task ${t.spec.id}) failed: ${escapeMarkdown(d.failure?.message ?? 'no reason given')}\n`);
      } else if (d.status === 'completed' && d.report) {
        this.delegationsShown.add(t.spec.id);
        const lines = [`\n**${d.coordinator}** (task ${t.spec.id}): ${d.report.summary}`, ''];
        for (const f of d.report.findings) {
          const where = f.evidence.map((e) => `\`${e.file}:${e.line}\``).join(', ');
          lines.push(`- *${f.severity}* — **${escapeMarkdown(f.title)}**${where ? ` (${where})` : ''}`);
        }
        this.sink.markdown(lines.join('\n') + '\n');
        for (const f of d.report.findings) for (const e of f.evidence) this.referenceOnce(e);
      }
    }
  }

  private showFlags(state: RunState): void {
    for (const f of state.flags) {
      const id = f.record.id;
      if (this.flagStatesShown.get(id) === f.status) continue;
      this.flagStatesShown.set(id, f.status);
      const who = `${f.record.raisedBy.coordinator}, task ${f.record.raisedBy.taskId}`;
      if (f.status === 'raised') {
        this.sink.markdown(`\n> ⚑ **${f.record.type}** raised by ${who} (${f.record.priority}): ${escapeMarkdown(f.record.reason)}\n`);
      } else if (f.status === 'processed') {
        const added = f.addedTaskIds.length > 0 ? ` — added ${f.addedTaskIds.join(', ')}` : '';
        const paused = f.pausedTaskIds.length > 0 ? `, paused ${f.pausedTaskIds.join(', ')}` : '';
        this.sink.markdown(`\n> ✓ **${f.record.type}** processed${added}${paused}${f.note ? `: ${escapeMarkdown(f.note)}` : ''}\n`);
      } else {
        this.sink.markdown(`\n> ✗ **${f.record.type}** rejected: ${escapeMarkdown(f.note ?? '')}\n`);
      }
    }
  }

  private referenceOnce(evidence: Evidence): void {
    const key = `${evidence.file}:${evidence.line}`;
    if (this.referenced.has(key)) return;
    this.referenced.add(key);
    this.sink.reference(evidence);
  }
}
