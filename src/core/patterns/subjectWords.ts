import { compareStrings } from '../kernel/compare';
import { analyzeText } from '../plan/meaning/analysis';
import { textWords, wordStem } from '../plan/meaning/text';

/**
 * What a request is about, as opposed to what it asks to do: "Update the shipping rates for EU
 * countries" is about shipping, rates, EU, countries. Runs that keep coming back to the same
 * subject are what a learned pattern is made of; the verbs ("update", "change", "fix") are shared
 * by every kind of request and say nothing about which kind this is.
 */

/**
 * Ways of saying "do something to it" that the classifier's concepts leave unnamed, in the four
 * languages it reads. Their stems are compared, so one form of each is enough.
 */
const ACTION_WORDS: readonly string[] = [
  'change', 'adjust', 'set', 'tweak', 'modify', 'edit', 'tidy', 'clean', 'improve', 'handle', 'do', 'use', 'look', 'check',
  'work', 'help', 'want', 'need', 'please', 'could', 'would', 'should', 'make', 'let', 'get', 'put', 'take', 'give', 'new',
  'some', 'thing', 'stuff', 'again', 'also', 'now', 'today', 'currently', 'anymore', 'still', 'bit', 'little', 'lot',
  'andern', 'anpassen', 'bitte', 'machen', 'neu', 'neue', 'neuen', 'changer', 'modifier', 'ajuster', 'nouveau', 'nouvelle', 'faire',
  'cambiar', 'ajustar', 'modificar', 'nuevo', 'nueva', 'hacer',
];
const ACTION_STEMS: ReadonlySet<string> = new Set(ACTION_WORDS.map(wordStem));

/** A word this short, or only digits, is not a subject anyone would recognise. */
const MIN_SUBJECT_LENGTH = 3;

/** The stems a request is about, each once, in the order they appear. */
export function subjectStems(request: string): string[] {
  const analysis = analyzeText(request);
  const asked = new Set([...analysis.intents, ...analysis.urgency].flatMap((m) => textWords(m.words).map(wordStem)));
  const subjects = analysis.contentStems.filter((s) => s.length >= MIN_SUBJECT_LENGTH && !/^\d+$/.test(s) && !asked.has(s) && !ACTION_STEMS.has(s));
  return [...new Set(subjects)];
}

/**
 * How a stem is written in these requests: its most frequent word (ties: the shorter, then the
 * first in code-unit order), so a pattern is named "shipping", not "shipp".
 */
export function surfaceWord(stem: string, requests: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const request of requests) for (const word of textWords(request)) if (wordStem(word) === stem) counts.set(word, (counts.get(word) ?? 0) + 1);
  const [best] = [...counts].sort(([a, m], [b, n]) => n - m || a.length - b.length || compareStrings(a, b));
  return best?.[0] ?? stem;
}
