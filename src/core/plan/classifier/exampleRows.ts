import { eachFeature, isStem, stemGrams, termWeight, type FeatureKeys } from './features';

/** Not a feature of any example: it weighs nothing (see `ExampleIndex.score`). */
export const UNKNOWN = -1;

/**
 * The features of the examples (`eachFeature`), numbered as first seen, found by term: each term
 * numbered once with its own feature and a stem's 4-grams, a stem's pairs by the number of the
 * next. A term of an example is looked up once where it occurs; no key is built as a string for
 * each feature of each of 27,000 examples, nor kept in a map of a quarter of a million keys.
 */
export class FeatureNumbers {
  private count = 0;
  private readonly terms = new Map<string, number>();
  private readonly gramNumbers = new Map<string, number>();
  // By term number:
  private readonly stems: boolean[] = [];
  private readonly weights: number[] = [];
  private readonly owns: number[] = [];
  private readonly gramsOf: (readonly number[])[] = [];
  private readonly pairsOf: Map<number, number>[] = [];

  get size(): number {
    return this.count;
  }

  /** The term's number; a term met for the first time is numbered, and its features. */
  term(term: string): number {
    let number = this.terms.get(term);
    if (number === undefined) {
      number = this.owns.length;
      this.terms.set(term, number);
      const stem = isStem(term);
      this.stems.push(stem);
      this.weights.push(termWeight(term));
      this.owns.push(this.count++);
      this.gramsOf.push(stem ? stemGrams(term).map((gram) => this.gram(gram)) : []);
      this.pairsOf.push(new Map());
    }
    return number;
  }

  /** The features of terms by number (`term`), a pair met for the first time numbered. */
  readonly numbering: FeatureKeys<number> = {
    isStem: (term) => this.stems[term],
    own: (term) => this.owns[term],
    weight: (term) => this.weights[term],
    pair: (stem, next) => {
      const pairs = this.pairsOf[stem];
      let feature = pairs.get(next);
      if (feature === undefined) {
        feature = this.count++;
        pairs.set(next, feature);
      }
      return feature;
    },
    grams: (stem) => this.gramsOf[stem],
  };

  /** The features of a request's terms, found without numbering any: UNKNOWN for one no example has. */
  private readonly lookup: FeatureKeys<string> = {
    isStem,
    own: (term) => this.owns[this.terms.get(term) ?? -1] ?? UNKNOWN,
    weight: termWeight,
    pair: (stem, next) => {
      const [a, b] = [this.terms.get(stem), this.terms.get(next)];
      return a === undefined || b === undefined ? UNKNOWN : (this.pairsOf[a].get(b) ?? UNKNOWN);
    },
    grams: (stem) => {
      const known = this.terms.get(stem);
      return known !== undefined ? this.gramsOf[known] : stemGrams(stem).map((gram) => this.gramNumbers.get(gram) ?? UNKNOWN);
    },
  };

  /** A text's features by number (unknown ones as UNKNOWN), first met first, each one's weights summed in the order met. */
  numbered(terms: readonly string[]): Map<number, number> {
    const features = new Map<number, number>();
    eachFeature(terms, this.lookup, (feature, weight) => features.set(feature, (features.get(feature) ?? 0) + weight));
    return features;
  }

  private gram(gram: string): number {
    let feature = this.gramNumbers.get(gram);
    if (feature === undefined) {
      feature = this.count++;
      this.gramNumbers.set(gram, feature);
    }
    return feature;
  }
}

/** A typed array twice as long, its values kept. */
function grown<A extends Int32Array | Float64Array>(values: A, make: (length: number) => A): A {
  const longer = make(values.length * 2);
  longer.set(values);
  return longer;
}

/** An example's features, first met first, and each one's weights summed in the order met (as `FeatureNumbers.numbered` sums a request's). */
export interface ExampleRow {
  readonly features: Int32Array;
  readonly weights: Float64Array;
}

/**
 * The examples' rows, each in typed arrays of its own (one array for all 2.5 million features of
 * the bank's examples would hold the thread for a copy of megabytes each time it grew), and for
 * each feature how many rows have it.
 */
export class ExampleRows {
  readonly rows: ExampleRow[] = [];
  counts = new Int32Array(1 << 16);
  /** For each feature, the last row it was met in and where it is in that row. */
  private lastRow = new Int32Array(1 << 16).fill(-1);
  private place = new Int32Array(1 << 16);
  /** The row being added. */
  private features = new Int32Array(1 << 10);
  private weights = new Float64Array(1 << 10);
  private length = 0;
  private readonly addFeature = (feature: number, weight: number): void => {
    const row = this.rows.length;
    while (this.lastRow.length <= feature) {
      const from = this.lastRow.length;
      this.lastRow = grown(this.lastRow, (n) => new Int32Array(n));
      this.lastRow.fill(-1, from);
      this.place = grown(this.place, (n) => new Int32Array(n));
      this.counts = grown(this.counts, (n) => new Int32Array(n));
    }
    if (this.lastRow[feature] !== row) {
      if (this.length === this.features.length) {
        this.features = grown(this.features, (n) => new Int32Array(n));
        this.weights = grown(this.weights, (n) => new Float64Array(n));
      }
      this.lastRow[feature] = row;
      this.place[feature] = this.length;
      this.counts[feature]++;
      this.features[this.length] = feature;
      // As `numbered` sums: 0 + weight, then each weight more.
      this.weights[this.length++] = 0 + weight;
    } else {
      this.weights[this.place[feature]] += weight;
    }
  };

  constructor(readonly numbers: FeatureNumbers) {}

  /** Adds a row: the features of a text's terms (textTerms). */
  add(terms: readonly string[]): void {
    this.length = 0;
    eachFeature(terms.map((term) => this.numbers.term(term)), this.numbers.numbering, this.addFeature);
    this.rows.push({ features: this.features.slice(0, this.length), weights: this.weights.slice(0, this.length) });
  }
}
