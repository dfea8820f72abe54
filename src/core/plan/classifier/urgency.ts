import type { TextAnalysis } from '../meaning/analysis';
import type { ConceptMatch } from '../meaning/concepts';
import { WEAK_HYPOTHETICAL_TERMS, WEAK_PAST_TERMS } from '../meaning/urgencyDistanceLexicon';
import { URGENCY_CONCEPTS } from '../meaning/urgencyLexicon';
import { foldText } from '../meaning/text';
import { countOfRows, onlyCounts, signsInNumbers, worseningIn } from './urgencyNumbers';
import { sinceSignal } from './urgencySince';
import { bareExposure, setAside, type MatchContext } from './urgencyContext';
import * as patterns from './urgencyPatterns';
import * as terse from './urgencyTersePatterns';
import { intruderSeen } from './urgencyIntrusion';
import { RANDOM_WHO_OR_WHAT, SUPPORT_AS_NOUN } from './urgencyContextWords';
import { otherNewsIn, otherSentences } from './urgencyOtherNews';
import { effectsIn, LEFT_SPINNING, WARNING_INSTEAD } from './urgencyEffects';
import { asidesIn, PLAYING_DOWN_TERMS } from './urgencyDoubt';
import { pastOnlyDates } from './urgencyPast';
import { CONTINUES, denied, NOBODY_BEFORE, NOT_EVERYONE, OFFERED, ONLY_THEM, PLAIN_IF, UNDER_WAY } from './urgencyWords';

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
  /** Every kind of sign read, whatever the level (concept ids, "broken", "widespread", "calm:…"): features for the model. */
  readonly kinds: readonly string[];
  /**
   * Why the request keeps its distance from an incident, if it does: in its `wording` (said as a hypothesis, a precaution or the
   * past) or in its `circumstance` (away from production, an exercise or noise, one person only, only a look to fix). Either keeps
   * its signals from making an incident; only a circumstance also keeps the model from reading one (classify.ts, readsAsIncident).
   */
  readonly distance: 'wording' | 'circumstance' | undefined;
}

/** How much each kind of signal counts. Exposure and money are incidents on their own. */
const WEIGHTS: Readonly<Record<string, number>> = {
  exposure: 2,
  intrusion: 2,
  money: 2,
  // Data deleted or wiped is harm; with "prod" or "all" it is an incident.
  data_loss: 1.5,
  // "p0", "sev1", "incident": the user calls it one.
  urgent: 2,
  // "The site is down" is an incident as said; a 5xx may be one request's bug until it is everyone's.
  outage: 2,
  server_errors: 1,
  everyone: 1,
  since: 1,
  now: 0.75,
  hypothetical: -1.5,
  not_production: -1.5,
  past: -1.5,
  not_real: -1.5,
  only_one: -1.5,
  mistake: 1,
  occasional: -1,
  deadline: 0.5,
  // "Stop the payouts!": the writer wants something live halted; beside a harm, it says the harm is going on.
  halt: 1,
};
/** Something must be going wrong for it to be an incident, not only "now" or "everyone". */
export const HARM: ReadonlySet<string> = new Set(['exposure', 'intrusion', 'money', 'data_loss', 'outage', 'server_errors', 'urgent', 'mistake']);
/** Harm that is real wherever it happens: a key leaked from CI is leaked. */
const HARM_ANYWHERE = new Set(['exposure', 'intrusion', 'money']);
/** Distance words that keep no distance from a harm reported as under way (urgencyDistanceLexicon.ts). */
const WEAK_HYPOTHETICAL: ReadonlySet<string> = new Set([...WEAK_HYPOTHETICAL_TERMS, ...WEAK_PAST_TERMS]);
/** Not knowing, before an "if" or a "whether": "no idea if", "not sure whether", "weiß nicht, ob", "je ne sais pas si". */
const UNSURE: ReadonlySet<string> = new Set(['idea', 'clue', 'sure', 'know', 'weiss', 'sicher', 'sais', 'se', 'seguro', 'segura']);
const unsure = (words: readonly string[], at: number) => UNSURE.has(words[at - 1] ?? '') || UNSURE.has(words[at - 2] ?? '');
/** Work or an answer is asked for in the first words ("add monitoring…", "list the…"); later, "being created" or "customer list" describe. */
const CALM_WITHIN_WORDS = 3;
/** Courtesy before the ask, not counted in its first words: "please can we add…", "hi, could you…". */
const COURTESY: ReadonlySet<string> = new Set(['please', 'pls', 'plz', 'hi', 'hello', 'hey', 'bitte', 'hallo', 'svp', 'bonjour', 'salut', 'hola', 'porfa']);
const CALM_AT_START: ReadonlySet<string> = new Set(['build_new', 'question', 'fix', 'docs']);
/** Wording that asks for work rather than reports a failure: new things, docs, intermittent faults. */
const CALM_INTENTS: Readonly<Record<string, number>> = { build_new: -2, docs: -2, intermittent: -1.5, question: -0.5, fix: -1 };
const BROKEN_WEIGHT = 1;
/** How many words apart sensitive data and a word of it being reachable may be to be said of each other. */
const SAID_TOGETHER_WITHIN = 12;
const ASKED_WEIGHT = -0.75;
const BARE_EXPOSURE_WEIGHT = 1;
const ONE_CASE_MONEY_WEIGHT = 1;
/** The score at which signals make an incident, and a possible one. */
const INCIDENT_AT = 2;
const POSSIBLE_AT = 1;

