import { escapeMarkdown } from '../../core/kernel/untrustedText';
import { safeMarkdown } from '../../core/kernel/safeMarkdown';
import { countEvidence, describeEvidenceCounts, isVerifiedLocation } from '../../core/run/evidence';
import { planScope } from '../../core/plan/scope';
import { linkLocations, type HrefFor } from '../../core/kernel/locationLinks';
import { cutAtWord, plural } from '../../core/kernel/format';
import { renderChecklist, type ChecklistItem } from '../../core/run/checklistLines';
import { describeProgress, runProgress } from '../../core/run/display';
import { summarizeClassification } from '../../core/plan/explain';
import { taskWaitText } from '../../core/run/waiting';
import type { FlagView, RunState, TaskView } from '../../core/run/state';
import { continueLabel, describeCostPause, formatUsd, runCostLines, STOP_LABEL } from '../../core/cost/describe';
import type { CostLimitPause } from '../../core/cost/budget';

/**
 * Translates run state into chat output: one live checklist that changes in place, a short line
 * per thing that happened above it, and at the end the answer with the final checklist.
 *
 * VS Code 1.139's stable chat API cannot edit a part once sent, but it hides a progress part as
 * soon as anything other than progress follows it. So the checklist goes out as a progress part,
 * and each new version is preceded by what happened since (or an empty Markdown part): the old
 * version disappears, the new one takes its place. When the run ends, the answer and the final
 * checklist form one Markdown block after which nothing but buttons follows, so VS Code folds the
 * step lines above into "Completed N steps" and leaves the answer open.
 *
 * The sink is the chat stream seen through a narrow port, so this file does not import `vscode`.
 */
export interface ChatSink {
  progress(markdown: string): void;
  markdown(text: string): void;
  /** Where a verified workspace location opens (a link with the line), or undefined: then it stays text. */
  readonly hrefFor: HrefFor;
  /** A button under the message (the cost limit's Continue and Stop). */
  button(command: string, title: string, args: readonly unknown[]): void;
}

/** The commands behind the chat's buttons at the cost limit (registered in commands.ts). */
export const COST_LIMIT_COMMANDS = { continue: 'taskOrchestrator.continuePastCostLimit', stop: 'taskOrchestrator.stopAtCostLimit' } as const;

/** The checklist as a Markdown task list, each line as every surface draws it. */
export function checklistMarkdown(items: readonly ChecklistItem[]): string {
  return renderChecklist(items, 'markdown');
}

const SUMMARY_LENGTH = 160;

export class ChatRunRenderer {
  private shownChecklist = '';
  /** A progress part is the last thing sent: the next one needs something else in between. */
  private progressIsLast = false;
  private readonly delegationsShown = new Set<string>();
  private readonly flagStatesShown = new Map<string, string>();
  private scopeShown = false;
  private costPauseShown: CostLimitPause | undefined;

  constructor(private readonly sink: ChatSink) {}

  update(state: RunState): void {
    const lines = [...this.scopeLines(state), ...this.delegationLines(state), ...this.flagLines(state)];
    if (lines.length > 0) this.markdown(`${lines.join('\n\n')}\n\n`);
    this.showCostPause(state);
    if (state.tasks.length === 0) return;
    const checklist = liveChecklist(state);
    // Unchanged and still the last part: still visible. After new lines it must be sent again.
    if (checklist === this.shownChecklist && this.progressIsLast) return;
    this.shownChecklist = checklist;
    if (this.progressIsLast) this.markdown('');
    this.sink.progress(checklist);
    this.progressIsLast = true;
  }

  /**
   * One Markdown block that replaces the live checklist: `notice` (how the run talked to a model),
   * the answer, `outcome` (why the run did not complete, when it did not), the final checklist.
   * Only buttons may follow it, or VS Code would fold it away with the steps above.
   */
  finish(state: RunState, notes: { readonly notice?: string; readonly outcome?: string } = {}): void {
    this.update(state);
    // The answer is model text: sanitized first, then only locations the workspace check verified
    // and the host can open become links.
    const verified = isVerifiedLocation(state);
    const hrefFor: HrefFor = (file, line) => (verified(file, line) ? this.sink.hrefFor(file, line) : undefined);
    const answer = state.synthesis ? `${linkLocations(safeMarkdown(state.synthesis), hrefFor)}\n\n` : '';
    this.markdown(`${notes.notice ?? ''}${answer}${notes.outcome ?? ''}${checklistHeader(state, state.status)}\n\n${unsureNotice(state)}${checklistMarkdown(state.tasks)}\n\n${costFooter(state)}`);
  }

  /** Each pause at the cost limit once, with the buttons that answer it. */
  private showCostPause(state: RunState): void {
    const pause = state.costPause;
    if (!pause || pause === this.costPauseShown) return;
    this.costPauseShown = pause;
    this.markdown(`\n> ⏸ ${escapeMarkdown(describeCostPause(pause))}\n\n`);
    this.sink.button(COST_LIMIT_COMMANDS.continue, continueLabel(pause), [state.runId]);
    this.sink.button(COST_LIMIT_COMMANDS.stop, STOP_LABEL, [state.runId]);
  }

