import { TALLYING } from './urgencyWords';

/**
 * How incident signs are said, as patterns on the folded text (urgency.ts weighs them): a crash loop, a page defaced, money taken
 * twice, a disk full, a time since, production said to be fine. Each names what it reads and what it does not.
 */

/** A process dying every few seconds or minutes is down, however it is said; every few hours is a leak to chase. */
export const CRASH_LOOP = /\b(crash\w*|restart\w*|killed|oomkilled|dies|dying|reboot\w*)\b.{0,20}?\bevery\s+~?(\d+|few|couple of)?\s*(seconds?|secs?|s|minutes?|mins?|min|m)\b|\brestart\w*:?\s+\d+\s+(times\s+)?in\s+(the\s+(last|past)\s+)?\d+\s*(minutes?|mins?|min|m|hours?|h)\b|\bpods?\s+(getting|being|are|were|keep getting)\s+(evicted|oomkilled)\b|\bpods?\s+(went|dropped|fell|are down)\s+from\s+\d+\s+to\s+[0-2]\s+ready\b|\bevictions?\s+on\s+(every|all|each)\s+nodes?\b|\b(oom-?\s?killed|killed|restarted)\s+\d+\s+times\s+(since|in\s+the\s+(last|past))\b/;
/** A page blank for a few seconds before it shows ("white screen for five seconds, then the logo"): slowness, not a service down. */
export const BLANK_A_MOMENT =
  /\b(white screen|blank page|blank screen|blank white page|page blanche|ecran blanc|pantalla en blanco|pagina en blanco|weisse seite|weisser bildschirm)\s+(for|pendant|durante|fur)\s+(about\s+|around\s+|~\s*)?(a few|a couple of|few|\d+|one|two|three|four|five|six|ten|quelques|unos|ein paar|einige)\s*(seconds?|secs?|s|secondes?|segundos?|sekunden)\b/;
/** A service down as a condition ("when the provider is down we show…", "cuando la tienda se cae"): how the code should behave, not an outage now. */
export const CONDITIONAL_OUTAGE =
  /\b(when|whenever|if|once|while)\s+(\S+\s+){0,3}((is|are|goes|go|were|was|went|be)\s+(down|offline|unreachable|unavailable|gone)|(can't|can not|cannot)\s+be\s+reached)\b|\b(cuando|quand|lorsque|wenn|falls)\s+(\S+\s+){0,2}(se cae|se caiga|se caen|tombe|tombent|est en panne|ausfallt|ausfallen|down ist|offline ist)\b/;
/**
 * What happens if a customer repeats a step ("if they press Pay again they get charged again"): a defect's recipe, a condition, not a
 * harm reported as going on.
 */
export const CONDITIONAL_REPEAT =
  /\bif\s+(they|he|she|you|the customer|a customer|customers|someone|people)\s+(\S+\s+){0,2}?(press|click|hit|tap|reload|refresh|submit|resubmit)\w*\s+(\S+\s+){0,2}?(again|twice|a second time)\b/;
/**
 * Something filling up with the time it has left: "roughly 7 minutes left", "we'll hit OOM in a few minutes", "noch rund 40 Minuten bis
 * nichts mehr geschrieben werden kann". A harm with a clock on it, as a deadline is: its "soon" or "will" is no hypothesis.
 */
export const RUNNING_OUT = /\b(\d+|a few|few|couple of|zwei|drei|dos|tres|deux|trois)\s+(minutes?|mins?|hours?|hrs?|minuten|stunden|minutos|horas|heures)\s+(left|to go|until (it|we|the|writes|nothing)|before (it|we|the|writes|\w+ (stops|crashes|fills|runs out))|bis|avant|antes de que|hasta que)\b|\b(will|wird|sera|va a)\s+(fill( up)?|be full|run out|voll sein|voll|plein|estar lleno|llenarse)\b.{0,12}?\b(in|within|by|vers|um|gegen|en|dans|at)\s+~?\s*(\d|a few|an hour|une heure|einer stunde)|\b(hit|run out of|reach)\s+(oom|memory|disk|space|the limit|100\s?%)\b.{0,30}\b(minutes?|hour|in a few)\b|\bdeja de escribir|\bnichts mehr geschrieben|\b(?:a|eine|ane|ne|noch)\s+(?:hoibe|halbe)\s+(?:stund|stunde)\s+bis\b|\b(?:une demi-heure|une demi heure|media hora|half an hour)\s+(?:left|to go|avant|antes de que|hasta que|before (?:it|we|the))\b|\b(?:ends|runs out|is gone|will be gone|is full|will be full)\s+in\s+(?:about\s+|around\s+|~\s?)?\d+\s*(?:minutes?|mins?|hours?|h|hrs?)\b/;
/** What runs out: a clock on anything else ("3 hours left until the sale starts") is a plan, not a harm. */
export const RESOURCE = /\b(disk|disks|space|storage|memory|ram|oom|heap|pool|redis|connections|quota|volume|wal|pg_wal|inodes?|platte|speicher|speicherplatz|disco|disque|memoire|memoria|espacio|place)\b/;
/**
 * A harm with a clock on it: "stop it before the evening run", "authorisations start expiring tomorrow", "PayBridge is threatening
 * to suspend the account if…". Its "before", "tomorrow" or "if" is when the harm lands, not a hypothesis.
 */
/** Still at it, as the writer looks, or ever since: "still hammering it", "siguen cayendo", "läuft grad noch", "ça continue", "lo están bajando", "for 5 days now". */
export const STILL_GOING =
  /\bstill (?!waiting|thinking|using|working|looking|trying|deciding|planning|wondering|hoping|learning|considering|figuring)\w+ing\b|\bsiguen? (?:\w+ando|\w+iendo|cayendo|saliendo)\b|\b(?:lauft|laufen|kommen|kommt) (?:grad |gerade |immer )?noch\b|\b(?:ca|cela|ils|elles) continuen?t?\b|\b(?:lo|la|los|las) (?:estan|esta) \w+(?:ando|iendo)\b|\bfor (?:\d+|two|three|four|five|six) (?:days|hours|weeks) now\b/;
/** Ever since: "Seitdem kommt aus Deutschland keiner mehr durch". */
export const SINCE_THEN = /\b(?:seitdem|seither|since then|ever since|depuis lors|desde entonces)\b(?! (?:todo|alles|tout|everything) (?:normal|bien|fine|ok))/;
/** "Money is leaving the account as I write": under way while the request is written. */
export const AS_I_WRITE = /\b(?:as|while) (?:i|we) (?:write|type|speak)\b|\bpendant que (?:j'?\s?|je )ecris\b|\bmientras (?:te |les |os )?escribo\b|\bwahrend ich (?:das |dies )?schreibe\b/;
export const TIME_BOUND =
  /\b(before|by|until|avant|bis|antes de)\s+(the\s+|this\s+)?(evening|tonight|tomorrow morning|tomorrow|end of (the )?day|eod|cutoff|cut-off|nightly|payout|settlement|batch|ce soir|heute abend|esta noche|\d{1,2}(:\d{2})?\s*(am|pm|h|uhr))\b|\bneeds?\s+(\w+\s+){1,3}by\s+\d{1,2}\b|\b(starts?|begins?|will|going to)\s+(to\s+)?(expir\w*|lapse\w*|fail\w*)\b.{0,20}?\b(tomorrow|tonight|today|in (\d+|a few) (hours?|minutes?|days?))\b|\b(threaten\w*|will (suspend|block|close|freeze|terminate|cut off|shut)|going to (suspend|block|freeze|close))\b.{0,50}?\b(if|unless)\b|\b(auths?|authori[sz]ations?|holds?)\b[^.;]{0,30}?\b(expir\w*|laps\w*|runs? out)\s+(tomorrow|tonight|today|in (\d+|a few) (hours?|minutes?|days?))\b/;
/** The words a clock on a harm is said with, which read elsewhere as a hypothesis or a precaution. */
export const CLOCK_WORDS: ReadonlySet<string> = new Set([
  'before', 'tomorrow', 'if', 'soon', 'will expire', 'expires in', 'about to expire',
  // What comes next week beside a harm under way is what is at stake: "down since 17h, and the fair is next week".
  'next week', 'nachste woche', 'la semaine prochaine', 'la proxima semana', 'la semana que viene',
]);
/**
 * Each of a kind of request or order, said with "every" ("every cart request", "à chaque appel"): everyone's, as "every request" is;
 * not what work is asked to do with each (TALLYING).
 */
export const EVERY_ONE = new RegExp(
  String.raw`(?<!\b(?:${TALLYING.join('|')})\s)\b(every|each|chaque|cada|jede[nrs]?)\s+(\S+\s+)?(requests?|orders?|checkouts?|attempts?|calls?|payments?|logins?|carts?|commandes?|pedidos?|bestellungen|anfragen|requetes?|appels?|peticiones|intentos?|tentatives?|cards?|karten?|cartes?|tarjetas?|scans?)\b`,
);

/**
 * Times and relative times: "since 14:05", "seit 10 Uhr", "depuis 9h", "desde las 10", "an hour ago", "forty minutes back", "at noon", "for 30 minutes",
 * "from 11 o'clock", a log's "last 30 min", "depuis une demi-heure", "desde la mañana". What is due "in one hour" (a demo, a launch)
 * is ahead, not since.
 */
export const TIME = /\bsit\s+(de\s+|em\s+|am\s+)?(eis|zwei|drei|vieri|foifi|sechsi|sibni|achti|nuni|zehni|elfi|zwolfi)\b|\bseit\s+(ca\.?\s+|etwa\s+|gegen\s+)?((halb|viertel nach|viertel vor|dreiviertel)\s+)?(eins|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|elf|zwolf)\b(?!\s+(tagen|wochen|monaten|jahren|stunden|minuten|std|tage|wochen|mal))|\b(since|seit|sit|depuis|desde)\s+(about\s+|around\s+|roughly\s+|approx\.?\s+|approximately\s+|like\s+|~\s*|ca\.?\s+|gegen\s+|vers\s+|eso de las\s+)?(the\s+|las\s+)?\d{1,2}([:.h]\d{2})?(?![.,]\d)\s*(am|pm|h|uhr)?\b|\b(from|ab)\s+(about\s+|around\s+|~\s*|ca\.?\s+|gegen\s+)?\d{1,2}(:\d{2}\s*(am|pm|h|uhr)?|\s*(am|pm|h|uhr))\b|\b\d{1,2}(:\d{2})?\s*(am|pm)\b|\b(an?|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|fifty|few|couple of|\d+)\s+(minutes?|hours?|mins?)\s+(ago|back)\b|\bsince\s+(about\s+|around\s+|roughly\s+)?(noon|midnight|lunch\s?time|lunch)\b|\bsince\s+(about\s+|around\s+)?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(this|in the)\s+(morning|afternoon|evening)\b|\b(since|seit|depuis|desde)\s+(yesterday|gestern|hier|ayer)\s+(at\s+|um\s+|a\s+|a las\s+)?\d{1,2}([:.h]\d{2})?\b|\b(all morning|all afternoon|toda la manana|toda la tarde|den ganzen (morgen|vormittag|nachmittag)|toute la (matinee|journee))\b|(?<!\b(?:demo|meeting|call|launch|release|presentation|pitch|deadline|sale|campaign|starts?|begins?|opens?|live|due|back|ready)\s)\b(in|within|over|during)\s+(the\s+(last|past)\s+)?(\d+|an?|one|two|three|four|five|ten|fifteen|twenty|thirty|few|couple of|half an?)\s+(minutes?|hours?|mins?|hrs?|h)\b|\bwithin the hour\b|\b(en|in|dans les)\s+(deux|trois|zwei|drei|dos|tres|\d+)\s+(heures|stunden|horas|minutes|minuten|minutos)\b|\b(started|starting|began|at)\s+\d{1,2}:\d{2}\b|\bfirst seen\s*:?\s*(today\s+)?(at\s+)?\d{1,2}:\d{2}\b|\bfor\s+(the\s+(last|past)\s+)?(like\s+|about\s+|~\s*)?(\d+|an?|one|two|three|half an?)\s+(minutes?|hours?|mins?)\b|\b(since|from)\s+(about\s+|around\s+)?half\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|\b(since|from)\s+(about\s+|around\s+)?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*o\W?\s?clock\b|\b(last|past)\s+\d+\s*(minutes?|mins?|min|hours?|hrs?)\b|\b\d+\s*(minutes?|mins?|hours?)\s+so far\b|\b(il y a|hace|vor)\s+(\d+|une|un|una|unos|unas|einer|zwei|drei|deux|trois|dos|tres|quelques)\s+(min|minutes?|minutos?|minuten|heures?|horas?|stunden?|h)\b|\b(depuis|seit|desde)\s+(une\s+|einer\s+|hace\s+)?(demi-heure|halben stunde|media hora|midi|minuit|mittag|mitternacht|mediodia|medianoche|la manana|esta manana|ce matin|heute morgen|heute fruh|heute nacht|gestern abend|hier soir|cette nuit|anoche)\b|\b(since|seit|depuis|desde)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|gestern|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|lunes|martes|miercoles|jueves|viernes|sabado|domingo|ayer)\s+(at\s+|um\s+|a\s+|las\s+)?\d{1,2}[:.h]\d{2}\b|\b(depuis|des)\s+(environ\s+|vers\s+)?(une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)\s+heures?\b|\bdepuis\s+(environ\s+|vers\s+)?midi\b|\bdesde\s+(eso de\s+)?las\s+(una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)\b|\bdesde\s+(el\s+)?mediodia\b|\bseit\s+(dem\s+)?mittag\b/;
/** A bare "since", "after" or "during" with a change in the same breath: "since the 10:40 deploy", "nach dem Update", "ran halfway during the release". */
export const SINCE_A_CHANGE = /\b(since|after|during|seit|sit|nach|wahrend|depuis|apres|pendant|desde|despues|durante)\b.{0,30}\b(deploy\w*|releas\w*|updat\w*|upgrad\w*|migrat\w*|mov(?:e|ed|ing) (?:to|over)|rollout|change|switch\w*|start\w*|began|launch\w*|despliegue|deploiement|mise en production|importacion|import)|\b(?:empezo|comenzo|started|began|a commence|fing)\s+(?:con|with|mit|avec|after|apres|nach|tras)\b.{0,30}\b(?:version|release|deploy\w*|updat\w*|actualizacion|despliegue|deploiement|mise a jour)/;
/** Daylight saving time: "since the clocks changed", "after the DST change", "depuis le changement d'heure", "Zeitumstellung". */
const CLOCK_CHANGE = /\b(clocks?\s+(changed|went|go|moved)|changement d.?heure|zeitumstellung|cambio de hora|daylight saving|dst|summer time|winter time|heure d.?ete|heure d.?hiver)\b/;
export const SINCE_THE_CLOCKS = new RegExp(String.raw`\b(since|after|seit|nach|depuis|apres|desde|despues)\b.{0,30}?${CLOCK_CHANGE.source}`);
/**
 * An update or upgrade is a change made anywhere (a dependency on a laptop, a tool in CI): since one,
 * something broken is a regression to fix unless it is everyone's or production's, so it counts half
 * ("CSS is broken after upgrading vite" is a bug; "since the update nobody can log in" is still an incident).
 */
export const UPDATE_CHANGE = /\b(upgrad\w*|updat\w*)$/;
/** An amount many times what it should be: "sent 100x the real price", "charged 10 times the total". */
export const AMOUNT_MULTIPLIED = /\b(\d+|ten|a hundred|hundred|zehn|hundert|dix|cent|diez|cien)\s+(times|mal|fois|veces)\s+(too\s+(high|much|expensive|small|low|cheap|little)|zu\s+(hoch|teuer|niedrig|billig)|trop\s+(cher|eleve|bas)|(mas\s+)?(caro|barato|bajo))\b|\b(amount|amounts|price|prices|total|totals|charge|charges|charged|charging|billed|billing|betrag|montant|importe)\b.{0,40}?\b\d+\s?x\b|\b(\d+|a hundred|hundred|a thousand|ten)\s?(x|times) (the|what|more than)\b.{0,20}\b(price|amount|total)/;
/** A price at zero or a cent, in any of the four languages. */
export const PRICE_AT_NOTHING = /\b(sold|selling|verkauft|vendu|vendus|vendido|vendidos)\b[^.;]{0,30}?\b(at|for|a|fur|por)\s+(1 cent|one cent|un centime|einen cent|un centimo)\b|\b(price|prices|preis|preise|prix|precio|precios|importe|montant|betrag|total_cents|amount_cents|order value|aov|warenkorbwert|panier moyen|ticket medio)\b.{0,30}?(\b(zero|null|cero|zero)\b|\b0([.,]0\d?)?\s*(€|eur|euro|euros|\$)?(?!\d|[.,]\d)|\b1 cent\b)/;
/**
 * A message of several pieces of news: a list ("1. … 2. …", "• … • …", "- …" on new lines) or a turn to another matter ("oh and also",
 * "ach, und noch etwas", "au fait", "por cierto"). Its harm may sit among other asks.
 */
export const SEVERAL_MATTERS =
  /(?:^|\n)\s*(?:\d+[.)]|[-•*·])\s+\S[^]*?(?:\n|\s)(?:\d+[.)]|[-•*·])\s+\S|•[^•]+•|\b(?:oh,? and also|oh,? and|one more thing|another thing|by the way|btw|p\.?s\.?|ach,? und noch (?:etwas|was)|und noch (?:etwas|was)|apropos|au fait|autre chose|por cierto|otra cosa|ah,? y (?:otra|tambien))\b/;
