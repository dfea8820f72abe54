import type { TextAnalysis } from '../meaning/analysis';
import { wordStem } from '../meaning/text';
import type { UrgencyReading } from './urgency';
import { systemDomains } from './features';

/**
 * A request as the linear model reads it: a sparse vector of named features in groups, each group
 * scaled to a fixed length so that a long request's hundreds of character n-grams do not drown its
 * few concepts. The groups:
 *
 * - `w:` word stems, stop words included ("how", "would" say a lot about what is asked);
 * - `b:` pairs of neighbouring words ("do we", "is down", "add a");
 * - `g:` character 3- to 5-grams of each word, so typos, inflections and compounds still share most
 *   of their features with the word they stand for, in any language;
 * - `c:` / `u:` / `d:` the lexicon's concepts (intents, urgency signs, parts of the system), the part
 *   that carries meaning across languages with little data;
 * - `i:` the incident reading (urgency.ts) and `s:` the request's shape (length, a question, code,
 *   status codes, several parts of the system, big numbers, a list of things or steps in order, and
 *   either across several parts: work planned in layers). Weight 0.7 since those shapes joined, by
 *   leave-one-source-out: 0.5/0.6/0.7/0.8 gave 523/524/526/526 of 571 templates and 523/522/520/519
 *   of 563 domain recalls;
 * - `v:` the verb a request starts with when it starts with one in its bare form ("send a confirmation
 *   email once…", "show the thumbnail instead of…", "pon el total en verde"): an instruction, which
 *   "the page shows … instead of …" (a report, same stems) is not. Learned by the templates only (as a
 *   domain feature it cost 2 domain recalls). Weight 1 by leave-one-source-out over sets 2-5 (820):
 *   none/0.3/0.5/0.7/1/1.4 gave 773/774/775/775/777/777 templates (5-fold CV 2026/2035/2036/2045/2045/2047);
 * - `k:` the kind of a small edit, whatever its words: a style value, a dot file, a wording
 *   replaced, and one of them in a short request. A group of its own, so that the few requests that
 *   have one are not outweighed by their shape (leave-one-source-out: 89.5 % as part of `s:`, 90.0 %
 *   as a group at weight 1; 0.5 gave 89.3 %, 2 gave 90.2 %);
 * - `o:` what the work touches without naming a part (subjectLexicon.ts: people, something seen or
 *   kept, bulk lookups), and `x:` each of them and each part named, paired with what is asked
 *   ("something new × people", "slowness × lookup"): a linear model cannot pair features itself, and
 *   which parts a request needs depends on the pair — customers getting something new need a page,
 *   customers finding something broken may not. Also two things asked together ("slowness and
 *   something broken": a request that hangs and then errors out is a bug; leave-one-source-out
 *   517 of 571 with the pairs against 516 without). Weight 0.35 by leave-one-source-out, once
 *   the pairs joined: 0.2/0.25/0.35/0.4/0.5/0.7 gave 526/526/527/527/526/519 of 571 templates and
 *   523/523/523/521/520/518 of 563 domain recalls;
 *
 * Pure: the same text gives the same features, in the same order, on every machine.
 */

/** Each group's length after scaling: how much it can count against the others. */
export const GROUP_WEIGHTS: Readonly<Record<string, number>> = {
  w: 1,
  b: 0.6,
  g: 1,
  c: 0.8,
  u: 0.6,
  d: 0.5,
  i: 0.6,
  s: 0.7,
  o: 0.5,
  x: 0.35,
  k: 1,
  v: 1,
};

/** The intents that say what kind of work is asked, for pairing: the rest (places, shop actions) describe. */
const PAIRED_INTENTS: ReadonlySet<string> = new Set(['build_new', 'slow', 'speed', 'weight', 'defect', 'security', 'attack', 'credentials', 'question', 'docs', 'small_edit', 'across']);

/**
 * Verbs in the bare form an instruction starts with, in the four languages ("show", not "shows";
 * "envía", "zeig", "ajoute"). Folded, as the words are.
 */