  private markdown(text: string): void {
    this.sink.markdown(text);
    this.progressIsLast = false;
  }

  /** What the plan left out (files not looked at, memory not included), once: nothing is dropped silently. */
  private scopeLines(state: RunState): string[] {
    if (this.scopeShown || !state.checklist) return [];
    this.scopeShown = true;
    return planScope(state.checklist).map(escapeMarkdown);
  }

  private delegationLines(state: RunState): string[] {
    const lines: string[] = [];
    for (const t of state.tasks) {
      const d = t.delegation;
      if (!d || this.delegationsShown.has(t.spec.id) || (d.status !== 'completed' && d.status !== 'failed')) continue;
      this.delegationsShown.add(t.spec.id);
      lines.push(d.status === 'failed' ? `✗ **${d.coordinator}** (task ${t.spec.id}) failed: ${escapeMarkdown(d.failure?.message ?? 'no reason given')}` : reportLine(t));
    }
    return lines;
  }

  private flagLines(state: RunState): string[] {
    const lines: string[] = [];
    for (const f of state.flags) {
      // A flag raised while its batch runs is said at once (what it paused, when it is decided), then again when decided.
      const shown = f.status === 'raised' ? (f.waitingFor ? 'waiting' : undefined) : f.status;
      if (!shown || this.flagStatesShown.get(f.record.id) === shown) continue;
      this.flagStatesShown.set(f.record.id, shown);
      lines.push(flagLine(f));
    }
    return lines;
  }
}

function reportLine(task: TaskView): string {
  const d = task.delegation!;
  const report = d.report!;
  const cited = countEvidence(report.findings);
  const counts = [
    plural(report.findings.length, 'finding'),
    ...(cited.verified + cited.unverified > 0 ? [`evidence ${describeEvidenceCounts(cited)}`] : []),
    ...(report.flags.length > 0 ? [`raised ${report.flags.map((f) => f.type).join(', ')}`] : []),
  ];
  return `✓ **${d.coordinator}** (task ${task.spec.id}): ${counts.join(', ')} — ${escapeMarkdown(cutAtWord(report.summary, SUMMARY_LENGTH))}`;
}

function flagLine(f: FlagView): string {
  const from = `**${f.record.type}** from ${f.record.raisedBy.coordinator}`;
  if (f.status === 'rejected') return `⚑ ${from} not followed up: ${escapeMarkdown(f.note ?? '')}`;
  if (f.status === 'review') return `⚑ ${from} kept for your review: ${escapeMarkdown(f.note ?? '')}. Dismiss it or delegate it to a coordinator from the Tasks view or the Progress view.`;
  if (f.status === 'dismissed') return `⚑ ${from} dismissed: ${escapeMarkdown(f.note ?? '')}`;
  const added = f.addedTaskIds.length > 0 ? ` (added ${f.addedTaskIds.join(', ')})` : '';
  const note = (f.note ?? '').replace(new RegExp(`^${f.record.type}: `), '');
  return `⚑ ${from}: ${escapeMarkdown(note)}${added}`;
}

function checklistHeader(state: RunState, status: string): string {
  const c = state.checklist?.classification;
  const template = c ? ` · ${c.requestClass === 'pattern' ? c.templateId.replace(/_/g, ' ') : c.requestClass}${state.priority === 'critical' ? ', priority **critical**' : ''}` : '';
  return `**Checklist** — ${status}, ${describeProgress(runProgress(state))}${template}`;
}

/** The chat footer: what the run cost, in total and per coordinator (nothing in local mode). */
function costFooter(state: RunState): string {
  const cost = runCostLines(state);
  if (!cost) return '';
  const limit = state.costTerms?.limitUsd;
  return `*Cost: ${escapeMarkdown(cost.total)}${limit !== undefined ? ` (limit ${formatUsd(limit)})` : ''}*  \n*${cost.coordinators.map(escapeMarkdown).join(' · ')}*\n\n`;
}

/** The classifier's warning when it was unsure of the template, as the plan carries it. */
function unsureNotice(state: RunState): string {
  const classification = state.checklist?.classification;
  const unsure = classification ? summarizeClassification(classification).lowConfidence : undefined;
  return unsure ? `> ⚠ ${escapeMarkdown(unsure.message)}\n\n` : '';
}

/** The checklist while the run goes: each line as every surface draws it, plus what a running task waits on. */
function liveChecklist(state: RunState): string {
  const lines = checklistMarkdown(state.tasks).split('\n').map((line, i) => {
    const wait = taskWaitText(state.tasks[i]);
    return wait ? `${line} (${escapeMarkdown(wait)})` : line;
  });
  return `${checklistHeader(state, 'running')}\n\n${unsureNotice(state)}${lines.join('\n')}`;
}
