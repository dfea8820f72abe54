import { compareStrings } from '../../kernel/compare';
import { Stepped } from '../../kernel/stepped';
import { analyzeText, lexiconSteps } from '../meaning/analysis';
import { ExampleRows, FeatureNumbers, UNKNOWN } from './exampleRows';
import { textTerms } from './features';

/** One example as the index is given it. */
export interface IndexedExample {
  readonly templateId: string;
  readonly example: string;
  /** The workspace's own example (an `extends` file, a workspace or learned template), not one the model was trained on. */
  readonly own: boolean;
  /** Its terms (`textTerms`) space-separated, when known ahead: it is then not analysed again. */
  readonly terms?: string;
}

export interface ExampleHit {
  readonly templateId: string;
  readonly example: string;
  /** Cosine similarity, rounded to 4 decimals. */
  readonly similarity: number;
}

export interface TemplateSimilarity {
  readonly templateId: string;
  /** Mean similarity of the template's nearest examples, rounded to 4 decimals. */
  readonly score: number;
  /** Its nearest examples, most similar first. */
  readonly nearest: readonly ExampleHit[];
  /** Its nearest own example, if it has any: what a workspace's phrasings add to the model. */
  readonly nearestOwn?: ExampleHit;
}

/** How many of a template's nearest examples are averaged: one close example can be a fluke. */
const NEAREST = 3;

type Vector = ReadonlyMap<number, number>;

/** Rounding before any comparison: sums in another order could differ in the last bits and flip a tie. */
export function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/** Features weighted by their idf and scaled to length 1, in the order given; those weighing 0 left out. */
function normalized(features: Iterable<readonly [number, number]>, idf: (feature: number) => number): Vector {
  const weighted = new Map<number, number>();
  let norm = 0;
  for (const [key, weight] of features) {
    const w = weight * idf(key);
    if (w === 0) continue;
    weighted.set(key, w);
    norm += w * w;
  }
  const length = Math.sqrt(norm);
  if (length === 0) return weighted;
  for (const [key, w] of weighted) weighted.set(key, w / length);
  return weighted;
}

/**
 * For each feature (by its number) f, the examples that have it and its weight in each, at
 * offsets[f] … offsets[f + 1] - 1 of `entries` and `weights`, in the examples' order: flat arrays
 * rather than an object per posting (2.5 million of them for the bank).
 */
interface Postings {
  readonly offsets: Int32Array;
  readonly entries: Int32Array;
  readonly weights: Float64Array;
}

/** How many examples are read between two yields when their terms are known ahead (a few microseconds each). */
const KNOWN_TERMS_PER_STEP = 50;

/**
 * Builds the index a few examples at a time, yielding in between (see `Stepped`): reading 27,000
 * examples takes seconds, and the first plan of a session would otherwise hold the extension host
 * that long. An example whose terms are known ahead (the model's, exemplarTerms.txt) is not read
 * again; any other is analysed, a yield after each.
 */
function* buildIndex(read: () => readonly IndexedExample[]): Generator<void, ExampleIndex, void> {
  yield* lexiconSteps();
  const examples = read();
  yield;
  const rows = new ExampleRows(new FeatureNumbers());
  let sinceYield = 0;
  for (const entry of examples) {
    if (entry.terms !== undefined) rows.add(entry.terms === '' ? [] : entry.terms.split(' '));
    else rows.add(textTerms(analyzeText(entry.example)));
    if (entry.terms === undefined || ++sinceYield >= KNOWN_TERMS_PER_STEP) {
      sinceYield = 0;
      yield;
    }
  }
  const n = examples.length;
  const idf = Array.from({ length: rows.numbers.size }, (_, feature) => Math.log(1 + n / rows.counts[feature]));
  const offsets = new Int32Array(idf.length + 1);
  for (let f = 0; f < idf.length; f++) offsets[f + 1] = offsets[f] + rows.counts[f];
  const next = offsets.slice(0, idf.length);
  const entries = new Int32Array(offsets[idf.length]);
  const weights = new Float64Array(offsets[idf.length]);
  yield;
  for (let entry = 0; entry < n; entry++) {
    const row = rows.rows[entry];
    // As `normalized` weighs a request: idf times weight, scaled to length 1, summed in the row's order.
    let norm = 0;
    for (let i = 0; i < row.features.length; i++) {
      const w = row.weights[i] * idf[row.features[i]];
      norm += w * w;
    }
    const length = Math.sqrt(norm);
    for (let i = 0; i < row.features.length; i++) {
      const feature = row.features[i];
      const w = row.weights[i] * idf[feature];
      if (w === 0) continue;
      entries[next[feature]] = entry;
      weights[next[feature]++] = length === 0 ? w : w / length;
    }
    if (entry % KNOWN_TERMS_PER_STEP === 0) yield;
  }
  return new ExampleIndex(examples, rows.numbers, idf, { offsets, entries, weights });
}

