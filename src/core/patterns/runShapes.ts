import { errorMessage } from '../kernel/format';
import type { RunState, RunStatus } from '../run/state';
import { runShape, type RunShape } from './runShape';

/** Where runs come from: the engine's run list and journals (sync today, async behind a run index). */
export interface RunSource {
  listRuns(): readonly RunListing[] | Promise<readonly RunListing[]>;
  loadRun(runId: string): RunState | Promise<RunState>;
}

export interface RunListing {
  readonly runId: string;
  readonly status: RunStatus;
  /** When the run's journal last changed: a shape is derived again only when this moves. */
  readonly updatedAt: number;
}

export interface CollectedShapes {
  readonly shapes: readonly RunShape[];
  /** Runs whose journal could not be read, with the reason: counted and said, never silently dropped. */
  readonly unreadable: readonly { readonly runId: string; readonly reason: string }[];
}

/**
 * Every run's shape, each journal folded once and remembered while it stays unchanged, so asking
 * for patterns again (the chat's /patterns, the CLI) does not read a finished run a second time.
 */
export class RunShapeCache {
  private readonly byRun = new Map<string, { readonly updatedAt: number; readonly shape: RunShape | undefined }>();

  async collect(source: RunSource, signal?: AbortSignal): Promise<CollectedShapes> {
    const listed = await source.listRuns();
    const shapes: RunShape[] = [];
    const unreadable: { runId: string; reason: string }[] = [];
    const present = new Set<string>();
    for (const run of listed) {
      signal?.throwIfAborted();
      present.add(run.runId);
      const known = this.byRun.get(run.runId);
      if (known && known.updatedAt === run.updatedAt) {
        if (known.shape) shapes.push(known.shape);
        continue;
      }
      try {
        const shape = runShape(await source.loadRun(run.runId));
        // A run still going changes with every event: remember only what has stopped changing.
        if (shape?.status !== 'running') this.byRun.set(run.runId, { updatedAt: run.updatedAt, shape });
        if (shape) shapes.push(shape);
      } catch (error) {
        unreadable.push({ runId: run.runId, reason: errorMessage(error) });
      }
    }
    for (const runId of this.byRun.keys()) if (!present.has(runId)) this.byRun.delete(runId);
    return { shapes, unreadable };
  }
}
