/**
 * Incident signs said in a few words, with no time, count or "everyone" word (read from bank files voices-ao's and voices-aq's misses): an order to stop
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
    String.raw`(?:^|[.!?;:,]\s*|\b(?:please|pls|plz|kindly|just|now|bitte|svp|vite|por favor|ya)\s+|¡\s*)(?:put (?:the )?(?:previous|old|last|earlier) (?:version|release|build) back\b|(?:stop|pause|kill|freeze|disable|turn off|switch off|shut (?:down|off)|close(?= the (?:shop|store|site|checkout|check out))|shut(?= the (?:shop|store|site|checkout|check out))|lock(?= the (?:admin|accounts?|shop|store|site|checkout)| it down)|pull|roll back|rollback|revert|take (?:down|offline)|get (?:it|this|that|them|the \w+) off)\s+(?:the|that|this|our|all|it|everything|down|off|taking|selling|sending|charging|payouts?|payments?|orders|sales|checkout|shop|site|store)\b|(?:switch|turn|shut) (?:it|this|that|them|everything) (?:off|down)\b|take (?:the |our )?(?:shop|store|site|checkout|payments?|payouts?|api|webshop)\s+(?:down|offline|off the (?:web|internet|net))\b)`,
    String.raw`(?:^|[.!?;:]\s*|\bbitte\s+)(?:stoppt|stopp|nehmt|nimm|schaltet|schalt|sperrt|sperr|macht|mach)\b[^.!?;]{0,40}?\b(?:vom netz|offline|raus|ab|zu|aus)\b`,
    String.raw`\b(?:vom netz nehmen|offline nehmen|abschalten|ausschalten|stoppen|zumachen|runternehmen)\s*(?:!|$)`,
    String.raw`(?:^|[.!?;:]\s*|\bvite\s+|\bsvp\s+)(?:coupez|coupe|fermez|ferme|arretez|arrete|bloquez|bloque|desactivez|suspendez|annulez)\s+(?:la|le|les|l'|tout|ca|vite|moi)`,
    String.raw`(?:^|[.!?;:]\s*|¡\s*)(?:volved|vuelvan|regresad|regresen)\s+a\s+la\s+version\b`,
    String.raw`(?:^|[.!?;:]\s*|¡\s*|\bya\s+)(?:parad|paren|apagad|apaguen|apaga|cerrad|cierren|cierra|bloquead|bloqueen|frenad|frenen|desactivad|desactiven|suspended|suspendan|tumbad)\s+(?:la|el|los|las|todo|eso|ya)\b`,
    // "¿Lo pueden frenar?", "can you stop it?": the same order, asked.
    String.raw`\bcan (?:you|someone|we) (?:please )?(?:stop|pause|freeze|halt) (?:it|this|them|that)\b(?! from)|\b(?:lo|la|los|las) (?:pueden|puedes|podeis|podrian|podes) (?:frenar|parar|detener|cortar)\b|\b(?:pueden|puedes|podrian|podes) (?:frenarlo|pararlo|detenerlo|cortarlo)\b`,
    // "we need a maintenance page NOW", "mettez le mode maintenance tout de suite": the shop taken offline at once.
    String.raw`\b(?:need|want|put up|turn on|switch on|enable|activate)\s+(?:a|the|our)?\s*maintenance\s+(?:page|mode)\s+(?:now|asap|immediately|right now|up now)\b|\b(?:mode|page) (?:de )?maintenance (?:tout de suite|maintenant|immediatement)\b|\bwartungs(?:seite|modus) (?:jetzt|sofort)\b|\b(?:pagina|modo) de mantenimiento (?:ya|ahora|ahora mismo)\b`,
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
    String.raw`\bimpossible (?:de|d')\s*(?:payer|commander|acheter|valider)\b[^.;]{0,20}?\b(?:quoi que ce soit|rien|du tout)\b|\bon (?:ne )?peut (?:plus )?rien\s+(?:acheter|payer|commander|vendre)\b`,
    String.raw`\b(?:kann|konnen)\s+(?:man\s+|ma\s+|mer\s+|keiner\s+)?(?:nix|nichts|nischt|nicht[s]? mehr)\s+(?:mehr\s+)?(?:kaufen|bestellen|bezahlen|verkaufen)\b|\b(?:bestellungen|zahlungen|einkaufe)\s+(?:gehen|kommen)\s+(?:gar\s+)?(?:nimmer|nicht mehr|keine mehr)\s+durch\b`,
    String.raw`\b(?:plus|pu|pus)\s+(?:une|eune|aucune|ene)\s+(?:seule\s+)?commande\s+(?:qui\s+)?(?:passe|rentre|arrive)\b|\b(?:no|ni)\s+(?:entra|pasa|sale|se guarda|se puede hacer)\s+(?:ni\s+)?(?:un|una|ningun|ninguna)\s+(?:solo\s+|sola\s+)?(?:pedido|pago|compra|venta)\b`,
    String.raw`\brien ne passe(?: plus)?\b|\bsin (?:ni )?una (?:sola )?venta\b|\bnot (?:one|a single) (?:order|payment|sale|checkout) (?:has gone|has come|went|goes|comes|got|has got|has been put) through\b`,
    String.raw`\bno se puede\s+(?:pagar|comprar|pedir)\s+(?:nada|con ninguna|ninguna)\b|\bno (?:podemos|se puede) vender nada\b|\b(?:we|the shop|the store|the site) (?:can'?t|cannot|can not) sell (?:anything|a thing|a single \w+)\b`,
  ].join('|'),
);
/** The shop's address resolving nowhere: "the shop's address resolves to nothing", "the domain doesn't resolve anymore". */
export const NOWHERE_TO_RESOLVE = /\b(?:domain|address|dns|site|shop|store|url|domaine|adresse|dominio|direccion)\b[^.;]{0,30}?\b(?:resolves? to nothing|(?:doesn'?t|does not|no longer|won'?t) resolve|not resolving|stopped resolving|nxdomain|dns_probe_finished\w*)\b/;
/** Browsers warning people off the shop: "chrome calls our shop a dangerous site", "Firefox sagt, die Seite sei gefährlich". */
export const BLOCKED_AS_DANGEROUS =
  /\b(?:chrome|firefox|safari|edge|browsers?|navigateurs?|navegador(?:es)?|google)\b[^.;]{0,40}?\b(?:dangerous|deceptive|unsafe|malicious|gefahrlich\w*|betrugerisch\w*|dangereux|dangereuse|trompeur|peligros[oa]|enganos[oa])\s+(?:site|website|page|seite|webseite|sitio|web)\b|\b(?:dangerous|deceptive) site ahead\b/;
