import type { ModelClient } from './model/port';
import type { PriceTable } from './cost/prices';
import type { AskAtCostLimit } from './run/costLimit';

/**
 * How one run talks to a model. Chosen per run, not per engine: the engine outlives a key being set
 * or cleared, a chat model being picked and settings being changed.
 */
export interface RunOptions {
  /** Absent: local mode (deterministic analyzers, no model). */
  readonly model?: ModelClient;
  /** Model ids for the synthesis (planner) and the coordinators. */
  readonly models?: { readonly planner: string; readonly coordinator: string };
  readonly maxTokens?: number;
  /** Delegations of one batch running at once. */
  readonly parallelLimit?: number;
  /** Tokens of project memory each coordinator receives; default `DEFAULT_MEMORY_TOKEN_BUDGET`. */
  readonly memoryTokenBudget?: number;
  /** What the run's calls are priced at (default: the list prices); journaled when the run starts or resumes. */
  readonly prices?: { readonly table: PriceTable; readonly overridden: readonly string[] };
  /**
   * US dollars the run may cost: it pauses before a model call that would pass it and asks
   * `askAtCostLimit`, or stops there (resumable) when there is no one to ask.
   */
  readonly maxCostUsd?: number;
  readonly askAtCostLimit?: AskAtCostLimit;
  /** Default true: a batch's siblings wait for the first one's answer to begin, then read the shared prompt from cache. */
  readonly warmCacheFirst?: boolean;
}

export const DEFAULT_MODEL_ID = 'claude-sonnet-4-6';

/** The model ids a run calls: the planner's (synthesis, template choice) and the coordinators'. */
export function modelIds(options: RunOptions): { readonly planner: string; readonly coordinator: string } {
  return options.models ?? { planner: DEFAULT_MODEL_ID, coordinator: DEFAULT_MODEL_ID };
}
