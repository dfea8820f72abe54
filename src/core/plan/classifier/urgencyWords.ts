import { NEGATIONS, type ConceptMatch } from '../meaning/concepts';
import { MORE_ARRIVING_TERMS } from '../meaning/urgencyLexicon';

/**
 * What the words around a sign change in what it says (urgency.ts reads the signs): a "whether" someone else asked, a "could" that
 * reports what was done, work done with "every order", a defect denied, someone else named as the only one affected. The word rules
 * take the text's words (`TextAnalysis.words`) and the index a sign was read at. What a past time dates is in urgencyPast.ts.
 */

/** Now as a fact reported, not a word of the description ("currently the checkout does…"). */
export const UNDER_WAY: ReadonlySet<string> = new Set([
  'right now', 'as we speak', 'at the moment', 'at this moment', 'ongoing', 'still happening', 'keeps happening', 'happening now',
  'is happening', 'is happening right now', 'it is happening', 'still going on', 'live issue', 'rn', 'ahora mismo', 'en este momento',
  'en ce moment', 'im moment', 'gerade', 'immer noch', 'sigue pasando', 'still going', 'tourne encore', 'ca continue', 'continue encore', 'lauft noch',
  'still running', 'keeps going', 'and counting', 'keep showing up', 'keeps showing up', 'keep coming in', 'keeps coming in',
  'encore maintenant', 'arrive encore', 'sigue ocurriendo', 'passiert immer noch', 'ahorita mismo',
  ...MORE_ARRIVING_TERMS,
]);

export const SINCE_WORDS: ReadonlySet<string> = new Set(['since', 'seit', 'depuis', 'desde']);
/**
 * Periods, in the four languages: the one a figure is taken over ("same hour", "same weekday") and the one after "every"/"jeden"
 * ("jeden Montag" is a schedule, not everyone).
 */
export const PERIODS: ReadonlySet<string> = new Set([
  'time', 'hour', 'day', 'weekday', 'week', 'month', 'year', 'period', 'moment', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'date',
  'window', 'slot', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'tag', 'woche', 'monat', 'jahr', 'morgen', 'abend', 'nacht', 'stunde',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'jour', 'semaine', 'mois', 'an', 'matin', 'soir', 'nuit', 'heure',
  'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo', 'dia', 'semana', 'mes', 'ano', 'manana', 'noche', 'hora',
]);
/** Who asks when a "whether" is reported, not asked ("customers are writing in to ask whether their order went through"). */
const ASKING: ReadonlySet<string> = new Set([
  'ask', 'asks', 'asking', 'asked', 'wonder', 'wonders', 'wondering', 'fragen', 'fragt', 'fragend', 'demandent', 'demandant', 'preguntan', 'preguntando',
  // "die Leut schreiben uns scho, ob mir spinnen": writing in to ask.
  'schreiben', 'schreibt', 'ecrivent', 'escriben', 'pregunta', 'demande',
  // "les clients m'appellent pour savoir si on est fermés": calling to ask.
  'savoir', 'saber', 'wissen', 'appellent', 'llaman', 'rufen', 'calling', 'call',
]);
const OTHERS: ReadonlySet<string> = new Set(['customers', 'users', 'people', 'they', 'clients', 'packer', 'driver', 'colleague', 'buyers', 'shoppers', 'kunden', 'clientes', 'support', 'leute', 'leut', 'gens', 'gente',
  // "three stall regulars asked if I'd gone out of business": the shop's own customers.
  'regulars', 'callers', 'stammkunden', 'habitues', 'habituales']);