/**
 * Everything on sale shown as sold out: "every product page says '0 in stock, unavailable'", "zeigt bei jedem Artikel ausverkauft",
 * "tous les produits affichent épuisé". Nobody can buy. Not one product, not a question of what the label should say.
 */
export const ALL_SOLD_OUT =
  /\b(?:every|each|all(?: the)?|alle|jede[mnrs]?|bei jedem|tous les|toutes les|chaque|todos los|cada)\s+(?:single\s+)?(?:products?|items?|articles?|artikeln?|produkte?n?|produits?|productos?)(?:\s+pages?)?\b[^.;?]{0,20}?\b(?:says?|shows?|reads?|is|are|displays?|zeigt|zeigen|steht|stehen|affiche|affichent|dit|est|sont|sale|salen|dice|dicen|aparece|aparecen|figura)\s+(?:as\s+|auf\s+|como\s+|en\s+)?["'«“]?\s*(?:sold out|out of stock|0 in stock|unavailable|ausverkauft|nicht verfugbar|epuise|epuises|en rupture|agotado|agotados|sin stock)\b|\b(?:zeigt|zeigen|steht|stehen)\s+(?:bei|fur|auf)\s+(?:jedem|allen)\s+(?:artikeln?|produkten?)\s+(?:nur\s+)?(?:als\s+)?(?:ausverkauft|nicht verfugbar)\b|\b(?:shows?|zeigt|affiche|muestra)\s+(?:everything|alles|tout|todo)\s+(?:as\s+)?(?:sold out|ausverkauft|epuise|agotado)\b/;
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
    String.raw`\b(?:a person|someone|somebody) (?:we|i) don'?t know\b[^.;]{0,20}?\b(?:is|was|has)\s+(?:been\s+)?(?:logged in(?:to)?|signed in(?:to)?|in)\b`,
    String.raw`\b(?:da war|es war|da ist|war)\s+(?:wer|jemand|einer)\s+(?:im|auf dem|in unserem)\s+server\b|\b(?:han|ha)\s+entrado\s+(?:en|al)\s+(?:el\s+|nuestro\s+)?servidor\b|\b(?:someone|somebody)\s+(?:got|has got|has gotten|broke)\s+into\s+(?:the|our)\s+(?:server|box|admin)\b|\bquelqu'?\s?un\s+(?:est|s'est)\s+(?:entre|introduit)\s+(?:dans|sur)\s+(?:le|notre)\s+serveur\b`,
  ].join('|'),
);
/**
 * A payment form or pop-up that is not the provider's: "checkout shows a card form that isn't paybridge's", "a popup asking for your card
 * number … that's not ours", "una ventanita que les pide los números de su tarjeta … eso nosotras no lo pusimos".
 */
export const FOREIGN_CARD_FORM =
  /\b(?:card|payment|credit card|karten|zahlungs|carte|paiement|tarjeta|pago)\s*(?:form|field|popup|pop-up|window|formular|feld|formulaire|champ|formulario|ventana)\b[^.;]{0,30}?\b(?:isn'?t|is not|not|ist nicht|n'est pas|no es)\s+(?:ours|paybridge'?s|from paybridge|unser\w*|le notre|la notre|de paybridge|nuestr[oa]|von paybridge)\b(?!\s+(?:yet|encore|todavia|noch))|\b(?:popup|pop-up|form|window)\s+asking for\s+(?:your\s+|their\s+|the\s+|her\s+|his\s+)?card\b[^.]{0,80}?\b(?:not ours|isn'?t ours|we didn'?t|never added|isn'?t something we (?:made|added|built)|on our own domain|before they can browse|before the (?:home ?page|shop|site) (?:even )?(?:shows|loads|opens))\b|\b(?:ventanita|ventana|popup|pop-up|formulario)\s+que\s+(?:les|te|le)\s+pide\s+(?:los\s+|el\s+|la\s+|sus?\s+)?(?:numeros?\s+de\s+(?:su\s+|la\s+)?)?(?:tarjeta|nip|pin|clave)\b[^.]{0,80}?\b(?:no lo pusimos|no la pusimos|no es nuestr[oa]|nosotr[oa]s no lo pusimos)\b/;
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
  /\b(?:receives?|receive|gets?|got|received|sees?|recoit|recoivent|reciben?|recibio|bekommt|bekommen|erhalt|erhalten)\b[^.;]{0,30}?\b(?:confirmations?|e-?mails?|mails?|invoices?|orders?|factures?|correos?|rechnungen?|bestatigung\w*)\s+(?:e-?mails?\s+)?(?:of|from|for|de|von)\s+(?:another|a different|other|an other|otro|otra|un autre|une autre|einem anderen|einer anderen)\s+(?:client|customer|person|cliente|kunde|kundin|personne)s?\b|\b(?:sends?|sending|sent|mails?|mailing|gets?|getting|receive\w*|schickt|verschickt|envoie|envoient|recoivent|envia|reciben)\b[^.;]{0,30}?\b(?:their neighbou?r'?s|someone else'?s|another customer'?s|a stranger'?s|other people'?s|fremde[nr]?|d'?\s?autres clients|de otros clientes|ajen[oa]s)\s+(?:\S+\s+)?(?:orders?|address\w*|details|data|invoices?|bestellung\w*|adresse\w*|commandes?|pedidos?|direcci\w*|datos)\b/;
