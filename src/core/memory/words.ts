import { memoize } from '../kernel/memoize';

/**
 * Word handling shared by memory search and request classification. Deliberately crude and
 * deterministic: the same text always gives the same stems, on every machine, with no locale data.
 */

const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'about', 'after', 'again', 'all', 'also', 'am', 'an', 'and', 'any', 'are', 'as', 'at', 'be',
  'because', 'been', 'before', 'being', 'but', 'by', 'can', 'could', 'did', 'do', 'does', 'doing',
  'done', 'for', 'from', 'get', 'got', 'had', 'has', 'have', 'he', 'her', 'here', 'him', 'his', 'how',
  'i', 'if', 'in', 'into', 'is', 'it', 'its', 'just', 'let', 'lets', 'like', 'make', 'makes', 'me',
  'more', 'most', 'much', 'my', 'need', 'needs', 'no', 'not', 'now', 'of', 'on', 'once', 'only', 'or',
  'other', 'our', 'out', 'over', 'please', 'should', 'so', 'some', 'such', 'than', 'that', 'the',
  'their', 'them', 'then', 'there', 'these', 'they', 'this', 'those', 'to', 'too', 'up', 'us', 'use',
  'very', 'want', 'was', 'we', 'were', 'what', 'when', 'where', 'which', 'while', 'who', 'why', 'will',
  'with', 'would', 'you', 'your',
]);

/** Longest first, so "ness" is tried before "s". Each entry: suffix and what replaces it. */
const SUFFIXES: readonly (readonly [string, string])[] = [
  ['ization', ''], ['isation', ''], ['ations', ''], ['ation', ''], ['ness', ''], ['ings', ''],
  ['ing', ''], ['ies', 'y'], ['ied', 'y'], ['ers', ''], ['est', ''], ['er', ''], ['ed', ''],
  ['ly', ''], ['es', ''], ['s', ''], ['e', ''],
];
const MIN_STEM_LENGTH = 3;

/** Trim, collapse whitespace, NFC. Case is kept: it is only folded for matching. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Lowercased words (letters and digits), in order, stop words kept. */
export function words(text: string): string[] {
  return normalizeText(text).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

/** faster → fast, queries → query, slowness → slow; checkout stays checkout. */
export const stem: (word: string) => string = memoize((word) => stemWord(word.toLowerCase()), 50_000);

function stemWord(lower: string): string {
  // "speed", "need": the "ed" is part of the root, not a past tense.
  if (lower.endsWith('eed')) return lower;
  for (const [suffix, replacement] of SUFFIXES) {
    if (!lower.endsWith(suffix)) continue;
    // "class", "access": a double s is not a plural.
    if (suffix === 's' && lower.endsWith('ss')) return lower;
    const root = lower.slice(0, lower.length - suffix.length) + replacement;
    if (root.length >= MIN_STEM_LENGTH) return root;
  }
  return lower;
}

/** Stems of the words of `text`, stop words and one-letter words dropped, in order (duplicates kept). */
export function contentStems(text: string): string[] {
  return words(text)
    .filter((w) => w.length > 1 && !STOP_WORDS.has(w))
    .map(stem);
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word.toLowerCase());
}

/**
 * Whether `keyword` (a word or a phrase) occurs in the text whose stems are `textStems` (all words,
 * stop words kept, so phrases like "down in production" can match).
 */
export function containsKeyword(textStems: readonly string[], keyword: string): boolean {
  const needle = keywordStems(keyword);
  if (needle.length === 0) return false;
  outer: for (let start = 0; start + needle.length <= textStems.length; start++) {
    for (let i = 0; i < needle.length; i++) {
      if (textStems[start + i] !== needle[i]) continue outer;
    }
    return true;
  }
  return false;
}

const keywordStems = memoize((keyword): readonly string[] => words(keyword).map(stem), 10_000);

/** Every word's stem, stop words kept: the haystack for `containsKeyword`. */
export function allStems(text: string): string[] {
  return words(text).map(stem);
}

/** Request words shorter than this say nothing about a path ("fix", "add", "api" name everything). */
const MIN_PATH_WORD = 4;

/**
 * Whether a workspace path names one of the request's subjects: a folder or file whose words stem
 * like a word of the request (`shop/backend/src/checkout.js`, `PaymentService.ts` for "payments
 * fail at checkout"). Used to decide which files of a huge workspace are looked at first.
 */
export function pathNamesRequest(request: string): (file: string) => boolean {
  const wanted = new Set(contentStems(request).filter((s) => s.length >= MIN_PATH_WORD));
  if (wanted.size === 0) return () => false;
  // Folder names repeat across a large workspace's paths: each is judged once.
  const segments = new Map<string, boolean>();
  const names = (segment: string) =>
    words(segment.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')).some((w) => w.length >= MIN_PATH_WORD && wanted.has(stem(w)));
  return (file) => file.split('/').some((segment) => {
    let hit = segments.get(segment);
    if (hit === undefined) segments.set(segment, (hit = names(segment)));
    return hit;
  });
}
