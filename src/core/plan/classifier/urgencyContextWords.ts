import type { ConceptMatch } from '../meaning/concepts';
import type { MatchContext } from './urgencyContext';

// The words the context rules (urgencyContext.ts) read around a lexicon match to tell whether it is a sign of its concept where it
// stands: "take the banner offline" is no outage, "her review" no audit, "j'ai passé deux commandes test" no test place.

/** Verbs that take a thing offline on purpose. */
export const TAKEN_OFF: ReadonlySet<string> = new Set(['take', 'put', 'nehmt', 'nimm', 'nehmen', 'mettez', 'mets', 'mettre', 'poned', 'pon', 'poner']);
/** Whose review it is when it is a customer's: "her review", "a google review". */
export const REVIEWER: ReadonlySet<string> = new Set(['her', 'his', 'their', 'google', 'customer', 'customers', 'bad', 'negative', 'angry', 'star']);

export const HERE_IN_FRENCH: ReadonlySet<string> = new Set(['dessous', 'dessus', 'joint', 'jointe', 'joints', 'jointes', 'apres', 'contre']);
/** What a "test" names that is kept on the live shop: a test account, or a test coupon left on ("un code de test à cent pour cent"). */
export const TEST_IDENTITY: ReadonlySet<string> = new Set(['account', 'accounts', 'user', 'login', 'customer', 'coupon', 'voucher', 'gutschein', 'rabattcode', 'cupon']);
/** Where staff are not, after "nobody": "nobody around", "nobody awake". */
export const STAFF_ABSENT: ReadonlySet<string> = new Set(['around', 'awake', 'available']);
/** "Fui a revisar": I went to check. */
export const WENT_TO: ReadonlySet<string> = new Set(['fui', 'fue', 'fuimos', 'fueron']);
/** Whose forecast: the weather's ("the swell forecast"). */
export const WEATHER: ReadonlySet<string> = new Set(['swell', 'weather', 'surf', 'wind', 'snow', 'rain', 'wetter', 'meteo']);
/** What alone shows of a page gone blank: "sale en blanco, solo el título". */
export const PAGE_PARTS: ReadonlySet<string> = new Set(['titulo', 'title', 'logo', 'header', 'encabezado', 'texto', 'text', 'menu', 'footer', 'titre', 'titel']);
/** Where customers write reviews: "Review on our Google listing". */
export const REVIEW_SITES: ReadonlySet<string> = new Set(['google', 'trustpilot', 'yelp', 'facebook', 'etsy', 'amazon', 'tripadvisor', 'instagram', 'ebay']);
/** "Favor revisar", "porfa revisa": please. */
export const PLEASE_BEFORE: ReadonlySet<string> = new Set(['favor', 'porfa', 'porfis']);
/** Who does the steps of a recipe after an "if": "if you put /.env after our address", "si tu tapes". */
export const RECIPE_WHO: ReadonlySet<string> = new Set(['you', 'u', 'one', 'tu', 'vous', 'on', 'uno']);
export const RECIPE: ReadonlySet<string> = new Set([
  'put', 'type', 'add', 'append', 'enter', 'paste', 'visit', 'go', 'tape', 'tapes', 'tapez', 'mets', 'mettez', 'ajoutes', 'ajoutez', 'pones', 'escribes', 'agregas', 'anades',
]);
export const COUPON_OF: ReadonlySet<string> = new Set(['code', 'codigo', 'coupon', 'cupon', 'bon']);
/** Whom a "könnt" asks: "Könnt ihr bitte schauen?" is a request. */
export const ASKED_OF_YOU: ReadonlySet<string> = new Set(['ihr', 'du', 'jemand']);
/** "Bitte sofort": at once. */
export const AT_ONCE: ReadonlySet<string> = new Set(['sofort', 'schnell', 'dringend', 'gleich', 'jetzt', 'asap']);
/** "Revisa al tiro", "revisa ya": check it right away. */
export const RIGHT_AWAY: ReadonlySet<string> = new Set(['al tiro', 'ya', 'ahora', 'ahorita', 'ya mismo', 'ahora mismo', 'urgente', 'rapido', 'porfa']);
/** What is tried from a device: "when I try it from my laptop". */
export const TRIED: ReadonlySet<string> = new Set(['it', 'this', 'that', 'try', 'tried', 'check', 'checked', 'test', 'tested', 'open', 'opened', 'load', 'loaded', 'too', 'also']);
/** A test key or mode put where the live shop reads it ("a test_ key in PAYMENT_API_KEY", "test mode on prod"). */
export const TEST_KEY: ReadonlySet<string> = new Set(['key', 'keys', 'mode']);
/** A key, named before its mode: "la clé test_", "der Schlüssel test", "la clave test". */
export const KEY_NAMED: ReadonlySet<string> = new Set(['cle', 'cles', 'schlussel', 'clave', 'claves', 'llave']);
/** A key told by how it begins: "la llave nueva empieza por test_", "the new key starts with test_", "der Schlüssel beginnt mit test_". */
export const BEGINS: ReadonlySet<string> = new Set(['starts', 'start', 'begins', 'begin', 'empieza', 'empiezan', 'comienza', 'commence', 'commencent', 'beginnt', 'beginnen', 'fangt']);
export const BEGINS_WITH: ReadonlySet<string> = new Set(['with', 'por', 'con', 'par', 'mit']);
export const LIVE_PLACE: ReadonlySet<string> = new Set(['api', 'prod', 'production', 'live', 'env', '.env', 'produktion', 'produccion']);
/** What a test purchase buys: "manual test purchase fails": a trial of the live checkout, no test place. */
export const TRIAL_OF: ReadonlySet<string> = new Set([
  'purchase', 'purchases', 'order', 'orders', 'payment', 'payments', 'buy', 'transaction', 'bestellung', 'bestellungen', 'kauf', 'commande', 'commandes', 'achat', 'achats',
  'compra', 'compras', 'pedido', 'pedidos', 'pago', 'pagos',
]);
/** Real cards or customers paying: where test mode is, it is live. */
export const REAL_PAYING = /\breal (?:cards?|customers?|orders?|payments?|money)\b/;
export const MACHINES: ReadonlySet<string> = new Set(['tills', 'terminals', 'apps', 'systems', 'workers', 'jobs', 'servers', 'scripts', 'scanners', 'readers']);
export const WENT: ReadonlySet<string> = new Set(['went', 'go', 'goes', 'gone', 'going']);
export const HARMED: ReadonlySet<string> = new Set(['charged', 'billed', 'affected', 'hurt', 'impacted', 'harmed', 'double-charged']);
/** German words around the particle "halt" ("passt des halt net", "ist halt so"): no halt. */
export const PARTICLE_NEXT: ReadonlySet<string> = new Set(['net', 'ned', 'nicht', 'so', 'mal', 'einfach', 'auch', 'nur', 'doch', 'eben', 'noch', 'leider', 'nimmer', 'nie', 'immer']);
export const PARTICLE_BEFORE: ReadonlySet<string> = new Set(['des', 'das', 'es', 'ist', 'war', 'passt', 'geht', 'sind', 'muss', 'man', 'ich', 'wir', 'dann', 'da', 'is']);
/** What falls when "caída" is a figure: "caída de ventas en agosto". */
export const FIGURES: ReadonlySet<string> = new Set(['ventas', 'visitas', 'trafico', 'conversion', 'ingresos', 'pedidos', 'precios']);
export const THANKS: ReadonlySet<string> = new Set(['thanks', 'thank', 'danke', 'merci', 'gracias', 'cheers', 'bless']);
export const AUDIT_RECORD: ReadonlySet<string> = new Set(['log', 'logs', 'trail']);
export const AUDIT_SAYS: ReadonlySet<string> = new Set(['has', 'have', 'shows', 'show', 'says', 'say']);
export const AUDIT_TOOLS: ReadonlySet<string> = new Set(['npm', 'yarn', 'pnpm', 'pip', 'cargo', 'code', 'security']);

