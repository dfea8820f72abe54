import type { TextAnalysis } from '../meaning/analysis';
import { PAST_DATE_TERMS } from '../meaning/urgencyDistanceLexicon';
import { setAside, type MatchContext } from './urgencyContext';
import { SINCE_THEN, STILL_GOING } from './urgencyPatterns';
import { PERIODS, SINCE_WORDS, UNDER_WAY } from './urgencyWords';

/**
 * When a time in the past keeps a harm at a distance ("last week the checkout charged twice": over, at most a possible incident) and
 * when it only dates something of a harm that is now: a thing made then, the change it comes from, when it began, the baseline a figure
 * is measured against, or the cause of a harm still going on. Each word rule takes the text's words (`TextAnalysis.words`) and the
 * index the past time was read at.
 */

export interface PastSaid {
  readonly analysis: TextAnalysis;
  readonly context: MatchContext;
  /** The harms found so far, concept and words: a past date of their cause keeps no distance while they go on. */
  readonly harms: readonly (readonly [string, string])[];
  /** Production said to be fine ("en producción todo bien"): nothing goes on. */
  readonly fineSaid: string | undefined;
  /** A harm reported as under way ("right now", "since 9:00"), and told as now at all ("now", "since"). */
  readonly underWay: boolean;
  readonly reportedNow: boolean;
  /** Distance words that keep none beside a harm under way ("yesterday" among them). */
  readonly weak: ReadonlySet<string>;
}

/** Whether every past time said only dates something of a harm that is now: then the past keeps no distance. */
export function pastOnlyDates({ analysis, context, harms, fineSaid, underWay, reportedNow, weak }: PastSaid): boolean {
  const { folded, words } = context;
  const pasts = analysis.urgency.filter((m) => m.concept === 'past' && !m.negated && !setAside(m, context));
  if (pasts.length === 0) return false;
  // A harm still going on, whose cause a past date dates ("logging left on after last week's deploy … still writing as we speak"): no distance.
  // "Seitdem … null Bestellungen": ever since, of a harm said after it.
  const nowSaid = analysis.urgency.some((m) => m.concept === 'now' && !m.negated && UNDER_WAY.has(m.term));
  const sinceThen = SINCE_THEN.exec(folded);
  const goingOn = fineSaid === undefined && harms.length > 0 &&
    (STILL_GOING.test(folded) || nowSaid || (sinceThen !== null && harms.some(([, said]) => folded.lastIndexOf(said) > sinceThen.index)));
  if ((underWay || goingOn) && pasts.every((m) => weak.has(m.term) || (goingOn && PAST_DATE_TERMS.includes(m.term)))) return true;
  const dating = (at: number, said: string) =>
    datesAThing(words, at) || ownedByAThing(words, at, said, folded) || comparedWith(words, at) || (underWay && ofAPeriod(words, at)) || datesTheStart(words, at) ||
    datesAChange(words, at, said, reportedNow);
  return pasts.every((m) => dating(m.at, m.words));
}

/**
 * A time in the past that dates a thing rather than the event: "test accounts we created last week", "orders placed last month are
 * charged again today". The event is still now.
 */
