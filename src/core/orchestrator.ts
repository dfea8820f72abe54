// Interface fixed; the implementation lands as the plan/memory/workspace modules arrive.
import type { FlagLimits } from './delegation/flags';
import type { ModelClient } from './model/port';
import type { Checklist } from './plan/types';
import type { RunStore } from './run/runStore';
import type { RunState } from './run/state';

export interface OrchestratorConfig {
  readonly workspaceRoot: string;
  /** Folder of the shipped YAML templates (hosts know where they are installed). */
  readonly builtinTemplatesDir: string;
  /** Default `<workspaceRoot>/.orchestrator/runs`. */
  readonly runsDir?: string;
  /** Absent: local mode (deterministic analyzers, no model). */
  readonly model?: ModelClient;
  readonly models: { readonly planner: string; readonly coordinator: string };
  readonly maxTokens?: number;
  readonly parallelLimit: number;
  readonly exclude?: readonly string[];
  readonly flagLimits?: FlagLimits;
  readonly now?: () => Date;
  readonly log?: (message: string) => void;
}

export interface PlanResult {
  readonly checklist: Checklist;
  /** Invalid templates or agent files, each naming the file (and line): shown, never fatal. */
  readonly warnings: readonly string[];
}

export interface RunHandle {
  readonly runId: string;
  /** state + onDidEmit(listener) — every view subscribes here. */
  readonly store: RunStore;
  readonly done: Promise<RunState>;
}

export interface RunSummary {
  readonly runId: string;
  readonly request: string;
  readonly status: RunState['status'];
  readonly startedAt: string;
}
