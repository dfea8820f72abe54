import { z } from 'zod';
import { round4 } from './exampleIndex';

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The trained linear model: for each named feature, its weight towards each template (a softmax
 * over templates) and each domain (one sigmoid per domain). Trained by train.ts from the labelled
 * bank (templates/bank/) and the templates' examples, committed as JSON (model.json) so that every
 * machine scores a request with the same numbers; `npm run train:classifier` regenerates it and a
 * unit test checks that the committed file is what the data gives.
 */

export const modelFileSchema = z.object({
  version: z.literal(4),
  /** What the model was trained from: a digest of the data and the training options. */
  trainedOn: z.string(),
  templates: z.array(z.string()).min(1),
  domains: z.array(z.string()),
  /** One bias per template, then one per domain. */
  bias: z.array(z.number()),
  /** Weights are whole numbers in the file: a weight is the number divided by this (10 ** decimals). */
  scale: z.number().int().positive(),
  /** The weighted features' names, one per line, in the order of their rows in `weights`. */
  features: z.string(),
  /**
   * One row per feature of one whole number per column (templates, then domains), 0 for none, as
   * 16-bit little-endian integers in base64. A third of the bytes of the same numbers in JSON
   * arrays, and no array per feature to build: loading the weights and the first plan of a
   * session each block the extension host for less (`npm run bench`, "classifier weights").
   */
  weights: z.string(),
}).strict();
export type ModelFile = z.infer<typeof modelFileSchema>;

/** The labelled requests a model was trained on, by template id: the examples a plan may cite. */
export type Exemplars = Readonly<Record<string, readonly string[]>>;

/**
 * The terms of each request a model was trained on (`textTerms`, space-separated), one line per
 * request in the order of `Exemplars` (its templates, then each template's requests).
 */
export type ExemplarTerms = string;

/**
 * A model as training makes it: its weights and the requests they were trained on. Committed as two
 * files (builtinTraining.ts): the weights are read at the first plan, the requests only when the
 * index of examples is built, so neither read holds the extension host for long.
 */
export interface TrainedModel extends ModelFile {
  readonly exemplars: Exemplars;
}

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

/** The rows of whole numbers a model file holds, decoded. */
interface WeightRows {
  /** The features' names in code-unit order: a feature's row is its place, found by bisection. */
  readonly names: readonly string[];
  /** Row r, column k is at r * width + k. */
  readonly values: Int16Array;
}

/**
 * A feature's row, or undefined when the model has no weight for it. Bisection over the sorted
 * names rather than a Map: building a Map of fifty thousand names was most of the first plan's
 * block of the extension host, and a request looks up only a few hundred.
 */