/** What may be for sale when data leaks ("se venden los datos", "nuestra base de clientes se vende en un foro"). */
export const SOLD_DATA: ReadonlySet<string> = new Set([
  'datos', 'base', 'clientes', 'usuarios', 'tarjetas', 'correos', 'emails', 'contrasenas', 'cuentas', 'dump', 'volcado', 'foro', 'telegram', 'dark', 'web', 'bd', 'db',
]);
export const ORDERS_PLACED: ReadonlySet<string> = new Set(['commande', 'commandes', 'achat', 'achats', 'pedido', 'pedidos', 'compra', 'compras']);
/** What a cloud project has: "the project CPU quota". */
export const PROJECT_THINGS: ReadonlySet<string> = new Set(['cpu', 'quota', 'quotas', 'id', 'limit', 'limits', 'billing', 'owner', 'settings', 'memory']);
/** A "but" that sets what follows against what came before. */
export const CONTRAST: ReadonlySet<string> = new Set(['but', 'aber', 'mais', 'pero']);
/** "When", before how much of an order. */
export const WHEN: ReadonlySet<string> = new Set(['when', 'though', 'although', 'while', 'whereas']);
/** Records a period qualifies ("orders of the last months"). */
export const RECORDS: ReadonlySet<string> = new Set([
  'orders', 'records', 'data', 'invoices', 'payments', 'customers', 'returns', 'refunds', 'bestellungen', 'daten', 'rechnungen', 'zahlungen', 'kunden', 'auftrage', 'commandes', 'factures', 'pedidos', 'facturas',
]);
/** Parts of the code that a refactor may drop: "the auth middleware was dropped". */
export const CODE_PARTS: ReadonlySet<string> = new Set(['middleware', 'check', 'guard', 'route', 'handler', 'plugin', 'dependency', 'package', 'feature', 'header', 'validation', 'filter', 'test', 'tests']);
/** What the writer checks with: "curl from my laptop", "tried from my machine". */
export const PROBES: ReadonlySet<string> = new Set(['curl', 'wget', 'ping', 'tried', 'checked', 'tested', 'opened', 'loaded', 'dig', 'nslookup', 'traceroute']);
export const VERIFY: ReadonlySet<string> = new Set(['verify', 'verificar', 'verifier', 'confirm', 'confirmar', 'confirmer', 'bestatigen', 'update']);
export const ASKED_TO: ReadonlySet<string> = new Set(['asking', 'asks', 'asked', 'pidiendo', 'pide', 'piden', 'pidio', 'demandant', 'demande', 'demandent', 'fordert', 'bittet', 'auffordert']);
export const THAT_OF: ReadonlySet<string> = new Set(['celle', 'celui']);
export const EACH: ReadonlySet<string> = new Set(['each', 'every']);
export const DUMP_TOOLS: ReadonlySet<string> = new Set(['heap', 'core', 'thread', 'memory']);
export const TYPED: ReadonlySet<string> = new Set(['correo', 'email', 'mail', 'nombre', 'numero', 'codigo', 'telefono', 'dni', 'pin', 'enlace', 'link']);
/** An ironic wish that something worked again: "Wär schön, wenn man wieder bezahlen könnte", "would be nice if checkout worked again". It reports that it does not. */
export const WISHED_BACK =
  /\b(?:would be (?:nice|great|good|lovely)|it'?d be (?:nice|great|lovely)|war(?:e|'?s)? (?:schon|nett|toll|super)|ce serait (?:bien|sympa|chouette)|ca serait (?:bien|sympa)|seria (?:bueno|lindo|genial|bonito))\s*,?\s*(?:if|wenn|si|que)\b[^.;!?]{0,60}?\b(?:again|wieder|de nouveau|a nouveau|otra vez|de nuevo)\b[^.;!?]{0,30}/;