/**
 * Nothing paid for what is sold: "any made-up coupon code brings the total to zero and free orders are piling up", "kosten im Shop
 * plötzlich null Euro", "les dessous de verre sont à zéro euro", "salen a cero euros", "orders go straight to confirmed without money",
 * "charged mere cents for every article instead of the real price", "orders keep coming in with negative totals".
 */
export const SOLD_FOR_NOTHING = new RegExp(
  [
    String.raw`\b(?:kosten|kostet|cost|costs|sont|salen|cuestan|cuesta|stehen|steht|selling|sold|going)\s+(?:\S+\s+){0,3}?(?:at|a|for|zu|fur|por|auf)?\s*(?:null|zero|cero|0)\s*(?:euros?|€|eur|dollars?|\$|pesos?)\b(?![^.;]{0,30}\b(?:when|if|wenn|quand|si|cuando)\b)`,
    String.raw`\b(?:brings?|sets?|drops?|puts?|takes?)\s+(?:the\s+)?(?:total|totals|price|amount|order total)\s+(?:down\s+)?to\s+(?:zero|0|nothing)\b|\bfree orders (?:are |keep )?(?:piling|coming|pouring|flooding|rolling)\b`,
    String.raw`\b(?:orders?|bestellungen|commandes?|pedidos?)\b[^.;]{0,40}?\b(?:(?:without|with no) (?:any )?(?:\w+ )?(?:money|payment|paying|being paid)|ohne (?:zahlung|bezahlung|geld|zu zahlen)|sans (?:paiement|payer|argent)|sin (?:pago|pagar|cobrar|plata|dinero))\b`,
    String.raw`\b(?:charged|billed|paying|pay|bezahlen|zahlen|payent|paient|pagan|cobra\w*)\b[^.;]{0,40}?\b(?:instead of|statt|anstatt|au lieu d[eu]|en vez del?|en lugar del?)\s+(?:the\s+|den\s+|le\s+|el\s+)?(?:real|actual|right|correct|richtigen|echten|vrai|bon|real|verdadero)\s+(?:price|preis|prix|precio)\b`,
    String.raw`\b(?:every|all|each|jede[rsn]?|alle|tous les|toutes les|todos los|cada)\s+(?:\w+\s+)?(?:products?|items?|articles?|prices?|produkte?|artikel|preise|produits|prix|productos|precios)\s+(?:now\s+)?(?:says?|shows?|is|are|costs?|at|zeigt|zeigen|kostet|kosten|affiche|affichent|coute|coutent|cuesta|cuestan|marca|marcan|sale|salen)\s+(?:now\s+)?0(?:[.,]00?)?\s*(?:€|eur|euros?)`,
    String.raw`\b(?:el catalogo entero|todo el catalogo|the whole catalog(?:ue)?|the entire catalog(?:ue)?|der ganze katalog|le catalogue entier|tout le catalogue)\s+(?:now\s+)?(?:says?|shows?|marca|muestra|zeigt|affiche|is at|esta a)\s+0(?:[.,]00?)?\s*(?:€|eur|euros?)`,
    String.raw`\b(?:orders?|bestellungen|commandes?|pedidos?)\b[^.;]{0,30}?\b(?:with|at|mit|avec|con)\s+(?:a\s+|des\s+)?(?:negative|negativen?|negatifs?|negatives?|negativos?)\s+(?:totals?|amounts?|prices?|summen?|betragen|totaux|montants|prix|totales|importes|precios)\b|\b(?:commandes?|pedidos?)\b[^.;]{0,30}?\b(?:avec|con)\s+(?:des\s+)?(?:totaux|montants|prix|totales|importes|precios)\s+(?:negatifs|negatives|negativos)\b`,
    String.raw`\b(?:no|not|stopped|missing|never)\b[^.;]{0,40}?\bbut (?:customers|people|cards|they)\s+(?:are|keep)\s+(?:still\s+)?(?:getting|being)\s+(?:charged|billed)\b`,
    String.raw`\b(?:refunds?|refunding|erstattet|rembourse|reembolsa)\b[^.;]{0,40}?\b(?:by itself|on its own|von selbst|von alleine|tout seul|toute seule|solo|sola|por su cuenta)\b`,
    String.raw`\b(?:taking|takes|took|charging|charges|debiting|capturing)\s+(?:money|payments?)\s+(?:off|from)\s+(?:\S+\s+){0,2}?(?:cards?|customers?)\b[^.;]{0,40}?\b(?:never became orders?|no orders?|without an order)\b`,
    String.raw`\b(?:werden|wird|sont|est|son|es)\s+(?:bezahlt|payes?|payees?|pagad[oa]s?)\b[^.;]{0,30}?\b(?:aber|mais|pero)\b[^.;]{0,30}?\b(?:keine bestellung\w*|aucune commande|pas de commande|ningun pedido|no hay pedido\w*|no se crea\w* (?:el |ningun )?pedido)\b`,
  ].join('|'),
);
/**
 * More or less taken than what is sold: prices "look like yen figures but get charged as euros", "what PayBridge captures is less than
 * the item prices on everything selling right now".
 */
