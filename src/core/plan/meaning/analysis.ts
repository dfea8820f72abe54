import { memoize } from '../../kernel/memoize';
import { Stepped } from '../../kernel/stepped';
import { ConceptSet, type ConceptMatch } from './concepts';
import { DOMAIN_CONCEPTS } from './domainLexicon';
import { INTENT_CONCEPTS } from './lexicon';
import { SUBJECT_CONCEPTS } from './subjectLexicon';
import { URGENCY_CONCEPTS } from './urgencyLexicon';
import { isAnyStopWord, sentenceStarts, textWords, wordStem } from './text';

/** What the classifier reads in a text: its words, and the concepts of each kind it expresses. */
export interface TextAnalysis {
  readonly words: readonly string[];
  /** The indexes in `words` of the words that begin a sentence after the first (`sentenceStarts`). */
  readonly sentenceStarts: ReadonlySet<number>;
  /** Stems of the words that carry meaning (stop words of any of the four languages dropped). */
  readonly contentStems: readonly string[];
  readonly intents: readonly ConceptMatch[];
  readonly urgency: readonly ConceptMatch[];
  readonly domains: readonly ConceptMatch[];
  /** What the work touches without naming a part (people, something seen or kept, bulk lookups): features only, never a domain by itself. */
  readonly subjects: readonly ConceptMatch[];
}

interface Lexicons {
  readonly intents: ConceptSet;
  readonly urgency: ConceptSet;
  readonly domains: ConceptSet;
  readonly subjects: ConceptSet;
  readonly known: (stem: string) => boolean;
}

/**
 * Compiled on first use, then shared: the lexicons are constant. A set at a time (each takes up to
 * 30 ms), so that an index built with the event loop's turns in between (`lexiconSteps`) does not
 * hold the host thread for all four at once.
 */
function* compileLexicons(): Generator<void, Lexicons, void> {
  const intents = new ConceptSet(INTENT_CONCEPTS);
  yield;
  const urgency = new ConceptSet(URGENCY_CONCEPTS);
  yield;
  const domains = new ConceptSet(DOMAIN_CONCEPTS);
  const subjects = new ConceptSet(SUBJECT_CONCEPTS);
  return { intents, urgency, domains, subjects, known: (stem) => intents.knows(stem) || urgency.knows(stem) || domains.knows(stem) };
}

const compiled = new Stepped(compileLexicons());
const lexicons = (): Lexicons => compiled.now();

/** What is left of compiling the lexicons, as steps of a larger piece of work (`yield*` them). */
export function lexiconSteps(): Generator<void, unknown, void> {
  return compiled.steps();
}

/** Nouns of documentation that are also a product's own things: "the doc search", "workspaces with lots of documents". */
const DOC_NOUNS: ReadonlySet<string> = new Set(['doc', 'docs', 'document', 'documents', 'dokumente', 'documento', 'documentos']);
/** What is said of a thing that documentation is not: slow, heavy, broken. */
const SAID_OF_A_PRODUCT: ReadonlySet<string> = new Set(['slow', 'speed', 'weight', 'defect']);

/**
 * Documentation read where the request means it: "docs" or "documents" that are slow, heavy or broken
 * are the product's data (a document store, a docs search), not a README to write.
 */
function withoutProductDocs(intents: readonly ConceptMatch[]): readonly ConceptMatch[] {
  if (!intents.some((m) => SAID_OF_A_PRODUCT.has(m.concept) && !m.negated)) return intents;
  return intents.filter((m) => m.concept !== 'docs' || !DOC_NOUNS.has(m.words));
}

/** The same text always gives the same analysis; remembered, as examples are analysed on every plan. */
export const analyzeText: (text: string) => TextAnalysis = memoize((text) => {
  const sets = lexicons();
  const words = textWords(text);
  // Stemmed once here, not once per lexicon.
  const stems = words.map(wordStem);
  const starts = sentenceStarts(text);
  return {
    words,
    sentenceStarts: starts,
    contentStems: stems.filter((_, i) => words[i].length > 1 && !isAnyStopWord(words[i])),
    intents: withoutProductDocs(sets.intents.match(words, stems, sets.known, starts)),
    urgency: sets.urgency.match(words, stems, sets.known, starts),
    domains: sets.domains.match(words, stems, sets.known, starts),
    subjects: sets.subjects.match(words, stems, sets.known, starts),
  };
}, 20_000);

/** Concept ids found, each once, in the order first found. */
export function conceptIds(matches: readonly ConceptMatch[]): string[] {
  return [...new Set(matches.map((m) => m.concept))];
}