function rowOf(names: readonly string[], feature: string): number | undefined {
  let low = 0;
  let high = names.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const name = names[middle];
    if (name === feature) return middle;
    if (name < feature) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

/** The file's form of `rows` (feature → whole number per column): names one per line, numbers as 16-bit little-endian base64. */
export function encodeWeights(rows: ReadonlyMap<string, readonly number[]>): { features: string; weights: string } {
  // In code-unit order, as rowOf bisects them.
  const names = [...rows.keys()].sort();
  if (names.some((name) => name.includes('\n'))) throw new Error('A feature name holds a line break: it cannot be written one per line.');
  const width = rows.size === 0 ? 0 : (rows.values().next().value as readonly number[]).length;
  const bytes = Buffer.alloc(rows.size * width * 2);
  let at = 0;
  for (const name of names) {
    for (const value of rows.get(name) as readonly number[]) {
      if (value < -32768 || value > 32767) throw new Error(`A weight of ${value} does not fit 16 bits: train with fewer decimals.`);
      bytes.writeInt16LE(value, at);
      at += 2;
    }
  }
  return { features: names.join('\n'), weights: bytes.toString('base64') };
}

/**
 * 16-bit little-endian integers as an Int16Array. On a little-endian machine (every one VS Code runs on) the bytes are
 * viewed as they are, copied once to an aligned buffer: reading them one by one, the first plan of a session took
 * 33.8 ms CPU instead of 22.3 (npm run bench, 28,312 features).
 */
function int16sOf(bytes: Buffer): Int16Array {
  if (LITTLE_ENDIAN) return new Int16Array(new Uint8Array(bytes).buffer);
  const values = new Int16Array(bytes.length / 2);
  for (let i = 0; i < values.length; i++) values[i] = bytes.readInt16LE(i * 2);
  return values;
}

function decodeWeights(file: ModelFile): WeightRows {
  const names = file.features === '' ? [] : file.features.split('\n');
  const values = int16sOf(Buffer.from(file.weights, 'base64'));
  const width = file.templates.length + file.domains.length;
  if (values.length !== names.length * width) throw new Error(`The model file holds ${values.length} weights for ${names.length} features of ${width} columns.`);
  return { names, values };
}

/** The lines of `terms` split by template, as `exemplars` orders them; null when there are none. */
function splitTerms(exemplars: Exemplars, terms: ExemplarTerms | undefined): ReadonlyMap<string, readonly string[]> | null {
  if (terms === undefined) return null;
  const lines = terms.split('\n');
  // The file ends with a line break.
  lines.pop();
  const byTemplate = new Map<string, readonly string[]>();
  let at = 0;
  for (const [templateId, requests] of Object.entries(exemplars)) {
    byTemplate.set(templateId, lines.slice(at, at + requests.length));
    at += requests.length;
  }
  if (at !== lines.length) throw new Error(`The model's terms hold ${lines.length} lines for ${at} requests: retrain (npm run train:classifier).`);
  return byTemplate;
}

export class LinearModel {
  private readonly columns: ReadonlyMap<string, number>;
  private readonly rows: WeightRows;
  private readonly width: number;

  private readonly readExemplars: () => Exemplars;
  private readonly readTerms: () => ExemplarTerms | undefined;

  /**
   * `exemplars` and `terms`: read when first needed, for a model whose requests are kept apart
   * from its weights (builtinModel). Without `terms`, the requests are analysed when indexed.
   */
  constructor(readonly file: ModelFile | TrainedModel, exemplars?: () => Exemplars, terms?: () => ExemplarTerms) {
    this.columns = new Map([...file.templates, ...file.domains].map((name, i) => [name, i]));
    this.rows = decodeWeights(file);
    this.width = file.templates.length + file.domains.length;
    this.readExemplars = exemplars ?? (() => ('exemplars' in file ? file.exemplars : {}));
    this.readTerms = terms ?? (() => undefined);
  }

  /** How many features carry a weight. */
  get featureCount(): number {
    return this.rows.names.length;
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
    this.byTemplate ??= this.readExemplars();
    return this.byTemplate[templateId] ?? [];
  }

  private byTemplate: Exemplars | undefined;

  /** The terms of each of `exemplars(templateId)`, in its order; undefined when the model was not given them. */
  exemplarTerms(templateId: string): readonly string[] | undefined {
    if (this.termsByTemplate === undefined) {
      this.byTemplate ??= this.readExemplars();
      this.termsByTemplate = splitTerms(this.byTemplate, this.readTerms());
    }
    return this.termsByTemplate?.get(templateId);
  }

  private termsByTemplate: ReadonlyMap<string, readonly string[]> | undefined | null;

  /** Scores a request's features: a logit per template, a probability per domain. */
  score(features: ReadonlyMap<string, number>): LinearScores {
    const sums = Float64Array.from(this.file.bias);
    let known = false;
    // Summed in the request's feature order: the same order, hence the same bits, on every run.
    const scale = this.file.scale;
    const { names, values } = this.rows;
    const width = this.width;
    for (const [feature, value] of features) {
      const row = rowOf(names, feature);
      if (row === undefined) continue;
      known = true;
      // weight / scale is the very number the weight was rounded to: the same bits as a decimal in a file of decimals.
      for (let k = 0; k < width; k++) {
        const weight = values[row * width + k];
        if (weight !== 0) sums[k] += value * (weight / scale);
      }
    }
    const logits = new Map(this.file.templates.map((id, i) => [id, round4(sums[i])]));
    const domains = new Map(this.file.domains.map((d, i) => [d, round4(sigmoid(sums[this.file.templates.length + i]))]));
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
          const row = rowOf(names, feature);
          const weight = row === undefined ? 0 : values[row * width + at];
          if (weight) found.push({ feature, amount: round4(value * (weight / scale)) });
        }
        return found;
      },
    };
  }
}