/**
 * TF-IDF vectors of every template's examples; a request is scored against each template by the
 * mean cosine similarity of that template's nearest examples. Built once per set of examples
 * (`buildIndex`); an inverted index (feature → the examples that have it) makes scoring cost what
 * the request's features share, not the number of examples.
 */
export class ExampleIndex {
  constructor(
    private readonly entries: readonly IndexedExample[],
    private readonly numbers: FeatureNumbers,
    private readonly idf: readonly number[],
    private readonly postings: Postings,
  ) {}

  /** Every template that has examples, best first; ties by template id. */
  score(text: string): TemplateSimilarity[] {
    const similarity = new Float64Array(this.entries.length);
    // Summed in the request's feature order, the same on every run for the same text.
    // A feature no example has cannot make a request similar to any: weight 0.
    const numbered = this.numbers.numbered(textTerms(analyzeText(text)));
    const { offsets, entries, weights } = this.postings;
    for (const [feature, weight] of normalized(numbered, (f) => this.idf[f] ?? 0)) {
      if (feature === UNKNOWN) continue;
      for (let k = offsets[feature]; k < offsets[feature + 1]; k++) similarity[entries[k]] += weight * weights[k];
    }
    // Each template's nearest examples, kept in order as they are found: no sort of every example.
    const nearestOf = new Map<string, ExampleHit[]>();
    const nearestOwn = new Map<string, ExampleHit>();
    const closer = (a: ExampleHit, b: ExampleHit) => b.similarity - a.similarity || compareStrings(a.example, b.example);
    this.entries.forEach((entry, i) => {
      const hit = { templateId: entry.templateId, example: entry.example, similarity: round4(similarity[i]) };
      const own = nearestOwn.get(entry.templateId);
      if (entry.own && (own === undefined || closer(hit, own) < 0)) nearestOwn.set(entry.templateId, hit);
      const nearest = nearestOf.get(entry.templateId) ?? [];
      if (nearest.length < NEAREST || closer(hit, nearest[nearest.length - 1]) < 0) {
        nearest.push(hit);
        nearest.sort(closer);
        if (nearest.length > NEAREST) nearest.pop();
      }
      nearestOf.set(entry.templateId, nearest);
    });
    const results: TemplateSimilarity[] = [];
    for (const [templateId, nearest] of nearestOf) {
      const own = nearestOwn.get(templateId);
      results.push({ templateId, score: round4(nearest.reduce((sum, h) => sum + h.similarity, 0) / NEAREST), nearest, ...(own ? { nearestOwn: own } : {}) });
    }
    return results.sort((a, b) => b.score - a.score || compareStrings(a.templateId, b.templateId));
  }
}

/**
 * One index per distinct set of examples: planning builds it once, not on every request. `key`
 * names the set (callers make it from what the examples come from, cheaper than the examples).
 * `now` builds what is left at once; `paced` gives the event loop its turns meanwhile (an engine
 * does this before its first plan, which then finds the index built).
 */
export const exampleIndexFor: (key: string, examples: () => readonly IndexedExample[]) => Stepped<ExampleIndex> = (() => {
  const built = new Map<string, Stepped<ExampleIndex>>();
  return (key, examples) => {
    let index = built.get(key);
    if (!index) {
      // A handful of sets at most (built-ins, plus a workspace's own examples as they are edited).
      if (built.size >= 8) built.clear();
      index = new Stepped(buildIndex(examples));
      built.set(key, index);
    }
    return index;
  };
})();
