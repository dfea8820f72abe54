import type { TextAnalysis } from '../meaning/analysis';
import type { ConceptMatch } from '../meaning/concepts';
import { URGENCY_CONCEPTS } from '../meaning/lexicon';
import { foldText } from '../meaning/text';

/**
 * Whether a request describes an incident in progress. No single word decides: "500" in "checkout
 * throws a 500 when the cart is empty" is a bug. What makes an incident is how signals combine —
 * something failing or data or money going wrong, for everyone, now, since a time or a change — and
 * preventive or hypothetical wording ("how would we detect…", "what if…") weighs against it.
 */

export interface UrgencyReading {
  /** `incident`: the emergency template is chosen and the priority is critical. */
  readonly level: 'incident' | 'possible' | 'none';
  /** The sum of the signals' weights, 2 decimals. */
  readonly score: number;
  /** The signals, as the user can check them: 'everyone affected ("all users")'. */
  readonly signals: readonly string[];
}

/** How much each kind of signal counts. Exposure and money are incidents on their own. */
const WEIGHTS: Readonly<Record<string, number>> = {
  exposure: 2,
  money: 2,
  // "p0", "sev1", "incident": the user calls it one.
  urgent: 2,
  // "The site is down" is an incident as said; a 5xx may be one request's bug until it is everyone's.
  outage: 2,
  server_errors: 1,
  everyone: 1,
  since: 1,
  now: 0.75,
  hypothetical: -1.5,
};
/** Something must be going wrong for it to be an incident, not only "now" or "everyone". */
const HARM = new Set(['exposure', 'money', 'outage', 'server_errors', 'urgent']);
/** Wording that asks for work rather than reports a failure: new things, docs, intermittent faults. */
const CALM_INTENTS: Readonly<Record<string, number>> = { build_new: -1, docs: -1, intermittent: -1.5, question: -0.5 };
const BROKEN_WEIGHT = 1;
const BARE_SINCE: ReadonlySet<string> = new Set(['since', 'seit', 'depuis', 'desde']);
const INCIDENT_AT = 2;
const POSSIBLE_AT = 1;

/** Times and relative times: "since 14:05", "seit 10 Uhr", "depuis 9h", "desde las 10", "an hour ago", "at noon". */
const TIME = /\b(since|seit|depuis|desde|from|ab)\s+(las\s+)?\d{1,2}([:.h]\d{2})?\s*(am|pm|h|uhr)?\b|\b\d{1,2}(:\d{2})?\s*(am|pm)\b|\b(an?|one|\d+)\s+(minutes?|hours?|mins?)\s+ago\b|\b(at|since)\s+(noon|midnight)\b/;
const SHOUTING = /!{2,}|\b(URGENT|ASAP|HELP|DOWN)\b/;

function describe(match: ConceptMatch, label: string): string {
  return `${label} ("${match.words}")`;
}

const LABELS: ReadonlyMap<string, string> = new Map(URGENCY_CONCEPTS.map((c) => [c.id, c.label]));

export function readUrgency(text: string, analysis: TextAnalysis): UrgencyReading {
  const signals: string[] = [];
  let score = 0;
  const seen = new Set<string>();
  for (const match of analysis.urgency) {
    if (seen.has(match.concept)) continue;
    seen.add(match.concept);
    // A bare "since" ("since yesterday") says less than a time or a change ("since 14:05", "since the deploy").
    const bare = match.concept === 'since' && BARE_SINCE.has(match.words);
    score += (WEIGHTS[match.concept] ?? 0) * (bare ? 0.5 : 1);
    signals.push(describe(match, LABELS.get(match.concept) ?? match.concept));
  }
  const folded = foldText(text);
  const time = TIME.exec(folded);
  const bareSince = analysis.urgency.some((m) => m.concept === 'since' && BARE_SINCE.has(m.words));
  if (time && (!seen.has('since') || bareSince)) {
    // A time completes a bare "since" (half already counted) or stands for one ("the 3pm release").
    score += seen.has('since') ? WEIGHTS.since / 2 : WEIGHTS.since;
    seen.add('since');
    signals.push(`since a time or a change ("${time[0].trim()}")`);
  }
  if (SHOUTING.test(text)) {
    score += 0.5;
    signals.push('insistent wording');
  }
  const calm = new Set<string>();
  for (const match of analysis.intents) {
    const weight = CALM_INTENTS[match.concept];
    if (weight === undefined || calm.has(match.concept)) continue;
    calm.add(match.concept);
    score += weight;
  }
  // Something broken counts as harm once it is broken for everyone, or since a time or a change.
  const broken = analysis.intents.some((m) => m.concept === 'defect') && (seen.has('everyone') || seen.has('since'));
  if (broken) {
    score += BROKEN_WEIGHT;
    signals.push(`something broken ("${analysis.intents.find((m) => m.concept === 'defect')?.words}")`);
  }
  // Everyone affected, now or since a time, is harm even in words the lexicon does not know ("getting logged out").
  const widespread = seen.has('everyone') && (seen.has('now') || seen.has('since'));
  const harm = broken || widespread || [...seen].some((concept) => HARM.has(concept));
  const rounded = Math.round(score * 100) / 100;
  const level = !harm ? 'none' : rounded >= INCIDENT_AT ? 'incident' : rounded >= POSSIBLE_AT ? 'possible' : 'none';
  return { level, score: rounded, signals: level === 'none' ? [] : signals };
}
