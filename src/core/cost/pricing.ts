import type { TokenUsage } from '../model/port';
import { findPrice, type PriceTable, type TokenRates } from './prices';

/**
 * What one model call cost, from the tokens the API counted and the model it says answered. The
 * API's `input_tokens` are the uncached rest of the prompt: cache reads and writes are billed
 * apart, at their own rates, and never again as input.
 */
export type CallCost =
  | { readonly priced: true; readonly usd: number; readonly family: string }
  | { readonly priced: false; readonly model: string };

export function priceCall(model: string, usage: TokenUsage, table: PriceTable): CallCost {
  const entry = findPrice(model, table);
  if (!entry) return { priced: false, model };
  const rates: TokenRates = entry.longPrompt && promptTokens(usage) > entry.longPrompt.aboveTokens ? entry.longPrompt : entry;
  return { priced: true, usd: usdOf(usage, rates), family: entry.family };
}

/** Everything the model read: uncached input, cache writes and cache reads. */
export function promptTokens(usage: TokenUsage): number {
  return usage.inputTokens + usage.cacheCreationInputTokens + usage.cacheReadInputTokens;
}

/** Cache writes at the rate of the lifetime they were written for: 5 minutes, or 1 hour (`cacheCreation1hInputTokens`). */
export function usdOf(usage: TokenUsage, rates: TokenRates): number {
  const hourWrites = Math.min(usage.cacheCreation1hInputTokens ?? 0, usage.cacheCreationInputTokens);
  return (
    usage.inputTokens * rates.input
    + usage.outputTokens * rates.output
    + (usage.cacheCreationInputTokens - hourWrites) * rates.cacheWrite
    + hourWrites * rates.cacheWrite1h
    + usage.cacheReadInputTokens * rates.cacheRead
  ) / 1_000_000;
}

/** The share of the prompt read from the prompt cache, 0..1; undefined when nothing was read at all. */
export function cachedShare(usage: TokenUsage): number | undefined {
  const prompt = promptTokens(usage);
  return prompt === 0 ? undefined : usage.cacheReadInputTokens / prompt;
}
