// Data, cards or customers going where they must not, told by what is seen (urgencyEffects.ts weighs them with the other effects):
// a stranger's order on the confirmation page, the customer file for sale, a copy of the shop asking for the card, a program offered
// for download, the shop used to test stolen cards.

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
/** The names and streets of real customers on show: "the 'recent orders near you' ticker shows real first and last names and streets". */
const NAMES_ON_SHOW =
  /\bshows?\s+(?:real\s+)?(?:customers'?\s+)?(?:first and last\s+|full\s+)?names\s+and\s+(?:streets|addresses|home addresses)\b/;
/** What only the shop knows, in a stranger's message to its customers: "el SMS tiene su nombre y su último pedido. Eso solo lo sabemos nosotros". */
const ONLY_WE_KNOW =
  /\b(?:eso|esto) solo lo sabemos nosotros\b|\bonly we (?:know|have) (?:that|this)\b|\bdas wissen nur wir\b|\bil n'?\s?y a que nous qui (?:le )?savons\b/;
/** The full card number printed or sent where it should never be: "today's slips print the customer's full card number under the address". */
const FULL_CARD_SHOWN =
  /\b(?:print\w*|shows?|showing|appears?|is on|druckt|zeigt|steht|imprime\w*|affiche|aparece|muestra)\b[^.;]{0,30}?\b(?:full|whole|complete|entire|ganze|komplette|complet|completo)\s+(?:credit\s+)?card\s+numbers?\b|\b(?:full|whole|complete|ganze|komplette)\s+(?:credit\s+)?(?:card\s+numbers?|kartennummer\w*)\b[^.;]{0,40}?\b(?:printed|shown|on (?:the|every|each|her|his|their) (?:slips?|labels?|confirmation|emails?|invoices?)|gedruckt|steht)\b|\bnumero (?:complet|completo) de (?:la |su )?(?:carte|tarjeta)\b|\bcard numbers?\s+in full\b/;
/** Someone else's name on what a customer gets: "they see 'order confirmed' but with name of somebody other". */
const ANOTHERS_NAME = /\b(?:name|address|details|adresse|nombre|direccion)\s+(?:of|von|de|d'?\s?)\s*(?:somebody|someone|jemand|quelqu'?\s?un|alguien)\s+(?:other|else|anderem|anderes|d'?\s?autre|otro|mas)\b/;
/** A file of customers' details mailed to the whole list: "an e-mail from us with a file of the customers' addresses attached … it went to the whole mailing list". */
const LIST_MAILED_OUT =
  /\b(?:file|list|spreadsheet|attachment|csv)\s+(?:of|with)\s+(?:the\s+|all\s+(?:the\s+)?|our\s+)?customers'?\s+(?:addresses|emails|e-mails|details|data)\b[^]{0,160}?\b(?:went to|sent to|mailed to|goes to)\s+(?:the\s+)?(?:whole|entire|all|every)\b/;
/** Customer data open on the internet: "our customer list is sitting open on the internet for anyone". */
const OPEN_ON_THE_INTERNET = /\b(?:customer|kunden|client|clientes)\w*\s+(?:list|data|database|liste|daten|donnees|datos)\s+(?:is\s+)?(?:sitting\s+|lying\s+)?open on the internet\b/;
/** Every order given one customer: "600 orders all with user_id 42". Whoever that is sees them all. */
const ORDERS_TO_ONE =
  /\b(?:every|all|\d+)\s+orders?\b[^.;]{0,50}?\b(?:belonging to|assigned to|all with|under)\s+(?:user|customer|user_id|customer_id)\s*#?\d+\b/;
/** The customers' data offered for sale: "in einem Telegram-Kanal wird unsere Kundenliste … verkauft", "our customer list is being sold on a forum". */
const DATA_SOLD =
  /\b(?:kundenliste|kundendaten|kundendatenbank|customer (?:list|data|database|emails)|customers'? (?:data|details|emails)|liste (?:de |des )?clients|donnees (?:des )?clients|fichier clients?|lista de clientes|datos de (?:los |nuestros )?clientes)\b[^.;]{0,60}?\b(?:verkauft|angeboten|for sale|being sold|sold|on sale|vendue?s?|a vendre|en vente|vendid[oa]s?|en venta|a la venta)\b/;
/** Card numbers sent off to another site as customers type: "our checkout page is sendin the card number off to some other website". */
const CARD_SENT_ELSEWHERE =
  /\b(?:sending|sendin|sends|sent|posting|posts|leaking|schickt|sendet|envoie|envoient|envia|manda)\b[^.;]{0,15}?\b(?:card numbers?|card details|card data|kartendaten|kartennummer\w*|numeros? de (?:la )?carte|donnees de (?:la )?carte|datos de (?:la )?tarjeta|numeros? de (?:la )?tarjeta)\b[^.;]{0,25}?\b(?:other|another|foreign|unknown|fremde\w*|andere\w*|autre|inconnu\w*|otro|otra|desconocid[oa])\s+(?:website|site|server|domain|webseite|seite|server|serveur|servidor|sitio|pagina|dominio|domaine)\b/;
/** Customers sent to another page when they pay, where they type their card: "la tienda está mandando a los clientes a otra página cuando le dan pagar". */
const SENT_TO_A_FAKE =
  /\b(?:sending|sends|redirect\w*|taking|takes|schickt|leitet|envoie|envoient|redirige\w*|manda\w*|envia\w*)\s+(?:\w+\s+){0,3}?(?:to|a|zu|auf|vers|sur|hacia)\s+(?:an?\s+|une?\s+|eine?\s+|einer\s+)?(?:other|another|different|fake|strange|weird|autre|fausse?|otra|otro|falsa|falso|rara|andere\w*|fremde\w*|falsche\w*)\s+(?:\w+\s+)?(?:page|site|website|domain|pagina|sitio|web|seite|webseite|domaine|dominio)\b(?=[^.;]{0,60}?\b(?:pay|paying|payment|pagar|pago|payer|paiement|bezahl\w*|checkout|kasse|card|tarjeta|carte|karte)\b)/;
/** A file of customers' data where anyone can fetch it: "on a forum there's a file salzburg-dirndl-customers.csv", "committed customers_export.csv to the public repo", "googled her name, the first hit was … shop_full.sql". */
const CUSTOMER_FILE_OUT =
  /\b(?:forum|telegram|pastebin|github|gitlab|google|googled|public repo|repo is public|web ?root|public_html)\b[^;]{0,120}?\b[\w-]*(?:customers?|kunden|clients?|users?|orders?|full|dump|backup)[\w-]*\.(?:csv|sql|sql\.gz|xlsx|json|bak|dump)\b/;
/** Secrets written where others read them, still: "it writes the whole charge request incl the bearer key into the log service the agency also has access to". */
const SECRETS_LOGGED =
  /\b(?:writes?|writing|logs?|logging|dumps?|prints?|schreibt|loggt|ecrit|escribe)\b[^.;]{0,50}?\b(?:bearer (?:key|token)s?|api[ _-]?keys?|secret keys?|live keys?|access tokens?|passwords?|card numbers?|cvv|cvc|kartennummern?|passworter|mots de passe|contrasenas|numeros de tarjeta)\b[^.;]{0,20}?\b(?:into|in|to|ins|dans|en)\s+(?:the |our |a |das |le |el |los |les )?(?:\w+\s+)?(?:logs?|log service|logging|logdatei|journaux|registros)\b/;
/** Another's account opened by a link, or customers' addresses shown by the search: "the wishlist share link … opens the owner's account page with their address". */
const ANOTHERS_ACCOUNT_OPEN =
  /\bopens? (?:up )?(?:the owner'?s|someone else'?s|another (?:customer|user|person)'?s|other (?:customers|users|people)'?s?) (?:account|order|address|profile)\w*\b|\b(?:search|recherche|suche|busqueda|buscador)\b[^.;]{0,40}?\b(?:shows?|displays?|affiche|zeigt|muestra)\s+(?:des |les |the |other |die |los |las |customers'? )?(?:e-?\s?mails?|adresses?|addresses|passwords?|mots de passe|kundendaten|correos)\b/;
/** The customers' data sold, said verb first: "venden la 'base clientes …'", "they're selling our customer list". */
const SELLING_OUR_DATA =
  /\b(?:venden|vende|verkaufen|verkauft|vendent|vend|selling|sells|sell)\s+(?:la |die |les |the |our |unsere? |nuestra |notre )?['"]?(?:base (?:de )?clientes|kundendaten|kundenliste|kundendatei|fichier clients?|base clients|customer (?:list|data|database|base))\b/;
/** A copy of the shop asking customers for their card: "a page that looks just like ours but asks them to enter their card number". */
const LOOKALIKE_ASKS =
  /\b(?:looks?|looking) (?:just |exactly )?like (?:ours|our (?:site|shop|page|website))\b[^.;]{0,60}?\b(?:card|password|bank details)\b|\bparecen? (?:igual (?:a|que)|identic[oa]s? a) (?:la nuestra|nuestra (?:pagina|tienda|web))\b[^.;]{0,60}?\b(?:tarjeta|contrasena)\b|\bressembl\w* (?:exactement )?a (?:la notre|notre (?:site|boutique|page))\b[^.;]{0,60}?\b(?:carte|mot de passe)\b|\bsieht (?:genau )?(?:so )?aus wie unser\w*\b[^.;]{0,60}?\b(?:karte|kartennummer|kartendaten|passwort)\b/;
/** Sent to a page unlike ours that asks for the card: "sent her off to a page that didn't look like ours … it wanted her whole card number". */
const UNLIKE_OURS_ASKS =
  /\bpage (?:that )?(?:didn'?t|doesn'?t|did not|does not) look like ours\b[^.;]{0,160}?\b(?:card number|card details|password)\b/;
/** Another customer's order shown to one: "the confirmation page showed me another customer's full order with their address". */
const ANOTHERS_ORDER_SHOWN =
  /\b(?:showed|shows|showing|displayed|displays)\s+(?:me\s+|us\s+|them\s+|her\s+|him\s+)?(?:(?:another|a different)\s+(?:customer|person|buyer|user)'?s?|someone else'?s|a stranger'?s)\s+(?:full |whole |entire )?(?:order|address|account|details)\b/;
/** A dashboard anyone may open with customers' data on it: "the grafana allows anonymous viewers and has a panel 'latest signups' with emails". */
const ANONYMOUS_CAN_READ =
  /\b(?:allows?|allowing|open to|erlaubt|autorise|permite)\s+anonymous\s+(?:viewers|access|users|reads?|visitors)\b[^.]{0,80}?\b(?:e-?mails?|addresses|customers|signups|orders|names|phone numbers)\b/;
/**
 * The whole list of subscribers or customers shown to whoever opens a page: "the unsubscribe link … shows the whole subscriber list
 * with emails", "zeigt die komplette Kundenliste", "affiche toute la liste des abonnés", "muestra toda la lista de suscriptores".
 */
const WHOLE_LIST_SHOWN =
  /\b(?:shows?|showing|displays?|displaying|lists?|listing|exposes?|exposing)\s+(?:\w+\s+)?(?:the\s+)?(?:whole|entire|full|complete)\s+(?:subscriber|customer|user|mailing|newsletter|e-?mail)s?\s+(?:list|database|table)\b|\b(?:zeigt|zeigen|listet)\s+(?:\w+\s+){0,2}?(?:die\s+)?(?:ganze|gesamte|komplette|vollstandige)\s+(?:kunden|abonnenten|newsletter|empfanger)\w*liste\b|\b(?:affiche|montre|expose)\s+(?:\w+\s+)?(?:toute la liste|la liste complete)\s+(?:des|de nos|de tous les)\s+(?:abonnes|clients|inscrits)\b|\b(?:muestra|ensena|expone)\s+(?:\w+\s+)?(?:toda la lista|la lista completa)\s+de\s+(?:los\s+)?(?:suscriptores|clientes|usuarios)\b/;

/** Data exposed, told by its effect, in the order tried. */
export const EXPOSURE_EFFECTS: readonly RegExp[] = [
  ONES_CART_TO_ALL, INDEXED_BY_SEARCH, NAMES_ON_SHOW, ONLY_WE_KNOW, FULL_CARD_SHOWN, ANOTHERS_NAME, LIST_MAILED_OUT, OPEN_ON_THE_INTERNET, ORDERS_TO_ONE, DATA_SOLD, CARD_SENT_ELSEWHERE, SENT_TO_A_FAKE, CUSTOMER_FILE_OUT, SECRETS_LOGGED, ANOTHERS_ACCOUNT_OPEN, SELLING_OUR_DATA, LOOKALIKE_ASKS, UNLIKE_OURS_ASKS, ANOTHERS_ORDER_SHOWN, ANONYMOUS_CAN_READ, WHOLE_LIST_SHOWN,
];

/** Customers sent to another page instead of ours and asked for the card there: "landen … auf einer Seite '…-login.ru' statt bei uns und sollen dort die Karte nochmal eingeben". */
const ELSEWHERE_ASKS_CARD =
  /\b(?:landen|landet|land|lands|landing|end up|ends up|ended up|are sent|get sent|redirected|umgeleitet|weitergeleitet|atterrissent|arrivent|redirigid[oa]s|terminan|acaban)\b(?:[^.;]|\.(?=\w)){0,80}?\b(?:statt bei uns|anstatt bei uns|instead of (?:on )?ours|instead of (?:on )?our (?:site|shop|page)|au lieu de chez nous|au lieu de notre (?:site|boutique|page)|en vez de (?:en )?(?:la nuestra|nuestra (?:pagina|tienda|web)))\b[^;]{0,80}?\b(?:karte|kartennummer|kartendaten|card|card number|carte|tarjeta)\b/;
/** Customers sent to a fake copy of the shop: "customers land on a fake copy of the shop that asks for their card". */
const FAKE_COPY =
  /\bfake\s+(?:copy|version|clone)\s+of\s+(?:the|our)\s+(?:shop|site|store)\b|\bfalsche[nr]?\s+(?:kopie|version)\s+(?:des|unseres)\s+shops\b|\bfausse copie (?:de la|du) (?:boutique|site)\b|\bcopia falsa de (?:la|nuestra) tienda\b/;
/** The shop asking its customers for what no shop asks: "the site asks for their card PIN and their bank login on a new page". Someone else's form. */
const ASKS_FOR_PIN =
  /\b(?:asks?|asking|asked)\s+(?:them\s+|customers\s+|people\s+|you\s+)?for\s+(?:their\s+|your\s+|the\s+)?(?:card\s+)?(?:pin|bank login|online banking (?:login|password))\b|\b(?:fragt|verlangt)\b[^.;]{0,30}?\b(?:pin|online-?banking)\b|\bdemande\b[^.;]{0,30}?\b(?:code pin|code secret de (?:la|leur) carte|identifiants bancaires)\b|\bpide\b[^.;]{0,30}?\b(?:el pin|pin de (?:la|su) tarjeta|clave del banco|banca en linea)\b/;
/** A program offered for download that nobody here made: "tried to make me download something called 'SeedShop-Invoice.exe'". */
const PROGRAM_OFFERED = /\b(?:download\w*|herunterlad\w*|telecharg\w*|descarg\w*)\b[^.;]{0,60}?\.(?:exe|msi|apk|scr|bat|vbs|jar|dmg)\b/;
/** A card form nobody here made: "a little box asking folk to type their card number into a form I have never seen". */
const CARD_FORM_INJECTED =
  /\b(?:box|form|field|pop-?up|fenster|formular|champ|formulaire|recuadro|formulario)\b[^.;]{0,40}?\b(?:card number|card details|kartennummer|numero de (?:la )?carte|numero de (?:la )?tarjeta)\b[^.;]{0,60}?\b(?:never seen|have never seen|nie gesehen|jamais vu|nunca (?:he )?visto|(?:a )?different company|another company)\b/;
/** Our shop used to try stolen cards: "150 cobros de 1 peso a tarjetas distintas", "someone is using the shop to test cards". */
const CARD_TESTING =
  /\b(?:usando|using|utilise|benutzt|nutzt)\s+(?:la tienda|the shop|our shop|la boutique|den shop|unseren shop)\s+(?:para|to|pour|um)\s+(?:probar|test|tester|testen|check)\s+(?:tarjetas|cards|cartes|karten)\b|\b\d+\s+(?:cobros|cargos|charges|abbuchungen|paiements|transactions|transacciones)\s+(?:de\s+|of\s+|von\s+)?(?:1|un|one)\s*(?:peso|euro|dollar|€|\$)[^.;]{0,40}?\b(?:tarjetas distintas|different cards|cartes differentes|verschiedenen? karten)\b/;
/** Our order e-mails carrying a link to someone else's shop: "the order emails … have got a link in 'em to some other store". */
const MAILS_LINK_ELSEWHERE =
  /\be-?mails?\b[^.;]{0,60}?\blink\b[^.;]{0,30}?\b(?:some other|another|a different|someone else'?s)\s+(?:store|shop|site|website)\b/;

/** An intruder at work, told by its effect, in the order tried. */
export const INTRUSION_EFFECTS: readonly RegExp[] = [FAKE_COPY, ELSEWHERE_ASKS_CARD, ASKS_FOR_PIN, PROGRAM_OFFERED, CARD_FORM_INJECTED, CARD_TESTING, MAILS_LINK_ELSEWHERE];