const THIRD_PERSON: ReadonlySet<string> = new Set(['she', 'he', 'they']);
const TOLD: ReadonlySet<string> = new Set(['told', 'tells', 'said', 'says', 'wrote', 'writes', 'reported', 'showed']);
/** What someone "could" do, said of what they did ("I could open the export without logging in"): a report, no hypothesis. */
const ACCESSED: ReadonlySet<string> = new Set(['open', 'see', 'access', 'download', 'read', 'view', 'fetch', 'browse', 'list', 'pull']);
/** What someone is called on to do: "can someone check", not "can someone read the export?". */
const HELPING: ReadonlySet<string> = new Set(['please', 'pls', 'plz', 'look', 'check', 'help', 'stop', 'fix', 'clear', 'restart', 'revert', 'call', 'sort', 'kill', 'shut', 'investigate', 'put', 'roll', 'switch', 'turn']);
/** A hypothetical word that reports rather than supposes: someone else's question, or what the writer was able to do. */
export function reported(words: readonly string[], at: number, term: string): boolean {
  // "Could you please engage immediately", "could someone take a look?": a request for help, not a supposition.
  if (term === 'could' && ['you', 'someone', 'somebody', 'anyone'].includes(words[at + 1] ?? '')) return true;
  // "Can someone please stop whatever is doing it", "can someone look at the logs": as much a call for help ("can someone get into
  // the admin?" still supposes).
  if (term === 'can someone' && HELPING.has(words[at + 2] ?? '')) return true;
  // "A customer just told me she could see everyone's orders": what someone else was able to do, told.
  const told = () => THIRD_PERSON.has(words[at - 1] ?? '') && words.slice(Math.max(0, at - 5), at - 1).some((word) => TOLD.has(word));
  if (term === 'could' || term === 'konnte') return (words[at - 1] === 'i' || words[at - 1] === 'we' || told()) && ACCESSED.has(words[at + 1] ?? '');
  if (term !== 'whether' && term !== 'if' && term !== 'ob' && term !== 'si') return false;
  return words.slice(Math.max(0, at - 4), at).some((word) => ASKING.has(word)) && words.slice(Math.max(0, at - 9), at).some((word) => OTHERS.has(word));
}
/** What work does with each one ("orders record every attempt", "the report counts every order twice"): no one is affected. */
export const TALLYING: readonly string[] = [
  'record', 'records', 'log', 'logs', 'store', 'stores', 'save', 'saves', 'track', 'tracks', 'keep', 'keeps', 'audit', 'audits', 'count',
  'counts', 'list', 'lists', 'retry', 'retries', 'check', 'checks', 'validate', 'validates', 'compte', 'comptent', 'enregistre', 'zahlt', 'cuenta', 'registra',
  // What code writes out for each one: "stack traces that console.error prints for every 404".
  'print', 'prints', 'printed', 'emit', 'emits', 'write', 'writes',
  // What an export takes out of each one: "bajar todos los pedidos de un día a un CSV".
  'export', 'exports', 'download', 'downloads', 'exportar', 'bajar', 'descargar', 'exporter', 'telecharger', 'exportieren', 'herunterladen',
];
const TALLIES: ReadonlySet<string> = new Set(TALLYING);
export const tallied = (words: readonly string[], at: number) => TALLIES.has(words[at - 1] ?? '');
const NOTHING: ReadonlySet<string> = new Set(['nothing', 'nichts', 'rien', 'nada']);
const GOES: ReadonlySet<string> = new Set(['goes', 'went', 'gets', 'got', 'is', 'was', 'geht', 'ging', 'ist', 'va', 'est', 'se']);
/** What may stand between the negation and the defect: an article, or "there is" ("no hay errores"). */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'any', 'single', 'un', 'une', 'ein', 'eine', 'einen', 'de', 'd', 'hay', 'habia', 'hubo']);
/** A language a page is shown in: "ne s'affiche pas en néerlandais", "doesn't show in German", "no se ve en inglés". */
const IN_A_LANGUAGE: ReadonlySet<string> = new Set(['en', 'in', 'auf']);
const LANGUAGES: ReadonlySet<string> = new Set([
  'neerlandais', 'flamand', 'dutch', 'flemish', 'niederlandisch', 'neerlandes', 'german', 'allemand', 'deutsch', 'aleman', 'english', 'anglais', 'englisch', 'ingles',
  'french', 'francais', 'franzosisch', 'frances', 'spanish', 'espagnol', 'spanisch', 'espanol', 'italian', 'italien', 'italienisch', 'italiano', 'portuguese', 'portugais', 'portugues',
]);
/** Moving away from something: "move off PayBridge". */
const MOVED: ReadonlySet<string> = new Set(['move', 'moving', 'moved', 'migrate', 'migrating', 'migrated']);
/**
 * A defect denied where it is said ("not a failure", "no errors", "kein Fehler"): nothing broken. A negation further off belongs
 * to another verb ("the containers won't start (SyntaxError …)").
 */
