import { redactSecrets } from '../workspace/secretText';
import { byEvidenceThenSeverity, evidenceLabel, type CheckedReport } from './evidence';
import { flagContext } from './flagPolicy';
import type { DelegationPlan } from '../plan/types';
import type { FlagRecord } from './events';
import { sameBatch, type RunState, type TaskView } from './state';

/**
 * The task prompt a coordinator receives, in the blocks it is sent as: what every delegation of the
 * run shares (the request, related prior work, the coordinators the run plans, how to answer), then
 * the reports of coordinators that already ran, one block each (the same for every coordinator that
 * starts after them), then this coordinator's own part: who it is and which task, and why when a
 * flag asked for it. The shared blocks come first so that the API's prompt cache serves them to every
 * coordinator after the first; the own part says only what no other coordinator is sent, and points
 * at the shared blocks rather than restating them, since it is the part each call pays for in full.
 *
 * Built only from run state, with no clock or randomness, so a resumed run sends the same prompt
 * the interrupted one did. A secret quoted in it (by a flag's context or an earlier finding) is
 * replaced, here, so the journal records what the model was sent.
 */
export interface DelegationPrompt {
  /** The blocks joined: what the journal records and the task details show. */
  readonly text: string;
  /** Where in `text` each block after the first begins (with the blank line or line break that parts it from the one before). */
  readonly breaks: readonly number[];
}

const HOW_TO_WORK = 'Investigate the request in your own domain with the read-only workspace tools, cite file and line for every finding, raise flags for other domains, then call submit_report. What is asked of you alone comes last.';

export function buildDelegationPrompt(state: RunState, task: TaskView): DelegationPrompt {
  const spec = task.spec;
  const shared: string[] = [`User request: ${state.request}`];
  const related = state.checklist?.relatedMemory ?? [];
  if (related.length > 0) {
    shared.push('Related prior work in project memory:\n' + related.map((m) => `- ${m.file} › ${m.heading}: ${m.excerpt}`).join('\n'));
  }
  const plan = plannedCoordinators(state.checklist?.delegations ?? []);
  if (plan) shared.push(plan);
  shared.push(HOW_TO_WORK);

  // One block per report: a coordinator that starts after one more report than the last one did
  // still reads all the earlier reports from cache, and pays only for the new one. Only earlier
  // batches': what a sibling of the same batch answered would depend on which finished first.
  const earlier = state.tasks.filter((t) => !sameBatch(spec, t.spec) && t.delegation?.status === 'completed' && t.delegation.report);
  const reports = earlier.map((t, i) => `${i === 0 ? 'Findings from coordinators that already ran:\n' : ''}${renderReport(t.delegation!.coordinator, t.delegation!.report!)}`);

  // No task title: a delegation's title is made of its coordinator and its flag, both said here.
  const own: string[] = [whoYouAre(spec.coordinator ?? 'unknown', spec.id)];
  const shown = new Set(earlier.map((t) => t.spec.id));
  const flag = state.flags.find((f) => f.record.id === spec.flagId)?.record;
  // A flag's context is pointed to in the raiser's report above rather than said again.
  if (spec.context) own.push(`Why you are asked:\n${flag && spec.context === flagContext(flag) ? besideReports(flag, shown) : spec.context}`);
  if (spec.followUpOf) {
    own.push(`You already answered this request in task ${spec.followUpOf} (your report is among the findings above). This is a follow-up: report only what the context above adds or changes, and do not repeat your earlier findings.`);
  }
  const coveredFlags = state.flags.filter((f) => f.coveredBy === spec.id);
  if (coveredFlags.length > 0) own.push(`Flags raised for you by other coordinators:\n${coveredFlags.map((f) => besideReports(f.record, shown)).join('\n\n')}`);

  const blocks = [shared.join('\n\n'), ...reports, own.join('\n\n')].map((block) => redactSecrets(block).text);
  // Reports are lines of one list; the other blocks are paragraphs.
  return joinBlocks(blocks, (index) => (index > 1 && index <= reports.length ? '\n' : '\n\n'));
}

/**
 * The line that opens a coordinator's own part: which brief of the system prompt is its own, and
 * which task of the checklist it answers.
 */
function whoYouAre(coordinator: string, taskId: string): string {
  return `You are the ${coordinator} coordinator (task ${taskId} of the checklist).`;
}

/**
 * "Coordinators this run plans: backend (task 5), then infrastructure (task 7)…": the plan as it
 * was made (flags may add more), the same for every coordinator of the run. A coordinator learns
 * who covers what in this run and which reports come to it, so it flags what no one else will see.
 */
function plannedCoordinators(delegations: readonly DelegationPlan[]): string | undefined {
  if (delegations.length < 2) return undefined;
  const steps = new Map<number, string[]>();
  for (const d of delegations) steps.set(d.batch, [...(steps.get(d.batch) ?? []), `${d.coordinator} (task ${d.taskId})`]);
  const together = (names: string[]) => (names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)} together` : names[0]);
  const ordered = [...steps.entries()].sort(([a], [b]) => a - b).map(([, names]) => together(names));
  return `Coordinators this run plans, in order (each reads the reports of those before it): ${ordered.join(', then ')}.`;
}

function joinBlocks(blocks: readonly string[], separatorBefore: (index: number) => string): DelegationPrompt {
  const breaks: number[] = [];
  let text = '';
  // A block begins with the separator before it, so its bytes do not depend on what follows it.
  blocks.forEach((block, index) => {
    if (index > 0) {
      breaks.push(text.length);
      text += separatorBefore(index);
    }
    text += block;
  });
  return { text, breaks };
}

/** The prompt's blocks again, from the journaled text and breaks (a prompt journaled without breaks is one block). */
export function promptBlocks(text: string, breaks: readonly number[] = []): string[] {
  const valid = breaks.filter((at, i) => Number.isInteger(at) && at > 0 && at < text.length && (i === 0 || at > breaks[i - 1]));
  if (valid.length !== breaks.length) return [text];
  return [0, ...valid].map((from, i) => text.slice(from, i < valid.length ? valid[i] : text.length));
}

/**
 * A flag as its target reads it. When the raiser's report is among those shown above (it holds the
 * flag's reason and finding with its evidence), a pointer to it; otherwise the flag's whole context.
 */
function besideReports(flag: FlagRecord, shown: ReadonlySet<string>): string {
  if (!shown.has(flag.raisedBy.taskId)) return flagContext(flag);
  const which = flag.finding ? `, on its finding "${flag.finding.title}"` : `: ${flag.reason}`;
  return `The ${flag.raisedBy.coordinator} coordinator's flag ${flag.type} in its report above${which}.`;
}

/**
 * A report as the next coordinators and the synthesis read it: findings the workspace backs first,
 * and evidence that could not be verified marked so, with why, so no model takes it as fact.
 */
export function renderReport(coordinator: string, report: CheckedReport): string {
  const lines = [`- ${coordinator}: ${report.summary}`];
  for (const f of [...report.findings].sort(byEvidenceThenSeverity)) {
    const where = f.evidence.map(evidenceLabel).join(', ');
    lines.push(`  - [${f.severity}] ${f.title}${where ? ` (${where})` : ''}: ${f.detail}`);
  }
  for (const flag of report.flags) lines.push(`  - flag ${flag.type}: ${flag.reason}`);
  return lines.join('\n');
}
