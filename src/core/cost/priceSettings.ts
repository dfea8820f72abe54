import { z } from 'zod';
import { DEFAULT_PRICES, type ModelPrice, type PriceTable } from './prices';

/**
 * Price overrides from the user (`taskOrchestrator.prices`, the CLI's `--prices` or
 * `TASK_ORCHESTRATOR_PRICES`): an object keyed by model id, each value the rates to use in USD per
 * million tokens. A listed model's missing rates keep their list price; a new model needs `input`
 * and `output`, and its cache rates default to the usual multiples (write 1.25×, 1-hour write 2×,
 * read 0.1× the input price). A bad entry is named with what is wrong and left out; the others apply.
 */

const rate = z.number({ error: 'must be a number of US dollars per million tokens' }).finite().nonnegative({ error: 'must not be negative' });

const overrideSchema = z.object({
  family: z.string().trim().min(1).max(40).optional(),
  input: rate.optional(),
  output: rate.optional(),
  cacheWrite: rate.optional(),
  cacheWrite1h: rate.optional(),
  cacheRead: rate.optional(),
}).strict();

const MODEL_ID = /^[\w.:@/-]+(\[[\w-]+\])?$/;

export interface ResolvedPrices {
  readonly prices: PriceTable;
  /** Model ids the user priced (changed or added), for the audit. */
  readonly overridden: readonly string[];
  /** What could not be used, each naming the entry and the fault. Empty when all is well. */
  readonly problems: readonly string[];
}

/** `where` names the source in problems: "taskOrchestrator.prices", "--prices". */
export function resolvePrices(overrides: unknown, where: string): ResolvedPrices {
  if (overrides === undefined || overrides === null) return { prices: DEFAULT_PRICES, overridden: [], problems: [] };
  if (typeof overrides !== 'object' || Array.isArray(overrides)) {
    return { prices: DEFAULT_PRICES, overridden: [], problems: [`${where} must be an object keyed by model id, e.g. {"claude-sonnet-4-6": {"input": 3, "output": 15}}; it is ignored.`] };
  }
  const table = new Map(DEFAULT_PRICES.map((entry) => [entry.model, entry]));
  const overridden: string[] = [];
  const problems: string[] = [];
  for (const [model, value] of Object.entries(overrides)) {
    const at = `${where}["${model}"]`;
    if (!MODEL_ID.test(model)) {
      problems.push(`${at}: not a model id; it is ignored.`);
      continue;
    }
    const parsed = overrideSchema.safeParse(value);
    if (!parsed.success) {
      const faults = parsed.error.issues.map((issue) => `${issue.path.length ? `.${issue.path.join('.')}` : ''} ${issue.message}`.trim());
      problems.push(`${at}: ${faults.join('; ')}; the entry is ignored.`);
      continue;
    }
    const known = table.get(model);
    const entry = known ? merge(known, parsed.data) : create(model, parsed.data);
    if (typeof entry === 'string') {
      problems.push(`${at}: ${entry}; the entry is ignored.`);
      continue;
    }
    table.set(model, entry);
    overridden.push(model);
  }
  return { prices: Object.freeze([...table.values()]), overridden, problems };
}

type Override = z.infer<typeof overrideSchema>;

/** Overriding a rate of a listed model replaces that rate; a long-prompt tier no longer applies, since its rates would disagree. */
function merge(known: ModelPrice, o: Override): ModelPrice {
  const changed = Object.keys(o).some((key) => key !== 'family');
  const { longPrompt, ...base } = known;
  return { ...base, ...o, family: o.family ?? known.family, ...(changed ? {} : longPrompt ? { longPrompt } : {}) };
}

function create(model: string, o: Override): ModelPrice | string {
  if (o.input === undefined || o.output === undefined) return 'a model that is not in the price list needs at least "input" and "output"';
  return {
    model,
    family: o.family ?? familyOf(model),
    input: o.input,
    output: o.output,
    cacheWrite: o.cacheWrite ?? o.input * 1.25,
    cacheWrite1h: o.cacheWrite1h ?? o.input * 2,
    cacheRead: o.cacheRead ?? o.input * 0.1,
  };
}

function familyOf(model: string): string {
  const family = /opus|sonnet|haiku/i.exec(model)?.[0];
  return family ? family[0].toUpperCase() + family.slice(1).toLowerCase() : 'other';
}

/**
 * A cost limit as a setting gives it (`taskOrchestrator.maxCostUsd`): unset (undefined, null or 0)
 * means none; anything else must be US dollars above 0. A bad value is an error, not "no limit":
 * silently running without the limit someone set would spend what they meant to cap.
 */
export function readCostLimit(value: unknown, where: string): number | undefined {
  if (value === undefined || value === null || value === 0) return undefined;
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return value;
  throw new Error(`${where} must be an amount of US dollars greater than 0 (or empty for no limit), not ${JSON.stringify(value)}; the run was not started.`);
}

/** The CLI's `--prices` / `TASK_ORCHESTRATOR_PRICES`: JSON text. Unreadable JSON is a problem, not a crash. */
export function resolvePricesJson(text: string | undefined, where: string): ResolvedPrices {
  if (text === undefined || text.trim() === '') return resolvePrices(undefined, where);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { prices: DEFAULT_PRICES, overridden: [], problems: [`${where} is not valid JSON (${(error as Error).message}).`] };
  }
  return resolvePrices(value, where);
}