const LABELS: ReadonlyMap<string, string> = new Map([...URGENCY_CONCEPTS.map((c): [string, string] => [c.id, c.label]), ['halt', 'asked to stop it now']]);

export function readUrgency(text: string, analysis: TextAnalysis): UrgencyReading {
  const folded = foldText(text);
  // The first of some patterns that matches, tried in order.
  const first = (...tried: readonly RegExp[]) => tried.reduce<RegExpExecArray | null>((match, pattern) => match ?? pattern.exec(folded), null);
  const found = new Map<string, string>();
  // What was said of an exposure in words that say it of anything (see BARE_EXPOSURE), as found.
  const bareExposures = new Set<string>();
  const named = new Set([...text.matchAll(patterns.NAMED_URGENCY), ...text.matchAll(patterns.QUOTED_URGENCY)].map((m) => foldText(m[0])));
  // The lexicon's matches, less those their context sets aside (urgencyContext.ts).
  const context: MatchContext = { text, folded, words: analysis.words, named, weight: (concept) => WEIGHTS[concept] ?? 0 };
  for (const match of analysis.urgency) {
    if (setAside(match, context)) continue;
    const bare = bareExposure(match);
    // The first words said win, except that a plain exposure ("for sale on a forum") outweighs a bare one ("dump") said before it.
    const earlier = found.get(match.concept);
    if (earlier !== undefined && (bare || match.concept !== 'exposure' || !bareExposures.has(earlier))) continue;
    found.set(match.concept, match.words);
    if (bare) bareExposures.add(match.words);
  }
  // "Everyone" inside what keeps the distance ("everyone else seems fine", "everything is normal again") is nobody affected.
  const onlyThem = ONLY_THEM.exec(folded)?.[0];
  if (onlyThem !== undefined && !found.has('only_one')) found.set('only_one', onlyThem);
  // "En producción todo bien": neither everyone nor now, production said to be fine.
  const fineSaid = patterns.PRODUCTION_FINE.exec(folded)?.[0];
  const everyone = found.get('everyone');
  if (everyone !== undefined && [patterns.EVERYONE_ALIKE.exec(folded)?.[0], patterns.ALL_WENT_FINE.exec(folded)?.[0], found.get('only_one'), found.get('past'), onlyThem, NOT_EVERYONE.exec(folded)?.[0], fineSaid].some((said) => said?.includes(everyone))) found.delete('everyone');
  const nowSaid = found.get('now');
  if (nowSaid !== undefined && fineSaid?.includes(nowSaid)) found.delete('now');
  // "Les autres clients n'ont pas ce souci": the other customers named are the ones not affected, no data of theirs shown.
  const exposed = found.get('exposure');
  if (exposed !== undefined && [onlyThem, patterns.EXPOSURE_ASKED.exec(folded)?.[0], patterns.VISITOR_KIND.exec(folded)?.[0]].some((said) => said?.includes(exposed))) found.delete('exposure');
  const anyoneCanSee =
    first(patterns.ANYONE_CAN_SEE, patterns.OTHERS_DATA_SEEN, patterns.OTHERS_ORDERS_SHOWN, patterns.ADDRESSES_TO_ALL, terse.ANY_ACCOUNT_OPEN) ??
    (analysis.urgency.some((m) => m.concept === 'sensitive' && !m.negated) ? patterns.ANYONE_CAN_DO_IT.exec(folded) : null);
  // Open to anyone outweighs a bare word of exposure ("the dump is readable by anyone with the link").
  const exposedSaid = found.get('exposure');
  if (anyoneCanSee && (exposedSaid === undefined || bareExposures.has(exposedSaid))) found.set('exposure', anyoneCanSee[0]);
  const otherDevice = patterns.OTHER_DEVICE_FINE.exec(folded);
  if (otherDevice && !found.has('everyone') && !found.has('only_one')) found.set('only_one', otherDevice[0]);
  const othersAffected = first(patterns.OTHERS_SAME, patterns.PHONE_RINGING);
  if (othersAffected && !found.has('everyone')) found.set('everyone', othersAffected[0]);
  const everywhere = first(patterns.SAME_EVERYWHERE, patterns.DEVICES_TRIED, patterns.DEVICES_LISTED);
  if (everywhere) {
    if (!found.has('everyone')) found.set('everyone', everywhere[0]);
    found.delete('not_production');
  }
  if (patterns.TOOL_PLACES.has(found.get('not_production') ?? '') && (patterns.ALL_PEOPLE.test(folded) || found.has('everyone'))) found.delete('not_production');
  const blank = patterns.BLANK_A_MOMENT.exec(folded);
  if (blank && found.get('outage') === blank[1]) found.delete('outage');
  const conditional = first(patterns.CONDITIONAL_OUTAGE, patterns.CONDITIONAL_REPEAT);
  if (conditional && !found.has('hypothetical')) found.set('hypothetical', conditional[0]);
  const looping = patterns.CRASH_LOOP.exec(folded);
  if (looping && !found.has('outage')) found.set('outage', looping[0]);
  const { signed, intruded } = intruderSeen(folded);
  if (intruded && !found.has('intrusion')) found.set('intrusion', intruded[0]);
  // Records being deleted as the writer looks: data lost, and happening now.
  const deleting = patterns.BEING_DELETED.exec(folded);
  const removed = first(patterns.DATA_REMOVED, patterns.REAL_ASTRAY) ?? deleting ?? first(patterns.TABLES_EMPTY, patterns.TABLE_EMPTIED, patterns.STOCK_ZEROED, patterns.ALL_GONE, terse.RECORDS_GONE, terse.TABLE_OVERWRITTEN, terse.TABLE_LOST_ROWS);
  if (removed && !found.has('data_loss')) found.set('data_loss', removed[0]);
  if (deleting && !found.has('now')) found.set('now', deleting[0]);
  // Where the real data lands is the harm's place: no distance.
  if (patterns.REAL_ASTRAY.test(folded)) found.delete('not_production');
  const exhausted = patterns.EXHAUSTED.exec(folded);
  if (exhausted && !found.has('outage')) found.set('outage', exhausted[0]);
  // Something running out, or still growing past its limit: a harm with a clock on it.
  const clocked = (patterns.RESOURCE.test(folded) ? patterns.RUNNING_OUT.exec(folded)?.[0] : undefined) ?? worseningIn(folded);
  if (clocked && !found.has('outage')) found.set('outage', clocked);
  if (clocked && !found.has('deadline')) found.set('deadline', clocked);
  // An exposure told by its effect (a customers file on a forum) outweighs a bare word of it said before ("forum").
  for (const [concept, said] of [...signsInNumbers(folded), ...effectsIn(folded)]) if (!found.has(concept) || (concept === 'exposure' && bareExposures.has(found.get(concept) ?? ''))) found.set(concept, said);
  const every = first(patterns.EVERY_ONE, patterns.FOR_ANY_OF_THEM, terse.ANY_ONE, patterns.MORE_OF_THE_SAME);
  if (every && !found.has('everyone')) found.set('everyone', every[0]);
  const strangersFetching = terse.STRANGERS_FETCHING.exec(folded);
  // Strangers fetching what should be private are at it, not only able to.
  if (strangersFetching && !found.has('intrusion')) found.set('intrusion', strangersFetching[0]);
  const served = first(patterns.ENV_SERVED, patterns.ANOTHERS_DOCUMENT, terse.MAILED_SECRETS, terse.SENT_SOMEONE_ELSES, terse.DATA_TO_STRANGERS) ?? strangersFetching;
  if (served && !found.has('exposure')) found.set('exposure', served[0]);
  const overwritten = patterns.ROWS_OVERWRITTEN.exec(folded);
  if (overwritten && countOfRows(overwritten[1]) >= 100 && !found.has('data_loss')) found.set('data_loss', overwritten[0]);
  const stalled = patterns.ALL_PAGES_STALLED.exec(folded);
  if (stalled && (stalled[1] === undefined || Number(stalled[1]) >= patterns.STALLED_AT) && !found.has('outage')) found.set('outage', stalled[0]);
  const allFailing = patterns.ALL_FAILING.exec(folded);
  if (allFailing && !found.has('outage')) found.set('outage', allFailing[0]);
  const certExpired = patterns.CERT_EXPIRED.exec(folded) ?? WARNING_INSTEAD.exec(folded);
  const partDown = first(patterns.PART_DOWN, patterns.PARKED_DOMAIN, patterns.ORDERS_AT_NONE, patterns.LASTED_WITHOUT, patterns.NO_ONE_CAN_ANYMORE, patterns.NO_ONE_ABLE, patterns.ORDERS_STOPPED, patterns.PAGE_BLANK, ...(patterns.ONE_BROWSER.test(folded) ? [] : [patterns.CARD_FORM_MISSING])) ?? certExpired ??
    first(terse.NOTHING_SELLS, terse.NOWHERE_TO_RESOLVE, terse.BLOCKED_AS_DANGEROUS, terse.DISK_FULL, terse.CARDS_REFUSED, terse.DATABASE_UNREACHABLE, terse.ALL_SOLD_OUT,
      terse.SITE_GONE, terse.NOBODY_LET_THROUGH, terse.LOSING_ALL_SALES, terse.EVERY_ORDER_DECLINED, terse.FAILING_FROM_EVERYWHERE, terse.NO_HEARTBEAT, terse.STUCK_FOR_ALL, terse.RELEASE_TOOK_OUT, terse.NONE_OF_THE_LAST);
  if (partDown && !found.has('outage')) found.set('outage', partDown[0]);
  // "conversion is down 8%": a figure decreasing, not a service down.
  const downSaid = found.get('outage');
  if (downSaid?.endsWith('down') && patterns.DOWN_BY.test(folded.slice(folded.indexOf(downSaid) + downSaid.length))) found.delete('outage');
  const scaled = patterns.SCALED_DOWN.exec(folded)?.[0];
  const outage = found.get('outage');
  // A part scaled down on purpose, or the shop said to be selling fine ("zero sales on the chart … the shop itself is selling fine"): nothing down.
  if ((scaled !== undefined && outage !== undefined && scaled.includes(outage)) || patterns.SELLING_FINE.test(folded)) found.delete('outage');
  const again = patterns.CHARGED_AGAIN.exec(folded);
  // "nobody charged twice as far as I can tell": the harm denied.
  const againDenied = again !== null && NOBODY_BEFORE.test(folded.slice(0, again.index));
  const charged = (again && !patterns.LINE_ITEM.test(again[0]) && !againDenied ? again : null) ?? first(patterns.PRICE_AT_NOTHING, patterns.ORDERS_AT_ZERO, patterns.AMOUNT_MULTIPLIED, patterns.MONEY_LOST, patterns.TIMES_A_HUNDRED, patterns.PAID_NO_ORDER, patterns.CHARGED_NOT_SAVED, patterns.CHARGED_NO_CONFIRMATION, patterns.PAID_TO_UNKNOWN, patterns.MONEY_NOT_OURS, patterns.TIMES_WHAT_IT_SHOULD_BE, patterns.REFUNDS_ON_EVERY, terse.SOLD_FOR_NOTHING, terse.PRICES_SWAPPED, terse.BUYING_FOR_NOTHING, terse.SELLING_AT_WRONG_PRICES, terse.WRONG_AMOUNT_TAKEN, terse.SHOWN_NOT_CHARGED, terse.CHARGES_WITHOUT_ORDER, patterns.APPROVED_NO_ORDER, terse.CHARGE_FOR_EACH);
  if (charged && !found.has('money')) found.set('money', charged[0]);
  // Authorisations about to lapse: the money of every order still waiting goes with them.
  const lapsing = patterns.AUTHS_LAPSING.exec(folded);
  if (lapsing && !found.has('money')) found.set('money', lapsing[0]);
  const looksLike = patterns.ONLY_LOOKS_LIKE.exec(folded);
  if (looksLike && !found.has('not_real')) found.set('not_real', looksLike[0]);
  const failed = first(patterns.ATTEMPT_FAILED, patterns.HARM_STOPPED);
  if (failed && !found.has('past')) found.set('past', failed[0]);
  // One finder who tried it once and told us: the finding is over as soon as it was made.
  const reported = patterns.FINDER_REPORTED.exec(folded);
  if (reported && !found.has('past')) found.set('past', reported[0]);
  const recurring = first(patterns.ON_EVERY_DEPLOY, patterns.FEW_IN_A_PERIOD);
  if (recurring && !found.has('occasional')) found.set('occasional', recurring[0]);
  // Sensitive data made reachable is an exposure, whatever words say so.
  // Said of each other, within a few words: "the passwords are visible in the page source", not "forget their password … a link sent to
  // their email".
  // Not when only asked ("is our .env reachable from outside?").
  const said = (concept: string) => analysis.urgency.filter((m) => m.concept === concept && !m.negated && !setAside(m, context));
  const sensitives = said('sensitive');
  const sensitive = sensitives[0];
  const exposureAsked = patterns.EXPOSURE_ASKED.exec(folded)?.[0];
  const revealed = said('revealed').filter((r) => !exposureAsked?.includes(r.words));
  const made = sensitives.flatMap((s) => revealed.filter((r) => Math.abs(r.at - s.at) <= SAID_TOGETHER_WITHIN).map((r) => `${s.words} … ${r.words}`))[0];
  if (made && !found.has('exposure')) found.set('exposure', made);
  found.delete('sensitive');
  found.delete('revealed');
  // "300 orders have no e-mail, but all the e-mails were sent": a count that is wrong while everything went through, no one affected.
  if (patterns.ALL_WENT_FINE.test(folded) && ![...found.keys()].some((concept) => HARM.has(concept))) found.delete('everyone');
  let score = 0;
  const signals: string[] = [];
  // Data exposed is harm wherever it is only when it is data that matters (a key leaked from CI); "everyone sees the same cart" on staging is test data.
  const anywhere = [...found.keys()].some((concept) => HARM_ANYWHERE.has(concept) && (concept !== 'exposure' || sensitive !== undefined || anyoneCanSee !== null));
  // Staging or CI named beside production ("ran against production instead of staging") is no distance, unless production is said to be fine.
  const productionFine = patterns.PRODUCTION_FINE.test(folded);
  const production = patterns.PRODUCTION.test(folded.replace(patterns.NOT_PRODUCTION_SAID, '')) && !productionFine;
  // Money gone wrong away from production, with production said to be fine ("auf Staging alle Preise 0 €, live ist alles okay"), is test
  // money; a key or data leaked from anywhere is still leaked.
  const harmAnywhere = anywhere && !(productionFine && !found.has('exposure') && !found.has('intrusion'));
  if (patterns.ELSEWHERE_FINE.test(folded)) found.delete('not_production');
  const since = sinceSignal(folded, analysis, WEIGHTS.since);
  const underWay =
    (since !== undefined && since.weight >= WEIGHTS.since) || analysis.urgency.some((m) => m.concept === 'now' && !m.negated && UNDER_WAY.has(m.term)) || deleting !== null || patterns.AS_I_WRITE.test(folded);
  // Only weak hypothetical words ("could someone…", "if we have to") beside a harm under way: no distance.
  // Negated ones too when the negation is of knowing ("no idea if it's them or us") or of another phrase ("not private' screen before
  // the storefront"): they suppose nothing either. "I don't mind if…" still does.
  // In a longer message reporting a harm under way, distance said in sentences about other things keeps none.
  const otherNewsAt = underWay ? otherNewsIn(analysis, context, HARM) : () => false;
  // The writer's doubt or a question of whom to alert ("is it just me or…", "don't know if it's me", "should I be worried that…", "je dois
  // prévenir quelqu'un ?"): their words suppose nothing, and "just me" is no one person affected.
  const asides = asidesIn(folded);
  const playedDown = asides[0];
  const alerting = patterns.WHO_IS_ON_IT.exec(folded)?.[0];
  const saidWithin = (phrase: string | undefined, words: string) => phrase !== undefined && ` ${phrase} `.includes(` ${words} `);
  const inAnAside = (words: string) => asides.some((aside) => saidWithin(aside, words));
  const inAside = (m: ConceptMatch) => inAnAside(m.words) || saidWithin(alerting, m.words);
  const oneSaid = found.get('only_one');
  if (oneSaid !== undefined && inAnAside(oneSaid)) found.delete('only_one');
  // "vermutlich harmlos": the writer's modesty, no exercise or noise.
  const notRealSaid = found.get('not_real');
  if (notRealSaid !== undefined && saidWithin(playedDown, notRealSaid)) found.delete('not_real');
  const hypothesesSaid = analysis.urgency.filter((m) => m.concept === 'hypothetical' && !setAside(m, context) && (!m.negated || unsure(analysis.words, m.at) || m.term === 'before'));
  const hypotheses = hypothesesSaid.filter((m) => !otherNewsAt(m) && !inAside(m));
  const allHypothetical = analysis.urgency.filter((m) => m.concept === 'hypothetical' && !setAside(m, context));
  if (allHypothetical.length > 0 && allHypothetical.every(inAside)) found.delete('hypothetical');
  if (hypothesesSaid.length > 0 && hypotheses.length === 0 && analysis.urgency.every((m) => m.concept !== 'hypothetical' || m.negated || otherNewsAt(m) || setAside(m, context) || inAside(m))) found.delete('hypothetical');
  // Beside a harm under way, or money, data or an intruder at stake, weak words and a clock ("three services tomorrow", "the rest goes
  // out tomorrow") say what is at stake and when; an expired certificate has its "expires in" behind it.
  // "Probably nothing, but … since 9", "whenever": the writer playing down a harm they report as going on, no hypothesis.
  const reportedNow = underWay || found.has('now') || since !== undefined;
  const weakOrClock =
    hypotheses.length > 0 &&
    hypotheses.every((m) => WEAK_HYPOTHETICAL.has(m.term) || patterns.CLOCK_WORDS.has(m.term) || (playedDown !== undefined && PLAYING_DOWN_TERMS.has(m.term)));
  // Also data lost or the shop down with the writer calling it urgent ("I'm panicking"): "est-ce que la sauvegarde existe ?" asks about the remedy.
  const atStake = [...found.keys()].some((concept) => HARM_ANYWHERE.has(concept)) || certExpired !== null || (found.has('urgent') && (found.has('data_loss') || found.has('outage')));
  if ((underWay || signed || atStake || (playedDown !== undefined && reportedNow)) && weakOrClock && !conditional) found.delete('hypothetical');
  // Its closing question offers a harmless explanation ("maybe my phone's date is wrong?", "¿será que configuré algo mal?"): no question asked of us.
  const doubting = playedDown !== undefined && (reportedNow || atStake);
  // Sensitive data found exposed during an audit: the audit is how it was found, no hypothesis.
  // An intruder at work while a review is asked for ("review the admin login? Because right now someone is logged in as admin") too.
  // Strangers fetching it, as a log shows, while a review is asked for ("could you review the bucket's settings? … GETs from addresses we don't know"): found, not supposed.
  const foundInAudit = (sensitive !== undefined && found.has('exposure')) || (underWay && found.has('intrusion')) || strangersFetching !== null;
  if (foundInAudit && hypotheses.some((m) => patterns.AUDIT_WORDS.has(m.term)) && hypotheses.every((m) => patterns.AUDIT_WORDS.has(m.term) || WEAK_HYPOTHETICAL.has(m.term))) found.delete('hypothetical');
  // "Contact me if you want details": an offer, its "if" supposes nothing of the harm.
  const offers = [...folded.matchAll(OFFERED)].length;
  if (offers > 0 && hypotheses.length <= offers && hypotheses.every((m) => PLAIN_IF.has(m.term))) found.delete('hypothetical');
  // "… if this doesn't stop": the harm is going on, its "if" is a threat.
  if (CONTINUES.test(folded) && !conditional && hypotheses.every((m) => PLAIN_IF.has(m.term))) found.delete('hypothetical');
  const clock = patterns.TIME_BOUND.exec(folded);
  if (clock && !conditional && hypotheses.every((m) => WEAK_HYPOTHETICAL.has(m.term) || patterns.CLOCK_WORDS.has(m.term))) {
    found.delete('hypothetical');
    if (!found.has('deadline')) found.set('deadline', clock[0]);
  }
  const stuck = underWay || found.has('everyone') ? (patterns.CPU_EXHAUSTED.exec(folded) ?? LEFT_SPINNING.exec(folded)) : null;
  if (stuck && !found.has('outage')) found.set('outage', stuck[0]);
  // A past time that dates the cause of a harm still going on, or a thing, a change or a baseline, keeps no distance (urgencyPast.ts).
  const harms = [...found].filter(([concept]) => HARM.has(concept) && concept !== 'urgent');
  if (pastOnlyDates({ analysis, context, harms, fineSaid, underWay, reportedNow, weak: WEAK_HYPOTHETICAL })) found.delete('past');
  const halt = terse.HALT_ORDER.exec(folded) ?? terse.HALT_ORDER_ACCENTED.exec(text);
  if (halt) found.set('halt', halt[0].replace(/^[^\p{L}]+/u, ''));
  const oneCase = patterns.ONE_CASE.test(folded) && !found.has('everyone') && since === undefined;
  for (const [concept, said] of found) {
    if (concept === 'not_production' && (harmAnywhere || production)) continue;
    if (concept === 'hypothetical' && found.has('deadline')) continue;
    // Read (a feature for the model) but no sign either way: "4 million rows" is data, not people.
    if (WEIGHTS[concept] === undefined) continue;
    score += concept === 'exposure' && bareExposures.has(said) && !sensitive ? BARE_EXPOSURE_WEIGHT : concept === 'money' && oneCase ? ONE_CASE_MONEY_WEIGHT : WEIGHTS[concept];
    signals.push(`${LABELS.get(concept) ?? concept} ("${said}")`);
  }
  if (since) {
    score += since.weight;
    found.set('since', since.said);
    signals.push(`${LABELS.get('since')} ("${since.said}")`);
  }
  // Something broken counts as harm once it is broken for everyone, or since a time or a change.
  // "So I think that's expected": normal, nothing broken.
  const defect = analysis.intents.find(
    (m) => m.concept === 'defect' && !denied(analysis.words, m) && !onlyCounts(folded, m.words) && !(m.words === 'expected' && patterns.AS_EXPECTED.test(folded)),
  );
  // "… but the card is charged the right amount": the wrong amount is only shown, no money moving.
  const chargedRight = patterns.CHARGED_RIGHT.test(folded);
  if (chargedRight) found.delete('money');
  // An error shown for a second and gone is a glitch to fix, whoever sees it.
  const harmNamed = [...found.keys()].some((concept) => HARM.has(concept));
  // How something looks, with no harm named ("the logo looks fuzzy on every MacBook", a wrong amount in a mail while the card is charged
  // right), is a look to fix, however many see it.
  const onlyLooks = (patterns.ONLY_LOOKS.test(folded) || chargedRight) && !harmNamed;
  const broken = defect !== undefined && (found.has('everyone') || found.has('since')) && !patterns.FLASH_OF_ERROR.test(folded) && !onlyLooks;
  if (broken) {
    score += BROKEN_WEIGHT;
    signals.push(`something broken ("${defect.words}")`);
  }
  const onIt = alerting !== undefined;
  const shouting = patterns.SHOUTING.test(text) || onIt;
  if (shouting) {
    score += 0.5;
    signals.push('insistent wording');
  }
  const askingBecause = patterns.ASKING_BECAUSE.test(folded);
  const leaking = (found.has('exposure') && !bareExposures.has(found.get('exposure') ?? '')) || found.has('intrusion');
  const calm = new Set<string>();
  // In a list or a message that turns to another matter, work asked for in the sentences that do not report the harm is other news
  // ("could we get a personalised option? … oh and also, since this morning the basket shows someone else's address").
  const elsewhere = underWay && harmNamed && patterns.SEVERAL_MATTERS.test(text) ? otherSentences(analysis, context, HARM) : () => false;
  const courtesy = analysis.words.findIndex((word) => !COURTESY.has(word));
  for (const match of analysis.intents) {
    const weight = CALM_INTENTS[match.concept];
    if (weight === undefined || match.negated || calm.has(match.concept) || ((askingBecause || doubting) && (match.concept === 'question' || match.concept === 'build_new'))) continue;
    if (CALM_AT_START.has(match.concept) && match.at - Math.max(0, courtesy) >= CALM_WITHIN_WORDS) continue;
    if (elsewhere(match.at)) continue;
    // "Product descriptions are being overwritten…": what something is undergoing, not an ask.
    const next = match.at + match.words.split(' ').length;
    if ((analysis.words[next] === 'are' || analysis.words[next] === 'is') && analysis.words[next + 1] === 'being') continue;
    // "the support dashboard", "our support team": a noun, no feature asked for.
    if (match.words === 'support' && SUPPORT_AS_NOUN.has(analysis.words[match.at - 1] ?? '')) continue;
    if (match.words === 'random' && RANDOM_WHO_OR_WHAT.has(analysis.words[match.at + 1] ?? '')) continue;
    // "cart totals add VAT on top of VAT": what the shop does, its subject before it, no feature asked for.
    if (match.words === 'add' && /^[a-z]{3,}s$/.test(analysis.words[match.at - 1] ?? '') && match.at - Math.max(0, courtesy) > 0) continue;
    // "Sometimes shows the orders of a different customer": a leak now and then is a leak.
    if (match.concept === 'intermittent' && leaking) continue;
    calm.add(match.concept);
    score += weight;
  }
  // Asked rather than reported: "is the export leaking more fields than needed?"
  const asked = (/\?\s*$/.test(text.trim()) || /^\s*¿/.test(text) || patterns.ASKED_FIRST.test(text.trim())) && !patterns.WHAT_IS_HAPPENING.test(text) && !patterns.WHO_DID_IT.test(folded) && !onIt && !askingBecause && !doubting;
  if (asked) score += ASKED_WEIGHT;
  // Everyone affected, now or since a time, is harm even in words the lexicon does not know ("getting logged out").
  const widespread = found.has('everyone') && (found.has('now') || found.has('since')) && !onlyLooks;
  const harm = broken || widespread || harmNamed;
  const rounded = Math.round(score * 100) / 100;
  // Said as a hypothesis, a precaution or the past, it is not an incident being reported: at most a possible one.
  // A deadline's "if" or "before" ("we lose the money unless it runs before Friday") is the condition of a harm, not a hypothesis.
  const inCircumstance =
    onlyLooks || found.has('not_real') || (found.has('not_production') && !harmAnywhere && !production) || (found.has('only_one') && !(anywhere && (found.has('exposure') || found.has('intrusion'))));
  const inWording = (found.has('hypothetical') && !found.has('deadline')) || found.has('past');
  const distance = inCircumstance ? 'circumstance' : inWording ? 'wording' : undefined;
  const level = !harm ? 'none' : rounded >= INCIDENT_AT && distance === undefined ? 'incident' : rounded >= POSSIBLE_AT ? 'possible' : 'none';
  const kinds = [
    ...found.keys(), ...(broken ? ['broken'] : []), ...(widespread ? ['widespread'] : []), ...(shouting ? ['insistent'] : []), ...(asked ? ['asked'] : []), ...(doubting ? ['played_down'] : []),
    ...[...calm].map((c) => `calm:${c}`),
  ];
  return { level, score: rounded, signals: level === 'none' ? [] : signals, kinds: kinds.sort(), distance };
}
