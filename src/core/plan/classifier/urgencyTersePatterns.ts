/**
 * Incident signs said in a few words, with no time, count or "everyone" word (read from bank file voices-ao's misses): an order to stop
 * what is live, whatever is tried failing, the shop unable to sell or be reached, someone unknown at work, data sent where it must not
 * go, goods for nothing, records gone. urgency.ts weighs them with the signs of urgencyPatterns.ts.
 */
/**
 * An order to stop something live, said first ("stop the payouts!", "kill the cart cleanup cron, it's deleting orders", "Shop vom Netz
 * nehmen!", "Coupez la boutique", "¡Parad la tienda!"): the writer wants production halted now. Not a harm on its own ("take the banner
 * offline, the sale is over"); beside one, it says the harm is going on.
 */
export const HALT_ORDER = new RegExp(
  [
    String.raw`(?:^|[.!?;:]\s*|\b(?:please|pls|plz|kindly|just|now|bitte|svp|vite|por favor|ya)\s+|¡\s*)(?:(?:stop|pause|kill|freeze|disable|turn off|switch off|shut (?:down|off)|close(?= the (?:shop|store|site|checkout))|lock(?= the (?:admin|accounts?|shop|store|site|checkout)| it down)|pull|roll back|rollback|revert|take (?:down|offline)|get (?:it|this|that|them|the \w+) off)\s+(?:the|that|this|our|all|it|everything|down|off|taking|selling|sending|charging|payouts?|payments?|orders|sales|checkout|shop|site|store)\b|(?:switch|turn|shut) (?:it|this|that|them|everything) (?:off|down)\b|take (?:the |our )?(?:shop|store|site|checkout|payments?|payouts?|api|webshop)\s+(?:down|offline|off the (?:web|internet|net))\b)`,
    String.raw`(?:^|[.!?;:]\s*|\bbitte\s+)(?:stoppt|stopp|nehmt|nimm|schaltet|schalt|sperrt|sperr|macht|mach)\b[^.!?;]{0,40}?\b(?:vom netz|offline|raus|ab|zu|aus)\b`,
    String.raw`\b(?:vom netz nehmen|offline nehmen|abschalten|ausschalten|stoppen|zumachen|runternehmen)\s*(?:!|$)`,
    String.raw`(?:^|[.!?;:]\s*|\bvite\s+|\bsvp\s+)(?:coupez|coupe|fermez|ferme|arretez|arrete|bloquez|bloque|desactivez|suspendez)\s+(?:la|le|les|l'|tout|ca|vite|moi)`,
    String.raw`(?:^|[.!?;:]\s*|¡\s*|\bya\s+)(?:parad|paren|apagad|apaguen|apaga|cerrad|cierren|cierra|bloquead|bloqueen|frenad|frenen|desactivad|desactiven|suspended|suspendan|tumbad)\s+(?:la|el|los|las|todo|eso|ya)\b`,
  ].join('|'),
);
/** "Pará los pagos": the voseo order to stop, told from "para" (for) by its accent, so read on the text as written. */
export const HALT_ORDER_ACCENTED = /(?:^|[.!?;:¡]\s*)(?:pará|pare|frená|cerrá|apagá|bloqueá|bajá)\s+(?:la|el|los|las|todo|eso|ya)\b/iu;
/**
 * Whatever is tried, it fails: "turns away any card we throw at it", "throws on submit for any cart", "quel que soit le panier", "egal
 * welche Bank", "rechaza cualquier tarjeta", or the same on any browser tried. Everyone's, as "every request" is; not a kind of them
 * ("500 for any cart with a gift card"), and not what anyone may read ("returns any cart for any id" is an exposure to assess).
 */
