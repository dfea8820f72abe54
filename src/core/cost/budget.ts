import type { ModelTurnRequest } from '../model/port';
import { findPrice, type PriceTable } from './prices';
import { usdOf } from './pricing';

/**
 * The arithmetic of a cost limit: what the next call may cost before it is made, whether it would
 * pass the limit, and what limit to offer when it would. The gate that pauses a run is in
 * run/costLimit.ts; this is what it counts with.
 */

/** What a call may cost at most, as far as can be known before it is made. */
export interface CallEstimate {
  readonly model: string;
  /** The prompt's size: characters of tools, system and messages / 4, the rule of thumb for English and code. */
  readonly inputTokens: number;
  /** The output budget the call is asked with: it cannot answer more. */
  readonly maxTokens: number;
  readonly usd: number;
}

const CHARS_PER_TOKEN = 4;

/**
 * The prompt priced as uncached input and the whole output budget as output: a call rarely costs
 * more (a cache write costs 1.25× input on what is written; reads cost far less). Undefined when
 * the model has no price.
 */
export function estimateCall(request: Pick<ModelTurnRequest, 'model' | 'maxTokens' | 'system' | 'tools' | 'messages'>, prices: PriceTable): CallEstimate | undefined {
  const price = findPrice(request.model, prices);
  if (!price) return undefined;
  const chars = JSON.stringify(request.tools).length + JSON.stringify(request.system).length + JSON.stringify(request.messages).length;
  const inputTokens = Math.ceil(chars / CHARS_PER_TOKEN);
  const rates = price.longPrompt && inputTokens > price.longPrompt.aboveTokens ? price.longPrompt : price;
  const usd = usdOf({ inputTokens, outputTokens: request.maxTokens, cacheCreationInputTokens: 0, cacheReadInputTokens: 0 }, rates);
  return { model: request.model, inputTokens, maxTokens: request.maxTokens, usd };
}

/** Journaled when a run stops before a call that would pass its limit, and shown until it is answered. */
export interface CostLimitPause {
  readonly taskId: string;
  readonly coordinator: string;
  readonly estimate: CallEstimate;
  /** What the run's calls cost so far, with those under way. */
  readonly spentUsd: number;
  readonly limitUsd: number;
  /** The limit "Continue" raises it to. */
  readonly proposedLimitUsd: number;
}

export function wouldPassLimit(spentUsd: number, estimateUsd: number, limitUsd: number): boolean {
  return spentUsd + estimateUsd > limitUsd + 1e-9;
}

/**
 * Twice the limit, or what this call needs if that is more, rounded up to a round figure: one
 * "Continue" lets the run go on for about as long again before it asks once more.
 */
export function proposeLimit(spentUsd: number, estimateUsd: number, limitUsd: number): number {
  const needed = Math.max(limitUsd * 2, spentUsd + estimateUsd * 2);
  const step = needed < 1 ? 0.05 : needed < 10 ? 0.5 : needed < 100 ? 5 : 50;
  return Math.round(Math.ceil(needed / step - 1e-9) * step * 100) / 100;
}
