/**
 * Incidents told by their effect on the shop's work (read from bank files voices-ay's and voices-ba's misses and the bank's
 * cross-validation misses): what the statement, the screen, the warehouse and a search engine show. urgency.ts weighs them with the
 * signs of urgencyPatterns.ts; each gives the kind of harm it is.
 */

/**
 * Debits by the handful for one order: "pro Bestellung zwei oder drei Abbuchungen", "two or three charges per order", "deux ou trois
 * prélèvements", "varios pagaron dos y tres veces", "customers are paying double", "commande payée trois fois". Money taken more
 * than once, told by the statement.
 */
const DEBITS_PER_ORDER =
  /\b(?:paying|pay|pagan|pagando|zahlen|payent)\s+(?:el\s+|le\s+)?(?:double|doble|doppelt)\b|\b(?:le|les|nos|me)\s+(?:cobra|cobran)\s+(?:el\s+)?doble\b|\b(?:payee|payees|debitee|debitees|abgebucht)\s+(?:deux|trois|2|3|zwei|drei|dos|tres)\s*(?:fois|x|mal|veces)\b|\b(?:pagaron|pagan|han pagado|paid|have paid|cobraron|charged|bezahlt|haben bezahlt|payes?|ont paye)\s+(?:dos|two|zwei|deux)\s+(?:y|o|or|and|oder|und|ou|et)\s+(?:tres|three|drei|trois)\s+(?:veces|times|mal|fois)\b|\b(?:zwei|drei|two|three|deux|trois|dos|tres)\s+(?:oder|or|ou|o|bis|to|a)\s+(?:drei|vier|three|four|trois|quatre|tres|cuatro)\s+(?:abbuchungen|belastungen|charges|debits|prelevements|cargos|cobros)\b|\b(?:pro|per|par|por)\s+(?:bestellung|order|commande|pedido)\s+(?:zwei|two|deux|dos|drei|three|trois|tres|mehrere|several|plusieurs|varios)\s+(?:abbuchungen|belastungen|charges|debits|prelevements|cargos|cobros)\b/;

/**
 * The order gone or cancelled while the money is kept: "the order disappear from admin, but the money is still taken from card",
 * "la commande est annulée mais l'argent est prélevé".
 */
const CANCELLED_BUT_CHARGED =
  /\b(?:orders?|bestellung\w*|commandes?|pedidos?)\s+(?:\w+\s+){0,2}?(?:disappears?|disappeared|vanish\w*|cancel\w*|verschwind\w*|verschwunden|storniert|disparai\w*|disparu\w*|annule\w*|desaparec\w*|cancelad[oa]s?)\b[^.;]{0,50}?\b(?:money|geld|argent|dinero|payment|zahlung)\s+(?:is\s+|was\s+|wird\s+|est\s+|se\s+|ist\s+)?(?:still\s+|trotzdem\s+|quand meme\s+|igual\s+|aun\s+)?(?:taken|charged|debited|gone|abgebucht|preleve|debite|cobrado|cobra)\b/;

/**
 * One person's cart or details shown to everybody: "page with cart shows for everybody the cart of one same person", "alle sehen den
 * Warenkorb derselben Kundin".
 */
const ONES_CART_TO_ALL =
  /\b(?:shows?|showing|zeigt|affiche|muestra)\s+(?:for|to|fur|a|pour|para)\s+(?:everybody|everyone|all|allen|tout le monde|todos)\s+(?:the\s+|den\s+|le\s+|el\s+)?(?:cart|basket|name|address|order|warenkorb|panier|carrito)\s+(?:of|von|de|del)\s+(?:one|a single|one same|the same|einer|derselben|une|un|una|la misma)\b|\b(?:everybody|everyone|alle|tout le monde|todos)\s+(?:sees?|sehen|voit|ven)\s+(?:the\s+|den\s+|le\s+|el\s+)?(?:cart|basket|warenkorb|panier|carrito)\s+(?:of|von|de|del)\s+(?:one|a single|the same|einer|derselben|la meme|la misma)\b/;

/**
 * Customers' documents found by a search engine: "the invoice PDFs the admin makes are on Google", "Google says about 2,300 results
 * from our /invoices/ folder". Anyone can read them.
 */
const INDEXED_BY_SEARCH =
  /\b(?:invoices?|invoice pdfs?|rechnungen|factures|facturas|customer data|kundendaten|donnees clients|datos de clientes)\b[^.;]{0,40}?\b(?:are|is|sind|sont|estan|show up|appear|erscheinen|apparaissent|aparecen)\s+(?:on|in|auf|bei|dans|sur|en)\s+(?:google|bing)\b|\bgoogle\s+(?:says|shows|finds|lists|zeigt|findet|affiche|muestra)\s+(?:about\s+|around\s+|some\s+|rund\s+|environ\s+|unos\s+)?[\d,.]+\s+(?:results|ergebnisse|resultats|resultados)\s+(?:from|in|aus|de|dans|en)\s+(?:our|unserem|unserer|notre|nuestra|nuestro)\b/;

/**
 * Browsers turned away by a certificate warning: "browsers show a warning page instead of the shop", "Chrome zeigt eine Warnung statt
 * des Shops". Nobody reaches the shop.
 */