export const WRONG_AMOUNT_TAKEN =
  /\b(?:look|looks|shown|show|shows|displayed|is|are)\s+(?:like|as|in)\s+(?:yen|cents|pesos|dollars|euros|pounds|zloty|złoty|zl|forint|kronor|kroner|korun)\b[^.;]{0,30}?\b(?:charged|charges?|billed|cobrad[oa]s?|factures?)\s+(?:as|in|en)\s+(?:euros?|dollars|pounds|dolares)\b|\b(?:captures?|captured|charges?|charged)\s+(?:is|are)\s+(?:less|lower|more|higher)\s+than\s+(?:the\s+)?(?:item|order|listed|real)\s+(?:prices?|totals?|amounts?)\b[^.;]{0,30}?\b(?:right now|selling|now)\b/;
/**
 * A low price shown and the real one taken: "todos los productos salen a 0,30 €, pero cuando la gente paga PayBridge les cobra el precio
 * real", "items show at 0.45 but customers are charged the full price".
 */
export const SHOWN_NOT_CHARGED =
  /\b(?:salen|aparecen|show|shows|shown|appear|appears|stehen|zeigt|affiche|s'?\s?affichent)\s+(?:a|at|as|for|bei|mit|zu|for only)\s+[$€£]?\s?\d+[.,]\d{2}\b[^.;]{0,80}?\b(?:pero|but|mais|aber)\b[^.;]{0,60}?\b(?:cobra|cobran|charges?|charged|debite|debitee?s?|prend|bucht|berechnet|abgebucht)\b[^.;]{0,20}?\b(?:el precio (?:real|completo)|the (?:real|full|actual|normal) price|le (?:vrai|plein) prix|le prix (?:reel|normal)|den (?:echten|vollen|richtigen|normalen) preis)\b/;
/**
 * A phishing mail sent in the shop's name, from its own address: "un mail « vérifiez votre paiement » … envoyé depuis NOTRE adresse de
 * commandes". Someone is using the shop's sending; a lookalike domain alone is not this.
 */
export const PHISHING_FROM_OUR_ADDRESS =
  /^(?=[\s\S]*\b(?:verifi\w*|confirm\w*|revalid\w*|bestatig\w*|update|mettez a jour|actualiz\w*)\s+(?:votre|your|su|ihre|tu|deine|vos|sus)\s+(?:paiement|payment|pago|zahlung|carte|card|tarjeta|karte|compte|account|cuenta|konto|coordonnees bancaires|bank details)\b)[\s\S]*\b(?:envoye|envoyes|sent|verschickt|gesendet|enviado|enviados|mandado)\s+(?:depuis|from|von|desde|de)\s+(?:notre|our|unserer|nuestra|nuestro)\s+(?:propre\s+|own\s+|eigenen\s+|propia\s+)?(?:adresse|address|mail|e-?mail|mailadresse|correo|direccion|domain|domaine|dominio)\b/;
/** Charges that belong to no order: "hay como 200 cobros de hoy que no corresponden a ningún pedido", "charges that don't match any order". */
export const CHARGES_WITHOUT_ORDER =
  /\b(?:charges|payments|cobros|cargos|pagos|paiements|zahlungen|abbuchungen|transactions|transacciones)\b[^.;]{0,40}?\b(?:que no corresponden? a ningun pedido|(?:that|which) (?:don'?\s?t|do not) (?:match|belong to) any order|qui ne correspondent? a aucune commande|die zu keiner bestellung (?:passen|gehoren))\b/;
/**
 * Strangers fetching what should be private, as a log shows: "its access log shows a few thousand GETs on invoice PDFs this morning from
 * addresses we don't know", "three IPs I don't recognise exporting the orders list every hour", "one IP pulling every file in sequence".
 */
export const STRANGERS_FETCHING =
  /\b(?:gets?|get requests|requests|downloads|hits|accesses|zugriffe|telechargements|descargas|accesos)\b[^.;]{0,60}?\b(?:from|von|de|desde)\s+(?:ip\s+)?(?:addresses|ips|hosts|adressen|adresses|direcciones)\s+(?:(?:we|i)\s+(?:don'?\s?t|do not)\s+(?:know|recogni[sz]e)|(?:die )?wir nicht kennen|que (?:nous ne connaissons|on ne connait) pas|que no conocemos)\b|\b(?:gets?|requests|downloads|hits)\b[^.;]{0,60}?\bfrom\s+unknown\s+(?:ips|ip addresses|addresses|hosts)\b|\b(?:\w+\s+)?(?:ips|ip addresses|addresses|hosts)\s+(?:(?:we|i)\s+(?:don'?\s?t|do not)\s+(?:know|recogni[sz]e)|(?:die )?wir nicht kennen|que no conocemos|que nous ne connaissons pas)\s+(?:exporting|downloading|fetching|pulling|scraping|exportieren|herunterladen|exportant|telechargeant|exportando|descargando)\b|\b(?:one|a single|an unknown|some|a strange|a foreign)\s+(?:ip|ip address|address|host|bot)\s+(?:\S+\s+){0,2}?(?:pulling|downloading|fetching|grabbing|scraping)\s+(?:every|each|all (?:the |our )?)\s*(?:\w+\s+)?(?:files?|invoices?|pdfs?|documents?|records?|exports?|backups?)\b/;
/** A charge for every one of a repeated mail: "her bank shows a charge for each one; the others say the same". */
export const CHARGE_FOR_EACH =
  /\b(?:bank|card|statement|account)\s+(?:shows?|has)\s+(?:a|one)\s+(?:charge|payment|debit)\s+for\s+(?:each|every)\s+(?:one|of them|e-?mail|mail|confirmation)\b/;
/** Orders or customers said gone, with no "all\": "new customers and orders are gone", "les commandes ont disparu", "die Bestellungen sind weg". */
export const RECORDS_GONE =
  /\b(?:orders|customers|products|payments|accounts|bestellungen|kunden|produkte|commandes|clients|produits|pedidos|clientes|productos)\s+(?:are|sind|ont|sont|han)\s+(?:simply\s+|just\s+|einfach\s+|tout simplement\s+|simplemente\s+)?(?:all\s+|alle\s+|toutes\s+|todos\s+)?(?:gone|vanished|weg|verschwunden|disparu|disparus|disparues|desaparecido)\b|\b(?:it'?s|its|it is|is)\s+deleting\s+(?:\w+\s+){0,2}?(?:orders|customers|products|payments|users|rows)\b|\b(?:lost|dropped|deleted|wiped)\s+(?:the|its|their)\s+\w+\s+column\b|\bse (?:borraron|han borrado|esfumaron|perdieron|han perdido|estan borrando) (?:todos\s+)?(?:los|las) (?:pedidos|clientes|ordenes|productos|pagos|ventas)\b|\b(?:verschwinden|verschwanden)\s+(?:\w+\s+){0,2}?(?:die|alle|unsere)\s+(?:bestellungen|kunden|auftrage|zahlungen)\b|\b(?:bestellungen|kundendaten|auftrage)\s+verschwinden\b|\b(?:orders|customers|payments|accounts)\s+(?:are|keep)\s+(?:disappearing|vanishing)\b|\b(?:commandes|clients|paiements)\s+disparaissent\b|\b(?:desaparecen|se borran)\s+(?:los|las)\s+(?:pedidos|clientes|ordenes)\b|\b(?:los|las|todos los)\s+(?:pedidos|clientes|ordenes)\s+se\s+(?:borraron|han borrado|perdieron|esfumaron|estan borrando|borran)\b|\b(?:we'?re|we are|are|is)\s+losing\s+(?:the\s+\w+\s+of\s+)?(?:thousands of|hundreds of|all (?:the |our )?|every)\s*(?:orders|customers|payments|carts|accounts)\b/;
/**
 * The card terminal refusing every card: "Die Kasse nimmt keine einzige Karte mehr an", "le site dit non à chaque carte", "el pago
 * rechaza cualquier tarjeta", "checkout turns away any card". No one can pay.
 */
export const CARDS_REFUSED =
  /\b(?:rejects?|rejecting|declines?|declining|refuses?|refusing|turns? away|says? no to|dit non a|refuse\w*|rechaza\w*|lehnt|nimmt)\b[^.;]{0,20}?\b(?:any|every|all|each|chaque|toutes? les|n'importe quel(?:le)?|cualquier|todas las|jede|alle|keine einzige|keine)\s+(?:single\s+)?(?:card|cards|carte|cartes|tarjeta|tarjetas|karte|karten|payment|payments|paiement|pago|zahlung)\b|\b(?:every|each|all(?: the)?|any)\s+(?:real\s+|single\s+|customer\s+)?(?:card|cards|payment|payments)\s+(?:gets?|is|are|get|now gets?|is being|are being|is getting|are getting|keep getting|getting)\s+(?:refused|declined|rejected)\b/;
/** The shop's server cut off from its database: "api box lost its link to postgres", "the app lost the connection to the db". */
export const DATABASE_UNREACHABLE =
  /\b(?:api|app|backend|shop|server|box|site)\b[^.;]{0,20}?\blost (?:its|the|their) (?:link|connection) to (?:postgres\w*|the db|the database|db|the \w+ database)\b/;

/**
 * The site itself crashed or not opening, said plainly: "le site est planté", "der Shop geht überhaupt nimmer auf", "la tienda ya no
 * abre", "the website won't open". The whole site or shop, not a page ("the product page won't open" is a bug to find), and not what
 * customers believe ("les clients pensent que le site est planté, mais il répond").
 */
export const SITE_GONE =
  /(?<!\b(?:think|thinks|thought|believe|believes|pensent que|pense que|croient que|croit que|creen que|cree que|piensan que|glauben|denken|dachten)\s+(?:that\s+)?)\b(?:the (?:web)?site|the (?:web)?shop|the store|the storefront|le site|la boutique|el sitio|la tienda|la web|la pagina web|der (?:web)?shop|die (?:web)?seite|die website|der laden|dr laden|d'r laden)\s+(?:is\s+|has\s+|est\s+|ist\s+|esta\s+|se\s+)?(?:crashed|plante|en panne|abgesturzt|kaputt|caido|cayo|ha caido|won'?t open|doesn'?t open(?: any ?more)?|does not open|ne s'?\s?ouvre plus|n'?\s?ouvre plus|ya no abre|no abre|n'?\s?affiche plus rien|zeigt nichts mehr|no muestra nada|shows nothing any ?more|geht (?:uberhaupt |gar )?(?:nimmer|nimma|nicht mehr|ni mehr|nich mehr|net mehr) (?:auf|uff|uf))\b/;
/** Nobody let through, or served: "el carrito no deja pagar a nadie", "won't let anyone pay", "lässt niemanden zahlen", "la boutique ne charge plus chez personne". */
export const NOBODY_LET_THROUGH =
  /\bno (?:le |les )?deja (?:pagar|comprar|pedir|entrar) a nadie\b|\b(?:won'?t|doesn'?t|does not|will not) let (?:anyone|anybody|any customer|people|customers) (?:pay|order|check ?out|buy|log ?in)\b|\bne laisse (?:plus )?personne (?:payer|commander|acheter|entrer)\b|\b(?:won'?t|wont|doesn'?t|does not)\s+(?:load|open)\s+(?:on|in)\s+any\s+(?:phone|device|browser|computer|laptop)\b|\blasst (?:keinen|niemanden|niemand) (?:mehr )?(?:zahlen|bezahlen|bestellen|kaufen|rein)\b|\bne (?:charge|s'?\s?affiche|s'?\s?ouvre|marche|fonctionne) plus (?:chez|pour) personne\b|\bno (?:carga|abre|funciona) (?:para|a) nadie\b|\b(?:won'?t|doesn'?t|does not) (?:load|open) for (?:anyone|anybody)\b|\b(?:ladt|offnet|geht) bei (?:niemandem|keinem) (?:mehr\s+)?(?:auf)?\b/;
/** All sales being lost: "on perd toutes nos ventes", "we're losing every sale", "perdemos todas las ventas", "wir verlieren alle Bestellungen". */
export const LOSING_ALL_SALES =
  /\b(?:losing|lose|perd|perdons|perdemos|estamos perdiendo|verlieren)\s+(?:all|every|toutes|todas|alle)\s+(?:(?:our|nos|las|nuestras|unsere)\s+)?(?:sales?|orders|ventes|commandes|ventas|pedidos|verkaufe|bestellungen)\b/;
/** Every order meeting a card decline: "every order that comes in gets a card decline from PayBridge". */
export const EVERY_ORDER_DECLINED =
  /\b(?:every|each|all)\s+(?:order|checkout|payment|purchase)s?\b[^.;]{0,30}?\b(?:gets?|ends? (?:in|with)|comes? back with|hits?)\s+(?:a\s+)?['"]?(?:card\s+|payment\s+)?(?:was\s+)?(?:decline|declined|refusal|rejection)\b/;
/**
 * Someone else at the controls, said another way: "alguien ha entrado en el panel de administración", "da hat wer unser
 * Admin-Passwort geändert", "admin email got changed not by us", "un inconnu est connecté avec notre clé".
 */
export const TAKEN_OVER = new RegExp(
  [
    String.raw`\b(?:someone|somebody|alguien|jemand|quelqu'?\s?un)\s+(?:ha entrado|se ha metido|se metio|got|has got|broke|est entre|s'?\s?est introduit)\s+(?:en|al|into|dans)\s+(?:el\s+|la\s+|the\s+|our\s+|nuestro\s+|le\s+|l'|notre\s+)?(?:(?:compte|account|cuenta|konto)\s+)?(?:panel|admin|administracion|backend|back-office|backoffice|dashboard)\b`,
    String.raw`\b(?:hat|hot|ha|a)\s+(?:wer|jemand|irgendwer|irgendjemand)\s+(?:\S+\s+){0,3}?(?:passwort|kennwort|admin|konto|iban|preise|e-?mail)\S*\s+(?:geandert|ausgetauscht)\b`,
    String.raw`\b(?:changed|geandert|change|cambiad[oa]|modifie)\s+(?:\S+\s+){0,2}?(?:not by us|nicht von uns|pas par nous|sans nous|no por nosotros)\b`,
    String.raw`\b(?:a stranger|un inconnu|une inconnue|ein fremder|eine fremde|un desconocido|una desconocida)\s+(?:is|est|ist|esta)\s+(?:logged in|signed in|connecte|connectee|eingeloggt|angemeldet|conectad[oa])\b`,
    // Someone inside, said as a place they are: "hay alguien metido en el servidor", "there's someone in our server", "da ist wer auf unserem Server".
    String.raw`\b(?:alguien que no conocemos|someone we don'?t know|quelqu'?\s?un qu'?\s?on ne connait pas|jemand,? den wir nicht kennen)\s+(?:esta|anda|is|est|ist)\s+(?:dentro del?|en el|en la|inside|in|dans|im|in unserem)\s+(?:the\s+|our\s+|le\s+|notre\s+)?(?:panel|admin|administracion|servidor|server|serveur|backend|back-office)\b`,
    String.raw`\b(?:hay alguien|hay un (?:tio|tipo|desconocido|extrano|fulano|wey|cuate)|there'?s (?:someone|somebody)|there is (?:someone|somebody)|il y a quelqu'?\s?un|da (?:ist|is|sitzt) (?:wer|jemand|einer|irgendwer))\s+(?:metido\s+|metio\s+|dentro\s+|inside\s+|drin\s+)?(?:en|in|inside|dans|sur|auf|im)\s+(?:el\s+|la\s+|the\s+|our\s+|nuestro\s+|nuestra\s+|le\s+|notre\s+|unserem\s+|dem\s+)?(?:servidor|server|serveur|panel|admin|administracion|backend|back-office|sistema|system|systeme|base de datos|database|datenbank)\b`,
    // An admin account nobody made, or someone logged in as admin, and it was not us: "an admin account called support_team that none of us made",
    // "Da hat sich eener als Admin angemeldet, mir warn das ni", "change les prix des tissus, c'est pas nous".
    String.raw`\b(?:admin|staff|user|an?)\s+accounts?\b[^.;]{0,40}?\b(?:that|which)\s+(?:none of us|nobody here|no one here|we never|i never|we didn'?t|neither \w+ nor (?:i|we))\s+(?:\w+\s+)?(?:made|created|added|set up|opened)\b`,
    String.raw`\bhat sich\s+(?:eener|einer|eena|jemand|wer|irgendwer|irgendjemand)\s+(?:als admin|ins admin\w*|im admin\w*|bei uns)\s+(?:angemeldet|eingeloggt)\b[^.;]{0,20}?\b(?:wir|mir) war(?:e)?n (?:das|es|des) (?:nicht|ni|net|nich)\b`,
    String.raw`\b(?:changes?|changing|changed|modifie\w*|cambia\w*|andert|geandert)\s+(?:(?:les|the|los|las|die|unsere|nos|our)\s+)?(?:\w+\s+)?(?:prix|prices|precios|preise)\b[^.;]{0,40}?\b(?:c'?\s?est pas nous|ce n'?\s?est pas nous|it'?s not us|it wasn'?t us|no somos nosotros|no fuimos nosotros)\b`,
  ].join('|'),
);
/** A table losing a share of its rows: "the products table just lost half its rows", "die Tabelle hat die Hälfte ihrer Zeilen verloren". */
export const TABLE_LOST_ROWS =
  /\b(?:table|tabelle|tabla)\b[^.;]{0,20}?\b(?:just |has |have |had )?(?:lost|a perdu|ha perdido|perdio)\s+(?:half|most|all|a third|\d+\s?%|\d[\d,.]*k?|thousands|hundreds|la moitie|la mitad)\b[^.;]{0,12}?\b(?:rows|entries|records|lignes|filas|registros)\b|\b(?:tabelle|tabla)\b[^.;]{0,30}?\b(?:die halfte|den grossteil)\s+(?:ihrer|der)\s+(?:zeilen|eintrage|datensatze)\s+verloren\b/;
/** A table's content overwritten: "toute la table des commandes a été écrasée par les paniers d'hier", "the orders table got overwritten". */
export const TABLE_OVERWRITTEN =
  /\b(?:table|tabelle|tabla)\b[^.;]{0,25}?\b(?:a ete|was|got|has been|wurde|ist|fue|ha sido|est)\s+(?:ecrasee|overwritten|uberschrieben|sobrescrita|pisada|remplacee|replaced)\b/;
/** One product's price replaced by another's: "la migration a remplacé le prix des foulards par celui des écharpes". */
export const PRICES_SWAPPED =
  /\b(?:replaced|remplace|ersetzt|reemplazo|ha reemplazado|overwrote)\s+(?:le|les|the|die|den|el|los)\s+(?:prix|prices?|preise?|precios?)\b[^.;]{0,50}?\b(?:par|by|with|durch|mit|por|con)\s+(?:celui|celle|ceux|those|that|the ones?|el de|los de|die von|denen)\b/;
/**
 * People buying for next to nothing, now: "die Leute bestellen gerade Spiele fast umsonst", "customers are ordering almost for free",
 * "everything at 1 cent, and people are buying mats like crazy".
 */
export const BUYING_FOR_NOTHING =
  /\b(?:people|customers|leute|kunden|gens|clients|clientes|la gente)\b[^.;]{0,20}?\b(?:are ordering|are buying|are getting|bestellen|kaufen|commandent|achetent|compran|piden)\b[^.;]{0,30}?\b(?:almost |nearly |fast |presque |casi )?(?:for free|for nothing|umsonst|gratis|gratuitement|pour rien)\b|\b(?:everything|all|every \w+|prices?|alles|tout|todo)\s+(?:at|for|a|zu|fur|por)\s+(?:1 cent|one cent|a penny|0[.,]01|un centime|einen cent|1 centimo|un centimo)\b[^.;]{0,40}?\b(?:people|customers|folks|leute|kunden|gens|clients|clientes|la gente)\s+(?:are\s+)?(?:buying|ordering|bestellen|kaufen|commandent|achetent|compran|comprando)\b/;
/**
 * Customers' data leaving for somewhere nobody knows: "los datos de clientes se están subiendo a otra IP", "customer emails are being sent to
 * an unknown server", "les données clients partent vers une IP inconnue".
 */
export const DATA_TO_STRANGERS =
  /\b(?:data|datos|daten|donnees|emails|e mails|correos|records|registros)\b[^.;]{0,40}?\b(?:to|a|an|vers|hacia|nach)\s+(?:otra|another|an? (?:unknown|strange|foreign|outside)|some (?:unknown|random|strange)|una (?:desconocida|extrana)|eine (?:fremde|unbekannte)|une autre|une (?:ip|adresse) inconnue|un serveur inconnu|un servidor (?:desconocido|extrano))\s*(?:ip|server|servidor|serveur|host|adresse|address|direccion)?\b/;
/**
 * Wrong prices while people buy at them: "the storefront shows last week's prices and orders keep coming in at them", "last year's prices … they're selling like hot cakes", "los precios salen
 * bien pero al pagar se cobra otra cosa, y la gente está comprando ahorita mismo". The price said wrong, then the buying said going on.
 */
export const SELLING_AT_WRONG_PRICES =
  /\b(?:(?:wrong|old|outdated|stale|last \w+'s|yesterday's|falsche\w*|alte\w*|anciens|faux|viejos|incorrectos)\s+(?:prices?|preise\w*|prix|precios)|(?:prices?|preise\w*|prix|precios)\b[^.;]{0,60}?\b(?:(?:charges?|charged|cobra|se cobra|cobran|berechnet|facture\w*|debite\w*)\s+(?:something else|otra cosa|autre chose|etwas anderes|the wrong amount|el importe equivocado))|(?:charges?|charged|cobra|se cobra|cobran)\s+(?:something else|otra cosa|autre chose|etwas anderes)|(?:every|each|all(?: the)?|the)\s+prices?\s+(?:is|are)\s+(?:way\s+|far\s+|much\s+)?(?:too|to)\s+(?:high|low)|cents?\s+(?:became|turned into|are now|now show as)\s+(?:euros?|dollars?)|(?:set|changed|put)\s+(?:every|all(?: the| our)?)\s+prices?\s+to\s+[^.;]{0,40}?\bby mistake|(?:every|each|all(?: the)?)\s+(?:\w+\s+)?(?:shows?|is|are|comes? up)\s+(?:as\s+)?(?:free|gratis)(?!\s+(?:shipping|delivery|returns?|gift|samples?|wrapping|engraving|versand|envio|livraison|de port))|(?:charges?|cobra|cobran|berechnet|facture)\s+(?:the same (?:number|amount|figure)|la misma cifra|el mismo (?:numero|monto|importe)|lo mismo|den gleichen betrag|le meme montant)\s+(?:in|en)\s+(?:dollars|dolares|euros|pesos|francs|francos))\b[^.]{0,80}?\b(?:(?:they'?re|they are) selling|selling like hot ?cakes|flying off the shel(?:f|ves)|orders?\s+(?:keep|are|still)\s+(?:coming|pouring|rolling|flying)\s+in|orders\s+(?:flying|pouring|piling)\s+in|no paran de entrar pedidos|(?:people|customers|la gente|los clientes|les clients|les gens|die leute|die kunden)\s+(?:(?:are|keep|are still|still)\s+(?:buying|ordering|paying)|(?:esta|estan|sigue|siguen)\s+(?:comprando|pidiendo|pagando)|sont en train d'?\s?(?:acheter|commander|payer)|kaufen|bestellen|zahlen|achetent|commandent|paient|compran|piden|pagan))\b/;
/**
 * A monitor's probe failing from every place it checks: "check 'Home page renders' failed in 5 of 5 locations", "down from all regions",
 * "fehlgeschlagen an allen Standorten". Not one place ("failed in 1 of 5 locations" is a route to look at).
 */
export const FAILING_FROM_EVERYWHERE =
  /\b(?:failed|failing|fails|down|red|timed out|timing out)\s+(?:in|from|at|on)\s+(\d+)\s+(?:of|\/|out of)\s+\1\s+(?:locations|regions|probes|checkpoints|sites|pops)\b|\b(?:failed|failing|fails|down|red)\s+(?:in|from|at|on)\s+(?:all|every)\s+(?:\d+\s+)?(?:locations|regions|probes|checkpoints|pops)\b|\b(?:an|von|in)\s+allen\s+(?:standorten|regionen)\s+(?:fehlgeschlagen|rot|down)\b/;
/**
 * Stuck for everyone: "chekout hangs for evryone", "paiement bloqué pour tout le monde", "se queda pegada en 'procesando' pa' todos",
 * "hängt bei allen". A hang for one page or one report is a fault to find ("the export hangs on big carts").
 */
export const STUCK_FOR_ALL =
  /\b(?:hangs?|hanging|hung|stuck|frozen|freezes|spins?|spinning|times? out|timing out|does nothing|does nothign|doesn'?t do anything|ne fait rien|no hace nada|macht nichts|bloquee?s?|fige|se queda (?:pegad[oa]|colgad[oa]|trabad[oa])|hangt|haengt)\b[^.;]{0,30}?\b(?:for|pour|para|pa'?|bei)\s+(?:everyone|everybody|evryone|evreyone|everone|all (?:users|customers|shoppers)|every (?:customer|user|shopper)|tout le monde|tous les clients|todos|todo el mundo|allen)\b(?!\s+(?:who|with|that|whose|using|on|qui|avec|sur|que|con|en|die|der|mit|auf)\b)/;
/** A release that took something away from everyone: "the 11:40 release took out the add-to-basket button for every shopper". */
export const RELEASE_TOOK_OUT =
  /\b(?:release|deploy|deployment|update|upgrade|push|rollout|migration)\b[^.;]{0,20}?\b(?:took out|killed|broke|knocked out|wiped out|nuked)\b[^.;]{0,50}?\bfor (?:every (?:shopper|customer|user|visitor)|all (?:shoppers|customers|users|visitors)|everyone|everybody)\b/;
/** None of the last many went through: "the panel says 0 of the last 80 checkouts went through". */
export const NONE_OF_THE_LAST =
  /\b(?:0|zero|none|null|aucun[e]?|ninguno|ninguna|keiner?)\s+(?:of|out of|von|sur|de)\s+(?:the\s+|den\s+|les\s+|los\s+|las\s+)?(?:last\s+|letzten\s+|derniers?\s+|dernieres\s+|ultim[oa]s\s+)?\d{2,}\s+(?:checkouts?|orders?|payments?|attempts?|bestellungen|zahlungen|commandes|paiements|pedidos|pagos)\s+(?:went through|succeeded|passed|completed|got through|sind durchgegangen|gingen durch|sont passee?s|han pasado|pasaron)\b/;
/** A worker or service silent for hours: "capture-worker: no heartbeat for 3h12m", "no heartbeat since 2 hours". Its work has stopped. */
export const NO_HEARTBEAT = /\bno heartbeats?\s+(?:for|since|in)\s+(?:the (?:last|past)\s+)?(?:\d+\s*h\b|\d+h\d+m?|\d+\s+hours?|hours|over an hour)/;
