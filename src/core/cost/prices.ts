/**
 * List prices of the Anthropic models, in USD per million tokens, and how a model id the API
 * answered with finds its price. A model that is not in the table has no price: its calls say
 * "price unknown" rather than borrowing a neighbour's (Opus 4.1 costs three times Opus 4.5).
 */

/** USD per million tokens. `cacheWrite` is a 5-minute cache write, `cacheWrite1h` a 1-hour one. */
export interface TokenRates {
  readonly input: number;
  readonly output: number;
  readonly cacheWrite: number;
  readonly cacheWrite1h: number;
  readonly cacheRead: number;
}

export interface ModelPrice extends TokenRates {
  /** The model id without its date suffix: `claude-sonnet-4-6` prices `claude-sonnet-4-6-20260217` too. */
  readonly model: string;
  /** Opus, Sonnet, Haiku: how the model is named to the user. */
  readonly family: string;
  /**
   * A request whose prompt (input, cache reads and cache writes) is longer than `aboveTokens`
   * pays these rates on all its tokens, output included.
   */
  readonly longPrompt?: TokenRates & { readonly aboveTokens: number };
}

export type PriceTable = readonly ModelPrice[];

const rates = (input: number, output: number, cacheWrite: number, cacheWrite1h: number, cacheRead: number): TokenRates =>
  ({ input, output, cacheWrite, cacheWrite1h, cacheRead });

/**
 * Read on 2026-11-30 from Anthropic's pricing page (platform.claude.com/docs/en/about-claude/pricing,
 * "Model pricing" and "Long context pricing") and the model overview pages
 * (platform.claude.com/docs/en/models/<model>/overview), through the project's search of stored pages.
 *
 * - Sonnet 5.5 cache reads: the stored overview page says $0.20; three price trackers that checked
 *   the live pricing page in October 2026 (claudit 1.9.2, PromptFuel 1.0.23, Token Stats 0.3.2) report
 *   a cut to $0.10 on 2026-10-07. The later figure is used.
 * - Haiku 5.5: the overview page says "from $0.10 / $0.50"; the rates above 100k prompt tokens
 *   ($0.50 / $2.50, five times) are those the same trackers read from the pricing page.
 * - Sonnet 4 and 4.5 with prompts over 200k tokens (1M context): input $6, output $22.50; cache
 *   rates are the usual multiples of that input price.
 *
 * Every figure can be overridden (`taskOrchestrator.prices`, CLI `--prices`): list prices change.
 */
export const PRICES_AS_OF = '2026-11-30';

export const DEFAULT_PRICES: PriceTable = Object.freeze([
  { model: 'claude-opus-5-5', family: 'Opus', ...rates(4, 20, 5, 8, 0.2) },
  { model: 'claude-opus-5', family: 'Opus', ...rates(5, 25, 6.25, 10, 0.5) },
  { model: 'claude-opus-4-8', family: 'Opus', ...rates(5, 25, 6.25, 10, 0.5) },
  { model: 'claude-opus-4-7', family: 'Opus', ...rates(5, 25, 6.25, 10, 0.5) },
  { model: 'claude-opus-4-6', family: 'Opus', ...rates(5, 25, 6.25, 10, 0.5) },
  { model: 'claude-opus-4-5', family: 'Opus', ...rates(5, 25, 6.25, 10, 0.5) },
  { model: 'claude-opus-4-1', family: 'Opus', ...rates(15, 75, 18.75, 30, 1.5) },
  { model: 'claude-opus-4', family: 'Opus', ...rates(15, 75, 18.75, 30, 1.5) },
  { model: 'claude-sonnet-5-5', family: 'Sonnet', ...rates(2, 10, 2.5, 4, 0.1) },
  { model: 'claude-sonnet-5', family: 'Sonnet', ...rates(2, 10, 2.5, 4, 0.2) },
  { model: 'claude-sonnet-4-6', family: 'Sonnet', ...rates(3, 15, 3.75, 6, 0.3) },
  { model: 'claude-sonnet-4-5', family: 'Sonnet', ...rates(3, 15, 3.75, 6, 0.3), longPrompt: { aboveTokens: 200_000, ...rates(6, 22.5, 7.5, 12, 0.6) } },
  { model: 'claude-sonnet-4', family: 'Sonnet', ...rates(3, 15, 3.75, 6, 0.3), longPrompt: { aboveTokens: 200_000, ...rates(6, 22.5, 7.5, 12, 0.6) } },
  { model: 'claude-haiku-5-5', family: 'Haiku', ...rates(0.1, 0.5, 0.125, 0.2, 0.01), longPrompt: { aboveTokens: 100_000, ...rates(0.5, 2.5, 0.625, 1, 0.05) } },
  { model: 'claude-haiku-4-5', family: 'Haiku', ...rates(1, 5, 1.25, 2, 0.1) },
].map((entry) => Object.freeze(entry)));

/**
 * The price of the model id an answer carries: the entry whose id it is, or that id followed by a
 * snapshot date (`-20251001`) or a context tag (`[1m]`). Nothing looser: `claude-opus-4-9` is not
 * priced as `claude-opus-4`.
 */
export function findPrice(modelId: string, table: PriceTable): ModelPrice | undefined {
  const id = modelId.trim().toLowerCase();
  for (const entry of table) {
    const base = entry.model.toLowerCase();
    if (id === base) return entry;
    if (id.startsWith(base) && SUFFIX.test(id.slice(base.length))) return entry;
  }
  return undefined;
}

const SUFFIX = /^(-\d{8})?(\[[\w-]+\])?$/;
