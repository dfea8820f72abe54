import type { TextAnalysis } from '../meaning/analysis';
import { WEAK_HYPOTHETICAL_TERMS, WEAK_PAST_TERMS } from '../meaning/urgencyDistanceLexicon';
import { URGENCY_CONCEPTS } from '../meaning/urgencyLexicon';
import { foldText } from '../meaning/text';
import { signsInNumbers, worseningIn } from './urgencyNumbers';
import { comparedWith, CONTINUES, datesAThing, datesTheChange, denied, NOT_EVERYONE, ofAPeriod, OFFERED, ONLY_THEM, PLAIN_IF, reported, SCHEDULED, tallied, TALLYING } from './urgencyWords';

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
  /** Said as a hypothesis, a precaution, the past or away from production: not an incident being reported, whatever the model thinks. */
  readonly distanced: boolean;
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
};
/** Something must be going wrong for it to be an incident, not only "now" or "everyone". */
const HARM = new Set(['exposure', 'intrusion', 'money', 'data_loss', 'outage', 'server_errors', 'urgent', 'mistake']);
/** Harm that is real wherever it happens: a key leaked from CI is leaked. */
const HARM_ANYWHERE = new Set(['exposure', 'intrusion', 'money']);
/** Distance words that keep no distance from a harm reported as under way (urgencyDistanceLexicon.ts). */
const WEAK_HYPOTHETICAL: ReadonlySet<string> = new Set([...WEAK_HYPOTHETICAL_TERMS, ...WEAK_PAST_TERMS]);
/** Now as a fact reported, not a word of the description ("currently the checkout does…"). */
const UNDER_WAY: ReadonlySet<string> = new Set([
  'right now', 'as we speak', 'at the moment', 'at this moment', 'ongoing', 'still happening', 'keeps happening', 'happening now',
  'is happening', 'is happening right now', 'it is happening', 'still going on', 'live issue', 'rn', 'ahora mismo', 'en este momento',
  'en ce moment', 'im moment', 'gerade', 'immer noch', 'sigue pasando', 'still going', 'tourne encore', 'ca continue', 'continue encore', 'lauft noch',
  'still running', 'keeps going', 'and counting', 'keep showing up', 'keeps showing up', 'keep coming in', 'keeps coming in',
  'encore maintenant', 'arrive encore', 'sigue ocurriendo', 'passiert immer noch',
]);
/** Not knowing, before an "if" or a "whether": "no idea if", "not sure whether", "weiß nicht, ob", "je ne sais pas si". */
const UNSURE: ReadonlySet<string> = new Set(['idea', 'clue', 'sure', 'know', 'weiss', 'sais', 'se']);
const unsure = (words: readonly string[], at: number) => UNSURE.has(words[at - 1] ?? '') || UNSURE.has(words[at - 2] ?? '');
/** Work or an answer is asked for in the first words ("add monitoring…", "list the…"); later, "being created" or "customer list" describe. */
const CALM_WITHIN_WORDS = 3;
const CALM_AT_START: ReadonlySet<string> = new Set(['build_new', 'question', 'fix', 'docs']);
/** Wording that asks for work rather than reports a failure: new things, docs, intermittent faults. */
const CALM_INTENTS: Readonly<Record<string, number>> = { build_new: -2, docs: -2, intermittent: -1.5, question: -0.5, fix: -1 };
const BROKEN_WEIGHT = 1;
const ASKED_WEIGHT = -0.75;
const BARE_SINCE: ReadonlySet<string> = new Set(['since', 'seit', 'seit dem', 'depuis', 'desde', 'ago']);
/**
 * Words that say "exposed" of anything — Docker's EXPOSE, the public/ folder, a leak in memory:
 * an exposure at full weight only of data said to be sensitive; alone, a possible one.
 */
const BARE_EXPOSURE: ReadonlySet<string> = new Set([
  'public', 'publicly', 'expose', 'exposed', 'exposing', 'leak', 'leaks', 'leaking', 'dump', 'dumps', 'scraped', 'scraping', 'scrape', 'same cart',
  // Search results show anything, prices included: data that matters in them is an exposure.
  'in search results',
  // Something is in the logs: an exposure when it is data that matters ("card numbers in the logs"), not a stack trace.
  'in the logs', 'in our logs', 'in plain text',
  // Published, of anything: a product's "publié" state, an event the checkout publishes.
  'publie', 'publiees', 'publicados', 'veroffentlicht', 'publico', 'publica', 'publicaron', 'publicado',
]);
const BARE_EXPOSURE_WEIGHT = 1;
const ONE_CASE_MONEY_WEIGHT = 1;
/** A word of BARE_EXPOSURE written as part of a path ("dropped into public/", "/public/img") names a folder, not an exposure. */
const asPath = (text: string, word: string) => new RegExp(`(^|[\\s('"\`])\\.?\\/?${word}\\/|\\/${word}\\b`, 'i').test(text);
/** A process dying every few seconds or minutes is down, however it is said; every few hours is a leak to chase. */
const CRASH_LOOP = /\b(crash\w*|restart\w*|killed|oomkilled|dies|dying|reboot\w*)\b.{0,20}?\bevery\s+~?(\d+|few|couple of)?\s*(seconds?|secs?|s|minutes?|mins?|min|m)\b|\brestart\w*\s+\d+\s+times\s+in\s+(the\s+(last|past)\s+)?\d+\s*(minutes?|mins?|min|m|hours?|h)\b/;
/** A page blank for a few seconds before it shows ("white screen for five seconds, then the logo"): slowness, not a service down. */
const BLANK_A_MOMENT =
  /\b(white screen|blank page|blank screen|blank white page|page blanche|ecran blanc|pantalla en blanco|pagina en blanco|weisse seite|weisser bildschirm)\s+(for|pendant|durante|fur)\s+(about\s+|around\s+|~\s*)?(a few|a couple of|few|\d+|one|two|three|four|five|six|ten|quelques|unos|ein paar|einige)\s*(seconds?|secs?|s|secondes?|segundos?|sekunden)\b/;