const IMPERATIVES: ReadonlySet<string> = new Set([
  'add', 'allow', 'archive', 'block', 'build', 'bump', 'cache', 'calculate', 'change', 'charge', 'check', 'clean', 'convert', 'create',
  'delete', 'describe', 'display', 'drop', 'email', 'enable', 'explain', 'export', 'find', 'fix', 'generate', 'give', 'hide', 'hold',
  'implement', 'import', 'improve', 'keep', 'let', 'limit', 'link', 'list', 'lock', 'log', 'make', 'migrate', 'move', 'notify',
  'offer', 'optimize', 'optimise', 'put', 'record', 'reduce', 'refactor', 'remember', 'remind', 'remove', 'rename', 'replace',
  'require', 'reserve', 'rewrite', 'save', 'send', 'serve', 'set', 'show', 'sort', 'speed', 'split', 'store', 'suggest', 'support',
  'tell', 'track', 'translate', 'update', 'upgrade', 'use', 'validate', 'warn', 'write',
  'fuge', 'zeig', 'zeige', 'schick', 'schicke', 'sende', 'andere', 'mach', 'mache', 'setze', 'setz', 'baue', 'erstelle', 'entferne',
  'ersetze', 'speichere', 'leg', 'lege', 'erlaube', 'benenne', 'verschiebe',
  'ajoute', 'affiche', 'envoie', 'mets', 'supprime', 'cree', 'garde', 'permets', 'montre', 'remplace', 'renomme', 'enregistre', 'corrige',
  'anade', 'agrega', 'muestra', 'envia', 'manda', 'pon', 'cambia', 'guarda', 'quita', 'crea', 'elimina', 'reemplaza', 'permite', 'arregla',
]);
/** A thing asked for by naming it ("a nightly job that…", "eine Merkliste…"): the article a wish often starts with. */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'ein', 'eine', 'einen', 'un', 'une', 'una']);
/** "the search box should say …", "the chart should show …": how something is wished to be, said of it. */
const SHOULD = /\b(should|sollte|sollen|devrait|deberia)\s+(\w+)/;
/** The same work done again: "loads the list twice", "fetches the same rows on every render". */
const REPEATED_WORK = /\b(loads?|loaded|loading|fetch\w*|quer(y|ies|ied)|calls?|called|reads?|computes?|computed|renders?|rendered|runs?)\b.{0,40}\b(twice|two times|over and over|again and again)\b/i;
/** Words before the verb that do not change what is asked: "please send…", "ok, now make…". */
const LEAD_IN: ReadonlySet<string> = new Set(['please', 'pls', 'plz', 'kindly', 'bitte', 'hey', 'ok', 'okay', 'so', 'now', 'also', 'then', 'and', 'thx', 'thanks', 'lets']);

const MIN_GRAM = 3;
const MAX_GRAM = 5;

const QUESTION_START: ReadonlySet<string> = new Set([
  'what', 'where', 'which', 'how', 'why', 'who', 'is', 'are', 'do', 'does', 'did', 'can', 'could', 'should', 'would',
  'was', 'wo', 'wie', 'warum', 'welche', 'welcher', 'ist', 'sind', 'gibt', 'was', 'wer',
  'ou', 'comment', 'pourquoi', 'quel', 'quelle', 'quels', 'est', 'qui',
  'donde', 'como', 'por', 'cual', 'cuales', 'que', 'quien', 'es', 'hay',
]);

