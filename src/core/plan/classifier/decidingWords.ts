import { DOMAIN_CONCEPTS } from '../meaning/domainLexicon';
import { INTENT_CONCEPTS } from '../meaning/lexicon';
import { SUBJECT_CONCEPTS } from '../meaning/subjectLexicon';
import { URGENCY_CONCEPTS } from '../meaning/urgencyLexicon';
import { isAnyStopWord, wordStem } from '../meaning/text';
import type { Contribution } from './model';
import type { RequestReading } from './reading';

/**
 * What made the model prefer a template over the runner-up, in words a user can check: the request's
 * own words (a word's stem, its pairs and its character n-grams counted together), the concepts read
 * in it, and its shape. Character n-grams alone mean nothing to a reader, so they are credited to
 * the word they come from.
 */

const SHOWN = 4;
/** Smaller contributions are noise in an explanation. */
const MIN_AMOUNT = 0.05;

const CONCEPT_LABELS: ReadonlyMap<string, string> = new Map(
  [...INTENT_CONCEPTS, ...URGENCY_CONCEPTS, ...DOMAIN_CONCEPTS, ...SUBJECT_CONCEPTS].map((c) => [c.id, c.label]),
);

const SHAPES: Readonly<Record<string, string>> = {
  terse: 'a terse request',
  short: 'a short request',
  longish: 'a long request',
  long: 'a long request',
  question: 'a question',
  exclaim: 'an exclamation',
  shout: 'capitals',
  code: 'code quoted',
  status4xx: 'a 4xx status',
  status5xx: 'a 5xx status',
  clock: 'a time of day',
  parts2: 'several parts of the system',
  parts3: 'many parts of the system',
  big: 'a big number',
  duration: 'a time measured',
  size: 'a size measured',
  setting: 'a setting changed to a value',
  list: 'a list of things to do',
  steps: 'steps in order',
  layers: 'work laid out across several parts',
  repeated: 'the same work done again',
};

const KINDS: Readonly<Record<string, string>> = {
  style: 'a style value',
  dotfile: 'a dot file',
  wording: 'a wording replaced',
  'one-value': 'one value, file or wording: a small edit',
};

const VERBS: Readonly<Record<string, string>> = {
  instruction: 'an instruction (starts with a verb)',
  named: 'a thing named as wanted ("a …")',
  should: 'how something should be ("… should show …")',
};

/** A concept's label; a pair's as "slowness × data looked up in bulk" or "slowness and something broken"; a template's as "new_feature work". */
function conceptLabel(id: string): string | undefined {
  if (id.includes('&')) {
    const [a, b] = id.split('&').map(conceptLabel);
    return a === undefined || b === undefined ? undefined : `${a} and ${b}`;
  }
  if (id.includes('*')) {
    const [left, right] = id.split('*');
    const a = conceptLabel(left);
    const b = conceptLabel(right.replace(/^d:/, ''));
    return a === undefined || b === undefined ? undefined : `${a} × ${b}`;
  }
  return CONCEPT_LABELS.get(id);
}

/**
 * What the incident reading (urgency.ts) said, feature by feature: "read as an incident", "asks for documentation" (a calm request),
 * "incident sign: everyone affected". One label for all of them told a reader that a README request won on "incident signals".
 */
const INCIDENT_READINGS: Readonly<Record<string, string>> = {
  incident: 'read as an incident',
  possible: 'read as a possible incident',
  broken: 'incident sign: something broken',
  widespread: 'incident sign: everyone affected, now',
  insistent: 'insistent wording',
  asked: 'asked, not reported',
  'calm:build_new': 'asks for something new, not reporting harm',
  'calm:docs': 'asks for documentation, not reporting harm',
  'calm:intermittent': 'now and then, not all the time',
  'calm:question': 'a question, not a report',
  'calm:fix': 'asks for a fix, not reporting harm',
};
function incidentLabel(kind: string): string {
  const known = INCIDENT_READINGS[kind];
  if (known !== undefined) return known;
  const label = CONCEPT_LABELS.get(kind);
  return label === undefined ? 'incident reading' : `incident sign: ${label}`;
}

/** The word of the request a feature came from, or a reader's label for a concept or shape. */
function describe(feature: string, reading: RequestReading): string | undefined {
  const [group, rest] = [feature.slice(0, 1), feature.slice(2)];
  const words = reading.analysis.words;
  // "the" or "at" may weigh in the model, but a reader learns nothing from being told so.
  const quoted = (said: string | undefined) => (said === undefined || said.split(' ').every(isAnyStopWord) ? undefined : `"${said}"`);
  if (group === 'w') return quoted(words.find((w) => wordStem(w) === rest));
  if (group === 'b') return quoted(rest);
  if (group === 'g') return quoted(words.find((w) => `_${w}_`.includes(rest)));
  if (group === 'c' || group === 'u' || group === 'd' || group === 'o' || group === 'x') {
    const negated = rest.startsWith('!');
    const label = conceptLabel(negated ? rest.slice(1) : rest);
    return label === undefined ? undefined : negated ? `not ${label}` : label;
  }
  if (group === 't') {
    const [template, concept] = rest.split('*');
    const label = concept === undefined ? undefined : CONCEPT_LABELS.get(concept);
    return concept === undefined ? `${template} work` : label === undefined ? undefined : `${template} work × ${label}`;
  }
  if (group === 'i') return incidentLabel(rest);
  if (group === 's') return SHAPES[rest];
  if (group === 'k') return KINDS[rest];
  if (group === 'v') return VERBS[rest] ?? `an instruction starting with "${rest}"`;
  return undefined;
}

/** The strongest of `amounts` (what each feature did), as readable labels: `"ages" (+0.91)`. */
export function strongestLabels(reading: RequestReading, amounts: readonly Contribution[], against: readonly Contribution[] = []): string[] {
  const minus = new Map(against.map((c) => [c.feature, c.amount]));
  const byLabel = new Map<string, number>();
  for (const c of amounts) {
    const label = describe(c.feature, reading);
    if (label === undefined) continue;
    byLabel.set(label, (byLabel.get(label) ?? 0) + c.amount - (minus.get(c.feature) ?? 0));
  }
  return [...byLabel]
    .filter(([, amount]) => amount >= MIN_AMOUNT)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, SHOWN)
    .map(([label, amount]) => `${label} (+${amount.toFixed(2)})`);
}

/**
 * One line for the explanation: what set `templateId` apart from `versus`, strongest first.
 * `contributions` gives each feature's amount towards a template.
 */
export function decidingLine(
  reading: RequestReading,
  contributions: (templateId: string) => readonly Contribution[],
  templateId: string,
  versus: string | undefined,
): string | undefined {
  const shown = strongestLabels(reading, contributions(templateId), versus ? contributions(versus) : []);
  if (shown.length === 0) return undefined;
  return `${versus ? `over ${versus}, ` : ''}the model weighed ${shown.join(', ')}`;
}