/** Charged, billed or debited more than once, however it is counted ("chrged" in a hurry too). */
export const CHARGED_AGAIN =
  /\b(?:sent|paid|issued|processed|paying out)\s+(?:every|each|all|the)\s+(?:refunds?|payouts?|payments?|charges?)\s+(?:twice|two times|again)\b|\b(ch?a?rge?d|charging|paid|re-?sent|billed|debited|cards?\s+(?:has\s+|have\s+)?(?:been|was|were|got)\s+hit|authori[sz](ed|ing)|captured|capturing|refunded|refunds? (?:issued|sent|paid)|paid out|money (?:has )?left|abgebucht|ausgezahlt|erstattet|debite|debites|rembourses?|verses|versees|cobrad[oa]s?|cobrando|cobraron|cobro|cobra|cobran|cargo|cargos|(?<=\b(?:panier|site|caisse|boutique|on|il|ils|elle|ca|systeme|paybridge)\s)factur(?:e|ent)|(?<=\b(?:tienda|carrito|sistema|web|pagina|paybridge)\s)factura(?:n)?|reembolsad[oa]s?)\b.{0,30}\b(twice|again|double|a second time|two times|three times|\w+ or \w+ times|\d+ times|(?:like |about |~)(?:four|five|six|seven|eight|nine|ten|a dozen) times|over and over|multiple times|mehrfach|zweimal|dreimal|\d+ mal|plusieurs fois|\d+ fois|deux fois|varias veces|(?:dos|tres|cuatro|cinco)(?: (?:y|o) (?:tres|cuatro|cinco|seis))? veces|(?<!\bde )\d+ veces|trois fois|quatre fois|viermal)\b|\b(doppelt|zweimal|dreimal|mehrfach|\d+ mal)\s+(\S+\s+)?(abgebucht|ausgezahlt|erstattet|belastet|berechnet)\b|\b(two|three|2|3|zwei|drei|deux|trois|dos|tres)\s+(debits|charges|abbuchungen|belastungen|prelevements|debits|cargos|cobros)\s+(for|per|pro|fur|pour|por)\s+(one|a single|each|1|eine|einer|jede|une|un|chaque|una|un|cada)\s+(order|purchase|bestellung|commande|achat|pedido|compra)\b/;
