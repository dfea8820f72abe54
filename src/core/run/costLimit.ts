import { estimateCall, proposeLimit, wouldPassLimit, type CostLimitPause } from '../cost/budget';
import { costStopReason, formatUsd } from '../cost/describe';
import { DEFAULT_PRICES, findPrice, type PriceTable } from '../cost/prices';
import { runCost } from '../cost/rollup';
import { ModelError, type ModelTurnRequest } from '../model/port';
import type { RunStore } from './runStore';

/** What the person at the limit decided: go on with a higher limit, or stop the run (resumable). */
export type CostLimitAnswer = { readonly decision: 'continue'; readonly limitUsd: number } | { readonly decision: 'stop' };

/**
 * The host's question at the limit: a notification and chat buttons in VS Code, a prompt on a
 * terminal. Settles with the answer; the signal ends the question when the run is stopped meanwhile.
 */
export type AskAtCostLimit = (pause: CostLimitPause, signal: AbortSignal) => Promise<CostLimitAnswer>;

const NOTHING_RESERVED = (): void => {};

/**
 * Holds a run's model calls to its cost limit. Before each call: what the run has cost (from the
 * journal) plus what the calls under way may cost plus this call's estimate; past the limit, the
 * run pauses — `CostLimitReached` — and asks once for every call waiting; the answer is
 * `CostLimitDecided`. Without anyone to ask, the run stops at the limit, its journal resumable.
 */
export class CostLimitGate {
  /** Estimates of the calls under way: parallel coordinators cannot pass the limit together. */
  private reservedUsd = 0;
  private question: Promise<void> | undefined;

  constructor(
    private readonly store: RunStore,
    private readonly ask: AskAtCostLimit | undefined,
    private readonly stopRun: (reason: string) => void,
  ) {}

  /** Resolves when the call may be made, with what to call once its turn is journaled (or it failed). */
  async beforeCall(request: ModelTurnRequest, signal: AbortSignal): Promise<() => void> {
    for (;;) {
      while (this.question) await this.question;
      if (signal.aborted) throw new ModelError('cancelled', 'The run was stopped.');
      const terms = this.store.state.costTerms;
      const limitUsd = terms?.limitUsd;
      if (!terms || limitUsd === undefined) return NOTHING_RESERVED;
      // A model without a price is refused before the run starts when a limit is set.
      const estimate = estimateCall(request, terms.prices);
      if (!estimate) return NOTHING_RESERVED;
      const spentUsd = runCost(this.store.state).total.usd + this.reservedUsd;
      if (!wouldPassLimit(spentUsd, estimate.usd, limitUsd)) return this.reserve(estimate.usd);
      const pause: CostLimitPause = {
        taskId: request.purpose.taskId, coordinator: request.purpose.coordinator, estimate, spentUsd, limitUsd,
        proposedLimitUsd: proposeLimit(spentUsd, estimate.usd, limitUsd),
      };
      this.question = this.decide(pause, signal).finally(() => (this.question = undefined));
    }
  }

  private reserve(usd: number): () => void {
    this.reservedUsd += usd;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.reservedUsd -= usd;
    };
  }

  private async decide(pause: CostLimitPause, signal: AbortSignal): Promise<void> {
    this.store.emit('CostLimitReached', { pause });
    let answer: CostLimitAnswer | undefined;
    try {
      answer = this.ask ? await this.ask(pause, signal) : undefined;
    } catch {
      // A question that could not be asked is no one answering: the run stops rather than spends.
      answer = undefined;
    }
    // Stopped while asking: the pause stays in the journal unanswered, followed by the run's cancellation.
    if (signal.aborted) return;
    if (answer?.decision === 'continue') {
      this.store.emit('CostLimitDecided', { decision: 'continue', limitUsd: answer.limitUsd, by: 'user' });
      return;
    }
    this.store.emit('CostLimitDecided', { decision: 'stop', limitUsd: pause.limitUsd, by: answer ? 'user' : 'nobody' });
    this.stopRun(costStopReason(pause));
  }
}

/** What a run with a model is costed by: its prices (default: the list prices) and its limit. */
export interface CostTerms {
  readonly prices?: { readonly table: PriceTable; readonly overridden: readonly string[] };
  readonly maxCostUsd?: number;
}

/** Journals the prices a run is costed with, and its cost limit (when it starts or resumes with a model). */
export function recordCostTerms(store: RunStore, terms: CostTerms): void {
  const prices = terms.prices ?? { table: DEFAULT_PRICES, overridden: [] };
  store.emit('CostTermsSet', {
    prices: prices.table, overridden: prices.overridden, ...(terms.maxCostUsd !== undefined ? { maxCostUsd: terms.maxCostUsd } : {}),
  });
}

/**
 * The check for a call made before the run exists (the planner's template choice): the same
 * estimate and limit as CostLimitGate, with nothing spent yet. Nobody is asked: the call is
 * optional, so past the limit it is not made and the plan says why. Nor is a call the limit cannot
 * price (a run refuses to start then, requirePricedModels; a plan needs no model). Undefined: it may be made.
 */
export function refuseCallPastLimit(terms: CostTerms): ((request: ModelTurnRequest) => string | undefined) | undefined {
  const limitUsd = terms.maxCostUsd;
  if (limitUsd === undefined) return undefined;
  const table = terms.prices?.table ?? DEFAULT_PRICES;
  return (request) => {
    const estimate = estimateCall(request, table);
    if (!estimate) return `${request.model} has no price, so the cost limit of ${formatUsd(limitUsd)} cannot hold its call`;
    if (!wouldPassLimit(0, estimate.usd, limitUsd)) return undefined;
    return `its call may cost up to ${formatUsd(estimate.usd)}, past the cost limit of ${formatUsd(limitUsd)}`;
  };
}

/** A cost limit cannot hold calls to a model it cannot price: say so before anything is spent. */
export function requirePricedModels(models: readonly string[], terms: CostTerms): void {
  if (terms.maxCostUsd === undefined) return;
  const table = terms.prices?.table ?? DEFAULT_PRICES;
  const unpriced = [...new Set(models)].filter((model) => !findPrice(model, table));
  if (unpriced.length === 0) return;
  throw new Error(
    `The cost limit (${formatUsd(terms.maxCostUsd)}) cannot be kept: ${unpriced.join(', ')} ${unpriced.length === 1 ? 'has' : 'have'} no price. `
    + 'Add a price (taskOrchestrator.prices, or --prices in the CLI), choose a listed model, or remove the limit.',
  );
}
