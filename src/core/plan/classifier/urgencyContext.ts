import { escapeRegExp } from '../../kernel/regExp';
import type { ConceptMatch } from '../meaning/concepts';
import { LOCAL_COMMUNITY, ONLY_BELIEVED, SEVERITY_COUNT } from './urgencyPatterns';
import { HYPOTHETICAL_RULES } from './urgencyHypotheses';
import { NOBODY, NOBODY_BEFORE, PERIODS, tallied } from './urgencyWords';
import {
  CODE_PARTS,
  CONTRAST,
  COUNTING,
  COUPON_OF,
  DUMP_TOOLS,
  FIGURES,
  FINE_IN_ONE_BUT,
  HARMED,
  HERE_IN_FRENCH,
  KEY_NAMED,
  BEGINS,
  BEGINS_WITH,
  LIVE_PLACE,
  MONITORS,
  MOVED_TO,
  ORDERS_PLACED,
  PARTICLE_BEFORE,
  PAGE_PARTS,
  PARTICLE_NEXT,
  PROBES,
  REAL_PAYING,
  RECORDS,
  SOLD_DATA,
  STAFF_ABSENT,
  TAKEN_OFF,
  TEST_IDENTITY,
  TEST_KEY,
  THANKS,
  THAT_OF,
  THIS_WEEK,
  THIS_WEEK_AS_WHEN,
  TRIAL_OF,
  TRIED,
  TYPED,
  WENT,
  WHEN,
  after,
  frenchPastParticiple,
  TIMES_OF_DAY,
} from './urgencyContextWords';

/**
 * The urgency lexicon's matches read in their context: a word the lexicon knows that, where it stands, is no sign of what it
 * usually says ("a local forum" is no local environment, "jeden Montag" is not everyone). readUrgency sets such matches aside.
 */

export interface MatchContext {
  readonly text: string;
  /** The text folded (foldText): lower case, no accents. */
  readonly folded: string;
  readonly words: readonly string[];
  /** Urgent words that are part of a name ("Critical Path Ltd", a quoted "URGENT"), folded. */
  readonly named: ReadonlySet<string>;
  /** How much a concept counts: positive for a sign of harm, negative for one of distance. */
  readonly weight: (concept: string) => number;
}

export type Rule = (match: ConceptMatch, context: MatchContext) => boolean;

/**
 * Words that say "exposed" of anything — Docker's EXPOSE, the public/ folder, a leak in memory:
 * an exposure at full weight only of data said to be sensitive; alone, a possible one.
 */
/** Had, sold or taken in: "we've had nothing since". */
const HAD: ReadonlySet<string> = new Set(['had', 'have', 'got', 'gotten', 'sold', 'taken']);
const BARE_EXPOSURE: ReadonlySet<string> = new Set([
  'public', 'publicly', 'expose', 'exposed', 'exposing', 'leak', 'leaks', 'leaking', 'dump', 'dumps', 'scraped', 'scraping', 'scrape', 'same cart',
  // Search results show anything, prices included: data that matters in them is an exposure.
  'in search results',
  // Something is in the logs: an exposure when it is data that matters ("card numbers in the logs"), not a stack trace.
  'in the logs', 'in our logs', 'in plain text',
  // Published, of anything: a product's "publié" state, an event the checkout publishes.
  'publie', 'publiees', 'publicados', 'veroffentlicht', 'publico', 'publica', 'publicaron', 'publicado',
]);
/** An exposure said in words that say it of anything (see BARE_EXPOSURE). */
export const bareExposure = (match: ConceptMatch) => match.concept === 'exposure' && (BARE_EXPOSURE.has(match.words) || BARE_EXPOSURE.has(match.term));
/** A word of BARE_EXPOSURE written as part of a path ("dropped into public/", "/public/img") names a folder, not an exposure. */
const asPath = (text: string, word: string) => new RegExp(`(^|[\\s('"\`])\\.?\\/?${word}\\/|\\/${word}\\b`, 'i').test(text);

