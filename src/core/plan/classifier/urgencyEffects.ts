/**
 * Incidents told by their effect on the shop's work (read from the misses of bank files voices-ay to voices-bc and of the bank's
 * cross-validation): what the statement, the screen, the warehouse, the order list and a search engine show. urgency.ts weighs them with
 * the signs of urgencyPatterns.ts; each gives the kind of harm it is. Data exposed and intruders told by their effect are in
 * urgencyEffectsExposure.ts.
 */
import { EXPOSURE_EFFECTS, INTRUSION_EFFECTS } from './urgencyEffectsExposure';

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
  /\b(?:orders?|bestellung\w*|commandes?|pedidos?)\s+(?:\w+\s+){0,2}?(?:disappears?|disappeared|vanish\w*|cancel\w*|verschwind\w*|verschwunden|storniert|disparai\w*|disparu\w*|annule\w*|desaparec\w*|cancelad[oa]s?)\b[^.;]{0,50}?\b(?:money|geld|argent|dinero|payment|zahlung|card|karte|carte|tarjeta)(?:'s)?\s+(?:is\s+|was\s+|has\s+|wird\s+|est\s+|se\s+|ist\s+)?(?:still\s+|trotzdem\s+|quand meme\s+|igual\s+|aun\s+)?(?:been\s+)?(?:taken|charged|debited|gone|abgebucht|preleve|debite|cobrado|cobra)\b/;



/**
 * Browsers turned away by a certificate warning: "browsers show a warning page instead of the shop", "Chrome zeigt eine Warnung statt
 * des Shops". Nobody reaches the shop.
 */
export const WARNING_INSTEAD =
  /\b(?:browsers?|visitors|customers|chrome|firefox|safari|navigateurs?|navegadores?|besucher)\s+(?:now\s+)?(?:shows?|gets?|see|sees|zeigen|zeigt|affichent|muestran)\s+(?:a\s+|an\s+|eine\s+|une\s+|una\s+)?(?:security\s+|certificate\s+|ssl\s+|privacy\s+)?(?:warning|warnung|avertissement|advertencia)(?:\s+page|\s+screen|seite)?\s+(?:instead of|statt|au lieu d[eu]|en lugar de|en vez de)\s+(?:the|our|des|dem|la|le|el|nuestra)\s+(?:shop|site|store|page|shops|tienda|boutique)\b/;

/** Paying ends in an emptied basket, each time: "every time they click pay the basket empties and they are back at the start". */
const BASKET_EMPTIES =
  /\b(?:every time|each time|whenever|jedes mal|a chaque fois|cada vez)\b[^.;]{0,30}?\b(?:basket|cart|warenkorb|panier|carrito)\s+(?:empties|is emptied|gets emptied|wird geleert|ist leer|se vide|se vacia)\b/;
/** The work of the day impossible: "we can't pack anything today", "on ne peut rien expédier". */
const NOTHING_CAN_BE_DONE =
  /\b(?:we|i)\s+(?:can'?t|cannot|can not)\s+(?:pack|ship|sell|send|fulfil|fulfill|process)\s+(?:anything|a thing|any orders?)\b|\bon ne peut (?:plus )?rien (?:expedier|vendre|envoyer|emballer)\b|\bwir konnen nichts (?:verschicken|versenden|verkaufen|packen)\b|\bno podemos (?:enviar|vender|empaquetar) nada\b|\b\d{2,}\s+(?:colis|parcels|packages|boxes|pakete|packli|paquetes|cajas)\b[^.;]{0,30}?\b(?:bloques|stuck|blocked|held up|stehen fest|festgehalten|bloqueados|atascados|parados)\b/;
/** The live shop stripped to bare HTML, or sales down to a trickle: "the live shop is bare html, no css no pictures", "real orders have dropped to a trickle". */
const SHOP_STRIPPED =
  /\b(?:shop|site|storefront|store)\s+is\s+(?:now\s+)?(?:just\s+)?(?:bare|plain|naked|unstyled)\s+html\b|\b(?:orders|sales|traffic|visits|bestellungen|ventes|ventas|commandes|pedidos)\s+(?:have\s+|has\s+)?(?:dropped|fallen|fell|slowed|gone down)\s+to\s+(?:a\s+trickle|(?:near(?:ly)?|almost|practically)\s+(?:zero|nothing|nil))\b/;
/** A page blank, in German: "Seite zeigt nur weiß", "d'Sita isch ganz wiß". */
const BLANK_IN_GERMAN = /\b(?:seite|seitn|sita|site|shop|startseite)\b[^.;]{0,30}?\b(?:zeigt nur|isch ganz|ist ganz|nur noch)\s+(?:weiss|wiss|weis|leer)\b|\b(?:seite|seitn|sita|siite)\s+(?:isch|ist)\b[^.;]{0,25}?\bganz\s+(?:weiss|wiss|weis)\b/;
/** Records emptied one after another as the writer watches: "descriptions are being overwritten with empty text one after another". */
const BEING_WIPED = /\b(?:being|are being|is being)\s+(?:overwritten|replaced|wiped)\s+with\s+(?:empty|blank|nothing|empty text|blank text)\b/;
/** The same payment taken again and again: "their bank shows the same payment over and over", "dieselbe Abbuchung immer wieder". */
const SAME_PAYMENT_REPEATED =
  /\b(?:same|dieselbe|gleiche|derselbe|meme|misma|mismo)\s+(?:payment|charge|debit|amount|zahlung|abbuchung|betrag|paiement|prelevement|montant|cobro|cargo|pago)\s+(?:over and over|again and again|several times|many times|\d+ times|immer wieder|mehrmals|\d+ mal|plusieurs fois|encore et encore|\d+ fois|varias veces|una y otra vez|\d+ veces)\b/;
/**
 * Money that should have come in and did not: "weekly payout came in £1,200 short", "marked paid on our order screen but … nothing was
 * captured", "today's orders with £0.00 totals and … nothing was taken".
 */
const MONEY_MISSING =
  /\bpayouts?\s+(?:came in|was|is|arrived|landed)\s+(?:about\s+|around\s+)?(?:[£€$]\s?[\d,.]+k?|[\d,.]+\s?(?:€|eur|euros?|pounds?|dollars?|kr))\s+short\b|\bmarked\s+(?:as\s+)?paid\b[^.;]{0,80}?\b(?:nothing|never|not)\s+(?:was\s+|been\s+|got\s+)?captured\b|\borders?\b[^.;]{0,30}?\bwith\s+[£€$]?\s?0[.,]00\s*(?:€|eur)?\s+totals?\b/;
/** Every parcel or order carrying one customer's address: "every label off the printer this morning has the same address". The orders' data overwritten. */
const SAME_ADDRESS_ON_ALL =
  /\b(?:every|each|all(?: the)?|jedes?|alle|chaque|toutes? les|tous les|cada|todas? las?|todos los)\s+(?:labels?|parcels?|orders?|etiketten?|pakete?|bestellungen|etiquettes?|colis|commandes|etiquetas?|paquetes?|pedidos)\b[^.;]{0,40}?\b(?:has|have|shows?|carry|carries|hat|haben|tragen|a|ont|portent|tiene|tienen|llevan)\s+(?:the\s+|die\s+|la\s+)?(?:same|selbe|dieselbe|gleiche|meme|misma)\s+(?:address|adresse|direccion)\b/;
/** The shop's address showing the host's or a seller's page: "account suspended for non payment", "'Diese Domain steht zum Verkauf'". Nobody reaches the shop. */
const SITE_SUSPENDED =
  /\b(?:account|site|hosting|domain|website|webspace|konto|compte|cuenta|sitio)\s+(?:has been\s+|was\s+|is\s+|wurde\s+|ist\s+|a ete\s+|est\s+|fue\s+|esta\s+)?(?:suspended|gesperrt|suspendu|suspendue|suspendida|suspendido)\b|\b(?:domain|domaine|dominio)\s+(?:steht zum verkauf|is for sale|est a vendre|esta en venta|se vende)\b/;
/** The shop's host stopped it for a bill: "the server was stopped at 9 for an unpaid invoice", "shows the hosting firm's holding page". */
const HOST_STOPPED =
  /\b(?:stopped|suspended|shut off|shut down|switched off|abgeschaltet|gesperrt|gestoppt|coupe|suspendu|arrete|cortado|suspendido|apagado)\b[^.;]{0,30}?\b(?:unpaid|non[- ]?payment|nicht bezahlt\w*|offene[nr]? rechnung|impaye\w*|impago|falta de pago)\b|\b(?:shop|site|address|link|domain|url)\b[^.;]{0,20}?\b(?:shows?|gives|opens)\s+(?:the\s+)?(?:hosting|host)\s*(?:firm|company|provider)?'?s?\s+(?:holding|placeholder|parking)\s+page\b/;
/** Every product gone from the shop: "ya no aparece ni una botella … ayer había 40 productos", "no products left, yesterday there were 60". */
const PRODUCTS_GONE =
  /\b(?:ya no aparece ni (?:un|una)|no queda ni (?:un|una)|sin productos|no products|keine (?:produkte|artikel) mehr|plus aucun produit)\b[^]{0,160}?\b(?:ayer (?:habia|tenia(?:mos)?)|yesterday (?:we had|there were)|gestern (?:waren|hatten wir)|hier (?:il y avait|on avait))\s+(?:\w+\s+)?\d+\s+(?:productos|products|produkte|artikel|produits)\b/;
/** Yesterday's orders gone from the list: "los de ayer no están", "yesterday's orders aren't there any more", "die von gestern sind weg". */
const ORDERS_GONE =
  /\b(?:(?:panel|lista|list|page|screen) de pedidos|order (?:list|screen|page)|bestellliste|liste des commandes)\b[^.;]{0,30}?\b(?:los|las|pedidos|orders|bestellungen|commandes|die|les)\s+(?:de\s+|from\s+|von\s+|d'?\s?)?(?:ayer|yesterday|gestern|hier)\s+(?:no estan|ya no estan|han desaparecido|are gone|aren'?t there|are not there|are missing|sind weg|fehlen|ont disparu|ne sont plus la)\b/;
/** Card amounts at a fraction of the price: "the card amounts are a hundredth of what they should be", "pendants going at half what they should". */
const A_FRACTION_OF =
  /\b(?:(?:a|one) (?:hundredth|tenth|thousandth|third|quarter) of|half(?: of)?) what (?:they|it) should\b|\bein (?:hundertstel|zehntel) (?:von dem|dessen),? was\b|\bun (?:centieme|dixieme) de ce qu\b|\bla (?:centesima|decima) parte de lo que\b/;
/** Customers who paid and heard nothing more: "folk who say they paid and heard nothing back". */
const PAID_HEARD_NOTHING =
  /\b(?:say|says|said|sagen|disent|dicen)\s+(?:they|sie|qu'?\s?ils|qu'?\s?elles|que)\s+(?:paid|have paid|hatten bezahlt|bezahlt haben|ont paye|pagaron|han pagado)\s+(?:and|und|et|y)\s+(?:heard|got|received|have heard|haben|n'?\s?ont|no)\s+(?:nothing|nichts|rien|nada)\b/;
/** The same mail sent to each customer again and again: "the same confirmation mail 30 or 40 times over". */
const SAME_MAIL_OVER = /\bsame\s+(?:confirmation\s+|order\s+)?(?:mail|email|e-mail|message|sms|text)\s+(\d+)\s+(?:or\s+\d+\s+)?times\b|\b(?:dieselbe|gleiche|die gleiche)\s+(?:mail|e-mail|bestatigung\w*)\s+(\d+)\s*(?:mal|x)\b|\bmeme (?:mail|courriel|message|e-mail) (\d+) fois\b|\bmismo (?:correo|mail|mensaje|email) (\d+) veces\b/;
/** Mails repeated often enough to be a flood, not a duplicate. */
const FLOOD_AT = 5;

/** Today's orders at a handful, said as few: "today 1 order only", "Hüt erscht 2 Bstellige", "hoy solo 1 pedido". */
const TODAY_ONLY =
  /\b(?:today|heute|hut|aujourd'?\s?hui|hoy)\s+(?:only\s+|just\s+|erst\s+|nur\s+|erscht\s+|seulement\s+|solo\s+|apenas\s+)(\d)\s+(?:orders?|bestellungen|bestellung|bstellige|bstellig|commandes?|pedidos?|sales?)\b|\b(?:today|heute|hoy)\s+(\d)\s+(?:orders?|bestellungen|commandes?|pedidos?)\s+(?:only|nur|seulement|solamente)\b/;
/** Orders written over or emptied as they come: "new orders write over the old ones", "each one says qty 0 and no items". */
const ORDERS_WRITTEN_OVER =
  /\b(?:new\s+)?orders?\s+(?:write|writes|are written|overwrite|overwrites)\s+over\s+(?:the\s+)?old\b|\boverwrit\w*\s+(?:the\s+)?old(?:er)?\s+orders\b|\b(?:each|every)\s+(?:one|order)\s+(?:says|shows|has)\s+(?:qty|quantity|menge|quantite|cantidad)\s*0\b/;
/** Product pictures or prices gone, in Swiss German: "d Produktbilder und d Priise sind wäg". */
const PICTURES_GONE = /\b(?:produktbilder|bilder|fotos|preise|priise|produkte|artikel)\b[^.;]{0,30}?\bsind\s+(?:alle\s+)?(?:weg|wag|verschwunden|futsch)\b/;

/** No orders where there usually are dozens: "printed manifest for tomorrow has 0 orders on it … usually 60 odd". */
const ZERO_AGAINST_USUAL = /\b(?:0|zero|no|none|keine|aucune|ningun)\s+orders?\b[^]{0,60}?\b(?:usually|normally|normalerweise|d'habitude|normalmente)\s+(?:about\s+|around\s+)?\d{2,}/;
/** Customers sent round in a circle at the login: nobody gets in. */
const LOGIN_LOOP = /\bbounces? (?:straight )?back to the login\b|\b(?:round in (?:a )?circles?|in circles|in a loop|loops? back)\b[^.;]{0,20}?\b(?:login|log in|sign in|anmeldung|connexion)\b|\b(?:login|log in|sign in)\b[^.;]{0,20}?\b(?:round in (?:a )?circles?|in circles|in a loop|loops? back)\b/;
/** Nothing received from the provider while the orders show as paid: "nothing's come in from PayBridge the last four days … they show as paid". */
const NOTHING_PAID_OUT = /\bnothing'?s?\s+(?:has\s+)?come in from (?:paybridge|the provider|stripe|the bank)\b[^]{0,100}?\b(?:paid|bezahlt|paye|pagado)\b/;
/** Each order credited and reversed again and again: "jede Bestellung dreimal gutgeschrieben und zweimal zurückgebucht". */
const BOOKED_OVER_AND_OVER = /\b(?:dreimal|zweimal|drei mal|zwei mal|viermal|3x|2x)\s+(?:gutgeschrieben|abgebucht|belastet|gebucht|zuruckgebucht)\b/;

/** Paid with no order kept: "PayBridge zeigt 40 Zahlige, aber i de orders-Tabelle isch sit 23:10 nüt Neus", "order failed, and their bank shows the charge". */
const PAID_NOTHING_KEPT =
  /\b(?:paybridge|the provider|stripe)\s+(?:shows?|zeigt|affiche|muestra)\s+\d+\s+(?:payments|zahlungen|zahlige|paiements|pagos)\b[^]{0,60}?\b(?:orders?|bestell\w*|commandes?|pedidos?)\b[^.;]{0,40}?\b(?:nothing|nut|nuts|nichts|nix|rien|nada)\b|\border failed\b[^.;]{0,40}?\b(?:bank|statement|card)\s+shows\s+(?:the\s+)?charge\b|\bdoppelt\s+(?:abbucht|abgebucht|belastet|gebucht)\b/;
/** Every box booked as returned and refunded: "every box i scan gets booked as 'returned' and the customer gets a refund mail". */
const BOOKED_AS_RETURNED = /\b(?:every|each|jede[sn]?|chaque|cada)\s+(?:box|parcel|order|package|paket|karton|colis|caja|paquete)\b[^.;]{0,40}?\b(?:booked|marked|gebucht|marque|marcad[oa])\s+(?:as\s+|als\s+|comme\s+|como\s+)?['"‘“]?(?:returned|refunded|retour\w*|erstattet|devuelt[oa])\b/;
/** One order number for everybody, or orders missing from the list: "the order number is the same for everybody … their orders are not in the list". */
const ONE_NUMBER_FOR_ALL =
  /\border numbers? (?:is|are) (?:the )?same for (?:everybody|everyone|all|many)\b|\b(?:their|the) orders (?:are not|aren'?t) in the (?:list|admin|table)\b/;
/** New orders never reaching the warehouse, or its list empty against the orders: "new ones never appear", "la liste est vide alors qu'on a eu 130 commandes". */
const NEVER_ARRIVE =
  /\bnew ones? never (?:appear|show up|come through|arrive)\b|\b(?:list|liste|lista)\b[^.;]{0,40}?\b(?:is empty|est vide|ist leer|esta vacia)\b[^.;]{0,30}?\b(?:although|while|alors qu'?\s?on a eu|obwohl|aunque)\b[^.;]{0,30}?\b(?:\d+|\w+ \w+)\s+(?:orders|commandes|bestellungen|pedidos)\b/;
/** The shop's domain lapsed: "une page « Ce domaine a expiré – renouvelez-le »". */
const DOMAIN_EXPIRED = /\b(?:domain|domaine|dominio)\s+(?:a expire|has expired|expired|ist abgelaufen|ha expirado|expiro|caduco)\b/;

/** Goods sold that are not there: "Leute kaufen Sachen, die längst weg sind", "keeps taking orders for things we don't have", "les clients achètent des articles épuisés". */
const SELLING_WHAT_IS_GONE =
  /\b(?:(?:people|customers|folk|leute|leut|kunden|clients|gens|clientes|gente)\s+(?:are\s+|keep\s+)?(?:buy|buying|kaufen|achetent|compran|estan comprando)|(?:is|are|keeps?) (?:selling|taking orders for)|(?:seite|shop|site|webseite) verkauft|sigue vendiendo|continue de vendre)\b[^.;]{0,30}?\b(?:out of stock|sold out|things we don'?t have|what we don'?t have|(?:die|das) (?:langst|schon) weg (?:sind|ist)|nicht mehr (?:da|haben)|die (?:wir|ma|mir) (?:gar )?(?:nicht mehr|nimmer|nimma|nimmer) (?:haben|ham|hom|hamma)|articles? epuises?|agotad[oa]s|que no tenemos|stock below zero)\b/;
/** Every pick list or slip carrying the wrong quantity: "quantity x10 on the pick list", "pick lists … all show quantity 1 for every line". */
const PICK_LIST_WRONG =
  /\b(?:every|each|all|jede\w*|alle|chaque|toutes?|cada|todos)\b[^.;]{0,40}?\b(?:quantity|qty|menge|quantite|cantidad)\s*(?:x\s?\d+|\d+ for every (?:line|item|order))\b[^.;]{0,30}?\b(?:pick ?lists?|packing (?:lists?|slips?))?/;
/** More records gone each time something runs: "more disappear every time the rule runs". */
const MORE_GONE_EACH_TIME = /\bmore (?:disappear|vanish|are deleted|get deleted|go missing) (?:every|each) (?:time|minute|hour|run)\b|\bmehr verschwinden (?:jedes mal|jede minute)\b/;
/** A tax added on top of itself while people pay: "cart totals add VAT on top of VAT since this morning's release and people are paying it". */
const TAX_TWICE =
  /\b(?:vat|tax|mwst|mehrwertsteuer|tva|iva)\s+(?:on top of|auf (?:die )?)\s*(?:the\s+)?(?:vat|tax|mwst|mehrwertsteuer|tva|iva)\b[^.]{0,60}?\b(?:paying|paid|pay|charged|bezahlen|zahlen|payent|paient|pagan|pagando)\b/;
/** Labels no scanner reads, on all of them or by the dozen: "the barcode on all of them wont scan at the courier depot", "un code-barres que la douchette ne lit plus … 90 colis". */
const BARCODES_DEAD =
  /\b(?:barcodes?|bar codes?|codes?-barres?|strichcodes?|barcode\w*|codigos? de barras)\b[^.;]{0,40}?\b(?:won'?t|wont|will not|don'?t|doesn'?t|no longer|can'?t|cannot|ne (?:lit|lisent) plus|ne passent? plus|lasst sich nicht|lassen sich nicht|no (?:se )?(?:lee|leen|escanea|escanean))\s*(?:scan|read|lesen|scannen)?\b/;
/** Nearly all of a kind said: "on all of them", "the whole morning's lot", a count by the dozen. */
const ALL_OR_DOZENS = /\b(?:all|every|the whole|alle|toutes|tous|todas|todos)\b|\b\d{2,}\b/;
/** A page hanging for most visitors: "Add to cart spins for most visitors and gives up after 30 s". */
const HANGS_FOR_MOST =
  /\b(?:spins?|spinning|hangs?|hanging|loads? forever|times? out)\s+(?:for|bei|pour|para)\s+(?:most|nearly all|almost all|the majority of|die meisten|la plupart des|la mayoria de)\s+(?:visitors|customers|shoppers|users|people|besucher|kunden|clients|visiteurs|clientes|usuarios)\b|\b(?:every|each|all)\s+(?:\w+\s+)?(?:pages?|requests?|checkouts?)\s+(?:hangs?|spins?|times? out)\b/;
/** A database close to stopping writes to protect itself: "must be vacuumed within 1000345 transactions", "very close to the shutdown limit". */
const WRAPAROUND_NEAR = /\bmust be vacuumed within\b|\b(?:close to|near|approaching) the (?:wraparound|shutdown) limit\b|\bdoit etre vacuumee dans\b|\bnot accepting commands to avoid wraparound\b/;
/** A replication slot keeping more WAL than the disk has left: "retaining 180GB of WAL. free space 12GB". */
const WAL_OUTGROWS_DISK = /\b(?:retaining|retains|holding|holds)\s+\d[\d.,]*\s?(?:gb|tb)\s+(?:of\s+)?wal\b[\s\S]{0,60}?\bfree(?: space| disk)?\s*(?::|is|of|left)?\s*\d[\d.,]*\s?(?:gb|mb)\b/;
/** Disputes past the provider's threshold: "dispute ratio 1.8% this month, threshold 1%". */
const DISPUTES_OVER = /\b(?:dispute|chargeback|contracargos?|litiges?|ruckbuchungs?)\s*(?:ratio|rate|quote|tasa|taux)\b(?:[^.;]|\.(?=\d)){0,50}?\b(?:threshold|limit|seuil|umbral|grenzwert|schwelle)\b/;
/** No sale since a clock time where there are usually many: "last order that went through was 9:40 … we usually get 20 odd by lunch". */
const LAST_ORDER_AT =
  /\blast (?:order|sale|payment) (?:that )?(?:went through |came in |was placed )?(?:was )?(?:at )?\d{1,2}[:.h]\d{2}\b[\s\S]{0,120}?\b(?:usually|normally|normalement|normalerweise|normalmente|d'?\s?habitude|sonst)\b/;
/** A counter of orders standing still: "the order counter hasn't moved since half ten". */
const COUNTER_STILL = /\b(?:order|orders|sales) (?:counter|count|ticker)\s+(?:hasn'?t|has not|hasnt|haven'?t) (?:moved|changed|gone up)\b/;
/** Customers' baskets or orders emptied: "les paniers des clients sont vides", "die Warenkörbe sind alle leer", "los carritos están vacíos". */
const BASKETS_EMPTIED =
  /\b(?:paniers|commandes|fiches produits)\b[^.;]{0,20}?\bsont (?:tous |toutes )?(?:vides|effaces|effacees|perdus|perdues)\b|\b(?:warenkorbe|bestellungen|produkte)\b[^.;]{0,20}?\bsind (?:alle )?leer\b|\b(?:carritos|pedidos|productos)\b[^.;]{0,20}?\bestan (?:todos )?vacios\b/;
/** Captures failing by the dozen as authorisations lapse: "40 emails from PayBridge 'capture failed: authorization expired' in the last hour". */
const CAPTURES_LAPSING = /\b\d{2,}\s+(?:e-?mails|mails|notifications|alerts|messages|webhooks)\b[^;]{0,40}?['"‘“]?capture failed:?\s*['"‘“]?\s*(?:authori[sz]ation|auth) expired\b/;
/** A job or worker going round on the same records: "it's looping on the same orders". */
const STILL_LOOPING = /\b(?:it'?s|it is|is|keeps?) looping\b|\bon (?:a )?loop\b/;
/** Goods sold for a coin: "the shop is sellin them big crocks for a penny apiece". */
const SOLD_FOR_A_COIN = /\b(?:sell\w*|sold|verkauf\w*|vend\w*)\b[^.;]{0,40}?\b(?:for|at|fur|zu|pour|a|por)\s+(?:a|one|1|un|una|einen?)\s+(?:penny|cent|centime|centavo|pfennig)\b/;
/** Amounts taken a hundred times over: "älle Beträg mal hundert abbucht", "charged every amount times 100". */
const AMOUNTS_TIMES_HUNDRED =
  /\b(?:betrag\w*|amounts?|prices?|preise?|montants?|prix|importes?|montos?|cobros?)\b[^.;]{0,40}?\b(?:mal|times|x|fois|por)\s*(?:hundert|100|a hundred|cent|cien)\b[^.;]{0,30}?\b(?:abgebucht|abbucht|belastet|charged|taken|debite\w*|preleve\w*|cobrad\w*)|\b(?:abgebucht|abbucht|belastet|charged|taken|debite\w*|preleve\w*|cobrad\w*)\b[^.;]{0,30}?\b(?:mal|times|x|fois|por)\s*(?:hundert|100|a hundred|cent|cien)\b/;
/** No one able to any more, in French and Spanish: "personne n'arrive plus à ouvrir la boutique", "ya nadie puede pagar". Down, and now. */
const NO_ONE_ANY_MORE = /\bpersonne (?:ne |n['’ ]?\s?)(?:peut|arrive|reussit|parvient) plus\b|\bplus personne ne (?:peut|arrive)\b|\bya nadie (?:puede|logra|consigue)\b|\bnadie (?:puede|logra|consigue) ya\b/;
/** Every refund paid out twice: "every refund issued since the 10:15 deploy has gone out twice". */
const REFUNDS_TWICE =
  /\b(?:refunding|erstattet|rembourse|reembolsa)\s+(?:the\s+|each\s+|every\s+|den\s+|le\s+|al\s+)?(?:customer|customers|kunden|client|clients|cliente|clientes)\s+(?:twice|two times|doppelt|zweimal|deux fois|dos veces)\b|\b(?:refunds?|erstattung(?:en)?|ruckerstattung(?:en)?|remboursements?|reembolsos?)\b[^.;]{0,60}?\b(?:gone out|went out|go out|goes out|issued|paid out|been paid|sent|ausgezahlt|uberwiesen|erstattet|partis?|verses?|emis|pagad[oa]s?|enviad[oa]s?|hech[oa]s?)\s+(?:twice|double|two times|doppelt|zweimal|deux fois|en double|dos veces|por duplicado)\b/;
/** Refunds going out that nobody here made: "212 reembolsos … y nosotros no hemos aprobado ni uno", "154 refunds, none asked for by customers". */
const REFUNDS_NOT_OURS =
  /\b(?:refunds?|reembolsos?|erstattungen|ruckerstattungen|remboursements?)\b[^.;]{0,80}?\b(?:none (?:of them )?(?:asked for|requested|approved)|(?:we|nobody here|no one here) (?:didn'?t|did not|never|haven'?t|have not) (?:approve|issue|make|ask|start)\w*|no hemos (?:aprobado|hecho|pedido)|nadie (?:ha )?(?:aprobado|pedido)|(?:keine|niemand) (?:davon )?(?:beantragt|freigegeben|veranlasst)|aucun(?:e)? (?:n'a ete )?(?:demande|approuve)e?s?)\b/;
/** A bill growing by the hour: "jede Stunde 9 € mehr", "another $40 every hour". */
const COST_CLIMBING =
  /\b(?:every|each|per|jede|chaque|cada)\s+(?:hour|stunde|heure|hora)\s+(?:\d+[.,]?\d*\s*(?:€|\$|£|eur|euros?|dollars?)|(?:€|\$|£)\s*\d+[.,]?\d*)\s*(?:more|mehr|de plus|mas)\b|\b(?:another|noch(?: mal)?|encore|otros)\s+(?:\d+[.,]?\d*\s*(?:€|\$|£|eur|euros?|dollars?)|(?:€|\$|£)\s*\d+[.,]?\d*)\s+(?:every|each|per|jede|chaque|cada)\s+(?:hour|stunde|heure|hora)\b/;
/** Orders vanishing: "half the carts go to a server with last month's database … customers see old prices and their orders vanish". */
const ORDERS_VANISH =
  /\b(?:their |the |our |customers'? |new )?(?:orders|bestellungen|commandes|pedidos)\s+(?:just\s+)?(?:vanish|disappear|verschwinden|disparaissent|desaparecen)\b/;
/** A database that takes no more writes: "postgres started refusing writes", "die Datenbank nimmt keine Schreibzugriffe mehr an". */
const WRITES_REFUSED =
  /\b(?:postgres\w*|mysql|mariadb|database|db|datenbank|base de donnees|base de datos)\b[^.;]{0,20}?\b(?:refus\w*|rejects?|rejecting|won'?t (?:take|accept)|verweigert|nimmt keine|rechaza\w*)\s+(?:all\s+|any\s+)?(?:writes|inserts|connections|schreibzugriffe|ecritures|escrituras|conexiones)\b/;
/** A sales figure at a third of the usual or less: "cart adds per hour a third of last Saturday". */
const FRACTION_OF_USUAL =
  /\b(?:a|one) (?:third|quarter|fifth|tenth|fraction) of (?:last \w+|yesterday'?s?|the usual|usual|normal|what we (?:usually|normally) (?:get|see|do))\b|\bein (?:drittel|viertel|zehntel) (?:von|vom|wie) (?:letzte\w*|gestern|sonst|normal)\b|\bun (?:tiers|quart|dixieme) (?:de|du|d'?\s?) ?(?:samedi|dimanche|hier|habitude|la normale)\b|\bun (?:tercio|cuarto|decimo) (?:de lo (?:normal|habitual)|del \w+ pasado|de ayer)\b/;
/** Most requests answered with a server error: "most storefront requests come back 502". */
const MOST_REQUESTS_FAIL =
  /\bmost (?:\w+ )?(?:requests|calls|page ?views|pages|visitors|customers) (?:come back|return|get|answer|end in|fail with)\s+(?:an? |with )?(?:5\d\d|errors?|timeouts?)\b/;
/** A lock held for minutes with work piling up behind it: "la migration tient un verrou exclusif depuis 22 minutes et la file des paiements dépasse 2 000". */
const LOCK_HELD =
  /\b(?:exclusive lock|lock|locks|verrou(?: exclusif)?|sperre|bloqueo)\b[^.;]{0,30}?\b(?:for|since|depuis|seit|desde hace|desde)\s+\d+\s*(?:min|mins|minutes?|minuten|minutos)\b[^.]{0,60}?\b(?:queue|queued|file|warteschlange|cola|waiting|attente|en attente|wartend|warten|esperando)\b/;
/** Every parcel under one tracking number, or sent to one address: "every label … scans as the same tracking number". */
const ONE_LABEL_FOR_ALL =
  /\b(?:every|each|all(?: the)?|jede\w*|alle|chaque|toutes les|cada|todas las)\s+(?:\w+\s+){0,5}?(?:labels?|parcels?|packages?|etiketten|pakete|etiquettes|colis|etiquetas|paquetes)\b[^.;]{0,40}?\bsame (?:tracking number|address|label)\b/;
/** Prices shown in cents while people pay them: "le prix est affiché en centimes : 2490 € … Et certains ont payé !". */
const PRICE_IN_CENTS =
  /\b(?:prix|price|prices|preis|preise|precio|precios)\b[^.;]{0,30}?\b(?:en|in)\s+(?:centimes|cents|cent|centavos|centimos)\b(?=[^]*\b(?:ont paye|have paid|paid|haben bezahlt|bezahlt|pagaron|han pagado)\b)/;
/** Every order or pick list carrying ten of a thing instead of one: "uf de Rüstlischte stönd bi jedere Bestellig 10 Nusstorte statt 1". */
const QUANTITY_INSTEAD =
  /\b(?:every|each|all|jede\w*|alle|chaque|toutes|cada|todos)\s+(?:\w+\s+){0,3}?(\d{1,3})\s+(?:\w+\s+){0,2}?(?:statt|anstatt|instead of|au lieu de|en lugar de|en vez de)\s+(?:1|one|eins?|une?|uno|una)\b/;
/**
 * Prices entered in euros where cents were meant, or the reverse, while orders come in at them: "d'neie Preis … en Euro statt en Cent …
 * seit achte send scho 90 Bschtellunga drin", "quedó en soles como si fueran centavos … ya van como ochenta pedidos".
 */
const UNITS_MIXED =
  /\b(?:soles|pesos|euros?|dollars?|dolares|francs?|franken)\s+(?:como si fueran|as if (?:they were|it was)|comme si c'?\s?etait des|als ob es)\s+(?:cents?|centavos|centimos|centimes|rappen)\b|\b(?:in |en |im )?(?:euros?|eur|pounds|dollars|franken)\s+(?:statt|anstatt|instead of|au lieu de|en lugar de|en vez de)\s+(?:in |en |im )?(?:cents?|centimes|centimos|pence|rappen)\b|\b(?:in |en |im )?(?:cents?|centimes|centimos|pence|rappen)\s+(?:statt|anstatt|instead of|au lieu de|en lugar de|en vez de)\s+(?:in |en |im )?(?:euros?|eur|pounds|dollars|franken)\b/;

/** Orders counted by the dozen. */
const ORDERS_COUNTED = /\b\d{2,}\s+(?:orders|bestellungen|bstellungen|bschtellunga|commandes|pedidos)\b/;

/** Orders counted on a usual day: "every day we have ca. 15 orders before lunch", "we do 60 orders a day". */
const USUAL_ORDERS =
  /\b(?:every day|each day|daily|jeden tag|taglich|chaque jour|cada dia|todos los dias)\b[^;]{0,30}?\b(\d+)\s+(?:orders|sales|bestellungen|commandes|ventes|pedidos|ventas)\b|\b(\d+)\s+(?:orders|sales|bestellungen|commandes|ventes|pedidos|ventas)\s+(?:a|per|each|am|pro|par|al|por)\s+(?:day|tag|jour|dia)\b/g;
/** Today's count, just after: "Today zero", ", 3 today", "hoy ni uno". */
const TODAYS_ORDERS =
  /^[^;]{0,40}?(?:\b(?:today|heute|aujourd'?\s?hui|hoy)\b[\s:,-]{0,3}(zero|none|nothing|null|keine|aucune|cero|ninguno|\d+)\b|\b(zero|none|keine|aucune|cero|ninguno|\d+)\s+(?:so far\s+)?(?:today|heute|aujourd'?\s?hui|hoy)\b)/;
/** A fourth of the usual orders or fewer: the shop is not selling. */
const FELL_TO = 0.25;
/** The orders of the day against a usual day's, as said: "every day we have ca. 15 orders before lunch. Today zero." */
function ordersFell(folded: string): string | undefined {
  for (const usual of folded.matchAll(USUAL_ORDERS)) {
    const today = TODAYS_ORDERS.exec(folded.slice((usual.index ?? 0) + usual[0].length));
    if (!today) continue;
    const count = today[1] ?? today[2];
    const made = /^\d+$/.test(count) ? Number(count) : 0;
    if (made <= Number(usual[1] ?? usual[2]) * FELL_TO) return `${usual[0]}${today[0]}`;
  }
  return undefined;
}

/** Today's orders, counted: "9 orders today", "on a 2 commandes aujourd'hui", "d'Bestellige vo hüt: s'Dashboard zeigt 4 Stück". */
const TODAY_COUNT =
  /\b(\d+)\s+(?:orders?|sales?|commandes?|ventes?|bestellungen|bestellige|bstellungen|stuck|pedidos?|ventas?)\s+(?:so far\s+)?(?:today|aujourd'?\s?hui|heute|hut|heit|hoy)\b|\b(?:orders?|commandes?|bestellungen|bestellige|pedidos?)\s+(?:of\s+|vo\s+|von\s+|de\s+)?(?:today|aujourd'?\s?hui|heute|hut|hoy)\b[^.;]{0,30}?\b(\d+)\b/;
/** Yesterday's, at the same time: "Yesterday this time we were at 180-something", "Hier à midi on était à 61", "geschter um die gliichi Zyt sinds 212 gsi". */
const YESTERDAY_COUNT = /\b(?:yesterday|hier|gestern|geschter|ayer)\b[^.;]{0,40}/;
/** Today's orders at a fourth of yesterday's or fewer, of a day with ten or more. */
function belowYesterday(folded: string): string | undefined {
  const today = TODAY_COUNT.exec(folded);
  const yesterday = YESTERDAY_COUNT.exec(folded);
  if (!today || !yesterday) return undefined;
  const counts = [...yesterday[0].matchAll(/\b(\d+)\b(?!\s*(?::|h\b|uhr\b|am\b|pm\b))/g)].map((m) => Number(m[1]));
  const before = Math.max(0, ...counts);
  const said = yesterday[0].slice(0, yesterday[0].indexOf(String(before)) + String(before).length);
  return before >= 10 && Number(today[1] ?? today[2]) <= before * FELL_TO ? `${today[0]} … ${said}` : undefined;
}

/** The usual count by this hour beside nothing now: "the order list is just empty … Usually I've got thirty by now". */
const USUAL_BY_NOW =
  /\b(?:usually|normally|normalerweise|sonst|d'habitude|normalement|normalmente|habitualmente)\b[^.;]{0,30}?\b(?:\d+|twenty|thirty|forty|fifty|a dozen|zwanzig|dreissig|vierzig|vingt|trente|quarante|veinte|treinta|cuarenta)\b(?:[^.;]{0,20}?\b(?:by now|by this time|um diese zeit|a cette heure|a esta hora)\b|\s+(?:orders\s+)?(?:an|a|per|pro|par|por)\s+(?:hour|stunde|heure|hora)\b)/;
/** Nothing there now: "the order list is just empty", "nothing happens". */
const NONE_NOW = /\b(?:empty|nothing|none|zero|leer|nichts|keine|vide|rien|aucune?|vacia|vacio|nada|ninguno)\b/;
/** The usual count by this hour, or per hour, said after nothing now. */
function usualByNow(folded: string): string | undefined {
  const usual = USUAL_BY_NOW.exec(folded);
  return usual && NONE_NOW.test(folded.slice(0, usual.index)) ? usual[0] : undefined;
}
/** A sales count against its usual, as an operator pastes it: "checkouts completed last 30 min: 1 vs ~20 baseline", "Carritos … 2 (un domingo normal: 140)". */
const AGAINST_BASELINE =
  /\b(?:checkouts?|orders?|sales|carts?|cart adds|baskets?|carritos|pedidos|ventas|bestellungen|warenkorbe|commandes|paniers|ventes)\b[^.;]{0,50}?(?<![\d.,])(\d+)\s*(?:\(|,)?\s*(?:vs\.?|versus|against|gegen|contre|contra|frente a|statt|au lieu de|en vez de|\()?[^\d.;]{0,30}?\b(?:baseline|normal\w*|usual\w*|typical\w*|sonst|gewohnlich\w*|d'habitude|habitu\w*|vs\.?|versus|last \w+|letzte\w* \w+)\b[^\d.;]{0,20}?(\d+)/;
function belowBaseline(folded: string): string | undefined {
  const said = AGAINST_BASELINE.exec(folded);
  return said && Number(said[2]) >= 10 && Number(said[1]) <= Number(said[2]) * FELL_TO ? said[0] : undefined;
}
/** The same mail sent FLOOD_AT times or more. */
function mailFlood(folded: string): string | undefined {
  const over = SAME_MAIL_OVER.exec(folded);
  return over && Number(over[1] ?? over[2] ?? over[3] ?? over[4]) >= FLOOD_AT ? over[0] : undefined;
}
/** A price charged at a tenth or ten times what it should be: "4 500 € au lieu de 45 €, et elles ont été débitées". */
const PRICE_INSTEAD =
  /(\d[\d ,.]*)\s*(?:€|eur|euros?|£|\$|kr)?\s+(?:au lieu de|instead of|statt|anstatt|en lugar de|en vez de)\s+(?:€|£|\$)?\s*(\d[\d ,.]*)/;
/** Money taken for it: debited, charged, paid, or a count of orders placed at it ("212 orders … at £1.00 instead of £189"). */
const TAKEN = /\b(?:debite\w*|debit\w*|charged|taken|abgebucht|belastet|cobrad[oa]s?|cobraron|cobran|paid|paye\w*|bezahlt|pagad[oa]s?|pagaron|\d+ orders|\d+ bons|\d+ commandes|\d+ pedidos|\d+ bestellungen|\d+ slips)\b/;
/** Far enough from the price to be no rounding: ten times, or a tenth. */
const PRICE_OFF_BY = 10;
/** An amount as written ("4 500", "12,50", "1,250.00"), as a number. */
const amount = (said: string) => Number(said.trim().replace(/[ ,.](?=\d{3}\b)/g, '').replace(',', '.'));
function priceInstead(folded: string): string | undefined {
  const said = PRICE_INSTEAD.exec(folded);
  if (!said || !TAKEN.test(folded)) return undefined;
  const [charged, price] = [amount(said[1]), amount(said[2])];
  return price > 0 && (charged / price >= PRICE_OFF_BY || price / charged >= PRICE_OFF_BY) ? said[0] : undefined;
}

/** The patterns of each kind of harm, in the order tried; records being wiped are data lost, and now. */
const BY_KIND: readonly (readonly [readonly string[], readonly RegExp[]])[] = [
  [['money'], [DEBITS_PER_ORDER, CANCELLED_BUT_CHARGED, SAME_PAYMENT_REPEATED, MONEY_MISSING, A_FRACTION_OF, PAID_HEARD_NOTHING, NOTHING_PAID_OUT, BOOKED_OVER_AND_OVER, PAID_NOTHING_KEPT, BOOKED_AS_RETURNED, REFUNDS_TWICE, SELLING_WHAT_IS_GONE, TAX_TWICE, CAPTURES_LAPSING, REFUNDS_NOT_OURS, DISPUTES_OVER, SOLD_FOR_A_COIN, AMOUNTS_TIMES_HUNDRED, COST_CLIMBING, PRICE_IN_CENTS]],
  [['exposure'], EXPOSURE_EFFECTS],
  [['outage'], [BASKET_EMPTIES, NOTHING_CAN_BE_DONE, SHOP_STRIPPED, BLANK_IN_GERMAN, SITE_SUSPENDED, HOST_STOPPED, TODAY_ONLY, ZERO_AGAINST_USUAL, LOGIN_LOOP, NEVER_ARRIVE, DOMAIN_EXPIRED, HANGS_FOR_MOST, WRAPAROUND_NEAR, WRITES_REFUSED, FRACTION_OF_USUAL, MOST_REQUESTS_FAIL, LOCK_HELD, WAL_OUTGROWS_DISK, LAST_ORDER_AT, COUNTER_STILL]],
  [['data_loss'], [SAME_ADDRESS_ON_ALL, PRODUCTS_GONE, ORDERS_GONE, ORDERS_WRITTEN_OVER, PICTURES_GONE, ONE_NUMBER_FOR_ALL, QUANTITY_INSTEAD, PICK_LIST_WRONG, BASKETS_EMPTIED, ORDERS_VANISH, ONE_LABEL_FOR_ALL]],
  [['data_loss', 'now'], [BEING_WIPED, MORE_GONE_EACH_TIME]],
  [['outage', 'now'], [NO_ONE_ANY_MORE]],
  [['intrusion'], INTRUSION_EFFECTS],
  [['now'], [STILL_LOOPING]],
];
/** A page left spinning: "the website sits on a grey spinner when you press the basket". An outage when everyone sees it (urgency.ts). */
export const LEFT_SPINNING =
  /\b(?:site|website|shop|page|checkout|basket|cart|seite|pagina|tienda|boutique|kasse)\b[^.;]{0,30}?\b(?:sits on|stuck on|hangs on|stays on|just shows|bleibt (?:beim|auf dem|auf einem)|reste sur|se queda en)\s+(?:a\s+|the\s+|einem\s+|dem\s+|un\s+|une\s+|el\s+|la\s+)?(?:grey\s+|gray\s+|white\s+)?(?:spinner|loading wheel|ladekreis|sablier|ruedita|rueda)\b|\b(?:checkout|page|site|shop|cart|basket)\s+(?:just\s+)?(?:spins|keeps spinning)\b/;

/** Every pattern of this module, for the warm-up (urgencyWarmUp.ts `compilePatterns`). */
export const EFFECT_PATTERNS: readonly RegExp[] = [
  ...BY_KIND.flatMap(([, tried]) => tried), WARNING_INSTEAD, LEFT_SPINNING, USUAL_ORDERS, TODAYS_ORDERS, SAME_MAIL_OVER, PRICE_INSTEAD, USUAL_BY_NOW, NONE_NOW, TODAY_COUNT, YESTERDAY_COUNT, AGAINST_BASELINE, UNITS_MIXED, ORDERS_COUNTED, BARCODES_DEAD, ALL_OR_DOZENS,
];

/** The harms told by their effect, by kind, as said (the first of each kind); records being wiped are also happening now. */
export function effectsIn(folded: string): ReadonlyMap<string, string> {
  const found = new Map<string, string>();
  for (const [concepts, tried] of BY_KIND) {
    const said = tried.reduce<string | undefined>((first, pattern) => first ?? pattern.exec(folded)?.[0], undefined);
    if (said !== undefined) for (const concept of concepts) if (!found.has(concept)) found.set(concept, said);
  }
  const unscanned = BARCODES_DEAD.exec(folded);
  const fell = found.has('outage')
    ? undefined
    : (ordersFell(folded) ?? usualByNow(folded) ?? belowYesterday(folded) ?? belowBaseline(folded) ?? mailFlood(folded) ?? (unscanned && ALL_OR_DOZENS.test(folded) ? unscanned[0] : undefined));
  if (fell !== undefined) found.set('outage', fell);
  const charged = found.has('money') ? undefined : (priceInstead(folded) ?? (ORDERS_COUNTED.test(folded) ? UNITS_MIXED.exec(folded)?.[0] : undefined));
  if (charged !== undefined) found.set('money', charged);
  return found;
}
