import { compareStrings } from '../../kernel/compare';
import type { ConceptDefinition } from './lexicon';
import { NearWords } from './nearWords';
import { isAnyStopWord, textWords, wordStem } from './text';

/** A concept found in a text: which one, by which lexicon term, and the words that said it. */
export interface ConceptMatch {
  readonly concept: string;
  readonly term: string;
  /** The request's own words (folded), e.g. "takes forever" or "chekout" for a typo of "checkout". */
  readonly words: string;
  /** How it matched: exactly, with one typo, or as part of a compound word ("Produktsuche"). */
  readonly how: 'exact' | 'typo' | 'compound';
  /** Said in the negative: "orders aren't being created" asks for nothing to be created. */
  readonly negated: boolean;
  /** The index of its first word in the text's words. */
  readonly at: number;
}

/** Words that turn what follows into its opposite, within a couple of words. */
export const NEGATIONS: ReadonlySet<string> = new Set([
  'not', 'no', 'never', 'nobody', 'noone', 'without', 'nicht', 'kein', 'keine', 'nie', 'niemand', 'pas', 'jamais', 'personne', 'nunca', 'nadie',
]);
const NEGATION_REACH = 3;
const OWN_CLAUSE = 4;

/** A negation within reach before `at`, in the same sentence (`starts`: the words that begin one). */
function isNegated(words: readonly string[], at: number, starts: ReadonlySet<number>): boolean {
  let from = Math.max(0, at - NEGATION_REACH);
  for (let i = at; i > from; i--) if (starts.has(i)) from = i;
  return words.slice(from, at).some((w) => NEGATIONS.has(w));
}

interface Term {
  readonly concept: string;
  readonly term: string;
  readonly stems: readonly string[];
}

/** Terms that matched the same words: one match per concept, by its first term. */
function oncePerConcept(terms: readonly Term[], words: string, how: ConceptMatch['how'], negated: boolean, at: number): ConceptMatch[] {
  const seen = new Set<string>();
  return terms.filter((t) => !seen.has(t.concept) && seen.add(t.concept)).map((t) => ({ concept: t.concept, term: t.term, words, how, negated, at }));
}

/** Words one letter away from a term that are words of their own: "reaches 2,000" is no "breach", "from the beach" none either, "maintenance" no "maintenant". */
const NOT_TYPOS: ReadonlySet<string> = new Set(['reach', 'reaches', 'reached', 'reaching', 'beach', 'beaches', 'maintenance']);

/**
 * One set of concepts compiled for matching. Within a set the longest term wins where terms
 * overlap, so "Docker image" is infrastructure and does not also count as a page's image.
 */
export class ConceptSet {
  private readonly byFirstStem = new Map<string, Term[]>();
  private readonly singleStems = new Map<string, Term[]>();
  private readonly near: NearWords;

  constructor(readonly definitions: readonly ConceptDefinition[]) {
    const singleWords: { word: string; stem: string }[] = [];
    for (const definition of definitions) {
      for (const term of definition.terms) {
        const words = textWords(term);
        if (words.length === 0) continue;
        const entry: Term = { concept: definition.id, term, stems: words.map(wordStem) };
        const first = entry.stems[0];
        const list = this.byFirstStem.get(first) ?? [];
        list.push(entry);
        this.byFirstStem.set(first, list);
        if (words.length === 1) {
          const singles = this.singleStems.get(first) ?? [];
          singles.push(entry);
          this.singleStems.set(first, singles);
          singleWords.push({ word: words[0], stem: first });
        }
      }
    }
    // Longest phrases first, so a longer term is tried before its prefix.
    for (const list of this.byFirstStem.values()) list.sort((a, b) => b.stems.length - a.stems.length || compareStrings(a.term, b.term));
    this.near = new NearWords(singleWords);
  }

  /** Whether a stem is one of this set's single-word terms. */
  knows(stem: string): boolean {
    return this.singleStems.has(stem);
  }

  /**
   * The concepts in `words` (folded words of a text, in order), whose stems are `stems`. `known` tells which stems some
   * concept set knows exactly: only unknown words are read as typos or compounds. `starts`: the words
   * that begin a sentence, where a negation's reach ends.
   */
  match(words: readonly string[], stems: readonly string[], known: (stem: string) => boolean, starts: ReadonlySet<number> = new Set()): ConceptMatch[] {
    const found: ConceptMatch[] = [];
    let i = 0;
    while (i < stems.length) {
      // A phrase stays within its sentence: "… les paniers des autres. Personne n'en a profité" holds no "autres personnes".
      const withinSentence = (t: Term) => t.stems.every((_, k) => k === 0 || !starts.has(i + k));
      const phrase = (this.byFirstStem.get(stems[i]) ?? []).find((t) => t.stems.every((s, k) => stems[i + k] === s) && withinSentence(t));
      if (phrase) {
        const length = phrase.stems.length;
        const said = words.slice(i, i + length).join(' ');
        const same = (this.byFirstStem.get(stems[i]) ?? []).filter((t) => t.stems.length === length && t.stems.every((s, k) => stems[i + k] === s) && withinSentence(t));
        // A phrase of four words or more is a clause of its own ("money is being taken"): a negation before it belongs to another one.
        found.push(...oncePerConcept(same, said, 'exact', length < OWN_CLAUSE && isNegated(words, i, starts), i));
        i += length;
        continue;
      }
      if (!known(stems[i]) && !isAnyStopWord(words[i]) && !/\d/.test(words[i]) && !NOT_TYPOS.has(words[i])) {
        const near = this.near.find(words[i], stems[i]);
        if (near) found.push(...oncePerConcept(this.singleStems.get(near.stem) ?? [], words[i], near.how, isNegated(words, i, starts), i));
      }
      i++;
    }
    return found;
  }
}