const UNTIL: ReadonlySet<string> = new Set(['bis', 'until', 'hasta', 'jusqu']);
const MADE: ReadonlySet<string> = new Set([
  'created', 'made', 'registered', 'placed', 'ordered', 'opened', 'bought', 'added', 'signed', 'issued', 'deleted', 'removed',
  'erstellt', 'angelegt', 'bestellt', 'gekauft', 'cree', 'crees', 'creee', 'creees', 'commande', 'commandes', 'creado', 'creados', 'creada', 'creadas', 'hecho', 'hechos',
]);
/** Things a past period may date: "our QA dummy accounts from last week are in it" (the leak is today). */
const THINGS: ReadonlySet<string> = new Set([
  'accounts', 'orders', 'customers', 'users', 'carts', 'rows', 'records', 'emails', 'entries', 'signups', 'payments', 'invoices', 'products',
  'authorisations', 'authorizations', 'payouts', 'captures', 'some', 'many', 'most',
  // "the order numbers match the ones from last month", "los de la semana pasada": the things named just before, dated.
  'ones', 'those', 'los', 'las', 'ceux', 'celles',
  'konten', 'bestellungen', 'kunden', 'comptes', 'commandes', 'clients', 'cuentas', 'pedidos', 'clientes',
  // What is live again from an earlier time: "the storefront shows last week's prices", "restored last month's dump over the live database".
  'prices', 'price', 'data', 'dump', 'backup', 'snapshot', 'stock', 'catalogue', 'catalog', 'preise', 'daten', 'prix', 'donnees', 'precios', 'datos',
]);
/** Changes a past date owns, which a harm now may come from: "last week's frontend build shipped with the test key". */
const CHANGES: ReadonlySet<string> = new Set(['deploy', 'deployment', 'release', 'build', 'import', 'update', 'migration', 'change', 'changes', 'commit', 'upgrade', 'push', 'merge']);
/**
 * A past time said as a thing's own ("last week's authorisations run out tomorrow"): `said` is the time as the folded text has it. The
 * words have lost the "'s" ("last week's prices" reads "last week prices"), so the text tells the possessive.
 */
const ownedByAThing = (words: readonly string[], at: number, said: string, folded: string) => {
  const next = at + said.split(' ').length;
  return (THINGS.has(words[next] ?? '') || CHANGES.has(words[next] ?? '') || CHANGES.has(words[next + 1] ?? '')) && folded.includes(`${said}'s `);
};
const datesAThing = (words: readonly string[], at: number) =>
  words.slice(Math.max(0, at - 2), at).some((word) => MADE.has(word)) ||
  // "mit E-Mail, Adresse und Bestellungen bis letzte Woche": how recent the data is.
  UNTIL.has(words[at - 1] ?? '') ||
  // "real people who bought glasses from us last month": the customers' purchase, dated.
  (words.slice(Math.max(0, at - 5), at).some((word) => MADE.has(word)) && words.slice(Math.max(0, at - 3), at).join(' ').includes('from us')) ||
  // "her order for a tweed cap from last week": the order, dated.
  (OF.has(words[at - 1] ?? '') && words.slice(Math.max(0, at - 7), at - 1).some((word) => PURCHASES.has(word))) || ((OF.has(words[at - 1] ?? '') || words[at - 1] === 'de') && THINGS.has(words[at - 2] ?? ''));
/** What a customer bought: "her order for a tweed cap from last week". */
const PURCHASES: ReadonlySet<string> = new Set(['order', 'purchase', 'pedido', 'compra', 'commande', 'achat', 'bestellung', 'kauf']);
/** A change made to the shop or what pays for it: "last week we changed plan with PayBridge", "the card was renewed last month". */
const CHANGED: ReadonlySet<string> = new Set([
  'changed', 'renewed', 'switched', 'updated', 'upgraded', 'migrated', 'moved', 'replaced', 'edited', 'redid', 'rebuilt', 'redeployed', 'reworked', 'rewrote',
  'committed', 'pushed', 'uploaded', 'deployed', 'imported', 'hochgeladen', 'importiert', 'subimos', 'subieron', 'importamos',
  'geandert', 'gewechselt', 'umgestellt', 'erneuert', 'aktualisiert', 'change', 'modifie', 'renouvele', 'renouvelee', 'migre',
  'cambiamos', 'cambiaron', 'cambio', 'actualizamos', 'actualizaron', 'renovamos', 'renovada', 'renovado', 'migramos',
]);
/** A message sent then: "le registrar avait envoyé un mail en anglais la semaine dernière" (and nobody can reach the shop now). */
const SENT: ReadonlySet<string> = new Set([
  'sent', 'emailed', 'mailed', 'warned', 'envoye', 'prevenu', 'geschickt', 'geschrieben', 'gewarnt', 'mando', 'envio', 'mandaron', 'enviaron', 'aviso', 'avisaron',
]);
/**
 * A past time that dates a change made or a message sent then: "the card was renewed last month", "la semana pasada cambiamos de plan". Said a few words
 * away ("the freelance changed something in the .env file yesterday"), only of a harm told as now (`now`).
 */
