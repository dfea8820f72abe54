import { memoize } from '../../kernel/memoize';
import { isStopWord, stem } from '../../memory/words';

/**
 * Text as the classifier reads it, in any of the languages it knows (English, German, French,
 * Spanish): case and accents folded, contractions and elisions undone, letters repeated for
 * emphasis ("sloooow") collapsed. Pure and locale-free, so every machine reads a request the same.
 */

/** Lowercase, no accents ("Übersicht" → "ubersicht", "ß" → "ss"), curly quotes straightened. */
export function foldText(text: string): string {
  return text
    // A pasted URL's escapes, read as what they encode: "q=%27%20UNION%20SELECT" is "q=' UNION SELECT".
    .replace(/%([2-7][0-9a-fA-F])/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .normalize('NFC')
    // The one accent that tells two common words apart: French "où" (where) is not "ou" (or).
    .replace(/(^|[^\p{L}])[oO]ù(?![\p{L}])/gu, '$1where')
    // Spanish asks with an accent ("¿qué?", "¿cómo?", "¿dónde?", "¿cuál?"); without it the same words
    // join clauses ("necesitamos que…", "tal cual"), so only the accented ones read as questions.
    .replace(/(^|[^\p{L}])[qQ]ué(?![\p{L}])/gu, '$1what')
    .replace(/(^|[^\p{L}])[cC]ómo(?![\p{L}])/gu, '$1how')
    .replace(/(^|[^\p{L}])[dD]ónde(?![\p{L}])/gu, '$1where')
    .replace(/(^|[^\p{L}])[cC]uál(?![\p{L}])/gu, '$1which')
    // Spanish "sí" is yes ("PayBridge sí registra cobros"); without the accent "si" is if.
    .replace(/(^|[^\p{L}])[sS]í(?![\p{L}])/gu, '$1yes')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[‘’`´]/g, "'")
    .replace(DIALECT_WORD, (word) => DIALECT.get(word) ?? word)
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Words as written in Scots, the American South or by a hurried hand, read as the words they are: "checkout deid. naebody can buy"
 * is "checkout dead. nobody can buy"; "nothin since 9" is "nothing since 9". Only spellings that are no word of English, German,
 * French or Spanish.
 */
const DIALECT: ReadonlyMap<string, string> = new Map([
  ['naebody', 'nobody'], ['nae', 'no'], ['naethin', 'nothing'], ['cannae', 'cannot'], ['canna', 'cannot'], ['dinnae', 'do not'], ['didnae', 'did not'],
  ['disnae', 'does not'], ['doesnae', 'does not'], ['isnae', 'is not'], ['wasnae', 'was not'], ['wouldnae', 'would not'], ['couldnae', 'could not'],
  ['hasnae', 'has not'], ['havnae', 'have not'], ['havenae', 'have not'], ['deid', 'dead'], ['awbody', 'everybody'], ['noo', 'now'], ['ower', 'over'],
  ['oot', 'out'], ['aboot', 'about'], ['oor', 'our'], ['ivvery', 'every'], ['iverybody', 'everybody'], ['ivveryone', 'everyone'], ['gonnae', 'going to'],
  ['nothin', 'nothing'], ['nuthin', 'nothing'], ['somethin', 'something'], ['anythin', 'anything'], ['everythin', 'everything'],
  ["ain't", 'is not'], ['aint', 'is not'],
]);
const DIALECT_WORD = new RegExp(`(?<![\\p{L}'])(?:${[...DIALECT.keys()].join('|')})(?!\\p{L})`, 'gu');

/** "doesn't" and "doesnt" read as "does not"; "we're" as "we"; "l'image" as "image". */
function undoContractions(folded: string): string {
  return folded
    .replace(/\b(can'?t|cannot)\b/g, 'can not')
    .replace(/\bwon'?t\b/g, 'will not')
    .replace(/\b(\w+)n't\b/g, '$1 not')
    .replace(/\b(does|do|did|is|are|was|were|could|would|should|has|have)nt\b/g, '$1 not')
    .replace(/'(re|ve|ll|d|m|s)\b/g, '')
    // French elisions: l'image, d'erreur, qu'on, s'affiche.
    .replace(/\b(qu|[ldjtmnsc])'/g, '');
}

function splitWords(text: string): string[] {
  // Identifiers read as their words: "formatPrice" is about formatting a price.
  const spaced = text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
  return undoContractions(foldText(spaced))
    .split(/[^\p{L}\p{N}%]+/u)
    .filter((w) => w.length > 0)
    .map((w) => w.replace(/(\p{L})\1{2,}/gu, '$1'));
}

/** Words of the folded text, in order (stop words kept). "doesn't" reads as "does not". */
export const textWords: (text: string) => readonly string[] = memoize(splitWords, 20_000);

/** Where one sentence ends and the next begins: ". ", "! ", "? ", "; ", ": ", a new line, or a bullet ("• ") between items of a list. */
const SENTENCE_END = /(?<=[.!?;:])\s+|\n+|\s*[•·]\s*/;

/**
 * The indexes in `textWords(text)` of words that begin a sentence after the first: "… nie hinzugefügt hat. Nur bei ihm" — the
 * "nie" of one sentence does not deny the next. Empty when the sentences' words do not add up to the text's (never expected).
 * Not remembered: its one caller, `analyzeText`, is, and the sentences stay out of `textWords`' cache.
 */
export function sentenceStarts(text: string): ReadonlySet<number> {
  const starts = new Set<number>();
  const sentences = text.split(SENTENCE_END);
  // One sentence (most requests): nothing to split, and no words to read twice.
  if (sentences.length === 1) return starts;
  let at = 0;
  for (const sentence of sentences) {
    if (at > 0) starts.add(at);
    at += splitWords(sentence).length;
  }
  return at === textWords(text).length ? starts : new Set<number>();
}

const FOREIGN_STOP_WORDS: ReadonlySet<string> = new Set([
  // German
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'und', 'oder', 'ist', 'sind', 'war',
  'mit', 'von', 'zu', 'zum', 'zur', 'auf', 'im', 'ich', 'wir', 'sie', 'es', 'bitte', 'sehr', 'auch', 'noch', 'bei', 'beim', 'fur',
  'uns', 'unsere', 'unser', 'dass', 'wenn', 'aber', 'man', 'mir', 'mich', 'hat', 'haben', 'wird', 'werden', 'geworden',
  // French
  'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'et', 'ou', 'est', 'sont', 'en', 'au', 'aux', 'dans', 'sur', 'pour', 'par',
  'avec', 'que', 'qui', 'nous', 'notre', 'nos', 'vous', 'votre', 'il', 'elle', 'on', 'ce', 'cette', 'ces', 'se', 'pas', 'ne', 'tres',
  'moi', 'mon', 'ma', 'mes', 'son', 'sa', 'ses', 'leur', 'leurs', 'a',
  // Spanish
  'el', 'los', 'las', 'unos', 'unas', 'y', 'o', 'es', 'son', 'del', 'al', 'con', 'por', 'para', 'que', 'se', 'su', 'sus', 'lo',
  'muy', 'mas', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'mi', 'mis', 'yo', 'cuando', 'hay', 'esta', 'este', 'estan',
]);

export function isAnyStopWord(word: string): boolean {
  return isStopWord(word) || FOREIGN_STOP_WORDS.has(word);
}

/**
 * Words the English stemmer would fold into another word, with the stem they have instead (most
 * keep themselves): German "Seite" (page) is not "seit" (since); a "stranger" seeing someone's data
 * is not something "strange"; German "sicher" (safe) would stem to "sich", the reflexive pronoun of
 * "lässt sich nicht schließen", and every such sentence read as being about security; "lange"
 * (long, slowness) to "lang", the HTML attribute of "set the html lang"; French "rame" (crawls) to
 * "ram" (memory); "alles" (every thing) to "all", the "alle" of "alle Kunden" (every customer), so
 * "obwohl ich alles ausgefüllt habe" read as everyone affected; "noone" (no one) to "noon", so "by noon" read as no one
 * able to do a thing; "offer" to "off" ("prices are off"), so "let's offer Google login" read as something broken; "losing" to "los",
 * the Spanish article, so "los customers" read as "losing customers"; German "fremd" as said of a thing ("wirkt fremd", feels unfamiliar) to "fremd", the stem of "fremde Daten"
 * (someone else's data).
 */
const FIXED_STEMS: ReadonlyMap<string, string> = new Map([
  ...['seite', 'worker', 'workers', 'stranger', 'strangers', 'lange', 'alles', 'rame', 'noone'].map((word) => [word, word] as const),
  ['sicher', 'sicher'], ['sichere', 'sicher'], ['sicherer', 'sicher'], ['sicheren', 'sicher'], ['sicheres', 'sicher'],
  ['langer', 'lange'], ['fremd', 'fremdartig'], ['rament', 'rame'], ['ramer', 'rame'],
  ...['offer', 'offers', 'offered', 'offering', 'offerings'].map((word) => [word, 'offer'] as const),
  ...['lose', 'loses', 'losing', 'loser', 'losers'].map((word) => [word, 'lose'] as const),
]);

/**
 * A word's stem, stemmed twice so that forms the one-pass stemmer leaves apart meet
 * ("securely" → "secure" → "secur", as "secure" does).
 */
export const wordStem: (word: string) => string = memoize((word) => FIXED_STEMS.get(word) ?? stem(stem(word)), 50_000);