/** Every "now" in the text is a function called (SQL's now(), Date.now()): code, not a time. */
const nowOnlyInCode = (text: string) => /\bnow\s*\(/i.test(text) && !/(?<![.\w])now\b(?!\s*\()/i.test(text);
/** A button's label with "now" in it, as written: "clicks Pay now", "the Buy Now button". */
const BUTTON_NOW = /\b(Pay|Buy|Order|Book|Subscribe|Checkout) [Nn]ow\b|\b(pay|buy|order|book) now (button|link)\b/;
/** A word written only inside names ("emergency-scripts/", "incident_report.md"), never on its own. */
function inNamesOnly(folded: string, words: string): boolean {
  const all = [...folded.matchAll(new RegExp(`\\b${escapeRegExp(words)}\\b`, 'g'))];
  return all.length > 0 && all.every((m) => /[-_/.]\w/.test(folded.slice(m.index + words.length, m.index + words.length + 2)) || /\w[-_/.]$/.test(folded.slice(Math.max(0, m.index - 2), m.index)));
}
/** "This week" as now and then only beside a count; alone ("every payout this week was returned") or beside a zero ("reads 0 for this week") it is when the harm is. */
const counted = (words: readonly string[], at: number) => words.slice(Math.max(0, at - 6), at + 6).some((word) => COUNTING.has(word) || /^[1-9]/.test(word));
/** A wish's modal: "could the shop charge in dollars". */
const WISHING: ReadonlySet<string> = new Set(['could', 'can', 'would', 'should', 'konnte', 'pourrait', 'podria']);
/** An "if" or a "whether", in the four languages. */
const CONDITION: ReadonlySet<string> = new Set(['if', 'whether', 'ob', 'si']);
/** Where people talk: asking, complaining or joking on Twitter or a forum. */
const TALKING: ReadonlySet<string> = new Set(['ask', 'asks', 'asking', 'asked', 'complain', 'complains', 'complaining', 'joke', 'joking', 'wonder', 'wondering', 'chat', 'talk', 'talking', 'read', 'heard']);
/** Shops in general, not this one: "small shops", "a lot of sites", "muchas tiendas". */
const OTHER_SHOPS = /\b(?:small|many|most|some|other|lots of|a lot of|plenty of|kleine|viele|andere|des|petites|beaucoup de|muchas|otras|pequenas)\s+(?:shops|sites|stores|companies|websites|laden|boutiques|tiendas|empresas)\b/;
/** "Small shops keep them in plain text": what other shops do, as heard, nothing of ours out. */
const otherShops = (m: ConceptMatch, c: MatchContext) => OTHER_SHOPS.test(c.words.slice(Math.max(0, m.at - 6), m.at).join(' '));
/** What someone there said, right after the place: "someone on a forum said…". */
const SAID_THERE: ReadonlySet<string> = new Set(['said', 'says', 'say', 'wrote', 'writes', 'claims', 'claimed', 'reckons', 'mentioned', 'suggests', 'suggested']);
/** Email addresses, as written. */
const ADDRESS = /\S+@\S+/g;
/** Whether `words` occur in the text only inside an email address. */
function onlyInAddresses(folded: string, words: string): boolean {
  const inAddresses = [...folded.matchAll(ADDRESS)].some((m) => m[0].includes(words));
  return inAddresses && !new RegExp(`\\b${escapeRegExp(words)}\\b`).test(folded.replace(ADDRESS, ' '));
}
/** A status code written as one, not the end of a bigger number nor an amount: "11.500 €" and "over £500" hold no 500. */
const codeAlone = (text: string, code: string) => new RegExp(`(?<!\\d[.,'’]?)(?<![£€$]\\s?)${code}(?![.,'’]?\\d)(?!\\s?(?:€|£|\\$|eur\\b|euros?\\b|pounds?\\b|dollars?\\b))`).test(text);

/** Payments, before "n'ont pas passé": they did not go through, no orders someone else placed. */
const PAYMENTS_FR: ReadonlySet<string> = new Set(['paiements', 'paiement', 'transactions', 'cartes', 'virements', 'prelevements']);
/** Hours said in words after "at": "nothing since the ferry came in at nine". */
const HOURS: ReadonlySet<string> = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'noon', 'midnight']);
/** What of a test place is said to be on production: "the CDN is serving the staging build on prod". */
const PLACED_ON_PRODUCTION = /^(build|bundle|version|config|configuration|keys?|mode|banner|assets?|site)\s+(\S+\s+)?(on|in|to|en|auf|sur)\s+(prod|production|live|produccion|produktion)\b/;