export const ANY_ONE = new RegExp(
  String.raw`(?:\b(?:rejects?|rejected|rejecting|declines?|declined|declining|refuses?|refused|turns? away|says? no to|dit non a|throws?|fails?|failing|errors?|crash\w*|5\d\d|bad gateway|internal (?:server )?error|rechaza\w*|falla\w*|da error|plante\w*|refuse\w*|echoue\w*|lehnt\w*|wirft|scheitert|nimmt keine)\b[^.;?]{0,40}?\b)(?:any|whatever|whichever|n'importe quel(?:le)?|cualquier|egal welche[nrs]?|egal was|quel(?:le)? que soi(?:t|ent) (?:le|la|les|l')|sea cual sea el|da igual (?:que|el|la))\s*(?:\S+\s+)?(?:cards?|carts?|pages?|browsers?|baskets?|coupon(?: codes?)?|codes?|banks?|devices?|phones?|products?|items?|articles?|tarjetas?|cartes?|karten?|banques?|bancos?|paniers?|carritos?|warenkorbe?|seiten?|paginas?|navigateurs?|navegadores?|productos?|produits?|artikel|im warenkorb)\b(?!\s+(?:with|that|which|containing|over|under|above|below|where|when|mit|die|der|das|uber|unter|avec|qui|dont|sans|con|que|sin|de mas|de plus|ab)\b)|\b(?:on|in|with|auf|mit|sur|dans|avec|en|con)\s+(?:any|whichever|jedem|n'importe quel|cualquier)\s+(?:browser|device|phone|navigateur|appareil|navegador|dispositivo|handy|gerat|browser)\s+(?:i|we|ich|wir|je|on|que)\b`,
);
/**
 * Nothing can be sold or paid at all: "the shop can't save a single order", "the shop sells nothing", "impossible de payer quoi que ce
 * soit", "da kann ma nix kaufen", "Bestellungen gehen nimmer durch", "pu eune commande qui passe", "shop can't take a payment".
 */
export const NOTHING_SELLS = new RegExp(
  [
    String.raw`\b(?:nowhere|no place|no field|no box) to (?:type|enter|put|fill in) (?:a|the|your|any) card\b|\bno way to (?:pay|order|check ?out|buy)\b|\bimpossible to (?:pay|order|check ?out|buy)\b`,
    String.raw`\b(?:shop|site|store|checkout|we|customers|people|nobody|no one|it)\s+(?:can'?t|cannot|can not|is unable to|are unable to)\s+(?:save|take|accept|complete|process|place|make|receive)\s+(?:a single|one single|any|a|one)\s+(?:order|payment|sale|purchase)s?\b`,
    String.raw`\b(?:shop|site|store|boutique|tienda|laden)\s+(?:so\s+)?(?:sells|is selling|verkauft|vend|vende)\s+(?:nothing|nichts|nix|rien|nada)\b`,
    String.raw`\bimpossible (?:de|d')\s*(?:payer|commander|acheter|valider)\b[^.;]{0,20}?\b(?:quoi que ce soit|rien|du tout)\b|\bon (?:ne )?peut (?:plus )?rien\s+(?:acheter|payer|commander)\b`,
    String.raw`\b(?:kann|konnen)\s+(?:man\s+|ma\s+|mer\s+|keiner\s+)?(?:nix|nichts|nicht[s]? mehr)\s+(?:kaufen|bestellen|bezahlen)\b|\b(?:bestellungen|zahlungen|einkaufe)\s+(?:gehen|kommen)\s+(?:gar\s+)?(?:nimmer|nicht mehr|keine mehr)\s+durch\b`,
    String.raw`\b(?:plus|pu|pus)\s+(?:une|eune|aucune|ene)\s+(?:seule\s+)?commande\s+(?:qui\s+)?(?:passe|rentre|arrive)\b|\b(?:no|ni)\s+(?:entra|pasa|sale|se guarda|se puede hacer)\s+(?:ni\s+)?(?:un|una|ningun|ninguna)\s+(?:solo\s+|sola\s+)?(?:pedido|pago|compra|venta)\b`,
    String.raw`\bno se puede\s+(?:pagar|comprar|pedir)\s+(?:nada|con ninguna|ninguna)\b`,
  ].join('|'),
);
/** The shop's address resolving nowhere: "the shop's address resolves to nothing", "the domain doesn't resolve anymore". */
export const NOWHERE_TO_RESOLVE = /\b(?:domain|address|dns|site|shop|store|url|domaine|adresse|dominio|direccion)\b[^.;]{0,30}?\b(?:resolves? to nothing|(?:doesn'?t|does not|no longer|won'?t) resolve|not resolving|stopped resolving|nxdomain|dns_probe_finished\w*)\b/;
/** Browsers warning people off the shop: "chrome calls our shop a dangerous site", "Firefox sagt, die Seite sei gefährlich". */
export const BLOCKED_AS_DANGEROUS =
  /\b(?:chrome|firefox|safari|edge|browsers?|navigateurs?|navegador(?:es)?|google)\b[^.;]{0,40}?\b(?:dangerous|deceptive|unsafe|malicious|gefahrlich\w*|betrugerisch\w*|dangereux|dangereuse|trompeur|peligros[oa]|enganos[oa])\s+(?:site|website|page|seite|webseite|sitio|web)\b|\b(?:dangerous|deceptive) site ahead\b/;
