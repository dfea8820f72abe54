import { compareStrings } from '../../kernel/compare';
import type { ConceptDefinition } from './lexicon';
import { isAnyStopWord, textWords, wordStem } from './text';

/** A concept found in a text: which one, by which lexicon term, and the words that said it. */
export interface ConceptMatch {
  readonly concept: string;
  readonly term: string;
  /** The request's own words (folded), e.g. "takes forever" or "chekout" for a typo of "checkout". */
  readonly words: string;
  /** How it matched: exactly, with one typo, or as part of a compound word ("Produktsuche"). */
  readonly how: 'exact' | 'typo' | 'compound';
}

interface Term {
  readonly concept: string;
  readonly term: string;
  readonly stems: readonly string[];
}

/** Words this short are matched exactly only: one typo away from a short word is another word. */
const FUZZY_MIN_LENGTH = 5;
/** A compound is a known word of at least this length with at least three more letters around it. */
const COMPOUND_PART_MIN_LENGTH = 5;
const COMPOUND_EXTRA_LETTERS = 3;

/** Typed words this long may have one letter wrong; shorter ones only a letter missing, doubled or swapped. */
const SUBSTITUTION_MIN_LENGTH = 7;

/**
 * True when `typed` is one typo away from `known`: a letter missing or extra, two neighbours swapped,
 * or, in long words, one letter wrong. A wrong letter in a short word too often makes another real
 * word ("change" is not a typo of "charge").
 */
export function withinOneEdit(typed: string, known: string): boolean {
  if (typed === known) return true;
  const la = typed.length;
  const lb = known.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && typed[i] === known[i]) i++;
  if (la === lb) {
    if (typed[i] === known[i + 1] && typed[i + 1] === known[i] && typed.slice(i + 2) === known.slice(i + 2)) return true; // swap
    return la >= SUBSTITUTION_MIN_LENGTH && typed.slice(i + 1) === known.slice(i + 1); // substitution
  }
  return la > lb ? typed.slice(i + 1) === known.slice(i) : typed.slice(i) === known.slice(i + 1);
}

/** Terms that matched the same words: one match per concept, by its first term. */
function oncePerConcept(terms: readonly Term[], words: string, how: ConceptMatch['how']): ConceptMatch[] {
  const seen = new Set<string>();
  return terms.filter((t) => !seen.has(t.concept) && seen.add(t.concept)).map((t) => ({ concept: t.concept, term: t.term, words, how }));
}

/**
 * One set of concepts compiled for matching. Within a set the longest term wins where terms
 * overlap, so "Docker image" is infrastructure and does not also count as a page's image.
 */
export class ConceptSet {
  private readonly byFirstStem = new Map<string, Term[]>();
  private readonly singleStems = new Map<string, Term[]>();
  /** Single-word terms by stem length, for typo matching. */
  private readonly byLength = new Map<number, string[]>();
  /** Folded single words long enough to be part of a compound. */
  private readonly compoundParts: { readonly word: string; readonly stem: string }[] = [];

  constructor(readonly definitions: readonly ConceptDefinition[]) {
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
          if (singles.length === 0) {
            const sameLength = this.byLength.get(first.length) ?? [];
            sameLength.push(first);
            this.byLength.set(first.length, sameLength);
          }
          singles.push(entry);
          this.singleStems.set(first, singles);
          if (words[0].length >= COMPOUND_PART_MIN_LENGTH) this.compoundParts.push({ word: words[0], stem: first });
        }
      }
    }
    // Longest phrases first, so a longer term is tried before its prefix.
    for (const list of this.byFirstStem.values()) list.sort((a, b) => b.stems.length - a.stems.length || compareStrings(a.term, b.term));
    for (const list of this.byLength.values()) list.sort(compareStrings);
    this.compoundParts.sort((a, b) => b.word.length - a.word.length || compareStrings(a.word, b.word));
  }

  /** Whether a stem is one of this set's single-word terms. */
  knows(stem: string): boolean {
    return this.singleStems.has(stem);
  }

  /**
   * The concepts in `words` (folded words of a text, in order). `known` tells which stems some
   * concept set knows exactly: only unknown words are read as typos or compounds.
   */
  match(words: readonly string[], known: (stem: string) => boolean): ConceptMatch[] {
    const stems = words.map(wordStem);
    const found: ConceptMatch[] = [];
    let i = 0;
    while (i < stems.length) {
      const phrase = (this.byFirstStem.get(stems[i]) ?? []).find((t) => t.stems.every((s, k) => stems[i + k] === s));
      if (phrase) {
        const length = phrase.stems.length;
        const said = words.slice(i, i + length).join(' ');
        const same = (this.byFirstStem.get(stems[i]) ?? []).filter((t) => t.stems.length === length && t.stems.every((s, k) => stems[i + k] === s));
        found.push(...oncePerConcept(same, said, 'exact'));
        i += length;
        continue;
      }
      if (!known(stems[i]) && !isAnyStopWord(words[i]) && !/\d/.test(words[i])) {
        const near = this.nearMiss(words[i], stems[i]);
        if (near) found.push(...oncePerConcept(this.singleStems.get(near.stem) ?? [], words[i], near.how));
      }
      i++;
    }
    return found;
  }

  private nearMiss(word: string, stem: string): { stem: string; how: 'typo' | 'compound' } | undefined {
    if (stem.length >= FUZZY_MIN_LENGTH) {
      // A doubled letter is the one typo a short word may have: "sloow" is "slow".
      const undoubled = stem.replace(/(\p{L})\1/gu, '$1');
      if (undoubled !== stem && this.singleStems.has(undoubled)) return { stem: undoubled, how: 'typo' };
      for (const length of [stem.length, stem.length - 1, stem.length + 1]) {
        const hit = (this.byLength.get(length) ?? []).find((candidate) => candidate.length >= FUZZY_MIN_LENGTH && withinOneEdit(stem, candidate));
        if (hit) return { stem: hit, how: 'typo' };
      }
    }
    for (const part of this.compoundParts) {
      if (word.length < part.word.length + COMPOUND_EXTRA_LETTERS) continue;
      if (word.startsWith(part.word) || word.endsWith(part.word)) return { stem: part.stem, how: 'compound' };
    }
    return undefined;
  }
}