/** One browser or device said to work, before a "but": "the shop is fine in Safari but on every Android phone…". The others are the harm. */
export const FINE_IN_ONE_BUT = /^(?:in|on|with|auf|mit|im|dans|sur|avec|en|con)\s+(?:\S+\s+){0,2}?(?:but|aber|mais|pero)\b/;
/** What is moved to a place: "deployed to test". */
export const MOVED_TO: ReadonlySet<string> = new Set(['deployed', 'deploy', 'deploying', 'pushed', 'push', 'released', 'merged', 'promoted', 'copied', 'went', 'goes', 'moved', 'shipped', 'rolled', 'back']);
/** Monitors whose probes are called tests: they test production. */
export const MONITORS: ReadonlySet<string> = new Set(['synthetics', 'synthetic', 'uptime', 'canary', 'checkly', 'pingdom', 'statuscake', 'monitor']);
/** "This week" said as when something is due ("900 orders to ship this week", "à expédier cette semaine"), in the four languages. */
export const THIS_WEEK: ReadonlySet<string> = new Set(['this week', 'diese woche', 'cette semaine', 'esta semana']);
export const THIS_WEEK_AS_WHEN = /\b(?:to|a|para|by|due|until|avant|antes de|bis)\s+\w+\s+(?:this week|cette semaine|esta semana|diese woche)\b|\bdiese woche\s+(?:noch\s+)?zu\s+\w+/;
/** Words that count how often or how many: "twice this week", "the third time this week", "3 carts in Sentry this week", "tres personas esta semana". */
export const COUNTING: ReadonlySet<string> = new Set([
  'times', 'time', 'twice', 'once', 'again', 'mal', 'dreimal', 'zweimal', 'viermal', 'fois', 'veces', 'vez', 'nouveau', 'wieder', 'erneut',
  'two', 'three', 'four', 'five', 'few', 'several', 'zwei', 'drei', 'vier', 'funf', 'einige', 'deux', 'trois', 'quatre', 'cinq', 'quelques', 'dos', 'tres', 'cuatro', 'cinco', 'unos', 'varios',
]);
export const SUPPORT_AS_NOUN: ReadonlySet<string> = new Set(['the', 'our', 'customer', 'tech', 'technical', 'your', 'their', 'my']);
/** "Some random person's address", "changed the prices to random numbers": a stranger or made-up values, not a fault that comes and goes. */
export const RANDOM_WHO_OR_WHAT: ReadonlySet<string> = new Set([
  'person', 'persons', 'people', 'guy', 'stranger', 'strangers', 'customer', 'customers', 'user', 'users', 'address', 'addresses', 'email', 'emails', 'gmail',
  'account', 'accounts', 'name', 'names', 'numbers', 'prices', 'values', 'amounts', 'text', 'characters', 'strings', 'junk', 'garbage', 'figures',
  // "random thought, probably irrelevant": an aside of the writer's.
  'thought', 'thoughts', 'question', 'idea', 'observation',
]);
/** "Before" with what came after it: "sent 30 boxes to wrong people before noticing", "before more people see it". A past clause or a clock, no supposition. */
export const BEFORE_WHAT: ReadonlySet<string> = new Set([
  'noticed', 'noticing', 'saw', 'seeing', 'caught', 'realised', 'realized', 'spotted', 'more', 'sees', 'notices', 'finds', 'wakes', 'bemerkt', 'gemerkt', 'remarque', 'vu', 'nos', 'dimos',
  // "says my card number is invalid before I've even finished typing it": what happens first, no precaution.
  'even', 'finished', 'finishing',
]);
/** Going to the shop's pages, in German: "wenn's auf unsa Seitn gengan" is when they go there, each time. */
export const VISITING: ReadonlySet<string> = new Set([
  'gehen', 'gengan', 'gehn', 'geht', 'aufrufen', 'aufruft', 'offnen', 'offnet', 'aufmachen', 'besuchen', 'klicken', 'klickt', 'draufgehen', 'kommen', 'drucken', 'druckt', 'tippen',
]);
/** A time of day something has been missing since: "nothing since morning", "nothing since lunch". */
export const TIMES_OF_DAY: ReadonlySet<string> = new Set(['morning', 'noon', 'lunch', 'lunchtime', 'midnight', 'breakfast', 'opening', 'dawn']);
/** A French auxiliary before a past participle: "j'ai vérifié", "on a testé", "dégun a vérifié" report what was done. */
const FRENCH_AUXILIARY: ReadonlySet<string> = new Set(['ai', 'a', 'as', 'avons', 'avez', 'ont']);
export const frenchPastParticiple = (m: ConceptMatch, c: MatchContext) => m.words.endsWith('e') && !m.words.includes(' ') && FRENCH_AUXILIARY.has(c.words[m.at - 1] ?? '');
/** The words that follow a match. */
export const after = (m: ConceptMatch, c: MatchContext, count: number) => {
  const end = m.at + m.words.split(' ').length;
  return c.words.slice(end, end + count).join(' ');
};