/** Amounts a hundred times what they should be, in words: "multiplicados por cien" (in figures: urgencyNumbers.ts). */
export const TIMES_A_HUNDRED = /\b(multiplied|multiplicad[oa]s|multiplie(?:e|s|es)?|multipliziert)\s+(by|por|par|mit)\s+(100|cien|cent|hundert)\b/;
/** Money lost, with its amount: "~EUR 80k lost tomorrow", "€2,000 lost so far", "that's €210k we'd lose". */
export const MONEY_LOST = /\b(revenue|sales|takings|umsatz|einnahmen|chiffre d'affaires|recette|ingresos|ventas)\b[^.;]{0,12}?\b(gone|lost|weg|verloren|perdus?|perdidos?)\b|\b(eur|usd|€|\$)\s?~?\d[\d.,]*k?\s+(lost|gone|at risk|we(?:'d| would| will|'ll) lose|we are losing|we're losing)\b|\b(?:lose|losing)\s+~?\s?(eur|usd|€|\$)\s?\d|\b(two|\d+)\s+captures\b(?!\s+(?:out of|of|von|sur|de)\s+(?:the\s+)?\d)|\b(\d+|three|four|five)\s+(or\s+\d+\s+)?charges\b/;
/** A disk full or all but: "pg disk at 100%", "Database disk is at 100%", "disk on the database host at 99%", "el disco del servidor de postgres está al 100 %". */
export const EXHAUSTED = /\b(disk|disks|volume|volumen|storage|disco|platte|disque)\b(\s+\S+){0,7}\s+(at\s+)?(9[7-9]|100)\s?%/;
/**
 * A processor at its limit: harm only when it is under way or everyone feels it ("api at 100% CPU … right now", "… time out for
 * all customers"); "sits at 100% cpu when the sitemap is generated" is work to speed up.
 */
export const CPU_EXHAUSTED = /\bcpu\b(\s+\S+){0,2}\s+(at\s+)?100\s?%|\b100\s?%\s+cpu\b/;
/**
 * Every page or request of a kind answering with a failure: "all product pages 404", "every checkout request returns 502". Not said
 * as what should happen ("make sure all unknown ids return 404": preventive wording keeps its distance).
 */
export const ALL_FAILING = new RegExp(
  String.raw`\bproduct pages\s+(answer|return|give|show)\s+(a\s+)?not found\b|\b(all|every)\s+(\w+\s+)?(pages?|requests?|calls?|urls?|links?|routes?|endpoints?)\s+(now\s+)?(return\s+|returns\s+|give\s+|gives\s+|get\s+|are\s+|answer\s+)?(a\s+)?(404|5\d\d)s?\b` +
    // "every url on the shop gives me a 500 now", "why is every product page returning 404 right now?", "the whole shop answers 502 to everyone".
    String.raw`|\b(all|every)\s+(\w+\s+)?(pages?|urls?|links?|routes?)\s+(on|of|in)\s+(the|our)\s+(shop|site|store|website)\s+(now\s+)?(gives?|returns?|answers?|throws?|shows?)\s+(me\s+|us\s+)?(a\s+|an\s+)?(404|5\d\d)s?\b` +
    String.raw`|\b(all|every)\s+(\w+\s+)?(pages?|urls?|links?|routes?)\s+(is\s+|are\s+)?(returning|giving|throwing|answering|showing)\s+(a\s+|an\s+)?(404|5\d\d)s?\b` +
    String.raw`|\b(whole|entire)\s+(shop|site|store|website)\s+(now\s+)?(answers|returns|gives|throws|shows)\s+(a\s+|an\s+)?5\d\d\b`,
);
/** The secrets file served to anyone, or fetched from outside: "the /app folder with .env is served at /static/", "30 GETs on /static/.env". */
export const ENV_SERVED = /\.env\b[^.;]{0,30}?\b(?:is|are|gets|got|being)\s+served\b|\b(?:gets?|requests?|downloads?|hits)\s+(?:on|for|of|to)\s+\S*\.env\b/;
/** Rows by the hundred overwritten in one go: "41k rows got email set to 'test@example.com' in one update". */
export const ROWS_OVERWRITTEN = /\b(\d[\d,.]*k?)\s+rows\s+(?:got|were|have been|had)\s+(?:\S+\s+){0,3}?(?:set|overwritten|changed|updated|reset)\s+to\b/;
/**
 * Every page slow to the point of not loading, for everyone: "every page in the shop takes 20s+", "las páginas tardan un minuto para
 * todos". A few seconds is slowness to work on; twenty and more for all is the shop not serving.
 */
export const ALL_PAGES_STALLED =
  /\b(?:every|all|todas las|toutes les|alle)\s+(?:\w+\s+){0,3}?(?:pages?|paginas|seiten|requests?)\b[^.;]{0,30}?\b(?:takes?|taking|tardan|dauern|prennent|mettent)\s+(?:(\d+)\s*(?:s|sec|secs|seconds?|segundos|sekunden|secondes)\b|(?:a|un|une|eine|over a|more than a)\s+(?:minute|minuto|minute))|\b(?:paginas|pages|seiten)\s+(?:tardan|take|dauern|mettent)\s+(?:un|a|une|eine)\s+(?:minuto|minute)\s+(?:para todos|for everyone|pour tout le monde|fur alle)\b/;
