// Someone else at work in the shop: a page defaced, the admin entered, money sent elsewhere, the shop's name used (urgency.ts weighs it).
import * as terse from './urgencyTersePatterns';

/** The shop's front page, in the four languages. */
const FRONT_PAGE = String.raw`home ?page|storefront|front page|landing page|startseite|page d.?accueil|portada|pagina de inicio`;
/** What a stranger puts on the front page: a skull, a casino, a text in a language nobody here reads. */
const STRANGE_CONTENT = String.raw`skull|totenkopf|tete de mort|calavera|casino|language (?:i|we) (?:can'?\s?t|cannot|don'?\s?t) read|(?:text|texte|message|nachricht|mensaje|texto)\w*\s+(?:auf|in|en)\s+(?:russisch|chinesisch|arabisch|russian|chinese|arabic|russe|chinois|arabe|ruso|chino)`;
/** A page of the shop replaced by someone else's content ("the hero image is replaced by a banner with an insult", "now shows a casino ad"). */
const DEFACED = new RegExp(
  String.raw`\b(${FRONT_PAGE}|hero|banner|logo)\b.{0,40}?\b(replaced|swapped|changed|now shows|ersetzt|remplace\w*|reemplazad[oa]|cambiad[oa])\b.{0,60}?\b(insult\w*|casino|crypto|porn\w*|viagra|gambling|betting|scam|hacked by|offensive|obscene|beleidigung\w*|insulte\w*|insulto\w*|apuestas)\b`,
);
/** The shop's front page showing a political message: defaced, as the replaced banner is. */
const DEFACED_MESSAGE = new RegExp(
  String.raw`\b(${FRONT_PAGE})\b.{0,40}?\b(shows?|showing|displays?|affiche|zeigt|muestra)\b.{0,20}?\b((political|politische\w*)\s+(messages?|banners?|text|slogans?|propaganda)|(messages?|bannieres?|textes?|slogans?|mensajes?|nachricht|botschaft|parolen?)\s+(politiques?|politicos?|politicas?|politische\w*)|propaganda)\b`,
);
/**
 * The front page showing a stranger's content where the shop's was: "front page is showing a picture of a skull and some message in a
 * language I can't read instead of my jars", "auf unserer Startseite steht statt der Kollektion irgendein Text auf Russisch".
 */