export function denied(words: readonly string[], match: ConceptMatch): boolean {
  const before = words[match.at - 1] ?? '';
  // "Nothing errors.": no defect, though "nothing" negates nothing else.
  if (NOTHING.has(before)) return true;
  // "Nothing goes missing in the end": the same, a verb between.
  if (NOTHING.has(words[match.at - 2] ?? '') && GOES.has(before)) return true;
  // "fixin to move off PayBridge": away from something, nothing off.
  if (match.words === 'off' && MOVED.has(before)) return true;
  // "Le site ne s'affiche pas en néerlandais": a language the shop lacks, nothing broken.
  const after = match.at + match.words.split(' ').length;
  if (IN_A_LANGUAGE.has(words[after] ?? '') && LANGUAGES.has(words[after + 1] ?? '')) return true;
  return match.negated && (NEGATIONS.has(before) || (ARTICLES.has(before) && NEGATIONS.has(words[match.at - 2] ?? '')));
}
/**
 * A clock time that schedules work rather than dates a harm: "the nightly export runs at 02:00", "each time … at 4am". Read on the
 * folded text before the time.
 */
export const SCHEDULED =
  /\b(runs?|scheduled|nightly|daily|weekly|cron|each time|every (night|day|morning|evening|hour|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|reschedul\w*|planned for|due at|goes out|go out|sends? out|fires|lauft|laufen|jede nacht|chaque nuit|tourne|cada noche|se ejecuta)\b[^.;!?]{0,40}$/;
/**
 * Nobody else affected, said so: "Nobody else: we went through all 2,300 orders", "a nadie más", "bei einer einzigen Kundin", "every
 * other order today is a single charge", "C'est la seule, toutes les autres commandes de la journée sont correctes", "Alle anderen
 * Bestellungen wurden normal abgebucht". Not "nobody else can pay either", which is everyone, nor "für eine einzige Bestellung
 * dreimal abgebucht", the order each customer was charged for again and again.
 */
export const ONLY_THEM =
  /\bevery other (?:order|customer|payment|charge)\b[^.;]{0,25}?\b(?:is|was|are|were|went|looks?|seems?|appears?)\s+(?:a single charge|single|fine|normal|ok|okay|correct)\b|\b(?:everyone|everybody) else\b[^.;]{0,25}?\b(?:fine|ok|okay|unaffected|normal|normally|matches|match|correct|grand|reet)\b|\b(?:works?|working|is|are) (?:fine|ok|okay|normally)\b[^.;]{0,25}?\b(?:everyone|everybody) else\b|\b(?:everyone|everybody) else (?:can|could|is able to|gets? through|manages? to)\b|\b(?:alle anderen|bei (?:den )?(?:weiteren|anderen))\b[^.;]{0,40}?\b(?:stimmen|stimmt|passen|passt|sind (?:ok|okay|in ordnung|korrekt))\b|\bbei allen? and(?:e)?r(?:e)?n?\b[^.;]{0,10}?\b(?:geht|gehts|funktioniert|klappt|lauft)\b|\bsonst keine (?:doppelten|weiteren|anderen)\b|\b(?:les autres(?: clients)?|the other customers|the others|die anderen(?: kunden)?|los demas(?: clientes)?),?\s+(?:aucun (?:souci|probleme)|no problem|no issues?|kein problem|ningun problema|sin problemas?)\b|\bno other (?:duplicates|doubles|double charges|cases)\b|\b(?:everyone|everybody|all users|all customers)\s+(?:in|on|from|with)\s+\w+\s+(?:is|are|seems?|looks?)\s+(?:fine|ok|okay|unaffected|normal)\b|\b(?:nobody|no one|noone) else\b(?!\s+(?:can|could|is able|was able|manages?|gets? through|either))|\b(?:niemand sonst|sonst niemand)\b(?!\s+(?:kann|konnte))|\bpersonne d['’ ]?autre\b|\b(?:a )?nadie mas\b(?!\s+(?:puede|pudo|podia|consigue|logra|ha podido))|\bninguna? otr[oa] client[ae]\b|(?<!\b(?:fur|pro|je|for|per)\s)\b(?:einer|einem|eine|ein|a) einzigen?r? (?:kundin|kunden|kunde|bestellung)\b|\b(?:all (?:the )?other|alle anderen|toutes les autres|tous les autres|todos los demas|todas las demas)\s+(?:\w+\s+){0,3}?(?:were|got|went|wurden|sind|ont ete|fueron|se)\s+(?:\w+\s+){0,2}?(?:normally|normal|normalement|normalmente|correctly|korrekt|correctement|correctamente)\b|\bnadie mas lo ha (?:visto|notado)\b|\b(?:el resto|los demas|the rest|der rest|le reste)\b[^.;]{0,30}?\b(?:van bien|funcionan|estan bien|work fine|are fine|laufen normal|marchent|vont bien|sont ok)\b|\b(?:the )?other (?:customers|users|people) (?:don'?t|do not) have (?:this|that|the) (?:problem|issue)\b|\bles autres(?: clients)? n['’ ]?ont (?:pas (?:ce|le|de) (?:souci|probleme)|rien eu de tel|rien (?:signale|remarque|dit))\b|\b(?:the )?other customers (?:haven'?t|have not|didn'?t|did not) (?:reported|noticed|said) (?:anything|a thing)\b|\b(?:die )?anderen(?: kunden)? haben (?:das|dieses) problem nicht\b|\b(?:los )?demas(?: clientes)? no tienen (?:este|ese) problema\b|\b(?:les autres clients|les autres|other customers|the other customers|die anderen kunden|los demas clientes|los otros clientes),?\s+(?:non|pas|not|nicht|no)\b(?!\s+\w+ing\b)|\b(?:for\s+)?(?:the\s+)?other (?:customers|users|people),? it works (?:normal|normally|fine|ok)\b|\bthe (?:rest|others) (?:went|go|goes|got) through\b|\b(?:all (?:the )?other|toutes les autres|tous les autres|todos los demas|todas las demas|alle anderen)\s+(?:\w+\s+){0,4}?(?:are|were|sont|etaient|estan|estaban|son|sind|waren)\s+(?:fine|ok|okay|correct|correcte?s?|normal(?:es)?|bien|correct[oa]s|in ordnung|korrekt)\b|\bc['’ ]?est (?:la|le) seule?\s*[,.;!]|\bonly one like (?:that|this|it)\b|\b(?:the )?other (?:\d[\d,.]*k?|\w+) (?:orders|payments|captures|customers)\b[^.;]{0,15}?\b(?:normally|fine|without (?:a |any )?problems?)\b/;
/** No one, said of a harm ("nobody charged twice"): no one harmed. */
export const NOBODY: ReadonlySet<string> = new Set(['nobody', 'no one', 'noone', 'niemand', 'personne', 'nadie']);
/** The same, just before what it denies. */
export const NOBODY_BEFORE = new RegExp(String.raw`\b(?:${[...NOBODY].join('|')})\s+(?:(?:has|have|had) been\s+|was\s+|were\s+|got\s+)?(?:double\s+)?$`);
/** Not everyone, said so: "not everyone, maybe one in fifty", "no es a todos", "pas à tous", "nicht bei allen". */
export const NOT_EVERYONE =
  /\b(?:not (?:to |for )?(?:all|every)(?:one|body)?|no (?:es|pasa|ocurre|sucede) (?:a |para |con )?todos|no a todos|not with everyone|pas (?:a |pour |chez |avec )?tous|pas tout le monde|nicht (?:bei |fur |mit )?allen?|nicht jeder)\b|\b(?:todos(?: los clientes)?|everyone|everybody|all (?:customers|users)|tout le monde|tous les clients|allen(?: kunden)?)\b[^.;]{0,10}?,?\s+(?:pero|but|mais|aber)\s+(?:solo|only|seulement|uniquement|nur)\b/;
/** A harm said to go on unless stopped: "if this continues", "si ça ne s'arrête pas", "si sigue así". Its "if" is no hypothesis. */
export const CONTINUES =
  /\b(if (?:it|this|that) (?:continues|carries on|keeps (?:up|going|on)|goes on|doesn['’ ]?t stop|does not stop)|si (?:ca|cela) (?:continue|ne s['’ ]?arrete pas)|si sigue(?:n)?(?: asi)?|si no (?:para|se detiene)|wenn das (?:so )?weitergeht|wenn (?:es|das) nicht aufhort)\b/;
/** An offer made with an "if": "contact me if you want details", "si vous voulez les détails". It supposes nothing of the harm. */
export const OFFERED =
  /\bif (?:you|u) (?:want|need|would like|like|have (?:any )?questions)\b|\b(?:call|ring|phone|text|ping|wake) me (?:only )?if\b|\bif needed\b|\bwenn (?:sie|du) (?:mochten|mochtest|wollen|willst|brauchen|brauchst)\b|\bsi (?:vous (?:voulez|souhaitez|avez besoin)|tu veux|besoin)\b|\bsi (?:quieres|quiere|quieren|necesitas|necesita)\b/g;
/** The plain "if" words such a threat is said with. */
export const PLAIN_IF: ReadonlySet<string> = new Set(['if', 'si', 'wenn', 'falls']);
