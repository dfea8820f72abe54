import type { TextAnalysis } from '../meaning/analysis';

/**
 * A text as a bag of weighted features for similarity: its concepts (what it means, in any language),
 * its word stems and word pairs (how it says it), character 4-grams of its words (so typos and
 * unknown compounds still overlap), and its shape (how many domains it spans, how long it is).
 */

/** Meaning counts more than wording, and a request's shape (how many domains, how long) as much as a concept. */
const WEIGHTS = {
  intent: 2,
  urgency: 1,
  domain: 0.6,
  stem: 1,
  pair: 0.5,
  /** Small: n-grams only matter when a word is unknown (a typo, a compound), not to outvote real words. */
  gram: 0.12,
  shape: 2,
} as const;

/**
 * The parts of the system a text names, each word counted for one part only ("wishlist" is UI and
 * service, but one thing asked for). Security is left out: it is a concern of any code, not a part.
 */
export function systemDomains(analysis: TextAnalysis): string[] {
  const byWords = new Map<string, string>();
  for (const m of analysis.domains) if (m.concept !== 'security' && !byWords.has(m.words)) byWords.set(m.words, m.concept);
  return [...new Set(byWords.values())];
}

/**
 * What a text's features are made of, in the order they are added: a mark per concept matched
 * ("c:bug", "u:outage", "d:database"), its content stems, then marks of its shape ("s:long"). A stem
 * is letters, digits and % (textWords splits on anything else), so a term with a colon is a mark.
 * Kept for the model's examples at train time (exemplarTerms.txt): the index of examples is then
 * built without reading every example again.
 */
export function textTerms(analysis: TextAnalysis): string[] {
  const terms: string[] = [];
  for (const m of analysis.intents) terms.push(`c:${m.concept}`);
  for (const m of analysis.urgency) terms.push(`u:${m.concept}`);
  for (const m of analysis.domains) terms.push(`d:${m.concept}`);
  terms.push(...analysis.contentStems);
  const domains = systemDomains(analysis).length;
  if (domains >= 2) terms.push('s:several-domains');
  if (domains >= 3) terms.push('s:many-domains');
  if (analysis.words.length >= 20) terms.push('s:long');
  if (analysis.words.length <= 4) terms.push('s:terse');
  return terms;
}

export const isStem = (term: string): boolean => !term.includes(':');

/** A term's own weight: a mark's by its kind, a stem's as a word. */
export function termWeight(term: string): number {
  if (isStem(term)) return WEIGHTS.stem;
  if (term.startsWith('c:')) return WEIGHTS.intent;
  if (term.startsWith('u:')) return WEIGHTS.urgency;
  if (term.startsWith('d:')) return WEIGHTS.domain;
  return term === 's:terse' ? WEIGHTS.shape / 2 : WEIGHTS.shape;
}

/** A stem's character 4-grams, the stem padded with "_" at both ends ("_cart", "cart_"). */
export function stemGrams(stem: string): string[] {
  const padded = `_${stem}_`;
  const grams: string[] = [];
  for (let k = 0; k + 4 <= padded.length; k++) grams.push(padded.slice(k, k + 4));
  return grams;
}

/** How an index numbers the features of terms of type T (exampleRows.ts: terms by number, or a request's as strings). */
export interface FeatureKeys<T> {
  isStem(term: T): boolean;
  /** The term's own feature (a mark, or a stem as a word), weighing `termWeight`. */
  own(term: T): number;
  weight(term: T): number;
  /** A stem followed by another. */
  pair(stem: T, next: T): number;
  grams(stem: T): readonly number[];
}

/**
 * Each feature of a text's terms with its weight, in the order of the text: a term's own; for a
 * stem, then its pair with the next stem and its 4-grams. A feature met again is added again (its
 * weights summed by the caller, in this order).
 */
export function eachFeature<T>(terms: readonly T[], keys: FeatureKeys<T>, add: (feature: number, weight: number) => void): void {
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i];
    add(keys.own(term), keys.weight(term));
    if (!keys.isStem(term)) continue;
    if (i + 1 < terms.length && keys.isStem(terms[i + 1])) add(keys.pair(term, terms[i + 1]), WEIGHTS.pair);
    for (const gram of keys.grams(term)) add(gram, WEIGHTS.gram);
  }
}
