import type { Rule } from './urgencyContext';
import { APOLOGY_WORDS, WOULD_BE_FINE_BUT } from './urgencyPatterns';
import { reported } from './urgencyWords';
import { after, ASKED_OF_YOU, ASKED_TO, AT_ONCE, AUDIT_RECORD, AUDIT_SAYS, AUDIT_TOOLS, BEFORE_WHAT, EACH, frenchPastParticiple, MACHINES, PLEASE_BEFORE, PROJECT_THINGS, RECIPE, RECIPE_WHO, REVIEW_SITES, REVIEWER, RIGHT_AWAY, TIMES_OF_DAY, VERIFY, VISITING, WEATHER, WENT_TO, WISHED_BACK } from './urgencyContextWords';

/**
 * When a word of hypothesis or precaution, where it stands, supposes nothing (urgencyContext.ts sets such matches aside): a request for
 * help ("could you look"), an idiom ("no tomorrow"), a date ("the Thursday before the bank holiday"), what did not go as it ought
 * ("should have run at six"), a comparison ("como si fueran centavos"), what a fraudster asks customers to do.
 */

/** "Llevamos", "lleva": a time spent so far. */
const LASTED: ReadonlySet<string> = new Set(['llevamos', 'llevan', 'lleva', 'llevo', 'llevas']);
const NORMAL_ASKED: ReadonlySet<string> = new Set(['is that normal', 'is this normal', 'ist das normal', 'est ce normal', 'es normal']);
/** "Than they should", "longer than it should": a comparison with what is right, no supposition. */
const afterThan = (words: readonly string[], at: number) => words[at - 1] === 'than' || words[at - 2] === 'than';
/** "J'imagine que c'est pareil pour toutes", "I imagine it's all of them": the writer's guess at how far the harm goes, not a hypothesis. */
const GUESSED = /\b(?:j'?\s?|i |we |je m'?\s?)imagine\b(?!\s+(?:if|si|what|a|an|un|une)\b)/;
/** What stands before an "is there" that says where something is ("the pay button is there, I press it", "it is there only on computers"), no question. */
const PLACED_BEFORE_THERE: ReadonlySet<string> = new Set(['button', 'field', 'link', 'page', 'form', 'option', 'menu', 'banner', 'box', 'icon', 'basket', 'cart', 'order', 'orders', 'it', 'still', 'only']);
/** Days the trade looks to, after a "before": "the Thursday before the bank holiday". */
const OCCASIONS: ReadonlySet<string> = new Set(['holiday', 'holidays', 'weekend', 'christmas', 'easter', 'feiertag', 'feiertage', 'wochenende', 'weihnachten', 'ostern', 'noel', 'paques', 'navidad', 'pascua']);
/** Who did something: "I merged before leg day". */
const DOERS: ReadonlySet<string> = new Set(['i', 'we', 'he', 'she', 'they', 'you', 'someone', 'somebody']);