export const WARNING_INSTEAD =
  /\b(?:browsers?|visitors|customers|chrome|firefox|safari|navigateurs?|navegadores?|besucher)\s+(?:now\s+)?(?:shows?|gets?|see|sees|zeigen|zeigt|affichent|muestran)\s+(?:a\s+|an\s+|eine\s+|une\s+|una\s+)?(?:security\s+|certificate\s+|ssl\s+|privacy\s+)?(?:warning|warnung|avertissement|advertencia)(?:\s+page|\s+screen|seite)?\s+(?:instead of|statt|au lieu d[eu]|en lugar de|en vez de)\s+(?:the|our|des|dem|la|le|el|nuestra)\s+(?:shop|site|store|page|shops|tienda|boutique)\b/;

/** The names and streets of real customers on show: "the 'recent orders near you' ticker shows real first and last names and streets". */
const NAMES_ON_SHOW =
  /\bshows?\s+(?:real\s+)?(?:customers'?\s+)?(?:first and last\s+|full\s+)?names\s+and\s+(?:streets|addresses|home addresses)\b/;
/** What only the shop knows, in a stranger's message to its customers: "el SMS tiene su nombre y su último pedido. Eso solo lo sabemos nosotros". */
const ONLY_WE_KNOW =
  /\b(?:eso|esto) solo lo sabemos nosotros\b|\bonly we (?:know|have) (?:that|this)\b|\bdas wissen nur wir\b|\bil n'?\s?y a que nous qui (?:le )?savons\b/;
/** Paying ends in an emptied basket, each time: "every time they click pay the basket empties and they are back at the start". */
const BASKET_EMPTIES =
  /\b(?:every time|each time|whenever|jedes mal|a chaque fois|cada vez)\b[^.;]{0,30}?\b(?:basket|cart|warenkorb|panier|carrito)\s+(?:empties|is emptied|gets emptied|wird geleert|ist leer|se vide|se vacia)\b/;
/** The work of the day impossible: "we can't pack anything today", "on ne peut rien expédier". */
const NOTHING_CAN_BE_DONE =
  /\b(?:we|i)\s+(?:can'?t|cannot|can not)\s+(?:pack|ship|sell|send|fulfil|fulfill|process)\s+(?:anything|a thing|any orders?)\b|\bon ne peut (?:plus )?rien (?:expedier|vendre|envoyer|emballer)\b|\bwir konnen nichts (?:verschicken|versenden|verkaufen|packen)\b|\bno podemos (?:enviar|vender|empaquetar) nada\b/;
/** The live shop stripped to bare HTML, or sales down to a trickle: "the live shop is bare html, no css no pictures", "real orders have dropped to a trickle". */
const SHOP_STRIPPED =
  /\b(?:shop|site|storefront|store)\s+is\s+(?:now\s+)?(?:just\s+)?(?:bare|plain|naked|unstyled)\s+html\b|\b(?:orders|sales|bestellungen|ventes|ventas|commandes|pedidos)\s+(?:have\s+|has\s+)?(?:dropped|fallen|slowed|gone down)\s+to\s+a\s+trickle\b/;
/** A page blank, in German: "Seite zeigt nur weiß", "d'Sita isch ganz wiß". */
const BLANK_IN_GERMAN = /\b(?:seite|seitn|sita|site|shop|startseite)\b[^.;]{0,30}?\b(?:zeigt nur|isch ganz|ist ganz|nur noch)\s+(?:weiss|wiss|weis|leer)\b/;
/** Records emptied one after another as the writer watches: "descriptions are being overwritten with empty text one after another". */
const BEING_WIPED = /\b(?:being|are being|is being)\s+(?:overwritten|replaced|wiped)\s+with\s+(?:empty|blank|nothing|empty text|blank text)\b/;
/** Customers sent to a fake copy of the shop: "customers land on a fake copy of the shop that asks for their card". */
const FAKE_COPY =
  /\bfake\s+(?:copy|version|clone)\s+of\s+(?:the|our)\s+(?:shop|site|store)\b|\bfalsche[nr]?\s+(?:kopie|version)\s+(?:des|unseres)\s+shops\b|\bfausse copie (?:de la|du) (?:boutique|site)\b|\bcopia falsa de (?:la|nuestra) tienda\b/;

/** The patterns of each kind of harm, in the order tried; records being wiped are data lost, and now. */
const BY_KIND: readonly (readonly [readonly string[], readonly RegExp[]])[] = [
  [['money'], [DEBITS_PER_ORDER, CANCELLED_BUT_CHARGED]],
  [['exposure'], [ONES_CART_TO_ALL, INDEXED_BY_SEARCH, NAMES_ON_SHOW, ONLY_WE_KNOW]],
  [['outage'], [BASKET_EMPTIES, NOTHING_CAN_BE_DONE, SHOP_STRIPPED, BLANK_IN_GERMAN]],
  [['data_loss', 'now'], [BEING_WIPED]],
  [['intrusion'], [FAKE_COPY]],
];
/** Every pattern of this module, for the warm-up (urgency.ts `compilePatterns`). */
export const EFFECT_PATTERNS: readonly RegExp[] = [...BY_KIND.flatMap(([, tried]) => tried), WARNING_INSTEAD];

/** The harms told by their effect, by kind, as said (the first of each kind); records being wiped are also happening now. */
export function effectsIn(folded: string): ReadonlyMap<string, string> {
  const found = new Map<string, string>();
  for (const [concepts, tried] of BY_KIND) {
    const said = tried.reduce<string | undefined>((first, pattern) => first ?? pattern.exec(folded)?.[0], undefined);
    if (said !== undefined) for (const concept of concepts) found.set(concept, said);
  }
  return found;
}