/** A disk full, said without a figure: "disk on the db box is full", "die Platte von der Datenbank is voll", "la base all' est pleine". */
export const DISK_FULL =
  /\b(?:disk|disks|volume|storage|platte|festplatte|disque|disco|database|base|datenbank|db)\b(?:\s+[^\s,;.]+){0,5}?\s+(?:is|ist|est|esta|va)\s+(?:now\s+|already\s+|completely\s+|totally\s+|jetzt\s+|schon\s+|komplett\s+|ganz\s+|deja\s+|ya\s+|completamente\s+)?(?:full|voll|pleine?|llen[oa])\b|\bno space left on device\b/;
/**
 * Someone nobody knows at work in the shop, its server or its accounts: "someone swapped the payout bank account", "alguien cambió la
 * cuenta donde cae la plata", "somebody changed the prices in the admin to random numbers", "a person we don't know is logged in as
 * me", "da war jemand im Server", "han entrado en el servidor", "someone slipped a script in".
 */
export const STRANGER_AT_WORK = new RegExp(
  [
    String.raw`(?<!\b(?:if|whether|when|in case|can|could|would|might|may|does|did|si|wenn|falls|ob|kann|konnte|cuando|quand|peut|puede)\s)\b(?:someone|somebody|some1|a stranger|a person (?:we|i) don'?t know|someone (?:we|i) don'?t know|alguien|jemand|irgendwer|irgendjemand|quelqu'?\s?un)\s+(?:has\s+|hat\s+|ha\s+|a\s+|just\s+)?(?:changed|swapped|replaced|slipped|put|planted|injected|edited|cambio|ha cambiado|puso|ha puesto|metio|geandert|ausgetauscht|eingeschleust|a change|a remplace|a modifie|a glisse)\b[^.;]{0,40}?\b(?:bank\s?account|payout|iban|account|cuenta|konto|compte|prices?|preise|prix|precios|script|scripts|server|servidor|serveur|password|passwort|mot de passe|contrasena|dns|admin)\b`,
    String.raw`\b(?:a person|someone|somebody) (?:we|i) don'?t know\b[^.;]{0,20}?\b(?:is|was|has)\s+(?:logged in|signed in|in)\b`,
    String.raw`\b(?:da war|es war|da ist|war)\s+(?:wer|jemand|einer)\s+(?:im|auf dem|in unserem)\s+server\b|\b(?:han|ha)\s+entrado\s+(?:en|al)\s+(?:el\s+|nuestro\s+)?servidor\b|\b(?:someone|somebody)\s+(?:got|has got|has gotten|broke)\s+into\s+(?:the|our)\s+(?:server|box|admin)\b|\bquelqu'?\s?un\s+(?:est|s'est)\s+(?:entre|introduit)\s+(?:dans|sur)\s+(?:le|notre)\s+serveur\b`,
  ].join('|'),
);
/** A payment form or pop-up that is not the provider's: "checkout shows a card form that isn't paybridge's", "a popup asking for your card number … that's not ours". */
export const FOREIGN_CARD_FORM =
  /\b(?:card|payment|credit card|karten|zahlungs|carte|paiement|tarjeta|pago)\s*(?:form|field|popup|pop-up|window|formular|feld|formulaire|champ|formulario|ventana)\b[^.;]{0,30}?\b(?:isn'?t|is not|not|ist nicht|n'est pas|no es)\s+(?:ours|paybridge'?s|from paybridge|unser\w*|le notre|la notre|de paybridge|nuestr[oa]|von paybridge)\b(?!\s+(?:yet|encore|todavia|noch))|\b(?:popup|pop-up|form|window)\s+asking for\s+(?:your\s+|the\s+)?card\b[^.]{0,80}?\b(?:not ours|isn'?t ours|we didn'?t|never added)\b/;
/** Mails sent from the shop's address that it never sent: "clients ont reçu un mail 'de nous' … On n'a jamais envoyé ça". */
export const NOT_SENT_BY_US =
  /\b(?:we never sent|we didn'?t send|we did not send|on n'?\s?a jamais envoye|on a jamais envoye|nous n'?\s?avons jamais envoye|wir haben (?:das |so was |sowas )?nie (?:verschickt|gesendet|geschickt)|nunca (?:enviamos|mandamos)|no (?:enviamos|mandamos) nunca)\b/;
/** Into any account at all: "on entre dans n'importe quel compte client sans mot de passe", "man kommt in jedes Kundenkonto rein", "se entra en cualquier cuenta". */
export const ANY_ACCOUNT_OPEN =
  /\b(?:into|in|dans|en|a)\s+(?:any|every|whichever|anyone'?s|jedes|jeden|n'importe quel|cualquier|toute?s? les)\s+(?:\S+\s+)?(?:accounts?|kundenkonto|konto|benutzerkonto|compte|comptes|cuenta|cuentas)\b(?![^.;]{0,30}\b(?:with (?:the |its |their )?(?:password|2fa)|if (?:you|they) know)\b)/;
/** Card numbers or passwords in what the shop sends out: "the order confirmation mails contain the customer's full card number". */
export const MAILED_SECRETS =
  /\b(?:mails?|e-?mails?|newsletters?|confirmations?|invoices?|receipts?|rechnungen|factures?|facturas?|recibos?|correos?)\b[^.;]{0,40}?\b(?:contain|contains|include|includes|show|shows|print|prints|list|lists|carry|carries|enthalten|zeigen|contiennent|affichent|contienen|muestran)\b[^.;]{0,30}?\b(?:full card numbers?|card numbers?|cvv|cvc|passwords?|kartennummer\w*|passwort\w*|numeros? de carte|mots? de passe|numeros? de tarjeta|contrasenas?)\b/;
/** Another customer's order or address sent out: "sending customers their neighbour's order with the neighbour's address". */
export const SENT_SOMEONE_ELSES =
  /\b(?:sends?|sending|sent|mails?|mailing|gets?|getting|receive\w*|schickt|verschickt|envoie|envoient|recoivent|envia|reciben)\b[^.;]{0,30}?\b(?:their neighbou?r'?s|someone else'?s|another customer'?s|a stranger'?s|other people'?s|fremde[nr]?|d'?\s?autres clients|de otros clientes|ajen[oa]s)\s+(?:\S+\s+)?(?:orders?|address\w*|details|data|invoices?|bestellung\w*|adresse\w*|commandes?|pedidos?|direcci\w*|datos)\b/;
/**
 * Nothing paid for what is sold: "any made-up coupon code brings the total to zero and free orders are piling up", "kosten im Shop
 * plötzlich null Euro", "les dessous de verre sont à zéro euro", "salen a cero euros", "orders go straight to confirmed without money",
 * "charged mere cents for every article instead of the real price".
 */
export const SOLD_FOR_NOTHING = new RegExp(
  [
    String.raw`\b(?:kosten|kostet|cost|costs|sont|salen|cuestan|cuesta|stehen|steht|selling|sold|going)\s+(?:\S+\s+){0,3}?(?:at|a|for|zu|fur|por|auf)?\s*(?:null|zero|cero|0)\s*(?:euros?|€|eur|dollars?|\$|pesos?)\b(?![^.;]{0,30}\b(?:when|if|wenn|quand|si|cuando)\b)`,
    String.raw`\b(?:brings?|sets?|drops?|puts?|takes?)\s+(?:the\s+)?(?:total|totals|price|amount|order total)\s+(?:down\s+)?to\s+(?:zero|0|nothing)\b|\bfree orders (?:are |keep )?(?:piling|coming|pouring|flooding|rolling)\b`,
    String.raw`\b(?:orders?|bestellungen|commandes?|pedidos?)\b[^.;]{0,40}?\b(?:without (?:any )?(?:money|payment|paying|being paid)|ohne (?:zahlung|bezahlung|geld|zu zahlen)|sans (?:paiement|payer|argent)|sin (?:pago|pagar|cobrar|plata|dinero))\b`,
    String.raw`\b(?:charged|billed|paying|pay|bezahlen|zahlen|payent|paient|pagan|cobra\w*)\b[^.;]{0,40}?\b(?:instead of|statt|anstatt|au lieu d[eu]|en vez del?|en lugar del?)\s+(?:the\s+|den\s+|le\s+|el\s+)?(?:real|actual|right|correct|richtigen|echten|vrai|bon|real|verdadero)\s+(?:price|preis|prix|precio)\b`,
    String.raw`\b(?:every|all|each|jede[rsn]?|alle|tous les|toutes les|todos los|cada)\s+(?:\w+\s+)?(?:products?|items?|articles?|prices?|produkte?|artikel|preise|produits|prix|productos|precios)\s+(?:now\s+)?(?:says?|shows?|is|are|costs?|at|zeigt|zeigen|kostet|kosten|affiche|affichent|coute|coutent|cuesta|cuestan|marca|marcan|sale|salen)\s+(?:now\s+)?0(?:[.,]00?)?\s*(?:€|eur|euros?)`,
    String.raw`\b(?:refunds?|refunding|erstattet|rembourse|reembolsa)\b[^.;]{0,40}?\b(?:by itself|on its own|von selbst|von alleine|tout seul|toute seule|solo|sola|por su cuenta)\b`,
    String.raw`\b(?:taking|takes|took|charging|charges|debiting|capturing)\s+(?:money|payments?)\s+(?:off|from)\s+(?:\S+\s+){0,2}?(?:cards?|customers?)\b[^.;]{0,40}?\b(?:never became orders?|no orders?|without an order)\b`,
    String.raw`\b(?:werden|wird|sont|est|son|es)\s+(?:bezahlt|payes?|payees?|pagad[oa]s?)\b[^.;]{0,30}?\b(?:aber|mais|pero)\b[^.;]{0,30}?\b(?:keine bestellung\w*|aucune commande|pas de commande|ningun pedido|no hay pedido\w*|no se crea\w* (?:el |ningun )?pedido)\b`,
  ].join('|'),
);
/** Orders or customers said gone, with no "all": "new customers and orders are gone", "les commandes ont disparu", "die Bestellungen sind weg". */
export const RECORDS_GONE =
  /\b(?:orders|customers|products|payments|accounts|bestellungen|kunden|produkte|commandes|clients|produits|pedidos|clientes|productos)\s+(?:are|sind|ont|sont|han)\s+(?:all\s+|alle\s+|toutes\s+|todos\s+)?(?:gone|vanished|weg|verschwunden|disparu|disparus|disparues|desaparecido)\b|\b(?:it'?s|its|it is|is)\s+deleting\s+(?:\w+\s+){0,2}?(?:orders|customers|products|payments|users|rows)\b|\b(?:lost|dropped|deleted|wiped)\s+(?:the|its|their)\s+\w+\s+column\b/;
/**
 * The card terminal refusing every card: "Die Kasse nimmt keine einzige Karte mehr an", "le site dit non à chaque carte", "el pago
 * rechaza cualquier tarjeta", "checkout turns away any card". No one can pay.
 */
export const CARDS_REFUSED =
  /\b(?:rejects?|rejecting|declines?|declining|refuses?|refusing|turns? away|says? no to|dit non a|refuse\w*|rechaza\w*|lehnt|nimmt)\b[^.;]{0,20}?\b(?:any|every|all|each|chaque|toutes? les|n'importe quel(?:le)?|cualquier|todas las|jede|alle|keine einzige|keine)\s+(?:single\s+)?(?:card|cards|carte|cartes|tarjeta|tarjetas|karte|karten|payment|payments|paiement|pago|zahlung)\b/;
/** The shop's server cut off from its database: "api box lost its link to postgres", "the app lost the connection to the db". */
export const DATABASE_UNREACHABLE =
  /\b(?:api|app|backend|shop|server|box|site)\b[^.;]{0,20}?\blost (?:its|the|their) (?:link|connection) to (?:postgres\w*|the db|the database|db|the \w+ database)\b/;