const STRANGE_CONTENT_INSTEAD = new RegExp(
  String.raw`\b(${FRONT_PAGE})\b[^.;]{0,40}?\b(shows?|showing|displays?|displaying|zeigt|steht|affiche|muestra|sale)\b[^.;]{0,80}?\b(${STRANGE_CONTENT})\b[^.;]{0,80}?\b(instead of|statt|anstelle|au lieu d[eu]|en lugar de|en vez de)\b|\b(${FRONT_PAGE})\b[^.;]{0,40}?\b(statt|instead of|anstelle|au lieu d[eu]|en lugar de|en vez de)\b[^.;]{0,60}?\b(${STRANGE_CONTENT})\b`,
);
/** A stranger's content where the shop's was, told after what went: "les images ont disparu et à la place y a un logo bizarre avec un message en russe". */
const STRANGE_IN_PLACE = new RegExp(
  String.raw`\b(a la place|instead|stattdessen|dafur|en su lugar|in (?:its|their) place)\b[^.;]{0,60}?\b(${STRANGE_CONTENT})\b|\b(${STRANGE_CONTENT})\b[^.;]{0,40}?\b(instead|a la place|stattdessen|en su lugar)\b`,
);
/** A defacer's signature on a page: "'hacked by x0r' where the hero banner should be". Its "should" describes the page. */
const SIGNED_DEFACEMENT = /\b(hacked|pwned|owned(?!\s+by\s+(?:the|a|an|its|their|each|whoever|his|her|our|your|one|that|this|another)\b)|defaced)\s+by['"’]?\s*\S+/;
/** A page's banner or logo replaced by a skull or a hacker's mark: "statt dem Banner … ein Totenkopf". */
const DEFACED_INSTEAD =
  /\b(statt|anstelle|instead of|au lieu d[eu]|en lugar de|en vez de)\s+(dem |des |der |the |our |du |de la |del |la |el )?(banner|logo|hero|startseite|homepage|home page|page d.?accueil|portada)\b.{0,80}?\b(totenkopf|skull|tete de mort|calavera|insult\w*|casino|porn\w*|hacked|owned|pwned)\b/;
/** A process on the server that nobody here started: "top shows a process called … eatin 390% cpu. none of us started it". */
const PROCESS_NOBODY_STARTED =
  /\b(?:process|prozess|processus|proceso)\b[^.]{0,80}?[.;,]?\s*(?:none of us|nobody here|no one here|nobody|no one|keiner von uns|niemand von uns|niemand|aucun de nous|personne ici|ninguno de nosotros|nadie aqui|nadie)\s+(?:\w+\s+)?(?:started|launched|installed|gestartet|installiert|lance|installe|inicio|arranco|instalo)\b/;
/** Money asked for the shop's data: "piden 2 bitcoins", "they want 0.5 BTC", a table "README_TO_RECOVER" saying "send 0.5 BTC to …". */
const RANSOM = /\bwants? (?:money|to be paid|paying)\s+(?:to tell|before (?:he|she|they) tells?|for telling)\b|\b(ask(ing|s)? for|demand\w*|want|wants|piden|pidiendo|exigen|exigiendo|fordern|fordert|verlangen|verlangt|demandent|demandant|exigent|reclament)\s+(\S+\s+){0,2}(bitcoins?|btc|monero|xmr)\b|\b(erpresserbrief|erpresserschreiben|losegeld\w*|rancon|pidiendo (un )?rescate)\b|\bsend\s+\d+(?:[.,]\d+)?\s*(?:bitcoins?|btc|monero|xmr)\b|\b(?:readme|read_me|how)_?to_?(?:recover|restore|decrypt)\b/;
/** The shop's bank details changed by someone nobody knows: "un inconnu a changé le RIB", "a stranger changed our payout account" (not "if a stranger changed…"). */
const BANK_DETAILS_CHANGED =
  /(?<!\b(?:if|si|wenn|falls|whether|ob)\s)\b(a stranger|an unknown|someone unknown|someone we don'?t know|un inconnu|une inconnue|ein fremder|eine fremde|unbekannte?r?|un desconocido|una desconocida|alguien desconocido)\b[^.;]{0,40}?(\b(changed|change|modifie|geandert|cambiado|cambio)\b[^.;]{0,30}?\b(bank details|bank account|iban|rib|payout account|bankverbindung|coordonnees bancaires|cuenta bancaria)\b|\b(bank details|bank account|iban|rib|payout account|bankverbindung|coordonnees bancaires|cuenta bancaria)\b[^.;]{0,30}?\b(changed|geandert|cambiado|modifie)\b)/;
/** Cards nobody knows tried on the checkout, one after the other: "Zahlungen über 0.50 Euro von Karten, die wir nicht kennen", "640 transactions of 1.00 EUR each … all from different cards". */
const CARD_TESTING =
  /\b(payments?|transactions?|charges?|zahlungen|transaktionen|abbuchungen|paiements|transactions|pagos|cargos|transacciones)\b(?:[^.;]|\.\d){0,80}?\b(cards?,? (that )?(we|i) (don'?t|do not|never) (know|recogni[sz]e)|unknown cards|(all )?from different cards|karten,? die (wir|ich) nicht kenne?n?|unbekannten karten|cartes (inconnues|differentes)|tarjetas (desconocidas|distintas|diferentes|que no conocemos))\b/;
/** The payout account changed by nobody here: "a new payout bank account added at 03:12 and it's not ours". */
const PAYOUT_ACCOUNT_NOT_OURS =
  /\b(payout|bank|auszahlungs|bankverbindung|compte de versement|cuenta de pago)\w*\s+(bank\s+)?(account|konto|compte|cuenta)?\s*(was\s+|has been\s+|wurde\s+)?(added|changed|hinzugefugt|geandert|ajoute|modifie|anadida|cambiada)\b[^.;]{0,40}?\b(not ours|isn'?t ours|is not ours|nicht unser\w*|pas le notre|no es nuestra|nobody here|none of us|i didn'?t|we didn'?t)\b/;
/**
 * The shop replaced by an intruder's page or picture, or sending its visitors to one: "a casino page instead of our shop", "a skull and
 * some text about bitcoin instead of our homepage", "photos replaced by an obscene image", "leitet auf eine Seite mit 'Gewinnspiel' weiter".
 */
const HIJACKED_TO =
  /\b(casino|gambling|porn\w*|skull|totenkopf|tete de mort|calavera|bitcoin|ransom)\b[^.;]{0,60}?\b(instead of|statt|anstelle|au lieu d[eu]|en lugar de|en vez de)\s+(our|the|unser\w*|notre|nos|nuestr[oa]s?|la|las|el|los)\s+(shop|site|store|homepage|home page|front page|startseite|boutique|tienda|portada|photos|pictures|images|bilder|fotos|imagenes)\b|\b(replaced|remplacee?s?|ersetzt|reemplazad[oa]s?)\s+(by|with|par|durch|por|con)\s+(une?\s+|an?\s+|ein\w*\s+|una?\s+)?(\w+\s+){0,3}?(obscene|obscenes?|porn\w*|offensive|obszon\w*|obscen[oa]s?|pornogra\w*|skull|totenkopf|tete de mort|calavera|ransom|bitcoin|crypto\w*|krypto\w*)\b|\b(serves?|serving|shows?|showing|zeigt|affiche|muestra)\s+(some(one)?\s+|an?\s+)?(other|another|fremde\w*|autre|otra)\s+(\w+'?s\s+)?(website|site|page|shop|seite|sitio|pagina)\b[^.;]{0,20}?\b(on|at|under|auf|sur|en)\s+(our|unser\w*|notre|nuestro)\b|\b(redirects?|redirecting|leitet|weitergeleitet|redirige|redirecciona|goes to|go to|leads to|takes (?:you|people|them) to|fuhrt zu|fuhren zu|mene a|menent a|lleva a|llevan a|renvoie vers|renvoient vers)\b[^.;]{0,60}?\b(casino|gambling|gewinnspiel|porn\w*|scam|lottery|loterie|sorteo)\b/;
/** Someone unknown at work in the shop's admin: "some1 inside admin changing prices rn", "alguien entró al panel de administración con la cuenta de Lucía". */
const INSIDE_THE_ADMIN =
  /\b(someone|somebody|some1|alguien|jemand|quelqu'?\s?un)\s+(is\s+|ist\s+|est\s+|esta\s+)?(inside|entro al?|entro en|ist im|est dans)\s+(the\s+|our\s+|el\s+|la\s+|le\s+|notre\s+)?(admin|backend|dashboard|panel)\b|\b(?:someone|somebody)(?:'s|\s+is)\s+in\s+(?:the|our)\s+(?:admin|backend|back office|dashboard)\b/;
/** Someone logged in with the shop's own admin account: "irgendwer hat sich mit meinem Admin-Zugang eingeloggt", "someone logged in as our admin". */
const LOGGED_IN_AS_US =
  /\b(someone|somebody|some1|irgendwer|jemand|quelqu'?\s?un|alguien)\s+(has\s+|hat\s+(sich\s+)?|a\s+|ha\s+|se\s+)?(logged(?= into\b)|signed(?= into\b)|logged in|signed in|eingeloggt|angemeldet|connecte|entro|inicio sesion|logueo)\b[^.;]{0,20}?\b(with|as|into|mit|avec|con|en|sur)\s+(my|our|the|meinem|unserem|dem|mon|notre|le|mi|nuestra|la)\s+(\S+\s+)?(admin\S*|account|login|zugang|konto|compte|cuenta)\b|\b(mit|with)\s+(meinem|unserem|my|our)\s+(admin\S*)\s+(eingeloggt|angemeldet|logged in)\b/;
/** A content swapped for an obscene or a casino one, told the other way round: "à la place de nos planches il y a une image obscène". */
const OBSCENE_INSTEAD =
  /\b(instead of|statt|anstelle|au lieu d[eu]s?|a la place d[eu]s?|en lugar de|en vez de)\b[^.;]{0,60}?\b(obscene|obscenes?|porn\w*|casino|obszon\w*|obscen[oa]s?|pornogra\w*)\b/;
/**
 * A stranger's work inside the shop: "a new admin user called 'support2' I've never seen", "every product description on the site now has a
 * link to a pharmacy site".
 */
const STRANGER_INSIDE =
  /\b(?:admin user|admin account|user|account|login)\s+called\s+['"‘’]?[\w.-]+['"‘’]?\s+(?:that\s+)?(?:i'?ve|i have|we'?ve|we have)\s+never\s+seen\b|\b(?:every|each|all(?: the)?)\s+product\s+descriptions?\b[^.;]{0,30}?\b(?:now\s+)?(?:has|have|contains?)\s+(?:a\s+)?links?\s+to\s+(?:an?\s+)?(?:pharmacy|casino|viagra|crypto|betting|porn\w*|gambling)\b/;
const ACCOUNT_NOBODY_ADDED =
  /\b(bank account|iban|payout account|bankkonto|konto|compte bancaire|compte|cuenta bancaria|cuenta|login|admin user|user|benutzer|utilisateur|usuario)\b[^.;]{0,50}?\b(that|which|das|den|que|qu'?\s?)\s*(neither \w+ nor (i|we)|none of us|nobody here|no one here|we never|i never|wir nie|ich nie|personne ici|nadie aqui)\s+(\w+\s+)?(added|set up|created|made|entered|hinzugefugt|angelegt|eingetragen|ajoute|cree|anadio|agrego|creo)\b|\b(versements?|virements?|payouts?|auszahlungen|pagos|transferencias)\b[^.;]{0,40}?\b(partent|vont|go|going|gehen|van|se van)\s+(vers|to|an|auf|a)\s+(un|an?|ein|una)\s+(compte|account|konto|cuenta)\b[^.;]{0,20}?\b(qu'?\s?on ne connait pas|que (nous ne connaissons|je ne connais) pas|(we|i) (don'?t|do not) (know|recogni[sz]e)|(den|das) (wir|ich) nicht kenne?n?|que no conocemos|desconocid[oa])\b/;
/** The admin's own password refused to all of them at once: "the admin password no longer works for any of us". Someone changed it. */
const LOCKED_OUT_OF_ADMIN =
  /\badmin\w*\s+(?:password|passwort|kennwort|mot de passe|contrasena|login)\b[^.;]{0,20}?\b(?:no longer works|doesn'?t work anymore|stopped working|funktioniert nicht mehr|geht nicht mehr|ne (?:marche|fonctionne) plus|ya no funciona)\s+(?:for any of us|for all of us|for anyone|fur keinen von uns|fur uns alle|pour aucun de nous|pour nous tous|para ninguno de nosotros|para nadie)\b/;
/** Orders each paid with another card, all alike: "forty orders for the same knife, each paid with a different card". */
const EACH_ANOTHER_CARD = /\b(each|every one|all|jede|chacune?|cada un[oa])\s+(paid\s+|bezahlt\s+|payee?s?\s+|pagad[oa]s?\s+)?(with|from|mit|avec|con)\s+(a\s+|einer\s+|une\s+|una\s+)?(different|other|anderen|autre|differente|distinta|diferente)\s+(cards?|karte|carte|tarjeta)\b/;
/** The front page greeting visitors with a stranger's offer: "the shop's front page greets folk with a big picture and text about a crypto giveaway". */
const FRONT_PAGE_OFFER = new RegExp(
  String.raw`\b(${FRONT_PAGE}|front page|shop'?s? (?:address|link))\b[^.;]{0,20}?\b(greets|shows|showing|displays|gives (?:them|us|you|people)|zeigt|affiche|muestra)\b[^.;]{0,60}?\b(crypto\w* giveaway|bitcoin giveaway|giveaway|gewinnspiel|casino|page selling|seite,? (?:die|wo) \w+ verkauft|page qui vend|pagina que vende)\b`,
);
/**
 * Customers sent to a site that is not the shop's, or asked for their card there: "la página de pago manda a los clientes a otra web … no es
 * la nuestra, y ahí les piden la tarjeta".
 */
const SENT_TO_ANOTHER_SITE =
  /\b(?:manda|mandan|lleva|llevan|redirige|envia|sends?|sending|takes?|redirects?|leitet|schickt|envoie|renvoie|emmene)\b[^.;]{0,40}?\b(?:otra web|otra pagina|otro sitio|another (?:site|website|page)|a different (?:site|website)|(?:eine )?andere (?:seite|webseite)|(?:un )?autre site)\b[^;]{0,80}?\b(?:no es la nuestra|not ours|isn'?t ours|nicht unsere|pas (?:le|la) notre|piden la tarjeta|asks? (?:them )?for (?:their |the )?card|nach der karte|demande (?:la|leur) carte)\b/;
/** A message "from us" asking for a card or a password: "a text he got 'from us' asking him to re-enter his card at a weird link". */
const PHISHING_AS_US =
  /\b(?:text|sms|mail|email|e-mail|message|nachricht|mensaje|courriel|correo)\b[^.;]{0,30}?['"‘“«]\s?(?:from us|von uns|de nous|de nuestra parte|de nosotros)\s?['"’”»][^.;]{0,40}?\b(?:card|karte|carte|tarjeta|password|passwort|mot de passe|contrasena)\b/;
/** Something on the shop nobody here put there: "Nosotros no pusimos eso", "we didn't put that there", "das haben wir nicht reingestellt". */
const NOT_PUT_BY_US =
  /\b(?:nosotr[oa]s no (?:pusimos|hemos puesto) (?:eso|esto|nada)|no lo (?:pusimos|hemos puesto) nosotr[oa]s|we (?:didn'?t|did not|never) put (?:that|this|it) (?:there|up|on)|das haben wir nicht (?:reingestellt|eingestellt|hingestellt|draufgemacht)|(?:ce|c'?\s?)n'?\s?est pas nous qui (?:l'?\s?)?avons mis|(?:nous )?on (?:n'?\s?)?a rien (?:ecrit|mis|ajoute)|nous n'?\s?avons rien (?:ecrit|mis|ajoute)|(?:keiner|niemand|kana|koana|koaner) (?:von|vo|vu) (?:uns|ins) (?:hat|hot|tuat|tut|macht) (?:das|des)\b[^.;]{0,15}?(?:geschrieben|hingeschrieben|hingschriebn|gemacht|gmacht|reingestellt)?|none of us (?:wrote|put|did|is doing) (?:that|this|it)|nosotr[oa]s no (?:mandamos|enviamos|hemos (?:mandado|enviado)) (?:eso|esto|nada)|we (?:didn'?t|did not|never) send (?:that|this|it|those|these)|das haben wir nicht (?:verschickt|gesendet|geschickt)|nous n'?\s?avons (?:pas|jamais) envoye (?:ca|cela|ce)|(?:das|des) (?:hat|hot) (?:keiner|niemand|kana|koana|koaner) (?:von|vo) (?:uns|ins))\b/;
/** Customers told their password was changed when they never touched it: someone else is in their accounts. */
const PASSWORD_CHANGED_BY_OTHERS =
  /\bpassword\s+(?:was|had been|has been|got)\s+changed\b[^.;]{0,30}?\b(?:never|didn'?t|did not)\b|\bpasswort\s+(?:wurde|sei)\s+geandert\b[^.;]{0,30}?\b(?:nie|nicht)\b|\bmot de passe\s+(?:a ete|avait ete)\s+(?:change|modifie)\b[^.;]{0,30}?\b(?:jamais|pas)\b|\bcontrasena\s+(?:fue|habia sido|ha sido)\s+cambiada\b[^.;]{0,30}?\b(?:nunca|no)\b/;
/** The domain moved away by someone: "the domain people sent a mail about a transfer I never asked for". */
const TRANSFER_NOT_ASKED =
  /\b(?:transfer|transfert|transferencia|ubertragung|umzug|change of owner)\b[^.;]{0,20}?\b(?:(?:i|we) never (?:asked for|requested|ordered|made)|(?:i|we) didn'?t (?:ask for|request)|que (?:nunca|no) (?:pedimos|pedi)|que (?:je|nous) n'?\s?(?:ai|avons) jamais demande|(?:die|den) (?:wir|ich) nie (?:beantragt|angefordert))\b/;
/** Another shop at our address, with a stranger's content: "abro la página y sale otra tienda, con letras raras y una calavera, no mis chullos". */
const ANOTHER_SHOP_SHOWN = new RegExp(
  String.raw`\b(?:sale|aparece|muestra|shows?|opens|zeigt|kommt|affiche)\s+(?:otra tienda|otra web|otro sitio|another shop|another store|someone else'?s shop|ein anderer (?:shop|laden)|eine andere seite|une autre boutique|un autre site)\b[^.;]{0,80}?\b(?:${STRANGE_CONTENT}|no (?:mis|nuestros?|nuestras?) \w+|not (?:my|our) \w+|nicht (?:meine|unsere) \w+|pas (?:mes|nos) \w+)`,
);
/** Another site full of a casino's adverts at our address, in German: "kimmt a ganz andere Seitn mit Kasinowerbung". */
const OTHER_PAGE_WITH_ADS = /\b(?:andere|fremde)\s+(?:seite|seitn|page)\s+mit\s+(?:kasino|casino|porno|krypto|wett)\w*/;
/**
 * An admin account nobody made, prices changed with nobody touching them, or products and prices changed by neither of the two who
 * could: "a new admin called support2 … none of us made it", "the wallets have all been repriced to $1. wasnt me and wasnt Shaz",
 * "new products called 'cheap rolex' keep appearing".
 */
const NOBODY_HERE_DID_IT =
  /\b(?:repriced|changed|deleted|added|edited|renamed|created)\b[^;]{0,40}?\b(?:wasn'?t|was not) me (?:and|or|nor) (?:wasn'?t|was not|not) \w+|\bnew (?:products?|items?|listings?|admins?|admin users?)\b[^.;]{0,40}?\bkeep (?:appearing|popping up|showing up|turning up)\b|\b(?:admin|user|account|login)\s+called\s+['"‘’]?[\w.-]+['"‘’]?[^.;]{0,40}?\b(?:none of us|nobody here|no one here|neither of us)\s+(?:made|created|added|set up)\b|\b(?:prices?|preise?|prix|precios?)\b[^.;]{0,40}?\bchanged\b[^.;]{0,30}?\bwithout (?:us|me|anyone|anybody) (?:touching|changing)\b/;

/** Every pattern of this module, for the warm-up (urgencyWarmUp.ts `compilePatterns`). */
export const INTRUSION_PATTERNS: readonly RegExp[] = [
  DEFACED, DEFACED_MESSAGE, STRANGE_CONTENT_INSTEAD, STRANGE_IN_PLACE, SIGNED_DEFACEMENT, DEFACED_INSTEAD, RANSOM, PROCESS_NOBODY_STARTED, BANK_DETAILS_CHANGED, CARD_TESTING, PAYOUT_ACCOUNT_NOT_OURS,
  HIJACKED_TO, INSIDE_THE_ADMIN, LOGGED_IN_AS_US, OBSCENE_INSTEAD, STRANGER_INSIDE, ACCOUNT_NOBODY_ADDED, LOCKED_OUT_OF_ADMIN, EACH_ANOTHER_CARD,
  FRONT_PAGE_OFFER, SENT_TO_ANOTHER_SITE, PHISHING_AS_US, NOT_PUT_BY_US, PASSWORD_CHANGED_BY_OTHERS, TRANSFER_NOT_ASKED, ANOTHER_SHOP_SHOWN, NOBODY_HERE_DID_IT, OTHER_PAGE_WITH_ADS,
];

/**
 * The first sign of an intruder, as said, and a defacer's signature on a page ("hacked by x0r"), which says on its own that the intruder
 * is at work.
 */
/** Someone using a hole already: "… et quelqu'un s'en sert", "and someone is already using it". */
const USING_IT = /\bet quelqu'?\s?un s'?\s?en sert\b|\b(?:and )?(?:someone|somebody|people) (?:is |are )?(?:already )?(?:using|exploiting) (?:it|this|that)\b(?! to (?:test|check))|\bund jemand nutzt (?:das|es) (?:schon )?aus\b|\by alguien (?:ya )?lo (?:esta usando|usa|aprovecha)\b/;
export function intruderSeen(folded: string): { signed: RegExpExecArray | null; intruded: RegExpExecArray | null } {
  const first = (...tried: readonly RegExp[]) => tried.reduce<RegExpExecArray | null>((match, pattern) => match ?? pattern.exec(folded), null);
  const signed = SIGNED_DEFACEMENT.exec(folded);
  const defaced = first(DEFACED, DEFACED_MESSAGE, DEFACED_INSTEAD, STRANGE_CONTENT_INSTEAD, STRANGE_IN_PLACE) ?? signed ?? RANSOM.exec(folded);
  const intruded =
    defaced ??
    first(HIJACKED_TO, PROCESS_NOBODY_STARTED, BANK_DETAILS_CHANGED, PAYOUT_ACCOUNT_NOT_OURS, CARD_TESTING, INSIDE_THE_ADMIN, LOGGED_IN_AS_US, OBSCENE_INSTEAD, ACCOUNT_NOBODY_ADDED, EACH_ANOTHER_CARD,
      terse.STRANGER_AT_WORK, terse.FOREIGN_CARD_FORM, terse.NOT_SENT_BY_US, terse.TAKEN_OVER, terse.PHISHING_FROM_OUR_ADDRESS, STRANGER_INSIDE, LOCKED_OUT_OF_ADMIN,
      FRONT_PAGE_OFFER, SENT_TO_ANOTHER_SITE, PHISHING_AS_US, NOT_PUT_BY_US, PASSWORD_CHANGED_BY_OTHERS, TRANSFER_NOT_ASKED, ANOTHER_SHOP_SHOWN, NOBODY_HERE_DID_IT, OTHER_PAGE_WITH_ADS, USING_IT);
  return { signed, intruded };
}