const datesAChange = (words: readonly string[], at: number, said: string, now: boolean) => {
  const end = at + said.split(' ').length;
  // A date may stand a word further: "when we redid the Dockerfile last month".
  const beside = [words[at - 1], words[at - 2], words[end], ...(PAST_DATE_TERMS.includes(said) ? [words[at - 3]] : [])];
  const done = (word: string | undefined) => CHANGED.has(word ?? '') || SENT.has(word ?? '');
  return beside.some(done) || (now && words.slice(Math.max(0, at - 6), at).some(done));
};
/**
 * A time in the past after a "since": when a harm still going on began ("the worker log is silent since last Thursday") or the change
 * it is since ("hasn't run since we moved to the new cluster last week"). The harm is still now.
 */
const datesTheStart = (words: readonly string[], at: number) =>
  words.slice(Math.max(0, at - 8), at).some((word) => SINCE_WORDS.has(word)) || (words[at - 1] === 'from' && OLDEST.has(words[at - 2] ?? ''));
/** The oldest of what is stuck dates when it began: "1,906 orders pending, the oldest from last Thursday". */
const OLDEST: ReadonlySet<string> = new Set(['oldest', 'earliest', 'first']);
/**
 * A time in the past that a figure is measured against ("sessions dropped 85% compared to last Thursday", "vs last week", "same hour
 * last week €19k", "letzte Woche um diese Zeit", "ayer a esta hora"): the drop is now.
 */
const COMPARED: ReadonlySet<string> = new Set([
  'compared', 'vs', 'versus', 'than', 'against', 'gegenuber', 'vergleich', 'rapport', 'comparado', 'comparada', 'frente', 'que',
  // What worked then, said of what fails now: "all cards that worked last week".
  'worked', 'funktionierten', 'funktionierte', 'marchaient', 'marchait', 'funcionaban', 'funcionaba',
]);
/** The same moment, said after the past time: "letzte Woche um diese Zeit", "ayer a esta hora", "hier à la même heure". */
const SAME_MOMENT = /^(?:um diese zeit|zur gleichen zeit|zur selben zeit|a esta hora|a la misma hora|a cette heure|a la meme heure|at this time|around this time|by this time|at the same time)\b/;
const comparedWith = (words: readonly string[], at: number) =>
  // The two words before it, past the figure's own digits ("0% success vs 99.9% last week").
  words.slice(0, at).filter((word) => !/^\d+$/.test(word)).slice(-2).some((word) => COMPARED.has(word)) ||
  (words[at - 2] === 'same' && PERIODS.has(words[at - 1] ?? '')) ||
  // After the past time's own words ("letzte woche", "la semana pasada"): up to three of them.
  [1, 2, 3, 4].some((after) => SAME_MOMENT.test(words.slice(at + after, at + after + 5).join(' '))) ||
  // A figure right after it: "same window yesterday €4,870 and last Tuesday €5,120".
  (words[at - 1] === 'and' && /^\d/.test(words[at + 2] ?? ''));
/**
 * A past period a thing belongs to ("re-sent every refund of the last month"), not when the event was: with a harm under way since a
 * time, the event is still now.
 */
const OF: ReadonlySet<string> = new Set(['of', 'from', 'von', 'vom', 'aus', 'du', 'des', 'del']);
const THE: ReadonlySet<string> = new Set(['the', 'der', 'dem', 'le', 'la', 'el']);
const ofAPeriod = (words: readonly string[], at: number) =>
  OF.has(words[at - 1] ?? '') || (THE.has(words[at - 1] ?? '') && OF.has(words[at - 2] ?? ''));
