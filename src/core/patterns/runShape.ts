import { compareStrings } from '../kernel/compare';
import type { RequestClass } from '../plan/types';
import type { RunState, RunStatus } from '../run/state';

/**
 * What pattern discovery needs to know of a run, derived once from its folded state: what was
 * asked, how it was planned (template, domains) and what the coordinators said mid-run (flags).
 */
export interface RunShape {
  readonly runId: string;
  readonly request: string;
  readonly status: RunStatus;
  readonly startedAt: string;
  readonly templateId: string;
  readonly requestClass: RequestClass;
  /** The domains the plan delegated to, sorted. */
  readonly domains: readonly string[];
  /** The types of the flags raised during the run, each once, sorted. */
  readonly flags: readonly string[];
}

/** A run's shape, or undefined for a run that stopped before it had a plan. */
export function runShape(state: RunState): RunShape | undefined {
  const checklist = state.checklist;
  if (!checklist) return undefined;
  return {
    runId: state.runId,
    request: state.request,
    status: state.status,
    startedAt: state.startedAt,
    templateId: checklist.classification.templateId,
    requestClass: checklist.classification.requestClass,
    domains: [...checklist.domains].sort(compareStrings),
    flags: [...new Set(state.flags.map((f) => f.record.type))].sort(compareStrings),
  };
}

/** "backend, database; flags DATABASE_INVESTIGATION" or "backend; no flags": the shape as a person reads it. */
export function describeShape(shape: Pick<RunShape, 'domains' | 'flags'>): string {
  const domains = shape.domains.length > 0 ? shape.domains.join(', ') : 'no domains';
  return `${domains}; ${shape.flags.length > 0 ? `flags ${shape.flags.join(', ')}` : 'no flags'}`;
}
