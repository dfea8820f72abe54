import { cachedShare, promptTokens } from './pricing';
import type { CostLimitPause } from './budget';
import { runCost, type CostedRun, type CostFigures } from './rollup';
import { DEFAULT_PRICES, findPrice } from './prices';

/**
 * How cost reads, in the words every surface uses: the tree, task details, the Progress view, the
 * chat, the CLI and the audit all print these strings and never their own.
 */

/** "$0.14", "$0.0421", "$12.30": cents when that is exact or the sum is a dollar or more, else four places. */
export function formatUsd(usd: number): string {
  const wholeCents = Math.abs(usd * 100 - Math.round(usd * 100)) < 1e-9;
  return usd >= 1 || wholeCents ? `$${usd.toFixed(2)}` : `$${usd.toFixed(4)}`;
}

/** "950", "12.3k", "1.23M". */
export function formatTokenCount(count: number): string {
  if (count < 1000) return String(count);
  if (count < 1_000_000) return `${(count / 1000).toFixed(1)}k`;
  return `${(count / 1_000_000).toFixed(2)}M`;
}

function formatSeconds(ms: number): string {
  return ms < 60_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

/** "94 % of input from cache"; undefined when no input was read. */
export function describeCachedShare(figures: CostFigures): string | undefined {
  const share = cachedShare(figures.usage);
  return share === undefined ? undefined : `${Math.round(share * 100)} % of input from cache`;
}

/** "$0.0421", "$0.0421 + price unknown for claude-x", "price unknown (claude-x)"; "(estimate)" after tokens the extension counted itself. */
export function describeUsd(figures: CostFigures): string {
  const unknown = figures.unpriced.join(', ');
  const usd = figures.unpriced.length === 0
    ? formatUsd(figures.usd)
    : figures.usd > 0 ? `${formatUsd(figures.usd)} + price unknown for ${unknown}` : `price unknown (${unknown})`;
  return `${usd}${estimateMark(figures)}`;
}

/** Said after a cost from tokens the extension counted (VS Code's chat models report none), on every surface. */
function estimateMark(figures: CostFigures): string {
  return figures.estimated ? ' (estimate)' : '';
}

/** "$0.0421 · 18.2k tokens in, 94 % from cache, 1.1k out · 6 calls, 12.4 s": what a piece of work cost. */
export function describeCost(figures: CostFigures): string {
  const share = cachedShare(figures.usage);
  const input = `${formatTokenCount(promptTokens(figures.usage))} tokens in${share === undefined ? '' : `, ${Math.round(share * 100)} % from cache`}`;
  const parts = [describeUsd(figures), `${input}, ${formatTokenCount(figures.usage.outputTokens)} out`];
  if (figures.calls > 0) parts.push(`${figures.calls} call${figures.calls === 1 ? '' : 's'}, ${formatSeconds(figures.modelMs)}`);
  return parts.join(' · ');
}

/** "$0.0421" or "$0.0421 + ?": short enough for a tree row. */
export function shortCost(figures: CostFigures): string {
  if (figures.unpriced.length === 0) return `${formatUsd(figures.usd)}${estimateMark(figures)}`;
  return figures.usd > 0 ? `${formatUsd(figures.usd)} + ?${estimateMark(figures)}` : 'price unknown';
}

function worked(figures: CostFigures): boolean {
  return figures.calls > 0 || figures.unpriced.length > 0;
}

export interface RunCostLines {
  /** The run in all. */
  readonly total: string;
  /** "backend: …", in the order they worked. */
  readonly coordinators: readonly string[];
  /** Said when the prices are not the ones the run recorded. */
  readonly note?: string;
}

/**
 * The run's cost as every surface shows it; undefined in local mode (no model, nothing to pay) and
 * before the first model call.
 */
export function runCostLines(run: CostedRun): RunCostLines | undefined {
  if (run.mode === 'local') return undefined;
  const cost = runCost(run);
  if (!worked(cost.total)) return undefined;
  return {
    total: describeCost(cost.total),
    coordinators: cost.coordinators.map((c) => `${c.name}: ${describeCost(c.figures)}`),
    note: cost.pricedWith === 'today' ? 'priced at today\'s list prices: the run did not record the prices it ran with' : undefined,
  };
}

/** "$0.0421" for a tree row: the task with its sub-tasks; undefined when it made no model call or in local mode. */
export function taskShortCost(run: CostedRun, taskId: string): string | undefined {
  if (run.mode === 'local') return undefined;
  const entry = runCost(run).tasks.get(taskId);
  return entry && worked(entry.withSubTasks) ? shortCost(entry.withSubTasks) : undefined;
}

/** "$0.0421 · 94 % cached" for the run's row; undefined in local mode and before the first call. */
export function runShortCost(run: CostedRun): string | undefined {
  if (run.mode === 'local') return undefined;
  return shortCostWithCache(runCost(run).total);
}

/** "$0.0421 · 94 % cached": a run's row, from its cost in all (live, or kept in the run index); undefined before the first call. */
export function shortCostWithCache(total: CostFigures): string | undefined {
  if (!worked(total)) return undefined;
  const share = cachedShare(total.usage);
  return `${shortCost(total)}${share === undefined ? '' : ` · ${Math.round(share * 100)} % cached`}`;
}

/** One task's cost line (with its sub-tasks' when it has any); undefined when it made no model call or in local mode. */
export function taskCostLine(run: CostedRun, taskId: string): string | undefined {
  if (run.mode === 'local') return undefined;
  const entry = runCost(run).tasks.get(taskId);
  if (!entry || !worked(entry.withSubTasks)) return undefined;
  const own = describeCost(entry.own);
  if (entry.withSubTasks.calls === entry.own.calls) return own;
  return worked(entry.own) ? `${own}; with sub-tasks ${describeCost(entry.withSubTasks)}` : `sub-tasks: ${describeCost(entry.withSubTasks)}`;
}

/** "Continue (raise the limit to $2.00)". */
export function continueLabel(pause: CostLimitPause): string {
  return `Continue (raise the limit to ${formatUsd(pause.proposedLimitUsd)})`;
}

export const STOP_LABEL = 'Stop';

/** Why the run is waiting, for the notification, the chat, the Progress view and the CLI prompt. */
export function describeCostPause(pause: CostLimitPause): string {
  const e = pause.estimate;
  return `Paused at the cost limit before a model call of ${pause.coordinator} (task ${pause.taskId}): the run has cost ${formatUsd(pause.spentUsd)} `
    + `of its ${formatUsd(pause.limitUsd)} limit, and this call may cost up to ${formatUsd(e.usd)} `
    + `(${e.model}: about ${formatTokenCount(e.inputTokens)} tokens in, up to ${formatTokenCount(e.maxTokens)} out).`;
}

/** The reason a run stopped at its limit gives, with what to do next. */
export function costStopReason(pause: CostLimitPause): string {
  return `Stopped at the cost limit: ${formatUsd(pause.spentUsd)} of ${formatUsd(pause.limitUsd)} spent, and the next call of ${pause.coordinator} `
    + `may cost up to ${formatUsd(pause.estimate.usd)}. Resume with a higher limit (taskOrchestrator.maxCostUsd, or --max-cost in the CLI).`;
}

/**
 * The rates each model the run called was priced at, for the audit: "claude-sonnet-4-6 (Sonnet):
 * $3 in, $15 out, $3.75 cache write, $0.3 cache read per million tokens (overridden)".
 */
export function priceLines(run: CostedRun & { readonly costTerms?: { readonly overridden?: readonly string[] } }): string[] {
  const models = [...new Set([
    ...(run.plannerCall ? [run.plannerCall.model] : []),
    ...run.tasks.flatMap((t) => [...(t.turns ?? [])].map((turn) => turn.record.model)),
  ])].sort();
  const table = run.costTerms?.prices ?? DEFAULT_PRICES;
  const overridden = new Set(run.costTerms?.overridden ?? []);
  return models.map((model) => {
    const price = findPrice(model, table);
    if (!price) return `${model}: price unknown (add it to taskOrchestrator.prices or --prices)`;
    const own = price.model === model ? model : `${model} (as ${price.model})`;
    const tier = price.longPrompt ? `; above ${formatTokenCount(price.longPrompt.aboveTokens)} prompt tokens $${price.longPrompt.input} in, $${price.longPrompt.output} out` : '';
    return `${own} (${price.family}): $${price.input} in, $${price.output} out, $${price.cacheWrite} cache write, $${price.cacheRead} cache read per million tokens${tier}`
      + (overridden.has(price.model) ? ' (overridden)' : ` (list price)`);
  });
}