/** A file name, a path, an identifier in camelCase or snake_case, a stack frame: the request quotes code. */
const CODE = /\b[\w-]+\.(js|jsx|ts|tsx|py|go|rb|java|sql|json|ya?ml|md|css|html|php|cs|rs|sh)\b|[a-z][a-z0-9]*[A-Z]\w*|\b\w+_\w+\b|\/\w+\/|\w+\(\)|\bat \w+ \(/;
const STATUS = /\b([45]\d\d)s?\b/;
/** A time or a size measured: "averages 1.8s", "runs for 20 minutes", "hero.png is 4MB" (performance is talked about in numbers). */
const DURATION = /\b\d+([.,]\d+)?\s?(ms|s|sec|secs|seconds?|mins?|minutes?|hours?|sekunden|minuten|stunden|secondes|segundos|minutos|horas)\b/i;
const SIZE = /\b\d+([.,]\d+)?\s?(kb|mb|gb|megs?|megas?|mo|ko)\b|\bmegas?\b/i;
/** A setting changed to a value: "set the port to 5174", "set the html lang to 'de'", "60 minutes instead of 30" (a small edit, whatever it is about). */
const SETTING = /\b(set|change|make|bump|increase|raise|lower|reduce)\b.{0,40}\bto (\d+|['"‘“])|\b\d+\s?\w*\s+instead of\s+\d+/i;
/** A style value or property: "24px", "#1b5e20", "font-weight", "max-width" (one value on a page). */
const STYLE_VALUE = /\b\d+(\.\d+)?(px|em|rem|vh|vw|pt)\b|#[0-9a-f]{3}([0-9a-f]{3})?\b|\b(font|line|letter|border|max|min|z)-(weight|size|height|spacing|radius|width|index|family)\b/i;
/** A configuration file named by its dot: ".dockerignore", ".nvmrc", ".editorconfig" (one file added or changed). */
const DOT_FILE = /(^|[\s(`'"])\.(docker|git|npm|nvm|editor|prettier|eslint|env|node|tool)\w*/i;
/** Two quoted texts, or one "instead of" another: a wording replaced. */
const QUOTED = /(['"‘“«„])[^'"’”»“]{2,60}(['"’”»“])/g;
/** At most this many words, a request with one value, one file or one wording in it is one small edit, whatever it is about. */
const SMALL_EDIT_WORDS = 14;
/** Three or more items: a colon or dash then a comma list, or two commas and an "and". */
const LIST = /[:—–]\s*[^,.;]{2,60},[^,.;]{2,60},|[^,.;]{2,60},[^,.;]{2,60},[^,.;]{0,60}\b(and|und|et|y)\b/i;
/** A line that starts an item of a list: "- staging", "* variants", "2) the README port". Two or more make a list. */
const LIST_ITEM = /^\s*(?:[-*•]|\d{1,2}[.)])\s+\S/gm;
/** Steps in order: "first … then", "then … finally", "zuerst … dann", "d'abord … puis", "primero … luego". */
const STEPS = /\b(first|zuerst|erst|d'abord|primero)\b.{3,120}\b(then|dann|danach|puis|ensuite|luego|despues|después)\b|\bthen\b.{3,80}\b(then|finally)\b/i;
/** A big count: "200k products", "40M rows", "4 million", "50,000". */
const BIG_NUMBER = /\b\d+(\.\d+)?\s?(k|m|million|millions|thousand|mio|millionen)\b|\b\d{1,3}([,.]\d{3})+\b|\b\d{5,}\b/i;

function add(features: Map<string, number>, key: string, value = 1): void {
  features.set(key, (features.get(key) ?? 0) + value);
}

function shapeFeatures(text: string, analysis: TextAnalysis, into: Map<string, number>, kinds: Map<string, number>): void {
  const n = analysis.words.length;
  if (n <= 3) add(into, 's:terse');
  else if (n <= 7) add(into, 's:short');
  else if (n >= 25) add(into, 's:long');
  else if (n >= 14) add(into, 's:longish');
  const trimmed = text.trim();
  if (trimmed.endsWith('?') || trimmed.startsWith('¿') || QUESTION_START.has(analysis.words[0] ?? '')) add(into, 's:question');
  if (/!/.test(trimmed)) add(into, 's:exclaim');
  if (/[A-Z]{4,}/.test(trimmed)) add(into, 's:shout');
  if (CODE.test(text)) add(into, 's:code');
  const status = STATUS.exec(text);
  if (status) add(into, `s:status${status[1][0]}xx`);
  if (BIG_NUMBER.test(text)) add(into, 's:big');
  if (DURATION.test(text)) add(into, 's:duration');
  if (SIZE.test(text)) add(into, 's:size');
  if (SETTING.test(text)) add(into, 's:setting');
  if (REPEATED_WORK.test(text)) add(into, 's:repeated');
  if (/\d{1,2}[:.h]\d{2}|\d{1,2}\s?(am|pm|uhr)\b/i.test(text)) add(into, 's:clock');
  const style = STYLE_VALUE.test(text);
  const dotFile = DOT_FILE.test(text);
  const wording = (text.match(QUOTED)?.length ?? 0) >= 2 || (/\binstead of\b|\bstatt\b|\bau lieu de\b|\ben lugar de\b|\bdurch\b.*\bersetzen\b/i.test(text) && /['"‘“«„]/.test(text));
  if (style) add(kinds, 'k:style');
  if (dotFile) add(kinds, 'k:dotfile');
  if (wording) add(kinds, 'k:wording');
  // The kind, apart from its words: one value, one file or one wording, in a short request.
  if (n <= SMALL_EDIT_WORDS && (style || dotFile || wording || SETTING.test(text))) add(kinds, 'k:one-value');
  const parts = systemDomains(analysis).length;
  if (parts >= 2) add(into, 's:parts2');
  if (parts >= 3) add(into, 's:parts3');
  // Work laid out in a list or in steps ("schema change, every query, and the cart UI"; "first …,
  // then …"): planned in layers, the mark of a complex request more than any word in it.
  const list = LIST.test(text) || (text.match(LIST_ITEM)?.length ?? 0) >= 2;
  const steps = STEPS.test(text);
  if (list) add(into, 's:list');
  if (steps) add(into, 's:steps');
  if ((list || steps) && parts >= 2) add(into, 's:layers');
}

/** How much the work a template names counts for the domains, against the request's own groups. */
const WORK_WEIGHT = 0.8;

/**
 * The work as a template names it, for the domains only (`t:` keys): the template, and the template
 * with each part named and each thing touched ("new_feature × people" needs a page where
 * "bug_fix × people" may not). Known once the template is chosen; learned from each bank request's label.
 */
export function workFeatures(templateId: string, analysis: TextAnalysis): Map<string, number> {
  const group = new Map<string, number>([[`t:${templateId}`, 1]]);
  for (const m of [...analysis.subjects, ...analysis.domains]) group.set(`t:${templateId}*${m.concept}`, 1);
  const features = new Map<string, number>();
  scaled(group, WORK_WEIGHT, features);
  return features;
}

/** Scales a group to `weight` times unit length. */
function scaled(group: Map<string, number>, weight: number, into: Map<string, number>): void {
  let norm = 0;
  for (const value of group.values()) norm += value * value;
  if (norm === 0) return;
  const factor = weight / Math.sqrt(norm);
  for (const [key, value] of group) into.set(key, value * factor);
}

/** The request's features, as named keys and values, grouped and scaled. */
export function linearFeatures(text: string, analysis: TextAnalysis, urgency: UrgencyReading, weights = GROUP_WEIGHTS): Map<string, number> {
  const groups = new Map<string, Map<string, number>>(Object.keys(weights).map((g) => [g, new Map()]));
  const group = (name: string) => groups.get(name) as Map<string, number>;
  for (const word of analysis.words) group('w').set(`w:${wordStem(word)}`, 1);
  for (let i = 0; i + 1 < analysis.words.length; i++) group('b').set(`b:${analysis.words[i]} ${analysis.words[i + 1]}`, 1);
  for (const word of analysis.words) {
    const padded = `_${word}_`;
    for (let size = MIN_GRAM; size <= MAX_GRAM; size++) {
      for (let k = 0; k + size <= padded.length; k++) add(group('g'), `g:${padded.slice(k, k + size)}`);
    }
  }
  for (const m of analysis.intents) group('c').set(`c:${m.negated ? '!' : ''}${m.concept}`, 1);
  for (const m of analysis.urgency) group('u').set(`u:${m.concept}`, 1);
  for (const m of analysis.domains) group('d').set(`d:${m.concept}`, 1);
  for (const m of analysis.subjects) group('o').set(`o:${m.concept}`, 1);
  const asked = new Set(analysis.intents.filter((m) => !m.negated && PAIRED_INTENTS.has(m.concept)).map((m) => m.concept));
  const touched = new Set([...analysis.subjects.map((m) => m.concept), ...analysis.domains.map((m) => `d:${m.concept}`)]);
  for (const intent of asked) for (const subject of touched) group('x').set(`x:${intent}*${subject}`, 1);
  // Two things asked at once ("slow and then errors out", "broken … everywhere"): which of the two
  // wins depends on the pair, and a linear model cannot pair features itself.
  const askedSorted = [...asked].sort();
  for (let a = 0; a < askedSorted.length; a++) for (let b = a + 1; b < askedSorted.length; b++) group('x').set(`x:${askedSorted[a]}&${askedSorted[b]}`, 1);
  if (urgency.level !== 'none') group('i').set(`i:${urgency.level}`, 1);
  for (const signal of urgency.kinds) group('i').set(`i:${signal}`, 1);
  shapeFeatures(text, analysis, group('s'), group('k'));
  const verb = analysis.words.find((w) => !LEAD_IN.has(w));
  if (verb !== undefined && IMPERATIVES.has(verb)) {
    group('v').set('v:instruction', 1);
    group('v').set(`v:${verb}`, 1);
  }
  if (verb !== undefined && ARTICLES.has(verb)) group('v').set('v:named', 1);
  const should = SHOULD.exec(analysis.words.join(' '));
  if (should && (IMPERATIVES.has(should[2]) || should[2] === 'say' || should[2] === 'read')) group('v').set('v:should', 1);
  const features = new Map<string, number>();
  for (const [name, values] of groups) scaled(values, weights[name] ?? 0, features);
  return features;
}
