import { z } from 'zod';
import { ZERO_USAGE, type TokenUsage } from '../model/port';
import { runProgress, type RunProgress } from './display';
import type { Failure, FailureKind, RunMode } from './events';
import type { RunState, RunStatus } from './state';
import { runCost, type CostFigures } from '../cost/rollup';

/**
 * What a list of runs shows about each, derived from its folded state by `summarizeRun` only. The
 * run index keeps one per run so that listing runs never folds their journals again.
 */
export interface RunSummary {
  readonly runId: string;
  readonly request: string;
  readonly status: RunStatus;
  readonly startedAt: string;
  readonly endedAt?: string;
  /** The workspace folder the run belongs to. */
  readonly workspace: string;
  readonly mode: RunMode;
  readonly modelId?: string;
  /** How far it got (the one `runProgress`). */
  readonly progress: RunProgress;
  readonly usage: TokenUsage;
  /** What its model calls cost in all (run/cost rollup), so a list shows it without folding the journal; absent in local mode. */
  readonly cost?: CostFigures;
  /** Why it failed or was cancelled: the kind, and the message (cut to 500 characters). */
  readonly failure?: Failure;
  readonly proposedMemoryEdits: number;
  readonly events: number;
  /** When its journal last changed (ms since the epoch): lists are newest first by this. */
  readonly updatedAt: number;
  /** The journal's size when it was summarised: any other size means it changed since. */
  readonly journalSize: number;
  /** Set when the journal could not be read; such a run is listed as failed, never hidden. */
  readonly unreadable?: string;
}

const MAX_ERROR_CHARS = 500;

export function summarizeRun(state: RunState, journal: { readonly updatedAt: number; readonly size: number }): RunSummary {
  return {
    runId: state.runId,
    request: state.request,
    status: state.status,
    startedAt: state.startedAt,
    endedAt: state.endedAt,
    workspace: state.workspace,
    mode: state.mode,
    modelId: state.modelId,
    progress: runProgress(state),
    usage: state.usage,
    ...(state.mode === 'model' ? { cost: runCost(state).total } : {}),
    failure: state.failure && { kind: state.failure.kind, message: clip(state.failure.message) },
    proposedMemoryEdits: state.memoryEdits.length,
    events: state.eventCount,
    updatedAt: journal.updatedAt,
    journalSize: journal.size,
  };
}

export function unreadableRun(runId: string, reason: string, journal: { readonly updatedAt: number; readonly size: number }): RunSummary {
  return {
    runId, request: `(unreadable journal: ${clip(reason)})`, status: 'failed', startedAt: '', workspace: '', mode: 'local',
    progress: { ended: 0, failed: 0, total: 0, percent: 0 }, usage: ZERO_USAGE,
    failure: { kind: 'internal', message: clip(reason) }, proposedMemoryEdits: 0, events: 0, updatedAt: journal.updatedAt, journalSize: journal.size, unreadable: clip(reason),
  };
}

function clip(text: string): string {
  return text.length > MAX_ERROR_CHARS ? `${text.slice(0, MAX_ERROR_CHARS - 1)}…` : text;
}

/** Newest first; the run id (which starts with its start time) breaks ties. */
export function byRecency(a: RunSummary, b: RunSummary): number {
  return b.updatedAt - a.updatedAt || (a.runId < b.runId ? 1 : a.runId > b.runId ? -1 : 0);
}

const usageSchema = z.object({
  inputTokens: z.number(), outputTokens: z.number(), cacheCreationInputTokens: z.number(), cacheCreation1hInputTokens: z.number().optional(), cacheReadInputTokens: z.number(),
});

/** The index file is read back from disk: anything that does not fit is re-summarised, not trusted. */
export const RunSummarySchema = z.object({
  runId: z.string(),
  request: z.string(),
  status: z.enum(['running', 'completed', 'failed', 'cancelled']),
  startedAt: z.string(),
  endedAt: z.string().optional(),
  workspace: z.string(),
  mode: z.enum(['model', 'local']),
  modelId: z.string().optional(),
  progress: z.object({ ended: z.number(), failed: z.number(), total: z.number(), percent: z.number() }),
  usage: usageSchema,
  cost: z.object({ usage: usageSchema, usd: z.number(), unpriced: z.array(z.string()), calls: z.number(), modelMs: z.number(), estimated: z.boolean().optional() }).optional(),
  // Kinds are the engine's own words; one this version does not know is still shown with its message.
  failure: z.object({ kind: z.custom<FailureKind>((kind) => typeof kind === 'string'), message: z.string() }).optional(),
  proposedMemoryEdits: z.number(),
  events: z.number(),
  updatedAt: z.number(),
  journalSize: z.number(),
  unreadable: z.string().optional(),
  // A model run summarised before summaries carried the cost does not fit: it is summarised again.
}).refine((s) => s.mode === 'local' || s.unreadable !== undefined || s.cost !== undefined);