export const STALLED_AT = 20;
/** A part scaled down on purpose ("scale the API down at night"); scaled "down to zero", nothing serves. */
export const SCALED_DOWN = /\bscal(?:e|es|ed|ing)\s+(?:the\s+|our\s+)?(?:\S+\s+){1,2}down\b(?!\s+to\s+(?:zero|0|nothing)\b)/;
/** A part of the system said to be down ("all pods down", "API's down", "checkout down"); "slow down", "shut down", "scale down" name no part. */
export const PART_DOWN = /\b(site|shop|store|api|db|database|server|servers|pods?|nodes?|containers?|backend|checkout|app)('?s)?\s+(is\s+|are\s+|went\s+|goes\s+|go\s+|all\s+)?down\b/;
/**
 * Production said to be fine ("prod is fine", "prod unaffected"): the failure is elsewhere; a place
 * away from production said to be fine ("/health is 200 locally", "works on staging"): production is
 * where it fails.
 */
export const ELSEWHERE_FINE = /\b(works?|working|fine|ok|okay|200|passes|green)\s+(\S+\s+){0,2}(locally|on my machine|on staging|in staging|in dev)\b/;
/** Production, or everything right now, said to be fine: "prod isn't affected", "Ahora mismo todo va bien, es pensando en el futuro". */
export const PRODUCTION_FINE =
  /\b(prod|production|produccion|produktion)\s+(n'?est pas|ist nicht|no esta|is not|isn'?t)\s+(touchee|affectee|betroffen|afectada|affected|touched)\b|\b(customers|kunden|clients|clientes)\b[^.;]{0,30}?\b(are|sind|sont|estan)\s+(buying|ordering|paying|checking out|kaufen|bestellen|achetent|commandent|comprando|pagando)\s+(normally|fine|normal|normalement|con normalidad)\b|\b(prod|production|produccion|produktion|live|en ligne)('s)?(\s+[a-z]+){0,2}\s+(is\s+|seems\s+|ist\s+|es\s+|est\s+|are\s+)?(alles\s+|tout\s+|todo\s+|perfectly\s+|completely\s+|totally\s+)?(fine|unaffected|untouched|not affected|ok|okay|healthy|working|green|passing|normal|normally|in ordnung|funktioniert|marche|fonctionne|funciona|va bien|bien|tourne normalement|tourne bien|roule|lauft normal|lauft|funciona normal|gut|grand|anda perfecto|anda bien|anda normal|normalito|va perfecto|marche parfaitement|works perfectly|lauft perfekt)\b|\b(prod|production|live)\s+(never|has never|was never)\b|\b(echten?|real|live)\s+(shop|laden|seite|site|store)\s+(merkt|bemerkt)\s+(man|ma|keiner|niemand)\s+(nix|nichts)?\b|\b(in the|on the)\s+(real|live)\s+(shop|site|store)\s+(nobody|no one|noone)\s+(notices|noticed|sees|saw)\b|\b((echten?|real|vraie)\s+(laden|shop|store|site|boutique|tienda|web)|(tienda|web|boutique) de verdad)\s+(geht|geht's|lauft|funktioniert|verkauft|vende|funciona|marche|fonctionne|tourne|works|sells|is selling|va bien)\b|\b(ahora mismo|right now|for now|at the moment|im moment|en ce moment|pour l'?\s?instant|pour le moment|por ahora|de momento)\s*,?\s*(todo|everything|alles|tout)\s+(va|is|runs|lauft|geht|marche|fonctionne|funciona|anda|esta)\s+(bien|fine|ok|okay|normal|normalement|gut|perfecto)\b(?![^.;]{0,40}\b(but|pero|mais|aber|except|excepto|sauf|ausser)\b)|\b(nothing'?s|nothing is|nothing)\s+(wrong|broken|failing)\s+(at the (moment|mo)|right now|for now)\b|\b(prod|production|live)\s+(still\s+)?(runs|is running|works)\b[^.;]{0,40}?\bwithout (any )?(trouble|problems?|issues?|errors?)\b|\b(tienda|web|boutique|site) (real|reelle|de verdad)\s+(todo\s+|tout\s+)?(va bien|funciona|marche|tourne)\b|\b(live|real) customers (pay|order|buy|check out) (normally|fine)\b|\b(right now|at the moment|for now)\s*,?\s*(nothing'?s|nothing is|nothin'?)\s+(wrong|broken)\b/;
/** The shop selling as usual, said so: "the shop itself is selling fine", "estamos vendiendo maca sin problema", "der Laden verkauft ganz normal". */
export const SELLING_FINE =
  /\b(?:the\s+)?(?:shop|store|site)(?:\s+itself)?\s+(?:is|was)\s+(?:selling|running|taking orders)\s+(?:fine|normally|as usual|ok|okay)\b|\b(?:estamos|seguimos)\s+vendiendo\b[^.;]{0,25}?\bsin (?:ningun )?problemas?\b|\b(?:wir verkaufen|(?:der )?(?:shop|laden) verkauft)\b[^.;]{0,15}?\b(?:ganz )?normal\b|\b(?:on vend|la boutique vend)\b[^.;]{0,20}?\bnormalement\b/;
/** A wrong amount only shown, the card charged right: "affiche 4500,00 € … alors que sur la carte c'est bien 45 € qui part". */
export const CHARGED_RIGHT =
  /\b(?:alors que|mais|but|while|whereas|aber|wahrend|pero|mientras)\b[^.;]{0,20}?\b(?:sur la carte|on the card|the card|auf der karte|von der karte|en la tarjeta|a la tarjeta)\b[^.;]{0,30}?\b(?:c'?\s?est bien|is (?:the )?(?:right|correct)|(?:the )?(?:right|correct) amount|(?:wird|werden) (?:richtig|korrekt)|es (?:el monto )?correcto|se cobra bien)\b/;
/** A line of an invoice charged twice ("charged VAT twice on the invoice"): a calculation to fix, no payment taken twice. */
export const LINE_ITEM = /\b(vat|tax|taxes|fee|fees|shipping|postage|mwst|tva|iva)\b/;
/**
 * One case named, and no one else said to be affected ("order 88213 … captured it twice. why", "customer
 * screenshot attached"): money wrong for one is a bug to trace, possible at most until it is more.
 */
export const ONE_CASE = /\b(?:une cliente|un client|una clienta|un cliente|eine kundin|ein kunde)\b|\b(?:a single|ein einzelner|eine einzelne|un seul|una sola|un solo) (?:customer|client|buyer|shopper|kunde|kundin|cliente|clienta)\b|\b(?:a|one|this) (?:customer|client|buyer|shopper) (?:in|from|of|named|called)\b|\b(order|bestellung|commande|pedido)\s+(nr\.?\s*|no\.?\s*|n°\s*)?#?\d{3,}\b|\b(one|this|that|a single) (customer|order)\b|\b(two|three|a couple of|a few) (customers|orders)\b|\bcustomer screenshot\b/;
/** A table or its rows removed: "dropped order_lines", "truncated the payments table", "deleted all rows of orders". */
export const DATA_REMOVED =
  /\b(a|ont|ha|han)\s+(vide|vaciado)\s+(les|la|las|los)\s+(commandes|pedidos|tables?|tablas?|clients|clientes)\b|\b(vaciaron|vacio)\s+(las|los|la)\s+(pedidos|tablas?|clientes)\b|\bdeleted\W+(?:\w+\s+){0,2}?(orders|customers|products|payments|users)\b(?![^.;]{0,20}\b(where|when|if)\b)|\b(dropped|deleted|truncated|wiped|emptied|purged)\s+(and\s+\w+\s+)?(the\s+|our\s+|a\s+|all\s+)?([a-z]+_[a-z_]+\b|(\w+\s+)?tables?\b|columns?\b|(all\s+)?rows\b|database\b|db\b)|\b(delete from|truncate table|drop table)\s+[a-z_]+\b(?![^.;]{0,20}\b(where|when|if)\b)|\b(orders|payments|customers|users|carts)\s+table\s+(is|was)\s+(now\s+)?(empty|gone)\b/;
/** The shop's records being deleted as it runs: "orders older than 24h are being deleted every hour". */
export const BEING_DELETED = /\bse estan borrando\b|\b(?:werden gerade|werden laufend) geloscht\b|\bsont en train d'?\s?etre (?:supprime|efface)\w*\b|\bverschwinden (?:die |unsere )?(?:bestellungen|produkte|kunden)\b|\b(?:orders|products|customers) are disappearing\b|\bdesaparecen (?:los )?(?:pedidos|productos|clientes)\b|\b(?:jedes mal|every time|each time|cada vez|a chaque fois)\b[^.;]{0,30}?\b(?:lad\w*|reload\w*|refresh\w*|recarg\w*|recharg\w*)\b[^.;]{0,10}?\b(?:fehl\w* (?:no|noch) mehr|more (?:are )?(?:missing|gone)|faltan mas|il en manque (?:encore )?plus)\b|\b(it'?s|its|is|keeps?|still)\s+deleting\s+from\s+[a-z_]+\b|\b(orders|customers|products|payments|users)\s+table\s+(is|keeps)\s+(shrinking|dropping|getting smaller)\b|\b(has been|have been|is|are|keeps?|still)\s+deleting\s+(rows|records|data|orders|customers|products|payments|users)\b|\b(orders|payments|customers|users|accounts|bestellungen|commandes|pedidos)\b[^.;]{0,40}?\b(are being|are getting|keep getting|werden|sont|estan siendo|se estan)\s+(deleted|wiped|removed|purged|geloscht|supprimees|supprimes|borrados|borrando|eliminados|eliminando)\b|\b(orders|payments|customers|products|bestellungen|commandes|pedidos)\s+(are|keep|sind|sont|estan)\s+(just\s+|still\s+)?(vanishing|disappearing|verschwinden|disparaissent|desapareciendo)\b/;
/**
 * Real orders or customers landing in a place for tests ("real orders land there too" of the staging database, "echte Bestellungen
 * landen in der Testdatenbank"): production's data going astray. Its "staging" is where the harm is, not a distance from it.
 */
export const REAL_ASTRAY =
  /\b(real|live|actual|echte|vraies|reales)\s+(customer\s+)?(orders?|payments?|customers?|carts?|bestellungen|zahlungen|kunden|commandes|paiements|clients|pedidos|pagos)\b.{0,40}?\b(staging|test|sandbox|testdatenbank|recette|pruebas)\b|\b(staging|sandbox|test) (database|db)\b.{0,60}?\b(real|live|actual)\s+(orders?|payments?|customers?)\s+(land|go|end up|are|get)\b/;
/**
 * Paid, and then no order: "they pay, they get the PayBridge success page, then … no order", "bezahlt, aber keine Bestellung". Money
 * taken for nothing.
 */
export const PAID_NO_ORDER =
  /\b(they|customers|people|users|callers|buyers?|shoppers?|guests?|kunden|clients|clientes)\s+(?:\w+\s+){0,2}?(pay|paid|are charged|get charged|were charged|zahlen|bezahlen|haben bezahlt|paient|ont paye|pagan|pagaron)\b.{0,100}?\b(no order|without an order|order is missing|orders are missing|order (?:couldn'?t|could not|can'?t|cannot) be found|order not found|keine bestellung|pas de commande|aucune commande|ningun pedido|sin pedido)\b/;
/** A payment approved at the bank and no order kept: "el pago les sale aprobado en el banco pero en la página no les queda ningún pedido". */
export const APPROVED_NO_ORDER =
  /\b(?:pago|cobro|payment|charge|paiement|zahlung)\b[^.;]{0,20}?\b(?:sale aprobado|aprobado|approved|goes through|accepte|genehmigt)\b[^.;]{0,60}?\b(?:no (?:les |le )?queda ningun pedido|no (?:aparece|sale|hay) (?:ningun )?pedido|no order (?:is )?(?:kept|saved|created)|(?:but )?no order shows)\b/;
/** Charged, and the order not kept: "money is charged, order never saved". */
export const CHARGED_NOT_SAVED = /\b(cards?|customers?|people|buyers?)\s+(charged|debited|billed)\b[^.;]{0,20}?\bno orders?\s+(created|saved|recorded|made)\b|\b(money|card|cards|customer|customers|they)\s+(is|are|gets?|got|was|were)\s+(charged|debited)\b.{0,40}?\b(orders?)\s+(never|not|is not|are not|was not|were not|never gets?)\s+(saved|created|stored|recorded|written)\b/;
/**
 * How long a piece of work runs or holds something ("the report runs for 40 minutes", "hold stock
 * for 15 minutes"), or how long something lasts once a condition holds ("when an item goes into the
 * cart for 15 min"): a duration of work, not the time since something broke.
 */
export const WORK_DURATION = /\b(runs?|running|ran|takes?|took|taking|lasts?|lasting|holds?|holding|keeps?|keeping|reserves?|reserved?|caches?|cached|locks?|locked|waits?|waiting|spends?|needs?|blocks?|blocked|stays?|valid)\b(\s+\S+){0,3}\s*$|\b(when|whenever|once|after|until)\b[^,.;:]{0,40}$/;
/** What follows a duration that is a lag after each event: "for 5 minutes after the last one sells". */
export const LAG_AFTER = /^\s*(after|once|when|whenever|until|following)\b/;
/** A time said of a condition: "a warning when the same customer pays the same amount twice within an hour". */
export const WITHIN_A_CONDITION = /\b(when|whenever|once|if|after|until)\b[^,.;:]{0,60}$/;
/** What follows a number that counts something: "400 orders", "404 products". */
export const COUNTED = /^\s+(\w+\s+)?(orders|items|products|customers|users|rows|carts|payments|euros|people|units|skus|lines|tickets|emails|pedidos|commandes|bestellungen)\b/;
/** What precedes a count of none: "0 errors", "zero failures". */
export const NONE_OF = /(^|[^\d.,])(0|zero|null|cero)\s+$/;
/** Production named as such, in any of the four languages. */
export const PRODUCTION = /\b(prod|production|produktion|produccion|live)\b|\b(real|echten?|vraie)\s+(database|db|site|shop|store|seite|datenbank|laden|base|boutique)\b|\b(base de datos|tienda|web) real\b/;
/** Production denied: "(not production, only the PR preview)" names the place it is not. */
export const NOT_PRODUCTION_SAID =
  /\b(not|nicht|pas|no)\s+(in\s+|en\s+|on\s+)?(prod|production|produktion|produccion|live)\b|\bnothing\s+(of\s+(this|it)\s+)?is\s+(live|in\s+prod\w*)\b|\b(before|until|once|when)\s+(it|we|this|that)\s+(goes|go|went)\s+live\b/g;
/**
 * An urgency word in a title-cased name beside another capitalised word ("Kit de Emergencia", "Urgence Soldes", a sale
 * branded "Price Outage"): the name of a campaign or a thing, not a call for help. All capitals ("URGENT") is no name.
 */
const URGENCY_WORD = String.raw`(?:Emergenc\p{L}*|Urgen\p{L}*|Outage|Notfall\p{L}*|Critical|Krise|Crise|Crisis|Attack\p{L}*|Hack\p{L}*)`;
const TITLED = String.raw`\p{Lu}\p{Ll}+`;
const LINK = String.raw`\s+(?:(?:de|of|la|du|del|des|der)\s+)?`;
export const NAMED_URGENCY = new RegExp(String.raw`(?<=${TITLED}${LINK})${URGENCY_WORD}\b|\b${URGENCY_WORD}(?=${LINK}${TITLED})`, 'gu');
/** An urgency word inside a short quoted name, in any case: a new option "'Pedido urgente'", a button 'Urgent delivery'. */
export const QUOTED_URGENCY = new RegExp(String.raw`(?<=['"‘“«]\s?(?:\p{L}+\s+){0,3})${URGENCY_WORD}(?=(?:\s+\p{L}+){0,3}\s?['"’”»])`, 'giu');
/** A question asked first, then a short aside ("is the payment secret key ever sent to the browser bundle? check dist/ too", "Kann jemand …? Bitte …"). */
export const ASKED_FIRST = /^(is|are|do|does|did|can|could|would|will|has|have|was|were|should|kann|können|konnen|ist|sind|gibt es|hat|haben|darf|est-ce que|peut-on|peut on|puede|pueden|se puede|hay)\b[^.!?\n]{0,120}\?\s*(?:[^?]{0,40}|(?:je me demande|i wonder|i'?m (?:just )?wondering|just curious|me pregunto|ich frag(?:e)? mich)[^?]{0,120})$/i;
/** Asking what is happening is reporting it: "Der Shop ist komplett down … Was ist los??" asks nothing of the work. */
export const WHAT_IS_HAPPENING = /\b(what'?s|what is|wtf is)\s+(going on|happening)\b|\bwhat happened\b|\bwas is(t)? (da |do |denn )?los\b|\bwas passiert\b|\bqu'?est-ce qui se passe\b|\bque se passe\b|\bqu[eé] (pasa|est[aá] pasando)\b|\b(on fait quoi|what do we do|was machen wir|qu[eé] hacemos)\s+(tout de suite|right now|now|jetzt|sofort|ahora)\b/i;
/** Findings counted by severity, as scanners list them: "3 critical, 41 high". */
export const SEVERITY_COUNT = /\b\d+\s+critical\b[^.;]{0,20}?\b\d+\s+(high|medium|moderate)\b/;
export const SHOUTING = /[!?]{2,}|\b(URGENT|ASAP|HELP|DOWN)\b/;
/** Asking who is on it is calling for hands, not asking about the work: "writes failng, orders not saving. whos on it?". */
/** Asking who did it ("Wer hat do wos g'ändert??", "who changed this?"): alarm at a change nobody here made, no calm question. */
export const WHO_DID_IT =
  /\b(?:wer hat (?:da |do |hier )?(?:was |wos |etwas )?(?:g'?\s?andert|geandert|gemacht)|who (?:changed|did|put) (?:this|that|it)|qui a (?:change|modifie|mis) (?:ca|cela|ce)|quien (?:cambio|ha cambiado|puso) (?:esto|eso)|(?:losch|loscht|loscht da) (?:da )?(?:wer|jemand) (?:was|etwas|die \w+)|is (?:someone|somebody|anyone) deleting|who is deleting|(?:quien|alguien) (?:esta )?borra(?:ndo)?|qui (?:supprime|efface))\b/;
export const WHO_IS_ON_IT =
  /\bwhat (do|should) (i|we) do( now| first)?\b|\bwhat to do (now|first)\b|\bwas (mach|soll) ich (jetzt|nun)\b|\bqu'?est-ce que je fais\b|\b(que|what) (hago|hacemos)( ahora)?\b|\b(who'?s|who is|whos|anyone|anybody|is anyone|is someone|is somebody)\s+(on it|on this|looking at it|looking into it)\b|\bwer (kummert sich|ist dran|schaut sich das an)\b|\bqui (s'?en occupe|est dessus|regarde)\b|\bquien (se encarga|esta en esto|lo esta viendo)\b|\bwho (do|should) (i|we) (wake|call|ring|tell|page)\b|\b(should|do) (i|we) (wake|call|ring|phone|page) (him|her|them|someone|somebody|anyone)\b|\bsomething i should (wake|call|ring|phone|page) (him|her|them|someone) about\b|\b(je dois|dois-je|faut-il|il faut) prevenir (quelqu'?\s?un|qqn|l'?\s?equipe)\b|\bwen soll ich (anrufen|wecken|informieren)\b|\ba quien (aviso|llamo|despierto|le aviso)\b/;
/**
 * The same seen from everywhere it was tried: "I tried on my husband's phone, my laptop and our treasurer's computer and it's the same
 * everywhere". Everyone's, and the laptop named is where it was tried, not a place away from production.
 */
export const DEVICES_TRIED = /\b(tried|tryed|tested|checked|on)\s+(\d+|two|three|four|several|different|multiple)\s+(phones|devices|browsers|computers|laptops|networks)\b/;
/**
 * Where only tools live (CI, a linter): with all users or every browser affected, the tool named is where something else is said
 * ("rollback button greyed out in our CI"), not where the failure is. Users are never in CI.
 */
export const TOOL_PLACES: ReadonlySet<string> = new Set(['ci', 'github actions', 'git hub actions', 'gitlab ci', 'jenkins', 'lint']);
export const ALL_PEOPLE = /\b(all|every)\s+(users|customers|browsers|shoppers|buyers|people)\b/;
/** Another person's device said to work ("my wife's phone can order fine"): the failure is one device's. */
export const OTHER_DEVICE_FINE =
  /\b(?:it|the (?:shop|site|store))\s+works\s+(?:fine\s+|normally\s+)?on\s+my\s+(?:phone|laptop|computer|pc|mac|tablet|ipad|iphone)\b|\b(?:my (?:wife|husband|partner|son|daughter|colleague|boss|friend|mum|mom|dad)['’]?s?|her|his|their|another|the other)\s+(?:phone|laptop|computer|pc|mac|tablet|browser|ipad|iphone)\s+(?:can\s+\w+\s+|works?\s+|is\s+)?(?:fine|ok|okay|normally|without (?:a |any )?problems?)\b/;
/** An exposure asked about, not reported: "are we exposing anything we shouldn't?", "is the export leaking more than it needs?". */
export const EXPOSURE_ASKED = /\b(?:are|is|do|does|could|might|am|were|was)\s+(?:we|it|they|you|i|anything|something|this|that|the \S+|our \S+)\s+(?:\S+\s+)?(?:expos\w*|leak\w*|reachable|accessible|visible|readable|public)\b[^.!?]*\?/;
export const SAME_EVERYWHERE = /\b(the )?same (thing )?everywhere\b|\b(uberall|partout) (das )?(gleiche|selbe|pareil|la meme chose)\b|\bpareil partout\b|\b(igual|lo mismo) en todas partes\b/;
/** Others seeing the same as the writer: "customers on the phone say the same", "my mum gets the same". Everyone, not a place. */
export const OTHERS_SAME =
  /\b(customers|callers|people|folk|kunden|leute|clients|clientes|gente)\b[^.;]{0,25}?\b(say|says|sagen|disent|dicen)\s+(the same|dasselbe|das gleiche|pareil|la meme chose|lo mismo)\b|\b(my|her|his|our)\s+\w+\s+(gets|sees|has)\s+the same\b/;
/** Customers calling without end: "Phone's ringing", "le GSM sonne sans arrêt", "the phone ain't quit ringin", "d'Kunde rufet alle a". */
export const PHONE_RINGING =
  /\b(?:phones?|telephones?|gsm|telefon|telefono|telefonos)(?:'s| is| are)?\s+(?:ringing|ringin|ring(?:s|ing)? off the hook|(?:ain'?t|has not|hasn'?t|have not|haven'?t|won'?t|will not) (?:quit|stopped|stop) ring\w*|sonne(?:nt)? sans arret|klingel[nt] (?:ununterbrochen|standig|pausenlos|durch)|steht nicht still|no para(?:n)? de sonar)\b|\b(?:kunden|kunde|leute|leut)\s+(?:rufen|rufet|rufed)\s+(?:alle|scho|schon|standig|dauernd|pausenlos)\s+an?\b/;
/** Anyone able to open what should be private: "anyone on the internet can open /admin/orders and see names". */
export const ANYONE_CAN_SEE =
  /\b(anyone|anybody|any visitor|jeder|n'importe qui|cualquiera)\b[^.;]{0,30}?\b(can|could|kann|peut|puede)\s+(open|see|read|download|view|access|browse|offnen|sehen|lesen|voir|lire|ouvrir|ver|leer|abrir)\b|\b(shows?|showing|displays?|lists?)\s+(every|all|other)\s+(\w+\s+)?(buyers?|customers?|users?|people)('?s)?\b[^.;]{0,60}?\bto (anyone|everyone|everybody|any user|any customer)\b|\b(admin|orders|customers?|backoffice|back office)\b[^.;]{0,25}?\bopens? (for|to) (anyone|anybody|everyone|everybody)\b[^.;]{0,5}?\b(no|without( a| any)?) (login|password|log in|sign in)\b/;
/** "Anyone visiting can do this", said of people's data shown: open to anyone (read only beside data that matters). */
export const ANYONE_CAN_DO_IT = /\b(?:anyone|anybody|any visitor|n'importe qui|cualquiera|jeder)\s+(?:\w+\s+)?(?:can|could|peut|puede|kann)\s+(?:do|faire|hacer|machen)\s+(?:this|it|that|ca|cela|esto|eso|das)\b/;
/** Card authorisations about to lapse: the money of every order still waiting is lost when they do. */
export const AUTHS_LAPSING =
  /\b(auths?|authori[sz]ations?|holds?|autorisierungen|autorisations|autorizaciones)\b[^.;]{0,30}?\b(expir\w*|laps\w*|runs? out|ablaufen|laufen ab|verfallen|caducan|vencen)\s+(?:(?:at|with|bei|chez|en|on) \S+\s+)?(tomorrow|tonight|today|morgen|heute|demain|ce soir|manana|hoy|in (\d+|a few) (hours?|days?))\b|\b(?:money|it|that|they)\s+(?:goes|is gone|will be gone|will go)\s+(?:tomorrow|tonight|today)\s+when\s+the\s+(?:auths?|authori[sz]ations?|holds?)\s+(?:lapse|expire|run out)\b/;
/** Tables emptied: "carts and cart_items are empty now", "orders is empty". A single cart being empty is a customer's bug. */
export const TABLES_EMPTY =
  /\b(orders|carts|payments|customers|users|products)\s+table\s+(is\s+)?(now\s+)?(all\s+)?(empty|leer|vide|vacia)\b|\b(carts|orders|order_items|products|payments|customers|users|[a-z]+_[a-z_]+)\s+((and|und|et|y)\s+\S+\s+)?(are|is|sind|ist|sont|est|estan|esta)\s+(now\s+|jetzt\s+|maintenant\s+|ahora\s+)?(all\s+)?(empty|leer|vides?|vacias?|vacios?)\b/;
/** The shop's address showing a parked-domain page: the site is gone for everyone. */
export const PARKED_DOMAIN = /\b(domain[- ]?parking|parking page|parked (domain|page)|page de parking|domain-?parking-?seite|pagina de parking)\b/;
/** The same failure on every device tried: "I tried on my phone, my laptop and my partner's tablet". */
export const DEVICES_LISTED =
  /\b(on|auf|sur|en)\s+(my|meinem|mein|mon|ma|mi)\s+(phone|laptop|tablet|computer|pc|mac|ipad|handy|portable|movil|ordenador)\b(?:(?!\b(?:but|aber|mais|pero|not|nicht|pas|no)\b)[^.;]){0,20}?\b(my|meinem|mein|mon|ma|mi)\s+(phone|laptop|tablet|computer|pc|mac|ipad|handy|portable|movil|ordenador)\b|\b(tried|tested|checked|probiert|getestet|essaye|probe)\b[^.;]{0,15}?\b(on|from|auf|sur|en|con|desde)\b[^.;]{0,50}?\b(phone|laptop|tablet|computer|pc|mac|ipad|handy|portable|movil|ordenador)\b[^.;]{0,40}?\b(phone|laptop|tablet|computer|pc|mac|ipad|handy|portable|movil|ordenador)\b/;
/** No orders where there usually are many: "we normally have 60 orders by this time today and we have none". */
/** What takes the money never there: "the card form never appears, just a blank box under 'Payment'". */
export const CARD_FORM_MISSING =
  /\b(?:card|payment|credit card)\s+(?:form|field|fields|widget|box)\s+(?:never|doesn'?\s?t|does not|won'?\s?t|will not|no longer)\s+(?:appears?|shows? up|loads?|renders?)\b/;
/** A browser or phone named: what fails there is a fault of that browser ("on iPhone Safari the card field never appears"). */
export const ONE_BROWSER = /\b(?:safari|firefox|chrome|edge|iphone|ipad|android|samsung internet)\b/;
export const ORDERS_AT_NONE =
  /\b(normally|usually|normalerweise|sonst|d'habitude|normalement|normalmente|habitualmente)\b[^.;]{0,60}?\b\d+\s+(orders|sales|bestellungen|commandes|ventes|pedidos|ventas)\b[^.;]{0,40}?\b(none|zero|0|keine|aucune|ninguno|ninguna|cero|nothing)\b/;
/** A question asked because of a harm: "where are the logs? asking because every customer since 10 is declined". */
export const ASKING_BECAUSE = /\b(asking because|i ask because|ich frage,? weil|frage,? weil|je demande parce que|pregunto porque)\b|\?\s*(because|weil|parce que|porque)\b/;
/** A harm seen during an audit is reported, not supposed: the audit is how it was found. */
export const AUDIT_WORDS: ReadonlySet<string> = new Set(['audit', 'review']);
/** A chart's scale making a small dip look like a crash: "so a 2% dip looks like a crash". */
export const ONLY_LOOKS_LIKE = /\bso\s+(a|an|the|every)\s+[^.;]{0,30}?\blooks? like an? (crash|drop|outage|collapse)\b/;
/** An attempt that failed and stopped: "Nothing got in", "then stopped". Over, nothing to contain. */
/**
 * A harm said to be stopped: "the sale price mixup from Friday is stopped", a leaked key "a été changée depuis". Over, whatever is asked
 * next.
 */
export const HARM_STOPPED =
  /\b(?:mix-?up|problem|issue|errors?|double charges?|leak|outage|incident)\s+(?:from\s+\w+\s+|of\s+\w+\s+)?(?:is|are|has been|have been|was|were)\s+(?:stopped|fixed|sorted)\b|\b(?:elle|it|the key|la cle|la clave|der schlussel|sie)\s+(?:a ete|was|has been|fue|ha sido|wurde)\s+(?:changee|remplacee|revoquee|rotated|changed|replaced|revoked|cambiada|rotada|revocada|getauscht|gewechselt|ersetzt)\s+(?:depuis|since|desde entonces|seitdem|inzwischen)\b|\b(?:has|have) since been (?:rotated|revoked|replaced)\b/;
export const ATTEMPT_FAILED = /\b(nothing|nobody|no one|niemand|personne|nadie)\s+(got|came|kam|est entre|entro)\s+(in|rein|through)\b|\bnone (?:of them )?(?:succeeded|got in|worked)\b|\b(?:keiner|keine) (?:war )?erfolgreich\b|\baucune? n'?\s?a (?:reussi|abouti)\b|\bninguno (?:entro|funciono|tuvo exito)\b|\b(then|and then|dann|puis|luego)\s+(stopped|hat aufgehort|s'est arrete|paro)\b/;
/** A failure that comes with each deploy ("drops to 0 for ~20s on every rollout", "during deploys"): a defect of how deploys run. */
export const ON_EVERY_DEPLOY =
  /\b(on|during|at|after|with|bei|a|en)\s+(every|each|jedem|jeder|chaque|cada)\s+(rollout|deploy\w*|release|restart|update|despliegue|deploiement|mise en production)\b|^(?:every|each)\s+(?:rollout|deploy|deployment|release|restart)\s+(?:costs|breaks|drops|loses)\b|\b(during|wahrend|pendant|durante)\s+(deploys|deployments|releases|rollouts|restarts|updates|despliegues|deploiements)\b/;
/** "Down" of a figure ("conversion is down 8%"): a decrease, not a service down. */
export const DOWN_BY = /^\s*(by\s+)?(about\s+|~\s*)?\d+([.,]\d+)?\s*(%|percent|pct)/;
/** Few over a long period: "4 customers in a month", "twice a week". A defect to trace, not an incident. */
export const FEW_IN_A_PERIOD =
  /\b(\d|a few|two|three|four|five|zwei|drei|vier|deux|trois|quatre|dos|tres|cuatro)\s+(customers|people|orders|times|cases|kunden|mal|falle|clients|fois|cas|clientes|veces|casos)\s+(in|per|a|this|im|pro|par|en|al|cette|este|diesen?)\s+(a |the |einem |un |una )?(month|week|year|monat|woche|jahr|mois|semaine|annee|mes|semana|ano)\b|\b(twice|once|thrice|zweimal|einmal|deux fois|une fois|dos veces|una vez)\s+(in|per|a|this|im|pro|par|en|al|cette|este|diesen?)\s+(a |the |einem |un |una )?(month|week|monat|woche|mois|semaine|mes|semana)\b/;
/** A kind of visitor, not an exposure: "every visitor without login". */
export const VISITOR_KIND =
  /\b(visitors?|users?|customers?|guests?|people|besucher|kunden|visiteurs?|usuarios?|visitantes?)\s+(without|ohne|sans|sin)\s+(a\s+|an\s+)?(login|logging in|account|konto|anmeldung|compte|cuenta|sesion)\b/;
/**
 * How a picture or a logo looks, however many see it: "our logo looks fuzzy on every MacBook", "sieht verpixelt aus", "se ve borroso". A
 * look to fix; without a harm named it is no incident.
 */
export const ONLY_LOOKS =
  /\b(looks?|looking|appears?|sieht|sehen|aussehen|se ve|se ven|se voit|parait|paraissent)\s+(\S+\s+){0,2}?(fuzzy|blurry|blurred|pixelated|pixelly|grainy|jagged|stretched|squashed|washed out|unscharf|verschwommen|verpixelt|flou|floue|floues|pixelise\w*|borros[oa]s?|pixelad[oa]s?|desenfocad[oa]s?)\b|\blike a (jpeg|jpg|gif) from\b/;
/**
 * One person found a hole, tried it once and told the shop: "she's only telling us, didn't touch anything", "Er hat's nur einmal probiert
 * und gleich gemeldet", "nos avisó enseguida y no tocó nada". A finding to fix, over as soon as it was made.
 */
export const FINDER_REPORTED =
  /\b(she|he|the customer|the researcher)('s| is| was| has)?\s+(only|just)\s+(telling|told|letting)\s+us\b|\b(she|he|the customer|the researcher)\s+(didn'?t|did not|never)\s+(touch|use|open|download|keep)\b|\bnur einmal (aus)?probiert\b|\b(gleich|sofort) gemeldet\b|\bhat nichts angefasst\b|\bn'?\s?a rien touche\b|\bnous l'?\s?a signale (tout de suite|aussitot|immediatement)\b|\bno toco nada\b|\bnos aviso (enseguida|de inmediato|en seguida)\b/;
/** An error shown for a second and gone: "shows for one second 'Could not load your cart' and after it goes away". */
export const FLASH_OF_ERROR =
  /\bfor\s+(a|one|1|two|2|a few|half a)\s+(second|sec|seconds|secs|moment)\b[^.;]{0,80}?\b(goes away|disappears|then it works|verschwindet|disparait|desaparece)\b/;
/** A certificate said to have expired: every visitor gets the browser's warning page. */
export const CERT_EXPIRED =
  /\bcert(ificate)?\s+(has\s+|is\s+)?expired\b|\bcertificate\s+(isn'?t|is not|is no longer)\s+valid\b|\bcert(ificate)?\s+(ran|has run|had run) out\b|\berr_cert_date_invalid\b|\bzertifikat\s+(ist\s+|is\s+)?abgelaufen\b|\bcertificat\s+(il\s+)?(a\s+|est\s+)?expire\b|\bcertificat\w*\b(?:[^.;]|\.(?=\w)){0,40}?\b(a|est) expire\b|\bzertifikat\w*\b(?:[^.;]|\.(?=\w)){0,40}?\bist abgelaufen\b|\berr_cert_(?:date_invalid|common_name_invalid|authority_invalid)\b|\bcertificado\s+(ha\s+|esta\s+|se\s+)?(caducado|expirado|vencido|vencio|caduco|expiro)\b|\bcert\w*\b[^;\n]{0,80}?\bexpir\w*[ _]in\s*[=:]\s*-\s?\d/;
/** Everyone treated alike ("today everyone pays the same flat rate"): how the shop works, nobody harmed. */
export const EVERYONE_ALIKE =
  /\b(everyone|everybody|all customers|tout le monde|todos|todo el mundo|alle|jeder)\s+(pays?|gets?|sees?|paie|voit|paga|pagan|ve|zahlt|zahlen|sieht|bekommt)\s+(the\s+|le\s+|el\s+|den\s+|das\s+)?(same|meme|mismo|gleichen?|selben?)\b/;
/** A harm someone only believed in: "caller thought we'd been hacked". */
export const ONLY_BELIEVED = /\b(thought|worried|afraid|feared|dachte|befurchtete|pensait|croyait|creia|creyo|pensaba)\b(\s+\S+){0,3}\s*$/;
/** "Sorry if…", "it's probably nothing, but": politeness, no hypothesis. */
export const APOLOGY_WORDS: ReadonlySet<string> = new Set(['sorry', 'apologies', 'entschuldigung', 'desole', 'perdon', 'pardon']);
/** "A local forum", "the local paper": a place people meet, not a local environment. */
export const LOCAL_COMMUNITY = /^\s*(group|forum|facebook|newspaper|paper|radio|shop|store|community|business|customers?|people|news|club|market)\b/;
/** Money paid out to an account nobody knows: "paid out our takings to a bank account I have never seen". */
export const PAID_TO_UNKNOWN =
  /\b(paid out|payouts?|sent|transferred|transfers?|ausgezahlt|uberwiesen|uberweisung|verse|vire|virements?|pagado|transferido|transferencias?)\b[^.;]{0,60}?\b(account|konto|compte|cuenta)\s+(that\s+|que\s+|das\s+)?(i|we|nobody|no one|none of us|ich|wir|je|nous|no)\s+(ne\s+)?(have never seen|never saw|do not know|don'?t know|don'?t recognise|don'?t recognize|nie gesehen habe|nicht kenne|n'ai jamais vu|ne connais pas|conozco)\b/;
/** Time spent without anyone able to do a thing: "llevamos toda la mañana sin que nadie pueda iniciar sesión". */
export const LASTED_WITHOUT = /\bllev(?:amos|an|a|o|as)\b[^.;]{0,40}?\bsin que (?:nadie|ningun \w+) (?:pueda|puedan|haya podido)\b/;
/** Charged, and no confirmation comes: "les cobraron pero no les llega order confirmation". */
export const CHARGED_NO_CONFIRMATION =
  /\b(charged|debited|cobraron|cobrado|cobran|belastet|abgebucht|debites?|preleves?)\b.{0,40}?\b(no|never|not|keine|kein|pas|aucune|nunca|ni)\b.{0,25}?\b(confirmation|confirmacion|bestatigung|confirmations)\b/;
/**
 * Nobody able to do a thing any more, in German as people speak it: "seit Mittag kann kein Kunde mehr bezahlen", "können keine Kunden
 * mehr bestellen", "kann kään Kunde mehr bezahle" (Palatine), "koa Mensch ko mehr zahln" (Bavarian).
 */
export const NO_ONE_CAN_ANYMORE =
  /\b(kann|konnen|ko|ka)\s+(kein|keine|keiner|koa|koi|kei|keen|kaan|kaen|kan)\s+(\w+\s+)?mehr\b|\b(kein|keine|keiner|koa|koi|kaan)\s+(kunde|kunden|mensch|mensche)\s+(kann|konnen|ko|ka)\s+mehr\b|\b(kann|ka|cha)\s+(\S+\s+){0,3}?(niemert|niemer|neamd|niemand)\s+(meh|mehr|mea)\s+(zahla|zahle|zahlen|bezahlen|kaufe|kaufen|bestelle|bestellen)\b|\bkommt\s+(keiner|koaner|niemand|kein mensch)\s+(mehr|meh)\s+durch\b|\b(kein|koa|koi|kaan)\s+(kunde|mensch|mensche)\s+(kommt|kummt)\s+mehr\s+(rein|drauf|durch)\b/;
/** A concession, not a hypothesis: "'tracking unavailable' would be fine, but checkout needs it too". */
export const WOULD_BE_FINE_BUT = /\bwould be (fine|ok|okay|acceptable|no problem|bearable)\b[^.;]{0,15}?\bbut\b/;
/** "That's expected", "as expected": normal, nothing broken. */
export const AS_EXPECTED = /\b(that'?s|that is|it'?s|it is|this is|as|all)\s+expected\b(?!\s+to\b)/;
/**
 * Someone else's document received: "my invoice … is for a Mr Jansen in Utrecht with his full address", "the PDF is the invoice of the
 * customer before", "la facture de quelqu'un d'Angers".
 */
export const ANOTHERS_DOCUMENT =
  /\b(invoice|receipt|confirmation|rechnung|quittung|bestatigung|facture|recu|factura|recibo|confirmacion)\b[^.;]{0,60}?\b(for|of|von|fur|de|pour|a nombre de)\s+(a\s+|an\s+|einen?\s+|une?\s+|the\s+)?(mr|mrs|ms|miss|herr|herrn|frau|monsieur|madame|mme|senor|senora|sr|sra|another customer|someone else|einen anderen kunden|un autre client|otro cliente|(customer|buyer|person|client) before|previous (customer|buyer|person|client|order)|quelqu'?\s?un|client precedent|cliente anterior|vorherigen kunden|jemand anderem)\b/;
/** Orders taken at nothing: "orders are actually going through at 0", "Bestellungen gehen für 0 € durch". */
export const ORDERS_AT_ZERO = /\b(orders?|payments?|bestellungen|commandes|pedidos)\b[^.;]{0,25}?\b(going|go|went|gehen|passent|pasan|entran)\s+(through\s+|durch\s+)?(at|for|fur|a|por)\s+(0|zero|null|cero)\b(?![.,]\d*[1-9])/;
/** Refunds or charges nobody here made: "refunds of 18,400 euros that none of us issued", "Refunds und Charges, die wir nicht gemacht haben", "je n'ai rien remboursé". */
export const MONEY_NOT_OURS =
  /\b(refunds?|charges?|payouts?|erstattungen|ruckerstattungen|remboursements?|reembolsos?|cargos)\b[^.;]{0,80}?\b(that|which|die|que|qu'?\s?)?\s*(none of us|nobody here|no one here|we (?:did not|didn'?t|never)|wir nicht|wir nie|ich nicht|personne ici|je n'?\s?ai pas|nous n'?\s?avons pas|nadie aqui|no hicimos|no hice|nosotros no)\s*(\w+\s+)?(issued|made|did|created|sent|ausgelost|gemacht|veranlasst|emis|faits?|hicimos|hice|emitimos)\b|\b(refunds?|erstattungen|remboursements?|reembolsos?)\s+(\w+\s+){0,2}(by themselves|on their own|von selbst|tout seuls|solos)\b|\b(je n'?\s?ai|nous n'?\s?avons|on n'?\s?a) rien rembourse\b|\b(i|we) (didn'?t|did not|never) (issue|make|do) (any )?(refunds?|them|those)\b|\b(ich habe|wir haben) nichts (erstattet|zuruckerstattet)\b|\bno (hice|hicimos) (ningun|esos|ningunos) reembolsos?\b/;
/** An amount many times what it should be, in words: "exactly 100 times what they should be". */
export const TIMES_WHAT_IT_SHOULD_BE = /\b(payments?|amounts?|charges?|debits?|prices?|totals?|betrage|montants|importes|cargos)\b[^.;]{0,50}?\b(\d+|ten|a hundred|hundred|a thousand)\s?(x|times) (what|the amount) (it|they|the customer|customers) (should|ought to) (be|pay|have paid)\b/;
/** Every recipient seeing the others' data, or a file open to anyone: "every one of them can see all the other addresses", "readable by anyone with the link". */
export const OTHERS_DATA_SEEN =
  /(?<!\b(?:nobody|no one|noone|niemand|keiner|personne|nadie|never|nie|jamais|nunca|not)\s)\b(can|could|konnen|kann|peuvent|peut|pueden|puede)\s+(see|sehen|voir|ver)\s+(all\s+|alle\s+|toutes\s+|todas\s+)?(the\s+|die\s+|les\s+|las\s+)?(other|anderen|autres|otras)\s+(customers'?\s+|people'?s?\s+|recipients'?\s+|users'?\s+)?(e-?mail\s+)?(addresses|adressen|adresses|direcciones|emails|orders|bestellungen|commandes|pedidos)\b|\bwith (other|another) (buyers?|customers?|people|person|users?)'?s?\s+(names?|addresses|details|accounts|orders)\b|\blinks? to other (buyers?|customers?|people|users?)'?s?\s+accounts\b|\b(readable|downloadable|viewable|accessible)\s+(by|to|for)\s+(anyone|anybody|everyone|the public|jeden|jedermann|tout le monde|cualquiera)\b/;
/** Nobody able to buy or sign in for a while: "no one has been able to buy anything since yesterday afternoon". */
export const NO_ONE_ABLE = /\b(no one|nobody|no customer|none of our customers)\s+(has|have|had)\s+(been able|managed)\s+to\s+(buy|order|pay|check ?out|log ?in|sign ?in|complete)\b|\bno (?:child|kid|pupil|student|customer|guest|member|patient|parent|one)\s+(?:has|have)\s+(?:got|gotten|had|received|managed)\s+(?:\w+\s+){0,2}(?:through|via|in|from)\s+(?:the|our)\s+(?:app|site|shop|website|system|tills?)\b[^.;]{0,15}?\b(?:today|this morning|since)\b|\b(?:every|each|all(?: the)?)\s+(?:balances?|totals?|prices?|carts?|baskets?)\s+(?:comes?|come)\s+back\s+(?:as\s+)?[€$£]?\s?0(?:[.,]00)?\b/;
/** Refunds paid out on every order: "refunds going out on every order". */
export const REFUNDS_ON_EVERY = /\brefunds?\s+(are\s+|is\s+)?(going|being sent|being paid|paid|sent|issued)\s+out\s+(on|for|to)\s+(every|each|all)\b/;
/** Anyone at all of the shop's people: "does nothing for any shopper". */
export const FOR_ANY_OF_THEM = /\bfor (any|every) (single )?(shopper|customer|user|visitor|buyer|client)\b/;
/** More people writing in with the same harm: "y hay otros 15 correos iguales", "and 12 more e-mails like it", "dazu 20 weitere Mails dieser Art". */
export const MORE_OF_THE_SAME =
  /\b(?:otros|otras|another|weitere|d'?\s?autres|autres)\s+\d+\s+(?:correos|mensajes|quejas|clientes|e-?mails|mails|messages|complaints|customers|kunden|beschwerden|clients|plaintes)\s+(?:iguales|igual|like (?:it|that|this)|the same|identiques|pareils|gleiche|gleichen|genauso)\b|\b\d+\s+(?:more|other)\s+(?:e-?mails|mails|messages|complaints|customers|tickets|calls)\s+(?:like (?:it|that|this)|saying the same|the same)\b/;
/**
 * Orders or sales stopped: "nobody has ordered anything since 9", "the orders screen has not had a new order since breakfast", "no new
 * order since 14:00", "de 25 a 0 pedidos por hora", "orders per hour went from 40 to 0". An alert wished for when it happens is a
 * condition, kept at its distance by its "when".
 */
export const ORDERS_STOPPED = new RegExp(
  [
    String.raw`\b(nobody|no one|noone|no customer|niemand|kein kunde|personne|aucun client|nadie|ningun cliente)\s+(has|have|hat|n'?\s?a|ha)\s+(\w+\s+)?(ordered|orderd|bought|paid|bestellt|gekauft|bezahlt|commande|achete|paye|pedido|comprado|pagado)\b(?![^.;]{0,20}\b(yet|encore|todavia|noch)\b)`,
    String.raw`\b(not had|hasn'?t had|has had no|haven'?t had|have had no)\s+(a\s+|any\s+|one\s+)?(new\s+|single\s+)?(orders?|sales?)\s+(since|for|in)\b`,
    String.raw`(?<!\b(?:when|if|whenever|wenn|quand|si|cuando)\s)\b(no|not a single|not one|keine|keine einzige|aucune|pas une seule|ningun|ni un|ni una)\s+(new\s+|neue\s+|nouvelle\s+|nuevo\s+)?(orders?|sales?|bestellung(en)?|commandes?|pedidos?|ventas?)\s+(since|seit|depuis|desde)\b`,
    String.raw`\b(from|de|von)\s+~?\d+\s+(to|a|auf)\s+(0|zero|cero|null)\s+(orders?|pedidos|commandes|bestellungen|sales|ventas|ventes)\b`,
    String.raw`\b(orders?|sales|pedidos|commandes|bestellungen)\s+(per|an|a|por|pro|par)\s+(hour|hora|stunde|heure)\s+(went|fell|dropped|cayeron|bajaron|sont passees|ging|fiel|sind)\s+(from\s+~?\d+\s+|de\s+~?\d+\s+|von\s+~?\d+\s+)?(to|a|auf)\s+(0|zero|cero|null)\b`,
  ].join('|'),
);
/** A page of the shop blank for everyone, as people say it: "the checkout page is completely white", "la page est toute blanche". A moment of white is BLANK_A_MOMENT. */
export const PAGE_BLANK =
  /\b(homepage|home page|front page|storefront|startseite|page d.?accueil|portada)\s+is\s+(now\s+)?(only|just)\s+(a\s+)?(grey|gray|white|blank|empty)\s+(box|page|screen)\b|\bcannot get \/(?=\W|$)|\b(page|site|shop|checkout|homepage|startseite|seite|seitn|pagina|tienda|boutique)\s+(is|are|ist|est|esta|se ve|goes|went|stays?|bleibt|reste|queda)\s+(\S+\s+){0,2}?(white|blank|weiss|blanche|en blanco)\b(?!\s+(for|pendant|durante|fur)\s)/;
/** Stock counts zeroed or emptied as it runs: "the stock numbers keep resetting to 0", "went from 400 in stock to zero in ten minutes". */
export const STOCK_ZEROED =
  /\b(stock|inventory|bestand|lagerbestand|existencias|inventario)\s+(numbers?|counts?|levels?|zahlen|niveaux?)?\s*(keeps?\s+|keep\s+|sigue\s+|springt\s+)?(resetting|reset|dropping|going|set|gesetzt|zuruckgesetzt|remis|vuelve)\s+(back\s+)?(to|auf|a)\s+(0|zero|null|cero)\b|\bfrom\s+\d+\s+in stock\s+to\s+(zero|0|nothing)\b/;
/** A table said emptied, in French, Spanish or German: "la table products a été vidée", "la tabla orders tiene 0 filas", "die Tabelle orders wurde geleert". */
export const TABLE_EMPTIED =
  /\b(la table|les tables|la tabla|las tablas|die tabelle|the table)\s+\S+\s+(a ete|ont ete|fue|ha sido|han sido|wurde|ist|was|has been)\s+(videe?s?|supprimee?s?|effacee?s?|vaciadas?|borradas?|geleert|geloscht|emptied|wiped)\b|\b(table|tabla|tabelle)\s+\S+\s+(has|tiene|hat|a)\s+(0|zero|cero|null|keine)\s+(rows|filas|zeilen|lignes)\b/;
/** Records said missing or gone for all: "every order since then is missing", "all the product pictures are gone". */
export const ALL_GONE =
  /\b(every|all( the)?|alle|toutes les|tous les|todas las|todos los)\s+(\w+\s+)?(orders?|order|payments?|customers?|products?|pictures|images|photos|bilder|fotos|commandes|pedidos|imagenes|bestellungen)\b[^.;]{0,25}?\b(is|are|sind|ist|ont|sont|estan|han)\s+(all\s+)?(missing|gone|weg|verschwunden|disparus?|disparues?|desaparecid[oa]s)\b|\b(sind|ist)\s+(alle|samtliche)\s+(\w+\s+){0,4}?(bestellungen|kunden|produkte|artikel|bilder|rechnungen)\b[^.;]{0,30}?\b(weg|verschwunden|geloscht)\b/;
/** Other people's orders or details shown to a customer: "le salen pedidos de otra gente", "she sees other customers' orders". */
export const OTHERS_ORDERS_SHOWN =
  /(?<!\b(?:can'?t|cannot|can not|never|not|no|nicht|pas|nunca|won'?t|nobody can|no one can|niemand kann|nadie puede)\s)\b(see|sees|seeing|shows?|showing|salen|sale|aparecen|ve|ven|sieht|sehen|zeigt|voit|voient|affiche)\b[^.;]{0,30}?\b((pedidos|ordenes|datos|direcciones)\s+(de otra gente|de otras personas|de otros clientes|ajenos|ajenas)|(commandes|adresses|donnees)\s+(d'?\s?autres clients|d'?\s?autres personnes|des autres clients)|(bestellungen|adressen|daten)\s+(von anderen|anderer)\s+(kunden|leuten|personen)|other (people|customers|buyers)'?s?\s+(orders|addresses|details|data))\b/;
/** A bank account nobody here added, or payouts leaving for one nobody knows: "a bank account in our payout settings that neither Mark nor I added". */
/**
 * Every recipient's address shown to all the others: "the newsletter went out with the 1,800 addresses in the To field", "every
 * subscriber's name and email listed at the bottom", "les adresses en clair".
 */
export const ADDRESSES_TO_ALL =
  /\b(every|all( the)?|alle|toutes les|todas las|les|the)\s+(\d[\d .,]*\s+)?(subscribers?|customers?|recipients?|abonnenten|kunden|abonnes|destinataires|suscriptores|clientes|e-?mail addresses|addresses|adressen|adresses|direcciones)'?s?\b[^.;]{0,40}?\b(en clair|im klartext|a la vista|in (the )?(to|cc|an)[- ]?(field|feld|line)|dans le champ (a|cc)|en el campo (para|cc)|listed at the bottom|all visible|visible to (everyone|all))\b/;
/** All of them gone through as they should: "tous les courriels sont partis", "all the payments went through", "alle Zahlungen sind durch". Nobody harmed. */
export const ALL_WENT_FINE =
  /\b(tous les|toutes les|all the|all|alle|todos los|todas las)\s+([\w-]+\s+)?(sont|ont ete|were|went|have been|sind|wurden|han|se han|fueron)\s+(bien\s+)?(partis|parties|passes|passees|envoyes|envoyees|recus|recues|through|sent|delivered|fine|ok|correct|durch|durchgegangen|verschickt|angekommen|enviados|enviadas|pasado|pasados|llegado|entregados)\b/;
