import { addUsage, ZERO_USAGE, type TokenUsage } from '../model/port';
import { DEFAULT_PRICES, type PriceTable } from './prices';
import { priceCall } from './pricing';

/**
 * Tokens, cost and model time of a run, per task (with its sub-tasks), per coordinator and in all,
 * worked out here once for every surface. Each model call is priced on its own, at the rates of
 * the model the API says answered, from the turns the journal holds.
 *
 * The input is described by shape, so this folder needs nothing of the run's: a `RunState` is one.
 */

export interface CostedCall {
  readonly model: string;
  readonly usage: TokenUsage;
  readonly usageEstimated?: boolean;
  readonly durationMs: number;
}

export interface CostedTask {
  readonly spec: { readonly id: string; readonly parentId?: string; readonly kind: string; readonly coordinator?: string };
  /** Every attempt's turns: a retried delegation's first conversation was paid for too. */
  readonly turns?: Iterable<{ readonly record: CostedCall }>;
  readonly delegation?: { readonly coordinator: string; readonly usage: TokenUsage };
}

export interface CostedRun {
  readonly mode: 'model' | 'local';
  readonly tasks: readonly CostedTask[];
  readonly usage: TokenUsage;
  /** The prices the run journaled when it started or resumed. */
  readonly costTerms?: { readonly prices: PriceTable };
  /** The call that chose the template, when planning asked a model. */
  readonly plannerCall?: CostedCall;
}

export interface CostFigures {
  readonly usage: TokenUsage;
  /** USD of the calls that have a price. */
  readonly usd: number;
  /** Models whose calls have no price, sorted: their tokens are counted, their cost is not in `usd`. */
  readonly unpriced: readonly string[];
  readonly calls: number;
  /** The time the model calls took, summed. */
  readonly modelMs: number;
  /** Some of the tokens were counted by the extension, not reported by the API (VS Code's chat models): the cost is an estimate. */
  readonly estimated?: boolean;
}

export interface RunCost {
  readonly total: CostFigures;
  /** By task id: its own calls, and with those of its sub-tasks (flags' work) under it. */
  readonly tasks: ReadonlyMap<string, { readonly own: CostFigures; readonly withSubTasks: CostFigures }>;
  /** In the order they first worked: `planner`, the coordinators, `synthesis`. */
  readonly coordinators: readonly { readonly name: string; readonly figures: CostFigures }[];
  /** `run`: the prices the run journaled; `today`: the run journaled none (older runs), today's list prices. */
  readonly pricedWith: 'run' | 'today';
}

export const NO_COST: CostFigures = Object.freeze({ usage: ZERO_USAGE, usd: 0, unpriced: [], calls: 0, modelMs: 0 });

/** Journals written before each turn was recorded have tokens but no model to price them by. */
export const MODEL_NOT_RECORDED = 'model not recorded';

export function addCosts(a: CostFigures, b: CostFigures): CostFigures {
  if (b.calls === 0 && b.usd === 0 && b.unpriced.length === 0) return a;
  if (a.calls === 0 && a.usd === 0 && a.unpriced.length === 0) return b;
  return {
    usage: addUsage(a.usage, b.usage),
    usd: a.usd + b.usd,
    unpriced: b.unpriced.length === 0 ? a.unpriced : [...new Set([...a.unpriced, ...b.unpriced])].sort(),
    calls: a.calls + b.calls,
    modelMs: a.modelMs + b.modelMs,
    ...(a.estimated || b.estimated ? { estimated: true } : {}),
  };
}

export function callCost(call: CostedCall, prices: PriceTable): CostFigures {
  const price = priceCall(call.model, call.usage, prices);
  return {
    usage: call.usage,
    usd: price.priced ? price.usd : 0,
    unpriced: price.priced ? [] : [call.model],
    calls: 1,
    modelMs: call.durationMs,
    ...(call.usageEstimated ? { estimated: true } : {}),
  };
}

/** Run states are immutable: a surface drawing many rows of one state adds it up once. */
const computed = new WeakMap<CostedRun, RunCost>();

export function runCost(run: CostedRun, todaysPrices: PriceTable = DEFAULT_PRICES): RunCost {
  if (todaysPrices !== DEFAULT_PRICES) return computeRunCost(run, todaysPrices);
  let cost = computed.get(run);
  if (!cost) computed.set(run, (cost = computeRunCost(run, todaysPrices)));
  return cost;
}

function computeRunCost(run: CostedRun, todaysPrices: PriceTable): RunCost {
  const prices = run.costTerms?.prices ?? todaysPrices;
  const legacy = !run.tasks.some((t) => !isEmpty(t.turns)) && hasTokens(run.usage);
  const own = new Map<string, CostFigures>();
  for (const task of run.tasks) {
    const figures = legacy
      ? unrecorded(task.delegation?.usage ?? ZERO_USAGE)
      : [...(task.turns ?? [])].reduce((sum, turn) => addCosts(sum, callCost(turn.record, prices)), NO_COST);
    own.set(task.spec.id, figures);
  }
  const planner = run.plannerCall;
  const plannerCost = planner ? callCost(planner, prices) : NO_COST;
  const tasks = new Map<string, { own: CostFigures; withSubTasks: CostFigures }>();
  for (const task of run.tasks) tasks.set(task.spec.id, { own: own.get(task.spec.id)!, withSubTasks: NO_COST });
  const parents = new Map(run.tasks.map((t) => [t.spec.id, t.spec.parentId]));
  for (const task of run.tasks) {
    const figures = own.get(task.spec.id)!;
    // Up the flag tree: each ancestor's total includes the work done under it.
    for (let id: string | undefined = task.spec.id, hops = 0; id !== undefined && hops <= run.tasks.length; id = parents.get(id), hops++) {
      const entry = tasks.get(id);
      if (entry) entry.withSubTasks = addCosts(entry.withSubTasks, figures);
    }
  }
  const byCoordinator = new Map<string, CostFigures>();
  if (planner) byCoordinator.set('planner', plannerCost);
  for (const task of run.tasks) {
    const figures = own.get(task.spec.id)!;
    if (figures.calls === 0 && !hasTokens(figures.usage)) continue;
    const name = coordinatorOf(task);
    byCoordinator.set(name, addCosts(byCoordinator.get(name) ?? NO_COST, figures));
  }
  const total = legacy
    ? addCosts(unrecorded(run.usage), plannerCost)
    : [...own.values()].reduce(addCosts, plannerCost);
  return {
    total,
    tasks,
    coordinators: [...byCoordinator].map(([name, figures]) => ({ name, figures })),
    pricedWith: run.costTerms ? 'run' : 'today',
  };
}

function coordinatorOf(task: CostedTask): string {
  if (task.spec.kind === 'synthesize') return 'synthesis';
  return task.delegation?.coordinator ?? task.spec.coordinator ?? task.spec.kind;
}

function isEmpty(items: Iterable<unknown> | undefined): boolean {
  if (!items) return true;
  for (const _ of items) return false;
  return true;
}

function hasTokens(usage: TokenUsage): boolean {
  return usage.inputTokens + usage.outputTokens + usage.cacheCreationInputTokens + usage.cacheReadInputTokens > 0;
}

function unrecorded(usage: TokenUsage): CostFigures {
  return hasTokens(usage) ? { usage, usd: 0, unpriced: [MODEL_NOT_RECORDED], calls: 0, modelMs: 0 } : NO_COST;
}
