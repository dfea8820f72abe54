import { z } from 'zod';
import { round4 } from './exampleIndex';

/**
 * The trained linear model: for each named feature, its weight towards each template (a softmax
 * over templates) and each domain (one sigmoid per domain). Trained by train.ts from the labelled
 * bank (templates/bank/) and the templates' examples, committed as JSON (model.json) so that every
 * machine scores a request with the same numbers; `npm run train:classifier` regenerates it and a
 * unit test checks that the committed file is what the data gives.
 */

export const modelFileSchema = z.object({
  version: z.literal(2),
  /** What the model was trained from: a digest of the data and the training options. */
  trainedOn: z.string(),
  templates: z.array(z.string()).min(1),
  domains: z.array(z.string()),
  /** One bias per template, then one per domain. */
  bias: z.array(z.number()),
  /** Weights are whole numbers in the file: a weight is the number divided by this (10 ** decimals). */
  scale: z.number().int().positive(),
  /**
   * Feature → one whole number per column (templates, then domains), 0 for none. Whole numbers in
   * dense rows are half the bytes of decimal pairs, and half the time to parse at the first plan.
   */
  weights: z.record(z.string(), z.array(z.number().int())),
  /** The labelled requests it was trained on, as [request, template column]: the examples a plan may cite. */
  exemplars: z.array(z.tuple([z.string(), z.number().int().nonnegative()])),
}).strict();
export type ModelFile = z.infer<typeof modelFileSchema>;

export interface Contribution {
  readonly feature: string;
  /** The feature's value times its weight towards the column, 4 decimals. */
  readonly amount: number;
}

export interface LinearScores {
  /** Template id → its score before the softmax (4 decimals), for the templates the model knows. */
  readonly logits: ReadonlyMap<string, number>;
  /** Domain → probability that the request needs it, 4 decimals. */
  readonly domains: ReadonlyMap<string, number>;
  /** Whether any feature of the request is one the model knows: without one it has only its priors. */
  readonly known: boolean;
  /** Each known feature's amount towards a column (a template or a domain), in the request's feature order. */
  contributions(column: string): Contribution[];
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export class LinearModel {
  private readonly columns: ReadonlyMap<string, number>;

  constructor(readonly file: ModelFile) {
    this.columns = new Map([...file.templates, ...file.domains].map((name, i) => [name, i]));
  }

  /** A name for this model's weights, the same for the same training data. */
  get id(): string {
    return this.file.trainedOn;
  }

  knowsTemplate(id: string): boolean {
    const column = this.columns.get(id);
    return column !== undefined && column < this.file.templates.length;
  }

  /** The requests the model was trained on, by template: the examples a plan may say it resembles. */
  exemplars(templateId: string): readonly string[] {
    this.byTemplate ??= this.groupExemplars();
    return this.byTemplate.get(templateId) ?? [];
  }

  private byTemplate: Map<string, string[]> | undefined;

  private groupExemplars(): Map<string, string[]> {
    const groups = new Map<string, string[]>();
    for (const [request, column] of this.file.exemplars) {
      const id = this.file.templates[column];
      const list = groups.get(id);
      if (list) list.push(request);
      else groups.set(id, [request]);
    }
    return groups;
  }

  /** Scores a request's features: a logit per template, a probability per domain. */
  score(features: ReadonlyMap<string, number>): LinearScores {
    const sums = Float64Array.from(this.file.bias);
    let known = false;
    // Summed in the request's feature order: the same order, hence the same bits, on every run.
    const scale = this.file.scale;
    for (const [feature, value] of features) {
      const row = this.file.weights[feature];
      if (!row) continue;
      known = true;
      // row[k] / scale is the very number the weight was rounded to: the same bits as a decimal in the file.
      for (let k = 0; k < row.length; k++) if (row[k] !== 0) sums[k] += value * (row[k] / scale);
    }
    const logits = new Map(this.file.templates.map((id, i) => [id, round4(sums[i])]));
    const domains = new Map(this.file.domains.map((d, i) => [d, round4(sigmoid(sums[this.file.templates.length + i]))]));
    const weights = this.file.weights;
    const columns = this.columns;
    return {
      logits,
      domains,
      known,
      contributions(column) {
        const at = columns.get(column);
        if (at === undefined) return [];
        const found: Contribution[] = [];
        for (const [feature, value] of features) {
          const weight = weights[feature]?.[at];
          if (weight) found.push({ feature, amount: round4(value * (weight / scale)) });
        }
        return found;
      },
    };
  }
}
