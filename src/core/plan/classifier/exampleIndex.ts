import { memoize } from '../../kernel/memoize';
import { compareStrings } from '../../kernel/compare';
import { analyzeText } from '../meaning/analysis';
import { textFeatures } from './features';

/** Examples of one template, as the index is given them. */
export interface TemplateExamples {
  readonly templateId: string;
  readonly examples: readonly string[];
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
}

/** How many of a template's nearest examples are averaged: one close example can be a fluke. */
const NEAREST = 3;

type Vector = ReadonlyMap<string, number>;

/** Rounding before any comparison: sums in another order could differ in the last bits and flip a tie. */
export function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

function normalized(features: Map<string, number>, idf: (key: string) => number): Vector {
  const weighted = new Map<string, number>();
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

function dot(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [key, w] of small) {
    const other = large.get(key);
    if (other !== undefined) sum += w * other;
  }
  return sum;
}

/**
 * TF-IDF vectors of every template's examples; a request is scored against each template by the
 * mean cosine similarity of that template's nearest examples. Built once per set of examples.
 */
export class ExampleIndex {
  private readonly idf: (key: string) => number;
  private readonly entries: { readonly templateId: string; readonly example: string; readonly vector: Vector }[];

  constructor(templates: readonly TemplateExamples[]) {
    const all = templates.flatMap((t) => t.examples.map((example) => ({ templateId: t.templateId, example, features: textFeatures(analyzeText(example)) })));
    const df = new Map<string, number>();
    for (const { features } of all) for (const key of features.keys()) df.set(key, (df.get(key) ?? 0) + 1);
    const n = all.length;
    // A feature no example has cannot make a request similar to any: weight 0.
    this.idf = (key) => {
      const count = df.get(key);
      return count === undefined ? 0 : Math.log(1 + n / count);
    };
    this.entries = all.map(({ templateId, example, features }) => ({ templateId, example, vector: normalized(features, this.idf) }));
  }

  /** Every template that has examples, best first; ties by template id. */
  score(text: string): TemplateSimilarity[] {
    const query = normalized(textFeatures(analyzeText(text)), this.idf);
    const byTemplate = new Map<string, ExampleHit[]>();
    for (const entry of this.entries) {
      const hits = byTemplate.get(entry.templateId) ?? [];
      hits.push({ templateId: entry.templateId, example: entry.example, similarity: round4(dot(query, entry.vector)) });
      byTemplate.set(entry.templateId, hits);
    }
    const results: TemplateSimilarity[] = [];
    for (const [templateId, hits] of byTemplate) {
      hits.sort((a, b) => b.similarity - a.similarity || compareStrings(a.example, b.example));
      const nearest = hits.slice(0, NEAREST);
      const score = round4(nearest.reduce((sum, h) => sum + h.similarity, 0) / NEAREST);
      results.push({ templateId, score, nearest });
    }
    return results.sort((a, b) => b.score - a.score || compareStrings(a.templateId, b.templateId));
  }
}

/** One index per distinct set of examples: planning builds it once, not on every request. */
export const exampleIndexFor: (templates: readonly TemplateExamples[]) => ExampleIndex = (() => {
  const byKey = memoize((key: string) => new ExampleIndex(JSON.parse(key) as TemplateExamples[]), 8);
  return (templates) => byKey(JSON.stringify(templates.map((t) => ({ templateId: t.templateId, examples: t.examples }))));
})();
