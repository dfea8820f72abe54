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

function add(features: Map<string, number>, key: string, weight: number): void {
  features.set(key, (features.get(key) ?? 0) + weight);
}

export function textFeatures(analysis: TextAnalysis): Map<string, number> {
  const features = new Map<string, number>();
  for (const m of analysis.intents) add(features, `c:${m.concept}`, WEIGHTS.intent);
  for (const m of analysis.urgency) add(features, `u:${m.concept}`, WEIGHTS.urgency);
  for (const m of analysis.domains) add(features, `d:${m.concept}`, WEIGHTS.domain);
  const stems = analysis.contentStems;
  stems.forEach((stem, i) => {
    add(features, `w:${stem}`, WEIGHTS.stem);
    if (i + 1 < stems.length) add(features, `p:${stem} ${stems[i + 1]}`, WEIGHTS.pair);
    const padded = `_${stem}_`;
    for (let k = 0; k + 4 <= padded.length; k++) add(features, `g:${padded.slice(k, k + 4)}`, WEIGHTS.gram);
  });
  const domains = systemDomains(analysis).length;
  if (domains >= 2) add(features, 's:several-domains', WEIGHTS.shape);
  if (domains >= 3) add(features, 's:many-domains', WEIGHTS.shape);
  if (analysis.words.length >= 20) add(features, 's:long', WEIGHTS.shape);
  if (analysis.words.length <= 4) add(features, 's:terse', WEIGHTS.shape / 2);
  return features;
}
