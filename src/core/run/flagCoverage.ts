import type { Evidence } from '../kernel/contract';
import type { FlagRecord } from './events';
import type { RunState, TaskView } from './state';

/**
 * Whether the coordinator a flag is aimed at has already been (or will be) asked about what the
 * flag carries, so no coordinator is asked the same question twice. What a flag carries is its
 * finding (title and cited locations) or, without one, its reason.
 */
export type FlagCoverage =
  /** The coordinator was never asked in this run (or only failed): ask it. */
  | { readonly kind: 'none' }
  /** Its delegation is still queued: the flag goes into that prompt when it runs. */
  | { readonly kind: 'planned'; readonly taskId: string }
  /** One of its reports already cites the flag's finding. */
  | { readonly kind: 'reported'; readonly taskId: string; readonly location: string }
  /** Its prompt already carried the flag's finding. */
  | { readonly kind: 'seen'; readonly taskId: string }
  /** It was asked without this context: a follow-up with the new context only, after `taskIds` end. */
  | { readonly kind: 'new_context'; readonly taskIds: readonly string[] };

export function flagCoverage(state: RunState, flag: FlagRecord, target: string): FlagCoverage {
  const asked = state.tasks.filter((t) => t.spec.kind === 'delegate' && t.spec.coordinator === target && t.spec.id !== flag.raisedBy.taskId);
  for (const task of asked) {
    const location = citedLocation(task, flag);
    if (location) return { kind: 'reported', taskId: task.spec.id, location };
  }
  const seen = asked.find((t) => t.delegation?.prompt !== undefined && promptCarries(t.delegation.prompt, flag));
  if (seen) return { kind: 'seen', taskId: seen.spec.id };
  const planned = asked.find((t) => t.status === 'queued' || t.status === 'paused');
  if (planned) return { kind: 'planned', taskId: planned.spec.id };
  // Flags are decided once the batch that raised them has ended, so nothing asked is still answering.
  const answered = asked.filter((t) => t.delegation?.status === 'completed');
  if (answered.length > 0) return { kind: 'new_context', taskIds: answered.map((t) => t.spec.id) };
  return { kind: 'none' };
}

function citedLocation(task: TaskView, flag: FlagRecord): string | undefined {
  const wanted = flag.finding?.evidence ?? [];
  for (const finding of task.delegation?.report?.findings ?? []) {
    for (const evidence of finding.evidence) {
      const match = wanted.find((w) => overlaps(w, evidence));
      if (match) return `${match.file}:${match.line}`;
    }
  }
  return undefined;
}

function overlaps(a: Evidence, b: Evidence): boolean {
  if (a.file !== b.file) return false;
  return a.line <= (b.endLine ?? b.line) && b.line <= (a.endLine ?? a.line);
}

/** The prompt named every location of the flag's finding, or (a flag without one) quoted its reason. */
function promptCarries(prompt: string, flag: FlagRecord): boolean {
  const evidence = flag.finding?.evidence ?? [];
  if (evidence.length > 0) return evidence.every((e) => prompt.includes(`${e.file}:${e.line}`));
  return prompt.includes(flag.reason);
}