/** The shop's front page, in the four languages. */
const FRONT_PAGE = String.raw`home ?page|storefront|front page|landing page|startseite|page d.?accueil|portada|pagina de inicio`;
/** A page of the shop replaced by someone else's content ("the hero image is replaced by a banner with an insult", "now shows a casino ad"). */
const DEFACED = new RegExp(
  String.raw`\b(${FRONT_PAGE}|hero|banner|logo)\b.{0,40}?\b(replaced|swapped|changed|now shows|ersetzt|remplace\w*|reemplazad[oa]|cambiad[oa])\b.{0,60}?\b(insult\w*|casino|crypto|porn\w*|viagra|gambling|betting|scam|hacked by|offensive|obscene|beleidigung\w*|insulte\w*|insulto\w*|apuestas)\b`,
);
/** The shop's front page showing a political message: defaced, as the replaced banner is. */
const DEFACED_MESSAGE = new RegExp(
  String.raw`\b(${FRONT_PAGE})\b.{0,40}?\b(shows?|showing|displays?|affiche|zeigt|muestra)\b.{0,20}?\b((political|politische\w*)\s+(messages?|banners?|text|slogans?|propaganda)|(messages?|bannieres?|textes?|slogans?|mensajes?|nachricht|botschaft|parolen?)\s+(politiques?|politicos?|politicas?|politische\w*)|propaganda)\b`,
);
/** A service down as a condition ("when the provider is down we show…", "when our card processor can't be reached"): how the code should behave, not an outage now. */
const CONDITIONAL_OUTAGE = /\b(when|whenever|if|once|while)\s+(\S+\s+){0,3}((is|are|goes|go|were|was|went|be)\s+(down|offline|unreachable|unavailable|gone)|(can't|can not|cannot)\s+be\s+reached)\b/;
/**
 * Something filling up with the time it has left: "roughly 7 minutes left", "we'll hit OOM in a few minutes", "noch rund 40 Minuten bis
 * nichts mehr geschrieben werden kann". A harm with a clock on it, as a deadline is: its "soon" or "will" is no hypothesis.
 */
const RUNNING_OUT = /\b(\d+|a few|few|couple of|zwei|drei|dos|tres|deux|trois)\s+(minutes?|mins?|hours?|hrs?|minuten|stunden|minutos|horas|heures)\s+(left|to go|until (it|we|the|writes|nothing)|before (it|we|the|writes|\w+ (stops|crashes|fills|runs out))|bis|avant|antes de que|hasta que)\b|\b(will|wird|sera|va a)\s+(fill( up)?|be full|run out|voll sein|voll|plein|estar lleno|llenarse)\b.{0,12}?\b(in|within|by|vers|um|gegen|en|dans|at)\s+~?\s*(\d|a few|an hour|une heure|einer stunde)|\b(hit|run out of|reach)\s+(oom|memory|disk|space|the limit|100\s?%)\b.{0,30}\b(minutes?|hour|in a few)\b|\bdeja de escribir|\bnichts mehr geschrieben/;
/** What runs out: a clock on anything else ("3 hours left until the sale starts") is a plan, not a harm. */
const RESOURCE = /\b(disk|disks|space|storage|memory|ram|oom|heap|pool|connections|quota|volume|wal|pg_wal|inodes?|platte|speicher|speicherplatz|disco|disque|memoire|memoria|espacio|place)\b/;
/**
 * A harm with a clock on it: "stop it before the evening run", "authorisations start expiring tomorrow", "PayBridge is threatening
 * to suspend the account if…". Its "before", "tomorrow" or "if" is when the harm lands, not a hypothesis.
 */
const TIME_BOUND =
  /\b(before|by|until|avant|bis|antes de)\s+(the\s+|this\s+)?(evening|tonight|end of (the )?day|eod|cutoff|cut-off|nightly|payout|settlement|batch|ce soir|heute abend|esta noche|\d{1,2}(:\d{2})?\s*(am|pm|h|uhr))\b|\b(starts?|begins?|will|going to)\s+(to\s+)?(expir\w*|lapse\w*|fail\w*)\b.{0,20}?\b(tomorrow|tonight|today|in (\d+|a few) (hours?|minutes?|days?))\b|\b(threaten\w*|will (suspend|block|close|freeze|terminate|cut off|shut)|going to (suspend|block|freeze|close))\b.{0,50}?\b(if|unless)\b|\b(auths?|authori[sz]ations?|holds?)\b[^.;]{0,30}?\bexpir\w*\s+(tomorrow|tonight|today|in (\d+|a few) (hours?|minutes?|days?))\b/;
/** The words a clock on a harm is said with, which read elsewhere as a hypothesis or a precaution. */
const CLOCK_WORDS: ReadonlySet<string> = new Set(['before', 'tomorrow', 'if', 'soon', 'will expire', 'expires in', 'about to expire']);
/**
 * Each of a kind of request or order, said with "every" ("every cart request", "à chaque appel"): everyone's, as "every request" is;
 * not what work is asked to do with each (TALLYING).
 */
const EVERY_ONE = new RegExp(
  String.raw`(?<!\b(?:${TALLYING.join('|')})\s)\b(every|each|chaque|cada|jede[nrs]?)\s+(\S+\s+)?(requests?|orders?|checkouts?|attempts?|calls?|payments?|logins?|carts?|commandes?|pedidos?|bestellungen|anfragen|requetes?|appels?|peticiones|intentos?|tentatives?)\b`,
);
const INCIDENT_AT = 2;
const POSSIBLE_AT = 1;

/**
 * Times and relative times: "since 14:05", "seit 10 Uhr", "depuis 9h", "desde las 10", "an hour ago", "forty minutes back", "at noon", "for 30 minutes",
 * "from 11 o'clock", a log's "last 30 min", "depuis une demi-heure", "desde la mañana". What is due "in one hour" (a demo, a launch)
 * is ahead, not since.
 */
const TIME = /\b(since|seit|depuis|desde)\s+(about\s+|around\s+|roughly\s+|approx\.?\s+|approximately\s+|like\s+|~\s*|ca\.?\s+|gegen\s+|vers\s+|eso de las\s+)?(the\s+|las\s+)?\d{1,2}([:.h]\d{2})?(?![.,]\d)\s*(am|pm|h|uhr)?\b|\b(from|ab)\s+(about\s+|around\s+|~\s*|ca\.?\s+|gegen\s+)?\d{1,2}(:\d{2}\s*(am|pm|h|uhr)?|\s*(am|pm|h|uhr))\b|\b\d{1,2}(:\d{2})?\s*(am|pm)\b|\b(an?|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|fifty|few|couple of|\d+)\s+(minutes?|hours?|mins?)\s+(ago|back)\b|\bsince\s+(about\s+|around\s+|roughly\s+)?(noon|midnight|lunch\s?time|lunch)\b|(?<!\b(?:demo|meeting|call|launch|release|presentation|pitch|deadline|sale|campaign|starts?|begins?|opens?|live|due|back|ready)\s)\b(in|within|over|during)\s+(the\s+(last|past)\s+)?(\d+|an?|one|two|three|four|five|ten|fifteen|twenty|thirty|few|couple of|half an?)\s+(minutes?|hours?|mins?|hrs?|h)\b|\bwithin the hour\b|\b(en|in|dans les)\s+(deux|trois|zwei|drei|dos|tres|\d+)\s+(heures|stunden|horas|minutes|minuten|minutos)\b|\b(started|starting|began|at)\s+\d{1,2}:\d{2}\b|\bfirst seen\s*:?\s*(today\s+)?(at\s+)?\d{1,2}:\d{2}\b|\bfor\s+(the\s+(last|past)\s+)?(like\s+|about\s+|~\s*)?(\d+|an?|one|two|three|half an?)\s+(minutes?|hours?|mins?)\b|\b(since|from)\s+(about\s+|around\s+)?half\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|\b(since|from)\s+(about\s+|around\s+)?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*o\W?\s?clock\b|\b(last|past)\s+\d+\s*(minutes?|mins?|min|hours?|hrs?)\b|\b\d+\s*(minutes?|mins?|hours?)\s+so far\b|\b(il y a|hace|vor)\s+(\d+|une|un|una|unos|unas|einer|zwei|drei|deux|trois|dos|tres|quelques)\s+(min|minutes?|minutos?|minuten|heures?|horas?|stunden?|h)\b|\b(depuis|seit|desde)\s+(une\s+|einer\s+|hace\s+)?(demi-heure|halben stunde|media hora|midi|minuit|mittag|mitternacht|mediodia|medianoche|la manana|esta manana|ce matin|heute morgen|heute fruh|heute nacht|gestern abend|hier soir|cette nuit|anoche)\b/;
/** A bare "since", "after" or "during" with a change in the same breath: "since the 10:40 deploy", "nach dem Update", "ran halfway during the release". */
const SINCE_A_CHANGE = /\b(since|after|during|seit|nach|wahrend|depuis|apres|pendant|desde|despues|durante)\b.{0,30}\b(deploy\w*|releas\w*|updat\w*|upgrad\w*|migrat\w*|mov(?:e|ed|ing) (?:to|over)|rollout|change|switch\w*|start\w*|began|launch\w*|despliegue|deploiement|mise en production|importacion|import)/;
/** Daylight saving time: "since the clocks changed", "after the DST change", "depuis le changement d'heure", "Zeitumstellung". */
const CLOCK_CHANGE = /\b(clocks?\s+(changed|went|go|moved)|changement d.?heure|zeitumstellung|cambio de hora|daylight saving|dst|summer time|winter time|heure d.?ete|heure d.?hiver)\b/;
const SINCE_THE_CLOCKS = new RegExp(String.raw`\b(since|after|seit|nach|depuis|apres|desde|despues)\b.{0,30}?${CLOCK_CHANGE.source}`);
/**
 * An update or upgrade is a change made anywhere (a dependency on a laptop, a tool in CI): since one,
 * something broken is a regression to fix unless it is everyone's or production's, so it counts half
 * ("CSS is broken after upgrading vite" is a bug; "since the update nobody can log in" is still an incident).
 */
const UPDATE_CHANGE = /\b(upgrad\w*|updat\w*)$/;
/** A price at zero or a cent, in any of the four languages. */
/** An amount many times what it should be: "sent 100x the real price", "charged 10 times the total". */
const AMOUNT_MULTIPLIED = /\b(amount|amounts|price|prices|total|totals|charge|charges|charged|charging|billed|billing|betrag|montant|importe)\b.{0,40}?\b\d+\s?x\b|\b\d+\s?(x|times) (the|what|more than)\b.{0,20}\b(price|amount|total)/;
const PRICE_AT_NOTHING = /\b(price|prices|preis|preise|prix|precio|precios|importe|montant|betrag|total_cents|amount_cents|order value|aov|warenkorbwert|panier moyen|ticket medio)\b.{0,30}?(\b(zero|null|cero|zero)\b|\b0([.,]0\d?)?\s*(€|eur|euro|euros|\$)?(?!\d|[.,]\d)|\b1 cent\b)/;
/** Charged, billed or debited more than once, however it is counted ("chrged" in a hurry too). */
const CHARGED_AGAIN =
  /\b(?:sent|paid|issued|processed|paying out)\s+(?:every|each|all|the)\s+(?:refunds?|payouts?|payments?|charges?)\s+(?:twice|two times|again)\b|\b(ch?a?rge?d|charging|paid|re-?sent|billed|debited|cards?\s+(?:has\s+|have\s+)?(?:been|was|were|got)\s+hit|authori[sz](ed|ing)|captured|capturing|refunded|refunds? (?:issued|sent|paid)|paid out|money (?:has )?left|abgebucht|ausgezahlt|erstattet|debite|debites|rembourses?|verses|versees|cobrad[oa]s?|cobrando|cobraron|cobro|reembolsad[oa]s?)\b.{0,30}\b(twice|again|double|a second time|two times|three times|\w+ or \w+ times|\d+ times|multiple times|mehrfach|zweimal|dreimal|\d+ mal|plusieurs fois|\d+ fois|deux fois|varias veces|dos veces|\d+ veces)\b|\b(doppelt|zweimal|dreimal|mehrfach|\d+ mal)\s+(\S+\s+)?(abgebucht|ausgezahlt|erstattet|belastet|berechnet)\b/;
/** Amounts a hundred times what they should be, in words: "multiplicados por cien" (in figures: urgencyNumbers.ts). */
const TIMES_A_HUNDRED = /\b(multiplied|multiplicad[oa]s|multiplie(?:e|s|es)?|multipliziert)\s+(by|por|par|mit)\s+(100|cien|cent|hundert)\b/;
/** A table or its rows removed: "dropped order_lines", "truncated the payments table", "deleted all rows of orders". */
/** Money lost, with its amount: "~EUR 80k lost tomorrow", "€2,000 lost so far", "that's €210k we'd lose". */
const MONEY_LOST = /\b(eur|usd|€|\$)\s?~?\d[\d.,]*k?\s+(lost|gone|at risk|we(?:'d| would| will|'ll) lose|we are losing|we're losing)\b|\b(?:lose|losing)\s+~?\s?(eur|usd|€|\$)\s?\d|\b(two|\d+)\s+captures\b|\b(\d+|three|four|five)\s+(or\s+\d+\s+)?charges\b/;
/** A disk full or all but: "pg disk at 100%", "Database disk is at 100%", "disk on the database host at 99%", "el disco del servidor de postgres está al 100 %". */
const EXHAUSTED = /\b(disk|disks|volume|volumen|storage|disco|platte|disque)\b(\s+\S+){0,7}\s+(at\s+)?(9[7-9]|100)\s?%/;
/**
 * A processor at its limit: harm only when it is under way or everyone feels it ("api at 100% CPU … right now", "… time out for
 * all customers"); "sits at 100% cpu when the sitemap is generated" is work to speed up.
 */
const CPU_EXHAUSTED = /\bcpu\b(\s+\S+){0,2}\s+(at\s+)?100\s?%|\b100\s?%\s+cpu\b/;
/**
 * Every page or request of a kind answering with a failure: "all product pages 404", "every checkout request returns 502". Not said
 * as what should happen ("make sure all unknown ids return 404": preventive wording keeps its distance).
 */
const ALL_FAILING =
  /\b(all|every)\s+(\w+\s+)?(pages?|requests?|calls?|urls?|links?|routes?|endpoints?)\s+(now\s+)?(return\s+|returns\s+|give\s+|gives\s+|get\s+|are\s+|answer\s+)?(a\s+)?(404|5\d\d)s?\b/;
/** The secrets file served to anyone, or fetched from outside: "the /app folder with .env is served at /static/", "30 GETs on /static/.env". */
const ENV_SERVED = /\.env\b[^.;]{0,30}?\b(?:is|are|gets|got|being)\s+served\b|\b(?:gets?|requests?|downloads?|hits)\s+(?:on|for|of|to)\s+\S*\.env\b/;
/** Rows by the hundred overwritten in one go: "41k rows got email set to 'test@example.com' in one update". */
const ROWS_OVERWRITTEN = /\b(\d[\d,.]*k?)\s+rows\s+(?:got|were|have been|had)\s+(?:\S+\s+){0,3}?(?:set|overwritten|changed|updated|reset)\s+to\b/;
/**
 * Every page slow to the point of not loading, for everyone: "every page in the shop takes 20s+", "las páginas tardan un minuto para
 * todos". A few seconds is slowness to work on; twenty and more for all is the shop not serving.
 */
const ALL_PAGES_STALLED =
  /\b(?:every|all|todas las|toutes les|alle)\s+(?:\w+\s+){0,3}?(?:pages?|paginas|seiten|requests?)\b[^.;]{0,30}?\b(?:takes?|taking|tardan|dauern|prennent|mettent)\s+(?:(\d+)\s*(?:s|sec|secs|seconds?|segundos|sekunden|secondes)\b|(?:a|un|une|eine|over a|more than a)\s+(?:minute|minuto|minute))|\b(?:paginas|pages|seiten)\s+(?:tardan|take|dauern|mettent)\s+(?:un|a|une|eine)\s+(?:minuto|minute)\s+(?:para todos|for everyone|pour tout le monde|fur alle)\b/;
const STALLED_AT = 20;
/** A part scaled down on purpose ("scale the API down at night"); scaled "down to zero", nothing serves. */
const SCALED_DOWN = /\bscal(?:e|es|ed|ing)\s+(?:the\s+|our\s+)?(?:\S+\s+){1,2}down\b(?!\s+to\s+(?:zero|0|nothing)\b)/;
/** A part of the system said to be down ("all pods down", "API's down", "checkout down"); "slow down", "shut down", "scale down" name no part. */
const PART_DOWN = /\b(site|shop|store|api|db|database|server|servers|pods?|nodes?|containers?|backend|checkout|app)('?s)?\s+(is\s+|are\s+|went\s+|goes\s+|go\s+|all\s+)?down\b/;
/**
 * Production said to be fine ("prod is fine", "prod unaffected"): the failure is elsewhere; a place
 * away from production said to be fine ("/health is 200 locally", "works on staging"): production is
 * where it fails.
 */
const ELSEWHERE_FINE = /\b(works?|working|fine|ok|okay|200|passes|green)\s+(\S+\s+){0,2}(locally|on my machine|on staging|in staging|in dev)\b/;
const PRODUCTION_FINE =
  /\b(prod|production|produccion|produktion|live|en ligne)(\s+[a-z]+)?\s+(is\s+|seems\s+|ist\s+|es\s+|est\s+)?(alles\s+|tout\s+|todo\s+)?(fine|unaffected|not affected|ok|okay|healthy|working|green|passing|normal|normally|in ordnung|funktioniert|marche|fonctionne|funciona|va bien|bien)\b|\b(prod|production|live)\s+(never|has never|was never)\b/;
/** A line of an invoice charged twice ("charged VAT twice on the invoice"): a calculation to fix, no payment taken twice. */
const LINE_ITEM = /\b(vat|tax|taxes|fee|fees|shipping|postage|mwst|tva|iva)\b/;
/**
 * One case named, and no one else said to be affected ("order 88213 … captured it twice. why", "customer
 * screenshot attached"): money wrong for one is a bug to trace, possible at most until it is more.
 */
const ONE_CASE = /\b(?:a single|ein einzelner|eine einzelne|un seul|una sola|un solo) (?:customer|client|buyer|shopper|kunde|kundin|cliente|clienta)\b|\b(?:a|one|this) (?:customer|client|buyer|shopper) (?:in|from|of|named|called)\b|\border\s+#?\d{3,}\b|\b(one|this|that|a single) (customer|order)\b|\b(two|three|a couple of|a few) (customers|orders)\b|\bcustomer screenshot\b/;
const DATA_REMOVED =
  /\b(dropped|deleted|truncated|wiped|emptied|purged)\s+(the\s+|our\s+|a\s+|all\s+)?([a-z]+_[a-z_]+\b|(\w+\s+)?tables?\b|columns?\b|(all\s+)?rows\b|database\b|db\b)|\b(delete from|truncate table|drop table)\s+[a-z_]+\b(?![^.;]{0,20}\b(where|when|if)\b)|\b(orders|payments|customers|users|carts)\s+table\s+(is|was)\s+(now\s+)?(empty|gone)\b/;
/** The shop's records being deleted as it runs: "orders older than 24h are being deleted every hour". */
const BEING_DELETED = /\b(orders|payments|customers|users|accounts|bestellungen|commandes|pedidos)\b[^.;]{0,40}?\b(are being|are getting|keep getting|werden|sont|estan siendo|se estan)\s+(deleted|wiped|removed|purged|geloscht|supprimees|supprimes|borrados|borrando|eliminados|eliminando)\b/;
/**
 * Real orders or customers landing in a place for tests ("real orders land there too" of the staging database, "echte Bestellungen
 * landen in der Testdatenbank"): production's data going astray. Its "staging" is where the harm is, not a distance from it.
 */
const REAL_ASTRAY =
  /\b(real|live|actual|echte|vraies|reales)\s+(customer\s+)?(orders?|payments?|customers?|carts?|bestellungen|zahlungen|kunden|commandes|paiements|clients|pedidos|pagos)\b.{0,40}?\b(staging|test|sandbox|testdatenbank|recette|pruebas)\b|\b(staging|sandbox|test) (database|db)\b.{0,60}?\b(real|live|actual)\s+(orders?|payments?|customers?)\s+(land|go|end up|are|get)\b/;
/**
 * Paid, and then no order: "they pay, they get the PayBridge success page, then … no order", "bezahlt, aber keine Bestellung". Money
 * taken for nothing.
 */
const PAID_NO_ORDER =
  /\b(they|customers|people|users|callers|kunden|clients|clientes)\s+(pay|paid|are charged|get charged|were charged|zahlen|bezahlen|haben bezahlt|paient|ont paye|pagan|pagaron)\b.{0,100}?\b(no order|without an order|order is missing|orders are missing|keine bestellung|pas de commande|aucune commande|ningun pedido|sin pedido)\b/;
/** Charged, and the order not kept: "money is charged, order never saved". */
const CHARGED_NOT_SAVED = /\b(money|card|cards|customer|customers|they)\s+(is|are|gets?|got|was|were)\s+(charged|debited)\b.{0,40}?\b(orders?)\s+(never|not|is not|are not|was not|were not|never gets?)\s+(saved|created|stored|recorded|written)\b/;
/**
 * How long a piece of work runs or holds something ("the report runs for 40 minutes", "hold stock
 * for 15 minutes"), or how long something lasts once a condition holds ("when an item goes into the
 * cart for 15 min"): a duration of work, not the time since something broke.
 */
const WORK_DURATION = /\b(runs?|running|ran|takes?|took|taking|lasts?|lasting|holds?|holding|keeps?|keeping|reserves?|reserved?|caches?|cached|locks?|locked|waits?|waiting|spends?|needs?|blocks?|blocked|stays?|valid)\b(\s+\S+){0,3}\s*$|\b(when|whenever|once|after|until)\b[^,.;:]{0,40}$/;
/** What follows a duration that is a lag after each event: "for 5 minutes after the last one sells". */
const LAG_AFTER = /^\s*(after|once|when|whenever|until|following)\b/;
/** A time said of a condition: "a warning when the same customer pays the same amount twice within an hour". */
const WITHIN_A_CONDITION = /\b(when|whenever|once|if|after|until)\b[^,.;:]{0,60}$/;
/** What follows a number that counts something: "400 orders", "404 products". */
const COUNTED = /^\s+(\w+\s+)?(orders|items|products|customers|users|rows|carts|payments|euros|people|units|skus|lines|tickets|emails|pedidos|commandes|bestellungen)\b/;
/** What precedes a count of none: "0 errors", "zero failures". */
const NONE_OF = /(^|[^\d.,])(0|zero|null|cero)\s+$/;
/** Production named as such, in any of the four languages. */
const PRODUCTION = /\b(prod|production|produktion|produccion|live)\b/;
/** Production denied: "(not production, only the PR preview)" names the place it is not. */
const NOT_PRODUCTION_SAID =
  /\b(not|nicht|pas|no)\s+(in\s+|en\s+|on\s+)?(prod|production|produktion|produccion|live)\b|\bnothing\s+(of\s+(this|it)\s+)?is\s+(live|in\s+prod\w*)\b|\b(before|until|once|when)\s+(it|we|this|that)\s+(goes|go|went)\s+live\b/g;
/**
 * An urgency word in a title-cased name beside another capitalised word ("Kit de Emergencia", "Urgence Soldes", a sale
 * branded "Price Outage"): the name of a campaign or a thing, not a call for help. All capitals ("URGENT") is no name.
 */
const URGENCY_WORD = String.raw`(?:Emergenc\p{L}*|Urgen\p{L}*|Outage|Notfall\p{L}*|Critical|Krise|Crise|Crisis|Attack\p{L}*|Hack\p{L}*)`;
const TITLED = String.raw`\p{Lu}\p{Ll}+`;
const LINK = String.raw`\s+(?:(?:de|of|la|du|del|des|der)\s+)?`;
const NAMED_URGENCY = new RegExp(String.raw`(?<=${TITLED}${LINK})${URGENCY_WORD}\b|\b${URGENCY_WORD}(?=${LINK}${TITLED})`, 'gu');
/** An urgency word inside a short quoted name, in any case: a new option "'Pedido urgente'", a button 'Urgent delivery'. */
const QUOTED_URGENCY = new RegExp(String.raw`(?<=['"‘“«]\s?(?:\p{L}+\s+){0,3})${URGENCY_WORD}(?=(?:\s+\p{L}+){0,3}\s?['"’”»])`, 'giu');
/** A question asked first, then a short aside ("is the payment secret key ever sent to the browser bundle? check dist/ too", "Kann jemand …? Bitte …"). */
const ASKED_FIRST = /^(is|are|do|does|did|can|could|would|will|has|have|was|were|should|kann|können|konnen|ist|sind|gibt es|hat|haben|darf|est-ce que|peut-on|peut on|puede|pueden|se puede|hay)\b[^.!?\n]{0,120}\?\s*[^?]{0,40}$/i;
/** Asking what is happening is reporting it: "Der Shop ist komplett down … Was ist los??" asks nothing of the work. */
const WHAT_IS_HAPPENING = /\b(what'?s|what is|wtf is)\s+(going on|happening)\b|\bwhat happened\b|\bwas ist (da )?los\b|\bwas passiert\b|\bqu'?est-ce qui se passe\b|\bque se passe\b|\bqu[eé] (pasa|est[aá] pasando)\b/i;
/** Findings counted by severity, as scanners list them: "3 critical, 41 high". */
const SEVERITY_COUNT = /\b\d+\s+critical\b[^.;]{0,20}?\b\d+\s+(high|medium|moderate)\b/;
const SHOUTING = /[!?]{2,}|\b(URGENT|ASAP|HELP|DOWN)\b/;
/** Asking who is on it is calling for hands, not asking about the work: "writes failng, orders not saving. whos on it?". */
const WHO_IS_ON_IT =
  /\b(who'?s|who is|whos|anyone|anybody|is anyone|is someone|is somebody)\s+(on it|on this|looking at it|looking into it)\b|\bwer (kummert sich|ist dran|schaut sich das an)\b|\bqui (s'?en occupe|est dessus|regarde)\b|\bquien (se encarga|esta en esto|lo esta viendo)\b/;
/** A defacer's signature on a page: "'hacked by x0r' where the hero banner should be". Its "should" describes the page. */
const SIGNED_DEFACEMENT = /\b(hacked|pwned|owned|defaced)\s+by\s+\S+/;
/**
 * The same seen from everywhere it was tried: "I tried on my husband's phone, my laptop and our treasurer's computer and it's the same
 * everywhere". Everyone's, and the laptop named is where it was tried, not a place away from production.
 */
const DEVICES_TRIED = /\b(tried|tryed|tested|checked|on)\s+(\d+|two|three|four|several|different|multiple)\s+(phones|devices|browsers|computers|laptops|networks)\b/;
/**
 * Where only tools live (CI, a linter): with all users or every browser affected, the tool named is where something else is said
 * ("rollback button greyed out in our CI"), not where the failure is. Users are never in CI.
 */
const TOOL_PLACES: ReadonlySet<string> = new Set(['ci', 'github actions', 'git hub actions', 'gitlab ci', 'jenkins', 'lint']);
const ALL_PEOPLE = /\b(all|every)\s+(users|customers|browsers|shoppers|buyers|people)\b/;
/** Another person's device said to work ("my wife's phone can order fine"): the failure is one device's. */
const OTHER_DEVICE_FINE =
  /\b(?:my (?:wife|husband|partner|son|daughter|colleague|boss|friend|mum|mom|dad)['’]?s?|her|his|their|another|the other)\s+(?:phone|laptop|computer|pc|mac|tablet|browser|ipad|iphone)\s+(?:can\s+\w+\s+|works?\s+|is\s+)?(?:fine|ok|okay|normally|without (?:a |any )?problems?)\b/;
/** An exposure asked about, not reported: "are we exposing anything we shouldn't?", "is the export leaking more than it needs?". */
const EXPOSURE_ASKED = /\b(?:are|is|do|does|could|might|am|were|was)\s+(?:we|it|they|you|i|anything|something|this|that|the \w+|our \w+)\s+(?:\S+\s+)?(?:expos\w*|leak\w*)\b[^.!?]*\?/;
const SAME_EVERYWHERE = /\b(the )?same (thing )?everywhere\b|\b(uberall|partout) (das )?(gleiche|selbe|pareil|la meme chose)\b|\bpareil partout\b|\b(igual|lo mismo) en todas partes\b/;

const LABELS: ReadonlyMap<string, string> = new Map(URGENCY_CONCEPTS.map((c) => [c.id, c.label]));

/** A defect word that only counts ("yesterday's 400 orders", a status code's number) or counts none ("0 errors"): nothing broken. */
function onlyCounts(folded: string, words: string): boolean {
  const at = folded.indexOf(words);
  if (at < 0) return false;
  return COUNTED.test(folded.slice(at + words.length)) || NONE_OF.test(folded.slice(0, at));
}

const NORMAL_ASKED: ReadonlySet<string> = new Set(['is that normal', 'is this normal', 'ist das normal', 'est ce normal', 'es normal']);
/** Every "now" in the text is a function called (SQL's now(), Date.now()): code, not a time. */
const NOW_ONLY_IN_CODE = (text: string) => /\bnow\s*\(/i.test(text) && !/(?<![.\w])now\b(?!\s*\()/i.test(text);

/** Email addresses, as written. */
const ADDRESS = /\S+@\S+/g;
/** Whether `words` occur in the text only inside an email address. */
function onlyInAddresses(folded: string, words: string): boolean {
  const inAddresses = [...folded.matchAll(ADDRESS)].some((m) => m[0].includes(words));
  return inAddresses && !new RegExp(`\\b${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(folded.replace(ADDRESS, ' '));
}

/** Rows as counted: "41k", "1,200". */
const countOfRows = (said: string) => Number(said.replace(/k$/, '').replace(/[,.](?=\d{3}\b)/g, '')) * (/k$/.test(said) ? 1000 : 1);

/** A status code written as one, not the end of a bigger number: "11.500 €" holds no 500. */
const codeAlone = (text: string, code: string) => new RegExp(`(?<!\\d[.,'’]?)${code}(?![.,'’]?\\d)`).test(text);

/** "Since a time or a change" at full weight; a bare "since" ("since yesterday") at half. */
function sinceSignal(folded: string, analysis: TextAnalysis): { weight: number; said: string; change?: boolean } | undefined {
  const time = TIME.exec(folded);
  const before = time === null ? '' : folded.slice(0, time.index);
  // "a warning when the same customer pays twice within an hour": the time of a condition.
  // "still shows as available for ~5 minutes after the last one sells": a lag after each event, not the time since a failure.
  const after = time === null ? '' : folded.slice(time.index + time[0].length);
  const duration =
    time !== null &&
    ((/^for\b/.test(time[0]) && (WORK_DURATION.test(before) || LAG_AFTER.test(after))) || (/^(within|in)\b/.test(time[0]) && WITHIN_A_CONDITION.test(before)));
  // A clock time that schedules work ("runs at 02:00", "each time … at 4am") dates no harm.
  const schedule = time !== null && !/^(since|seit|depuis|desde|from|ab)\b/.test(time[0]) && SCHEDULED.test(folded.slice(0, time.index));
  if (time && !duration && !schedule) return { weight: WEIGHTS.since, said: time[0].trim() };
  // The clocks changing is a date to handle, not a change made to the shop: nothing is said to be under way since.
  if (SINCE_THE_CLOCKS.test(folded)) return undefined;
  const change = SINCE_A_CHANGE.exec(folded);
  if (change) return { weight: UPDATE_CHANGE.test(change[0]) ? WEIGHTS.since / 2 : WEIGHTS.since, said: change[0].trim(), change: true };
  const match = analysis.urgency.find((m) => m.concept === 'since');
  if (match) return { weight: BARE_SINCE.has(match.words) ? WEIGHTS.since / 2 : WEIGHTS.since, said: match.words };
  return undefined;
}

export function readUrgency(text: string, analysis: TextAnalysis): UrgencyReading {
  const folded = foldText(text);
  const found = new Map<string, string>();
  // What was said of an exposure in words that say it of anything (see BARE_EXPOSURE), as found.
  const bareExposures = new Set<string>();
  const named = new Set([...text.matchAll(NAMED_URGENCY), ...text.matchAll(QUOTED_URGENCY)].map((m) => foldText(m[0])));
  // A harm said in the negative ("customer emails aren't exposed") is no sign of one, nor an urgent word that is part of a name.
  for (const match of analysis.urgency) {
    if ((match.concept === 'urgent' || match.concept === 'outage' || match.concept === 'intrusion') && named.has(match.words)) continue;
    // A scanner's count by severity ("Trivy: 3 CRITICAL, 41 HIGH") calls nothing urgent.
    if (match.concept === 'urgent' && match.words === 'critical' && SEVERITY_COUNT.test(folded)) continue;
    if (match.concept === 'since' || (match.negated && (WEIGHTS[match.concept] ?? 0) > 0 && match.concept !== 'everyone')) continue;
    // "not test env", "our real (not test_) key": production, said by denying the other place; "this is no drill": real; "not only me".
    if ((match.concept === 'not_production' || match.concept === 'not_real' || match.concept === 'only_one') && match.negated) continue;
    // "email set to 'test@example.com'": a word of an email address names no place (a URL's "pi.local" or "staging." host does).
    if (match.concept === 'not_production' && onlyInAddresses(folded, match.words)) continue;
    // A sign of distance read only as a typo of one is none: "Fälle" (cases) is not "falls" (if).
    if (match.how === 'typo' && (WEIGHTS[match.concept] ?? 0) < 0) continue;
    if (match.concept === 'hypothetical' && reported(analysis.words, match.at, match.term)) continue;
    // "esto no es normal", "this is not normal": a report that something is wrong, not a question whether it is.
    if (match.concept === 'hypothetical' && match.negated && NORMAL_ASKED.has(match.term)) continue;
    if (match.concept === 'everyone' && tallied(analysis.words, match.at)) continue;
    if (match.concept === 'server_errors' && /^\d{3}$/.test(match.words) && !codeAlone(text, match.words)) continue;
    // SQL's now() in a pasted query ("WHERE created_at >= date_trunc('month', now())") says nothing is happening now.
    if (match.concept === 'now' && match.words === 'now' && NOW_ONLY_IN_CODE(text)) continue;
    const bare = match.concept === 'exposure' && (BARE_EXPOSURE.has(match.words) || BARE_EXPOSURE.has(match.term));
    if (bare && asPath(text, match.words)) continue;
    // The first words said win, except that a plain exposure ("for sale on a forum") outweighs a bare one ("dump") said before it.
    const earlier = found.get(match.concept);
    if (earlier !== undefined && (bare || match.concept !== 'exposure' || !bareExposures.has(earlier))) continue;
    found.set(match.concept, match.words);
    if (bare) bareExposures.add(match.words);
  }
  // "Everyone" inside what keeps the distance ("everyone else seems fine", "everything is normal again") is nobody affected.
  const onlyThem = ONLY_THEM.exec(folded)?.[0];
  if (onlyThem !== undefined && !found.has('only_one')) found.set('only_one', onlyThem);
  const everyone = found.get('everyone');
  if (everyone !== undefined && [found.get('only_one'), found.get('past'), onlyThem, NOT_EVERYONE.exec(folded)?.[0]].some((said) => said?.includes(everyone))) found.delete('everyone');
  // "Les autres clients n'ont pas ce souci": the other customers named are the ones not affected, no data of theirs shown.
  const exposed = found.get('exposure');
  if (exposed !== undefined && (onlyThem?.includes(exposed) || EXPOSURE_ASKED.exec(folded)?.[0].includes(exposed))) found.delete('exposure');
  const otherDevice = OTHER_DEVICE_FINE.exec(folded);
  if (otherDevice && !found.has('everyone') && !found.has('only_one')) found.set('only_one', otherDevice[0]);
  const everywhere = SAME_EVERYWHERE.exec(folded) ?? DEVICES_TRIED.exec(folded);
  if (everywhere) {
    if (!found.has('everyone')) found.set('everyone', everywhere[0]);
    found.delete('not_production');
  }
  if (TOOL_PLACES.has(found.get('not_production') ?? '') && ALL_PEOPLE.test(folded)) found.delete('not_production');
  const blank = BLANK_A_MOMENT.exec(folded);
  if (blank && found.get('outage') === blank[1]) found.delete('outage');
  const conditional = CONDITIONAL_OUTAGE.exec(folded);
  if (conditional && !found.has('hypothetical')) found.set('hypothetical', conditional[0]);
  const looping = CRASH_LOOP.exec(folded);
  if (looping && !found.has('outage')) found.set('outage', looping[0]);
  const signed = SIGNED_DEFACEMENT.exec(folded);
  const defaced = DEFACED.exec(folded) ?? DEFACED_MESSAGE.exec(folded) ?? signed;
  if (defaced && !found.has('intrusion')) found.set('intrusion', defaced[0]);
  const removed = DATA_REMOVED.exec(folded) ?? REAL_ASTRAY.exec(folded) ?? BEING_DELETED.exec(folded);
  if (removed && !found.has('data_loss')) found.set('data_loss', removed[0]);
  // Where the real data lands is the harm's place: no distance.
  if (REAL_ASTRAY.test(folded)) found.delete('not_production');
  const exhausted = EXHAUSTED.exec(folded);
  if (exhausted && !found.has('outage')) found.set('outage', exhausted[0]);
  // Something running out, or still growing past its limit: a harm with a clock on it.
  const clocked = (RESOURCE.test(folded) ? RUNNING_OUT.exec(folded)?.[0] : undefined) ?? worseningIn(folded);
  if (clocked && !found.has('outage')) found.set('outage', clocked);
  if (clocked && !found.has('deadline')) found.set('deadline', clocked);
  for (const [concept, said] of signsInNumbers(folded)) if (!found.has(concept)) found.set(concept, said);
  const every = EVERY_ONE.exec(folded);
  if (every && !found.has('everyone')) found.set('everyone', every[0]);
  const served = ENV_SERVED.exec(folded);
  if (served && !found.has('exposure')) found.set('exposure', served[0]);
  const overwritten = ROWS_OVERWRITTEN.exec(folded);
  if (overwritten && countOfRows(overwritten[1]) >= 100 && !found.has('data_loss')) found.set('data_loss', overwritten[0]);
  const stalled = ALL_PAGES_STALLED.exec(folded);
  if (stalled && (stalled[1] === undefined || Number(stalled[1]) >= STALLED_AT) && !found.has('outage')) found.set('outage', stalled[0]);
  const allFailing = ALL_FAILING.exec(folded);
  if (allFailing && !found.has('outage')) found.set('outage', allFailing[0]);
  const partDown = PART_DOWN.exec(folded);
  if (partDown && !found.has('outage')) found.set('outage', partDown[0]);
  const scaled = SCALED_DOWN.exec(folded)?.[0];
  const outage = found.get('outage');
  if (scaled !== undefined && outage !== undefined && scaled.includes(outage)) found.delete('outage');
  const again = CHARGED_AGAIN.exec(folded);
  const charged = (again && !LINE_ITEM.test(again[0]) ? again : null) ?? PRICE_AT_NOTHING.exec(folded) ?? AMOUNT_MULTIPLIED.exec(folded) ?? MONEY_LOST.exec(folded) ?? TIMES_A_HUNDRED.exec(folded) ?? PAID_NO_ORDER.exec(folded) ?? CHARGED_NOT_SAVED.exec(folded);
  if (charged && !found.has('money')) found.set('money', charged[0]);
  // Sensitive data made reachable is an exposure, whatever words say so.
  const sensitive = analysis.urgency.find((m) => m.concept === 'sensitive' && !m.negated);
  const revealed = analysis.urgency.find((m) => m.concept === 'revealed' && !m.negated);
  if (sensitive && revealed && !found.has('exposure')) found.set('exposure', `${sensitive.words} … ${revealed.words}`);
  found.delete('sensitive');
  found.delete('revealed');
  let score = 0;
  const signals: string[] = [];
  // Data exposed is harm wherever it is only when it is data that matters (a key leaked from CI); "everyone sees the same cart" on staging is test data.
  const anywhere = [...found.keys()].some((concept) => HARM_ANYWHERE.has(concept) && (concept !== 'exposure' || sensitive !== undefined));
  // Staging or CI named beside production ("ran against production instead of staging") is no distance, unless production is said to be fine.
  const productionFine = PRODUCTION_FINE.test(folded);
  const production = PRODUCTION.test(folded.replace(NOT_PRODUCTION_SAID, '')) && !productionFine;
  // Money gone wrong away from production, with production said to be fine ("auf Staging alle Preise 0 €, live ist alles okay"), is test
  // money; a key or data leaked from anywhere is still leaked.
  const harmAnywhere = anywhere && !(productionFine && !found.has('exposure') && !found.has('intrusion'));
  if (ELSEWHERE_FINE.test(folded)) found.delete('not_production');
  const since = sinceSignal(folded, analysis);
  const underWay = (since !== undefined && since.weight >= WEIGHTS.since) || analysis.urgency.some((m) => m.concept === 'now' && !m.negated && UNDER_WAY.has(m.term));
  // Only weak hypothetical words ("could someone…", "if we have to") beside a harm under way: no distance.
  // Negated ones too when the negation is of knowing ("no idea if it's them or us") or of another phrase ("not private' screen before
  // the storefront"): they suppose nothing either. "I don't mind if…" still does.
  const hypotheses = analysis.urgency.filter((m) => m.concept === 'hypothetical' && (!m.negated || unsure(analysis.words, m.at) || m.term === 'before'));
  if ((underWay || signed) && hypotheses.length > 0 && hypotheses.every((m) => WEAK_HYPOTHETICAL.has(m.term)) && !conditional) found.delete('hypothetical');
  // "Contact me if you want details": an offer, its "if" supposes nothing of the harm.
  const offers = [...folded.matchAll(OFFERED)].length;
  if (offers > 0 && hypotheses.length <= offers && hypotheses.every((m) => PLAIN_IF.has(m.term))) found.delete('hypothetical');
  // "… if this doesn't stop": the harm is going on, its "if" is a threat.
  if (CONTINUES.test(folded) && !conditional && hypotheses.every((m) => PLAIN_IF.has(m.term))) found.delete('hypothetical');
  const clock = TIME_BOUND.exec(folded);
  if (clock && !conditional && hypotheses.every((m) => WEAK_HYPOTHETICAL.has(m.term) || CLOCK_WORDS.has(m.term))) {
    found.delete('hypothetical');
    if (!found.has('deadline')) found.set('deadline', clock[0]);
  }
  const cpu = underWay || found.has('everyone') ? CPU_EXHAUSTED.exec(folded) : null;
  if (cpu && !found.has('outage')) found.set('outage', cpu[0]);
  const pasts = analysis.urgency.filter((m) => m.concept === 'past' && !m.negated);
  if (underWay && pasts.length > 0 && pasts.every((m) => WEAK_HYPOTHETICAL.has(m.term))) found.delete('past');
  const dating = (at: number) =>
    datesAThing(analysis.words, at) || comparedWith(analysis.words, at) || (underWay && ofAPeriod(analysis.words, at)) || (since?.change === true && datesTheChange(analysis.words, at));
  if (pasts.length > 0 && pasts.every((m) => dating(m.at))) found.delete('past');
  const oneCase = ONE_CASE.test(folded) && !found.has('everyone') && since === undefined;
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
  const defect = analysis.intents.find((m) => m.concept === 'defect' && !denied(analysis.words, m) && !onlyCounts(folded, m.words));
  const broken = defect !== undefined && (found.has('everyone') || found.has('since'));
  if (broken) {
    score += BROKEN_WEIGHT;
    signals.push(`something broken ("${defect.words}")`);
  }
  const onIt = WHO_IS_ON_IT.test(folded);
  const shouting = SHOUTING.test(text) || onIt;
  if (shouting) {
    score += 0.5;
    signals.push('insistent wording');
  }
  const calm = new Set<string>();
  for (const match of analysis.intents) {
    const weight = CALM_INTENTS[match.concept];
    if (weight === undefined || match.negated || calm.has(match.concept)) continue;
    if (CALM_AT_START.has(match.concept) && match.at >= CALM_WITHIN_WORDS) continue;
    calm.add(match.concept);
    score += weight;
  }
  // Asked rather than reported: "is the export leaking more fields than needed?"
  const asked = (/\?\s*$/.test(text.trim()) || /^\s*¿/.test(text) || ASKED_FIRST.test(text.trim())) && !WHAT_IS_HAPPENING.test(text) && !onIt;
  if (asked) score += ASKED_WEIGHT;
  // Everyone affected, now or since a time, is harm even in words the lexicon does not know ("getting logged out").
  const widespread = found.has('everyone') && (found.has('now') || found.has('since'));
  const harm = broken || widespread || [...found.keys()].some((concept) => HARM.has(concept));
  const rounded = Math.round(score * 100) / 100;
  // Said as a hypothesis, a precaution or the past, it is not an incident being reported: at most a possible one.
  // A deadline's "if" or "before" ("we lose the money unless it runs before Friday") is the condition of a harm, not a hypothesis.
  const distanced =
    (found.has('hypothetical') && !found.has('deadline')) || found.has('past') || found.has('not_real') || (found.has('not_production') && !harmAnywhere && !production) ||
    (found.has('only_one') && !(anywhere && (found.has('exposure') || found.has('intrusion'))));
  const level = !harm ? 'none' : rounded >= INCIDENT_AT && !distanced ? 'incident' : rounded >= POSSIBLE_AT ? 'possible' : 'none';
  const kinds = [
    ...found.keys(), ...(broken ? ['broken'] : []), ...(widespread ? ['widespread'] : []), ...(shouting ? ['insistent'] : []), ...(asked ? ['asked'] : []),
    ...[...calm].map((c) => `calm:${c}`),
  ];
  return { level, score: rounded, signals: level === 'none' ? [] : signals, kinds: kinds.sort(), distanced };
}