/** Whatever the concept. */
const ANY_CONCEPT: readonly Rule[] = [
  // "since" is read with its time or change (sinceSignal).
  (m) => m.concept === 'since',
  // A harm said in the negative ("customer emails aren't exposed") is no sign of one ("not everyone" is read on its own).
  (m, c) => m.negated && c.weight(m.concept) > 0 && m.concept !== 'everyone',
  // A typo keeps its first letter: "probado" (tried) is no "robados" (stolen).
  (m) => m.how === 'typo' && m.words[0] !== m.term[0],
  // A sign of distance read only as a typo of one is none: "Fälle" (cases) is not "falls" (if).
  (m, c) => m.how === 'typo' && c.weight(m.concept) < 0,
  // "Critical Path Ltd", a quoted "URGENT", a folder "emergency-scripts/": part of a name.
  (m, c) => (m.concept === 'urgent' || m.concept === 'outage' || m.concept === 'intrusion') && (c.named.has(m.words) || inNamesOnly(c.folded, m.words)),
];

const BY_CONCEPT: Readonly<Record<string, readonly Rule[]>> = {
  // A scanner's count by severity ("Trivy: 3 CRITICAL, 41 HIGH") calls nothing urgent.
  urgent: [(m, c) => m.words === 'critical' && SEVERITY_COUNT.test(c.folded)],
  not_production: [
    // "not test env", "our real (not test_) key": production, said by denying the other place.
    (m) => m.negated,
    // "email set to 'test@example.com'": a word of an email address names no place (a URL's "pi.local" or "staging." host does).
    (m, c) => onlyInAddresses(c.folded, m.words),
    // "a local forum", "the local paper": where people meet, not a local environment.
    (m, c) => m.words === 'local' && LOCAL_COMMUNITY.test(c.words[m.at + 1] ?? ''),
    // "curl from my laptop prints 'SSL certificate problem'": where the writer checked from, not where the harm is.
    (m, c) => c.words[m.at - 1] === 'from' && c.words.slice(Math.max(0, m.at - 4), m.at - 1).some((word) => PROBES.has(word)),
    // "la panosse est au local": the storeroom, not a local environment.
    (m, c) => m.words === 'local' && (c.words[m.at - 1] === 'au' || c.words[m.at - 1] === 'du'),
    // "just tested from my phone", "bought one myself to test": what someone did to check, not a place away from production ("deployed
    // to test" is one); "even our test account": one more place that fails.
    (m) => m.words === 'tested',
    (m, c) => m.words === 'test' && c.words[m.at - 1] === 'to' && !MOVED_TO.has(c.words[m.at - 2] ?? ''),
    (m, c) => m.words === 'test' && c.words.slice(Math.max(0, m.at - 3), m.at).includes('even'),
    // "Synthetics test 'Checkout flow' failing": a monitor's probe of the live shop.
    (m, c) => m.words === 'test' && MONITORS.has(c.words[m.at - 1] ?? ''),
    // "on a testé sur cinq GSM", "j'ai testé en navigation privée": what someone did to check.
    frenchPastParticiple,
    // "the certificate is for *.staging.shop.example.com": the wrong name on the live certificate.
    (m, c) => m.words === 'staging' && /\bcert\w*\s+(?:is\s+)?(?:for|issued for)\s+\*?\.?staging\./.test(c.folded),
    // "the staging build on prod": production is where it is.
    (m, c) => PLACED_ON_PRODUCTION.test(after(m, c, 5)),
    // French "ci-dessous", "ci-joint": below, attached; no CI.
    (m, c) => m.words === 'ci' && HERE_IN_FRENCH.has(c.words[m.at + 1] ?? ''),
    // "ce mois-ci", "cette semaine-ci": this one, no CI.
    (m, c) => m.words === 'ci' && ['ce', 'cet', 'cette', 'ces'].includes(c.words[m.at - 2] ?? ''),
    // "I tried it with my test account and landed in a real customer's account": an account kept for checking the live shop.
    (m, c) => m.words === 'test' && (TEST_IDENTITY.has(c.words[m.at + 1] ?? '') || (c.words[m.at - 1] === 'de' && COUPON_OF.has(c.words[m.at - 2] ?? ''))),
    // "the storefront gives me the same 500 when I try it from my laptop": where the live shop was looked at from.
    (m, c) => m.words.startsWith('my ') && c.words[m.at - 1] === 'from' && TRIED.has(c.words[m.at - 2] ?? ''),
    // "Checked the shop on my laptop": where the live shop was looked at.
    (m, c) => m.words.startsWith('my ') && c.words[m.at - 1] === 'on' && c.words.slice(Math.max(0, m.at - 5), m.at - 1).some((word) => word === 'checked' || word === 'tried' || word === 'opened'),
    // "Could the last deploy have put a test_ key in PAYMENT_API_KEY?": a test key on the live shop is the harm, not a test place.
    (m, c) => m.words === 'test' && TEST_KEY.has(c.words[m.at + 1] ?? '') && c.words.slice(m.at + 2, m.at + 6).some((word) => LIVE_PLACE.has(word)),
    // "Quelqu'un aurait remis la clé test_ hier soir ?": a key named by its mode, on the live shop where payments fail.
    (m, c) => m.words === 'test' && KEY_NAMED.has(c.words[m.at - 1] ?? ''),
    // "la llave nueva empieza por test_": the key's prefix, the same.
    (m, c) => m.words === 'test' && BEGINS_WITH.has(c.words[m.at - 1] ?? '') && BEGINS.has(c.words[m.at - 2] ?? ''),
    // "the card field shows a TEST MODE banner and real cards get rejected": test mode where real cards are paid, the harm itself.
    (m, c) => m.words === 'test' && c.words[m.at + 1] === 'mode' && REAL_PAYING.test(c.folded),
    // "I thought it was my laptop but my daughter checked on her phone": a guess taken back.
    (m, c) => m.words.startsWith('my ') && c.words.slice(Math.max(0, m.at - 4), m.at).includes('thought'),
    // "My own laptop does the same": one more place the live shop fails.
    (m, c) => m.words.startsWith('my ') && c.words.slice(m.at + m.words.split(' ').length, m.at + m.words.split(' ').length + 4).includes('same'),
    // "same on my laptop": as much.
    (m, c) => m.words.startsWith('my ') && c.words.slice(Math.max(0, m.at - 3), m.at).includes('same'),
    // "manual test purchase fails with 'payment was declined'": a purchase made to check the live shop.
    (m, c) => m.words === 'test' && TRIAL_OF.has(c.words[m.at + 1] ?? ''),
    // "j'ai passé deux commandes test, pareil": orders placed on the live shop to check it ("payment test red" is a suite).
    (m, c) => m.words === 'test' && ORDERS_PLACED.has(c.words[m.at - 1] ?? ''),
  ],
  // "this is no drill": real.
  // "38 orders by 10 which is normal but the PayBridge side shows 112 charges": what is normal is set against what is not.
  not_real: [(m) => m.negated, (m, c) => CONTRAST.has(after(m, c, 1))],
  // "not only me".
  // "toutes la même adresse, celle d'un seul client": every label carries one customer's address; many affected.
  // "poniendo solo el correo": only the e-mail typed (él, him, loses its accent when folded).
  only_one: [
    (m) => m.negated,
    (m, c) => THAT_OF.has(c.words[m.at - 1] ?? '') || THAT_OF.has(c.words[m.at - 2] ?? ''),
    (m, c) => m.words === 'solo el' && (TYPED.has(c.words[m.at + 2] ?? '') || PAGE_PARTS.has(c.words[m.at + 2] ?? '')),
    // "the full order when only one item was returned": how much of an order, not how many people.
    (m, c) => m.words.startsWith('only one') && WHEN.has(c.words[m.at - 1] ?? ''),
    (m, c) => FINE_IN_ONE_BUT.test(after(m, c, 5)),
  ],
  exposure: [
    // "two orders within a second of each other": timing, no one seeing another's data.
    (m, c) => m.words === 'each other' && c.words[m.at - 1] === 'of',
    (m, c) => bareExposure(m) && (asPath(c.text, m.words) || (m.words === 'public' && c.words[m.at + 1] === 'key')),
    // "a heap dump", "the core dump": a process's memory, no customer data out (a pg_dump may be the data itself).
    (m, c) => m.words === 'dump' && DUMP_TOOLS.has(c.words[m.at - 1] ?? ''),
    otherShops,
    // "people ask on Twitter whether it's us": where people talk, nothing of ours posted there.
    // "someone on a forum said small shops keep them in plain text", "I read on a forum": what is said there, nothing of ours posted.
    (m, c) => (m.words === 'twitter' || m.words === 'forum') && (c.words.slice(Math.max(0, m.at - 3), m.at).some((word) => TALKING.has(word)) || SAID_THERE.has(c.words[m.at + 1] ?? '')),
    // "Lo que se vende después de medianoche": what the shop sells; data for sale is named ("se venden los datos de clientes").
    (m, c) => m.words.startsWith('se vende') && !c.words.slice(Math.max(0, m.at - 6), m.at + 8).some((word) => SOLD_DATA.has(word)),
  ],
  // "Three times this week" is now and then; "to ship this week" is only when.
  occasional: [(m, c) => THIS_WEEK.has(m.term) && (THIS_WEEK_AS_WHEN.test(c.folded) || !counted(c.words, m.at))],
  // "caller thought we'd been hacked": a belief reported, not an intruder.
  intrusion: [
    (m, c) => ONLY_BELIEVED.test(c.words.slice(Math.max(0, m.at - 4), m.at).join(' ')),
    // "client thinks it's an attack, it's not": said and denied.
    (m, c) => new RegExp(`\\b${escapeRegExp(m.words)},\\s+(?:it'?s|it is|that'?s|that is) not\\b`).test(c.folded),
    // "quelques paiements n'ont pas passé": payments that failed, no orders placed by someone else.
    (m, c) => m.term === 'ont pas passe' && c.words.slice(Math.max(0, m.at - 3), m.at).some((word) => PAYMENTS_FR.has(word)),
  ],
  hypothetical: HYPOTHETICAL_RULES,
  // "has been resolving to a parking page": going on, not resolved in the past.
  past: [
    (m) => m.words.endsWith('ing') && !m.term.endsWith('ing'),
    // "I restocked and it's happening again": now, no lesson from the past.
    (m, c) => m.words === 'happening again' && ['it', 'is', 'its'].includes(c.words[m.at - 1] ?? ''),
    // "Thanks again for the logo last week", "danke nochmal für die schnelle Hilfe letzte Woche": a thank-you's past, small talk before the matter.
    (m, c) => c.words.slice(Math.max(0, m.at - 8), m.at).some((word) => THANKS.has(word)),
    // "Nothing since about 10am": nothing has come in since a time, a harm under way, not a harm long past.
    // "Basically nothing since morning" too: a time of day.
    (m, c) => m.term === 'nothing since' && [c.words[m.at + 2], c.words[m.at + 3]].some((word) => /^\d/.test(word ?? '') || TIMES_OF_DAY.has(word ?? '')),
    // "we've had nothing since": no order since, not nothing wrong since.
    (m, c) => m.term === 'nothing since' && HAD.has(c.words[m.at - 1] ?? ''),
    // "nothing since the ferry came in at nine": a clock time a few words on.
    (m, c) => m.term === 'nothing since' && c.words.slice(m.at + 2, m.at + 9).some((word, i, next) => word === 'at' && (/^\d/.test(next[i + 1] ?? '') || HOURS.has(next[i + 1] ?? ''))),
    // "last year's prices on every piece": what is shown, not when; "Alle Bestellungen der letzten Monate sind weg": which orders are gone.
    (m, c) => new RegExp(`\\b${escapeRegExp(m.words)}'s\\s+(?:prices|price list|catalogue|catalog|stock|range|collection)\\b`).test(c.folded),
    (m, c) => (c.words[m.at - 1] === 'der' || c.words[m.at - 1] === 'of' || c.words[m.at - 1] === 'from') && RECORDS.has(c.words[m.at - 2] ?? ''),
    // "the domain no longer resolves to our storefront": broken now, not long resolved.
    (m, c) => m.term === 'long resolved' && c.words[m.at - 1] === 'no',
  ],
  everyone: [
    (m, c) => tallied(c.words, m.at),
    // "nobody charged twice as far as I can tell": no one harmed.
    (m, c) => NOBODY.has(m.words) && HARMED.has(c.words[m.at + m.words.split(' ').length] ?? ''),
    // "At 3am there's nobody around to query the database": no staff at hand, not no customer able.
    (m, c) => NOBODY.has(m.words) && STAFF_ABSENT.has(c.words[m.at + m.words.split(' ').length] ?? ''),
    // "jeden Montag", "every night": a schedule, not everyone.
    (m, c) => !m.words.includes(' ') && PERIODS.has(c.words[m.at + 1] ?? ''),
  ],
  server_errors: [(m, c) => /^\d{3}$/.test(m.words) && !codeAlone(c.text, m.words)],
  // "shows if payments go through": a condition, not money moving wrongly.
  money: [
    (m, c) => m.term === 'payments go through' && CONDITION.has(c.words[m.at - 1] ?? ''),
    // "Could the shop show and charge in dollars and euros as well?": a wish.
    (m, c) => m.words.startsWith('charge in') && c.words.slice(Math.max(0, m.at - 6), m.at).some((word) => WISHING.has(word)),
    // "nobody charged", "nobody has been double charged lately".
    (m, c) => NOBODY_BEFORE.test(`${c.words.slice(Math.max(0, m.at - 4), m.at).join(' ')} `),
    // "so they think we're giving it away for free": what customers believe, no money lost.
    (m, c) => /\b(?:think|thinks|believe|believes|glauben|croient|creen)\b/.test(c.words.slice(Math.max(0, m.at - 6), m.at).join(' ')),
  ],
  // "customers ask on Twitter whether we are down": someone else's question.
  outage: [
    (m, c) => CONDITION.has(c.words[m.at - 1] ?? '') && c.words.slice(Math.max(0, m.at - 6), m.at).some((word) => TALKING.has(word)),
    // "Take the spring banner offline": what the writer asks to be done, not a part that failed ("take the shop offline, prices are 0"
    // keeps its harm in the prices).
    (m, c) => m.words === 'offline' && c.words.slice(Math.max(0, m.at - 4), m.at).some((word) => TAKEN_OFF.has(word)),
    // "passt des halt net": the German particle.
    (m, c) => m.words === 'halt' && (PARTICLE_NEXT.has(c.words[m.at + 1] ?? '') || PARTICLE_BEFORE.has(c.words[m.at - 1] ?? '')),
    // "Caída de ventas en agosto": a figure falling.
    (m, c) => m.words === 'caida' && (c.words[m.at + 1] === 'de' || c.words[m.at + 1] === 'del') && FIGURES.has(c.words[m.at + 2] === 'las' || c.words[m.at + 2] === 'los' ? c.words[m.at + 3] ?? '' : c.words[m.at + 2] ?? ''),
  ],
  now: [
    // SQL's now() in a pasted query ("WHERE created_at >= date_trunc('month', now())") says nothing is happening now.
    (m, c) => m.words === 'now' && nowOnlyInCode(c.text),
    // "A customer clicks Pay now": a button's label.
    (m, c) => m.words === 'now' && BUTTON_NOW.test(c.text),
    // "since the section went live": a launch, not a harm now.
    (m, c) => m.words === 'live' && WENT.has(c.words[m.at - 1] ?? ''),
  ],
  // "the auth middleware was dropped in the router refactor": code taken out, no data lost.
  data_loss: [(m, c) => m.words.endsWith('dropped') && c.words.slice(Math.max(0, m.at - 3), m.at).some((word) => CODE_PARTS.has(word))],
  // "the frontend posts to /checkout": an HTTP request, nothing made public.
  revealed: [(m, c) => /^post(s|ed)?$/.test(m.words) && /\bpost(s|ed)? (it |them )?to (\/|the (api|endpoint|backend|server)\b)/.test(c.folded), otherShops],
};

/** Whether a lexicon match, where it stands, is no sign of its concept. */
export const setAside = (match: ConceptMatch, context: MatchContext): boolean =>
  ANY_CONCEPT.some((rule) => rule(match, context)) || (BY_CONCEPT[match.concept] ?? []).some((rule) => rule(match, context));