export const HYPOTHETICAL_RULES: readonly Rule[] = [
  // "sorry if this is the wrong place", "it's probably nothing, but …": politeness, no hypothesis.
  // "just wondering, why would …": as polite.
  (m, c) => APOLOGY_WORDS.has(c.words[m.at - 1] ?? '') || (m.term === 'probably nothing' && c.words[m.at + 2] === 'but') || (m.term === 'wondering' && c.words[m.at - 1] === 'just'),
  (m, c) => reported(c.words, m.at, m.term),
  // "esto no es normal", "this is not normal": a report that something is wrong, not a question whether it is.
  (m) => m.negated && NORMAL_ASKED.has(m.term),
  (m, c) => m.term === 'would' && WOULD_BE_FINE_BUT.test(c.folded),
  // "llevamos toda la mañana sin que nadie pueda entrar": how long the harm has lasted, not what the work must keep from happening.
  (m, c) => m.term === 'sin que nadie' && c.words.slice(Math.max(0, m.at - 6), m.at).some((word) => LASTED.has(word)),
  (m, c) => m.term === 'should' && afterThan(c.words, m.at),
  // "we need a plan for the next hours", "the proper plan for what comes after": what to do now and next, not a precaution.
  (m, c) => m.term === 'plan for' && /^(?:the )?next (?:few )?hours?\b|^(?:today|tonight)\b|^what comes (?:after|next)\b/.test(after(m, c, 4)),
  // "takes a minute to load a page if it loads at all": how badly it works, not a supposition.
  (m, c) => m.words === 'if' && /^(?:it|the page|the site|the shop|a page|anything) (?:loads|opens|works|comes up|responds) at all\b/.test(after(m, c, 5)),
  // "Wär schön, wenn man wieder bezahlen könnte": an ironic wish, which reports that it does not work.
  (m, c) => ` ${WISHED_BACK.exec(c.folded)?.[0] ?? ''} `.includes(` ${m.words} `),
  // "not accepting commands to avoid wraparound data loss": the database's own words, quoted.
  (m, c) => m.term === 'avoid' && /^(?:wraparound|a database shutdown)\b/.test(after(m, c, 3)),
  // "the project CPU quota lets it have 6": the cloud project, no plan.
  (m, c) => m.words === 'project' && PROJECT_THINGS.has(c.words[m.at + 1] ?? ''),
  // "orders pouring in like there's no tomorrow": an idiom.
  (m, c) => m.words === 'tomorrow' && c.words[m.at - 1] === 'no',
  // "before all, happy new year!": first of all. "Is there a way round it?": a fix asked for. "jedes Mal, wenn i neu lad": each time.
  (m, c) => m.term === 'before' && c.words[m.at + 1] === 'all',
  // "quedó en soles como si fueran centavos", "as if they were cents": a comparison, no supposition.
  (m, c) => (m.words === 'si' || m.words === 'if') && ['como', 'comme', 'as'].includes(c.words[m.at - 1] ?? ''),
  // SQL's "DROP TABLE IF EXISTS" in a pasted log; "c'est ce que j'ai": that is what I get; "thought you'd want to know": courtesy.
  (m, c) => (m.words === 'if' && (c.words[m.at + 1] === 'exists' || c.words[m.at + 2] === 'exists')) || (m.term === 'est ce que' && /\bc['’]\s?est ce que\b/.test(c.folded) && !/(?<!c['’]\s?)\best[- ]ce que\b/.test(c.folded)) || (m.term === 'want to know' && c.words.slice(Math.max(0, m.at - 3), m.at).includes('thought')),
  (m, c) => m.words === 'is there' && c.words[m.at + 2] === 'a' && c.words[m.at + 3] === 'way',
  (m, c) => m.words === 'wenn' && c.words[m.at - 1] === 'mal' && c.words[m.at - 2] === 'jedes',
  // "D'Leit sogn, wenn's auf unsa Seitn gengan, kummt a Seitn mit Werbung": when they go to the shop, what they get.
  (m, c) => m.words === 'wenn' && c.words.slice(m.at + 1, m.at + 6).some((word) => VISITING.has(word)),
  // "checked the order screen and the addresses there are hers too": what the writer did to look, no check asked for.
  (m) => m.term === 'check the' && m.words.startsWith('checked'),
  (m, c) => /^(?:revisando|checking|going through|en verifiant|beim prufen)$/.test(m.words) && /\b(?:veo|vi|note|noto|i see|i saw|i noticed|je vois|j'?\s?ai vu|sehe|seh ich)\b/.test(after(m, c, 8)),
  // "15 orders before lunch": a time of day.
  (m, c) => m.term === 'before' && TIMES_OF_DAY.has(c.words[m.at + 1] ?? ''),
  // "You should see the packing table": an idiom; "a hundredth of what they should be": the expected value.
  (m, c) => m.term === 'should' && (c.words[m.at + 1] === 'see' || c.words[m.at - 2] === 'what'),
  // "Thought ye should know": courtesy.
  (m, c) => m.term === 'should' && c.words[m.at + 1] === 'know' && c.words.slice(Math.max(0, m.at - 3), m.at).includes('thought'),
  // "Thursday before the bank holiday": a date.
  (m, c) => m.term === 'before' && c.words.slice(m.at + 1, m.at + 4).some((word) => OCCASIONS.has(word)),
  (m, c) => m.words === 'is there' && PLACED_BEFORE_THERE.has(c.words[m.at - 1] ?? ''),
  // "the tills check the balance": what a machine does, no check asked for.
  (m, c) => m.term === 'check the' && MACHINES.has(c.words[m.at - 1] ?? ''),
  // "should the basket panel really read 'internal error' for all visitors?": a report put as a question of what ought to be.
  (m, c) => m.term === 'should' && c.words.slice(m.at + 1, m.at + 5).includes('really'),
  (m, c) => m.term === 'imagine' && GUESSED.test(c.folded),
  // "Könnt ihr bitte sofort schauen?", "revisa al tiro": asked to act, now; no supposition, no audit.
  (m, c) => (m.words === 'konnt' || m.words === 'konntet' || m.words === 'konntest') && ASKED_OF_YOU.has(c.words[m.at + 1] ?? '') && c.words.slice(m.at + 2, m.at + 5).some((word) => AT_ONCE.has(word)),
  // "Favor revisar su integración a la brevedad": please check, asked of us.
  (m, c) => (m.words === 'revisa' && RIGHT_AWAY.has(c.words.slice(m.at + 1, m.at + 3).join(' '))) || ((m.words === 'revisar' || m.words === 'revisa') && PLEASE_BEFORE.has(c.words[m.at - 1] ?? '')),
  // "can be opened in the browser if you put /.env after our address": how to reach it, no supposition.
  (m, c) => (m.words === 'if' || m.words === 'si') && RECIPE_WHO.has(c.words[m.at + 1] ?? '') && RECIPE.has(c.words[m.at + 2] ?? ''),
  // "Review on our Google listing": a customer's review, no audit asked for.
  (m, c) => m.term === 'review' && c.words[m.at + 1] === 'on' && REVIEW_SITES.has(c.words[m.at + (c.words[m.at + 2] === 'our' ? 3 : 2)] ?? ''),
  // "Estoy revisando y hay como 200 cobros…": what the writer is doing as they report, no review asked for.
  (m, c) => m.words === 'revisando' && (c.words[m.at - 1] === 'estoy' || c.words[m.at - 1] === 'estamos'),
  // "Fui a revisar las fotos", "I was checking the new photographs": what the writer did when they saw it.
  (m, c) => (m.words === 'revisar' && c.words[m.at - 1] === 'a' && WENT_TO.has(c.words[m.at - 2] ?? '')) || (m.term === 'checking the' && (c.words[m.at - 1] === 'was' || c.words[m.at - 1] === 'were')),
  // "when the swell forecast is out": the weather's.
  (m, c) => m.words === 'forecast' && WEATHER.has(c.words[m.at - 1] ?? ''),
  // "Your account has been placed under review": a state someone else put it in, no audit asked for; "account review in 48h": the
  // provider's review of our account, a deadline.
  (m, c) => m.term === 'review' && (c.words[m.at - 1] === 'under' || (c.words[m.at - 1] === 'account' && c.words[m.at + 1] === 'in')),
  // "reviews mention a weird popup", "under her review", "shows each reviewer's email": what customers write, no audit asked for.
  (m, c) => m.term === 'review' && (m.words === 'reviews' || (m.words === 'reviewer' && EACH.has(c.words[m.at - 1] ?? '')) || REVIEWER.has(c.words[m.at - 1] ?? '')),
  // "Maintenance was supposed to end at 6": an expectation that was not met, no supposition.
  (m, c) => m.words === 'supposed' && (c.words[m.at - 1] === 'was' || c.words[m.at - 1] === 'were'),
  (m, c) => m.term === 'before' && c.words.slice(m.at + 1, m.at + 4).some((word) => BEFORE_WHAT.has(word)),
  // "the deploy I merged before leg day": when it was done, no precaution.
  (m, c) => m.term === 'before' && /ed$/.test(c.words[m.at - 1] ?? '') && DOERS.has(c.words[m.at - 2] ?? ''),
  // "J'ai vérifié septante colis": checked, not to be checked.
  frenchPastParticiple,
  // Catalan "si us plau" (please) holds no "if".
  (m, c) => m.words === 'si' && c.words[m.at + 1] === 'us' && c.words[m.at + 2] === 'plau',
  // "money that left the account and shouldn't have", "the job should have run at six": what did not go as it ought, no supposition.
  (m, c) => m.term === 'should' && (c.words[m.at + 1] === 'have' || (c.words[m.at + 1] === 'not' && c.words[m.at + 2] === 'have')),
  // "baskets come up empty, so nobody gets as far as paying": what follows from the harm ("add a lock so nobody gets charged twice"
  // is what the work must prevent).
  // "so nobody is buying": as much a consequence ("so nobody is charged twice" is a purpose).
  // "…, so nobody buys the same thing twice": what the work must prevent, even after a comma.
  (m, c) =>
    /^so no/.test(m.term) &&
    !c.words.slice(m.at, m.at + 10).some((word) => word === 'twice' || word === 'again' || word === 'same') &&
    (new RegExp(`[,;:]\\s*${m.words}\\b`).test(c.folded) || (m.term.endsWith(' is') && /ing$/.test(c.words[m.at + m.words.split(' ').length] ?? ''))),
  // "un SMS pidiendo verificar su tarjeta": what a fraudster asks customers to do, no check asked of us.
  (m, c) => VERIFY.has(m.term) && ASKED_TO.has(c.words[m.at - 1] ?? ''),
  // "audit has no entry", "the audit log shows nothing": the log, no audit asked for ("npm audit shows", "design an audit trail" are).
  (m, c) => m.term === 'audit' && !AUDIT_TOOLS.has(c.words[m.at - 1] ?? '') && (c.words[m.at + 1] === 'has' || (AUDIT_RECORD.has(c.words[m.at + 1] ?? '') && AUDIT_SAYS.has(c.words[m.at + 2] ?? ''))),
];
