import type { ConceptDefinition } from './lexicon';
import { DISTANCE_CONCEPTS } from './urgencyDistanceLexicon';
import { EXPOSURE_CONCEPTS } from './urgencyExposureLexicon';
import { INTRUSION_CONCEPTS } from './urgencyIntrusionLexicon';

/** More of the harm arriving as the message is written: "and more keep coming", "y siguen entrando", "es kommen minütlich mehr". */
export const MORE_ARRIVING_TERMS: readonly string[] = [
  'more keep coming', 'more keep arriving', 'keep coming', 'keeps coming', 'siguen entrando', 'siguen llegando', 'kommen immer mehr', 'kommen minutlich mehr', 'il en arrive encore', 'en arrivent encore',
  'pouring in', 'pouring into support', 'over and over', 'again and again', 'encore et encore', 'una y otra vez', 'no paran de entrar', 'no paran de llegar', 'flying in', 'part encore', 'partent encore',
  // "Already 96 customers, and it continue", "es hört nicht auf", "ça ne s'arrête pas", "y no para".
  'and it continues', 'and it continue', 'it still continues', 'es hort nicht auf', 'hort nicht auf', 'ca ne arrete pas', 'y no para',
  // "people keep ringing": callers still coming.
  'keep ringing', 'keeps ringing', 'keep calling', 'keeps calling', 'phone keeps going',
];

/**
 * Signs of an incident in progress, in English, German, French and Spanish; how they combine is
 * decided in classifier/urgency.ts. Harm (a service down, money moving wrongly, data exposed or
 * lost, an intruder), its reach (everyone, production), its time (now, since a time or a change)
 * and its urgency add up; hypothetical, preventive, past and non-production wording weighs against.
 * Written from what the words mean, not from any test request.
 */
export const URGENCY_CONCEPTS: readonly ConceptDefinition[] = [
  {
    id: 'everyone',
    label: 'everyone affected',
    terms: [
      'everyone', 'everybody', 'all users', 'all customers', 'all our customers', 'all my customers', 'all my clients', 'tous mes clients', 'todos mis clientes', 'alle meine kunden', 'all of our', 'all requests', 'all orders', 'all payments',
      'all checkouts', 'all accounts', 'all sessions', 'all pages', 'all visitors', 'all traffic', 'all regions', 'every user', 'every customer', 'for any customer', 'for any user',
      // "el checkout me tira 'Request timed out' a mí y a los clientes": the writer and the customers alike.
      'me and the customers', 'me and our customers', 'me and all the customers', 'a mi y a los clientes', 'mir und den kunden', 'moi et les clients', 'a moi et aux clients',
      'every request', 'every order', 'every page', 'every single', 'every call', 'every purchase', 'for all', 'for every', 'nobody', 'no one',
      'noone', 'nothing works', 'nothing loads', 'everything is', 'everything returns', 'everything times out', 'everything fails', 'everything errors', 'whole site', 'entire site', 'whole shop', 'sitewide', 'site wide',
      'hundreds of', 'thousands of', 'millions of', 'many orders', 'many customers', 'many users', 'lots of customers', 'tons of', 'most customers',
      'most users', 'most requests', 'most of the requests', 'most orders', 'most checkouts', 'most visitors', 'half the', 'half of', 'mass',
      'alle kunden', 'allen kunden', 'alle nutzer', 'allen nutzern', 'alle benutzer', 'alle user', 'alle bestellungen', 'alle zahlungen',
      'alle anfragen', 'alle seiten', 'alle besucher', 'alle kaufe', 'bei allen', 'fur alle', 'alle konten', 'niemanden', 'jeder', 'jede', 'jeden', 'niemand',
      // "keiner" stems to "kein": alone it would read every "kein Problem" as everyone affected.
      'keiner kann', 'keiner konnte', 'keiner kommt', 'keiner mehr', 'niemer meh', 'niemert meh', 'fur alli', 'bei keinem', 'fur keinen', 'kein kunde', 'samtliche', 'die halfte',
      'plus personne ne peut', 'tout le monde', 'tous les', 'toutes les', 'personne ne', 'plus personne', 'la moitie',
      'todos', 'todas', 'nadie', 'todo el mundo', 'la mitad',
      // No one of the people or orders that matter; "ningún log", "aucun fichier" is no one affected.
      'ningun cliente', 'ningun usuario', 'ningun comprador', 'ningun pedido', 'ningun pago', 'ninguna compra', 'ninguna venta', 'ninguna orden',
      'ninguno de los clientes', 'aucun client', 'aucun utilisateur', 'aucun acheteur', 'aucune commande', 'aucun paiement', 'aucune vente',
      'nobody can', 'no one can', 'noone can', 'niemand kann', 'personne ne peut', 'nadie puede',
      'every checkout', 'every login', 'every payment', 'every visitor', 'every session', 'all logins', 'all visitors', 'all shoppers',
      'all the visitors', 'all the users', 'all the customers', 'all the shoppers', 'all the orders', 'all the payments', 'all the requests',
      'every time anyone', 'support is flooded', 'flooded with tickets', 'inbox is exploding', 'tickets already', 'phones are ringing',
      'jede bestellung', 'jeder checkout', 'chaque commande', 'chaque paiement', 'cada pedido', 'cada pago',
      'every api call', 'every api request', 'all api calls', 'all api requests', 'every endpoint', 'all endpoints',
      // Seen on several devices or browsers: not one user's setup ("on my phone and my laptop", "tried three browsers").
      'my phone and my laptop', 'three browsers', 'two browsers', 'several browsers', 'different browsers', 'every browser', 'all browsers',
      // Every part of the system: "search, cart and checkout all return errors", "all backends unhealthy".
      'all return errors', 'all return', 'all fail', 'all failing', 'all broken', 'all throw', 'all backends', 'all targets', 'all instances',
      'all nodes', 'all pods', 'all servers', 'every backend', 'every instance',
      'for anyone', 'full of people', 'people are saying', 'social media is full', 'nearly all', 'almost all', 'jeder besucher',
      'keine einzige', 'kein einziger', 'keinen einzigen', 'not a single', 'pas une seule', 'pas un seul', 'ni una sola', 'ni un solo',
      'every write', 'all writes', 'every charge', 'every card', 'every real card', 'every transaction', 'all transactions',
      // Counted by the dozen, in the other languages too ("des dizaines de clients nous écrivent").
      'dozens of', 'des dizaines de', 'decenas de', 'docenas de', 'dutzende',
      // Every card failing, said of the card: "payment was declined, peu importe la carte".
      'no matter which card', 'no matter what card', 'whatever card', 'with any card', 'peu importe la carte', 'quelle que soit la carte',
      'importe quelle carte', 'da igual la tarjeta', 'con cualquier tarjeta', 'egal welche karte', 'mit jeder karte',
      // Tried from every resolver or network: not one user's setup.
      'every resolver', 'every dns resolver', 'every network', 'all resolvers',
      'half our visitors', 'half our customers', 'half our users', 'half our orders', 'half our traffic',
    ],
  },
  {
    // Amounts of data, not of people: "4 million rows", "every single product". Longer than the
    // quantifier alone, so the quantifier is not read as everyone affected.
    // Places are not people either: "upgrade node everywhere" (here too, so "everywhere" is not read
    // as a typo of "everything").
    id: 'volume',
    label: 'a large amount of data',
    terms: [
      'million rows', 'millions of rows', 'million records', 'million products', 'million orders', 'thousands of rows', 'thousands of products',
      'thousands of orders', 'hundreds of products', 'hundreds of items', 'every product', 'every single product', 'every item',
      'every single item', 'every row', 'all products', 'all the products', 'all items', 'all rows', 'all columns', 'all fields',
      'whole catalog', 'whole catalogue', 'whole table', 'at all', 'not at all', 'alle produkte', 'alle artikel', 'tous les produits',
      'todos los productos', 'everywhere', 'uberall', 'partout', 'en todas partes', 'every time i', 'every time we', 'jedes mal', 'jedesmal', 'every keystroke', 'every deploy', 'every build', 'every change',
      // The rest of a set, or every part of a job: "while all the others get captured", "data, queries, migrations, all of it".
      'all the others', 'all others', 'all of it', 'all of them', 'all of this', 'all routes', 'all the routes',
      'for every order', 'for every product', 'for every row', 'for every item', 'for every line', 'for every request we', 'for each',
      'thousand ms', 'thousand milliseconds', 'ten thousand', 'todo el codigo', 'en todo el', 'todo el proyecto', 'dans tout le code',
      'im ganzen code',
    ],
  },
  {
    // The shop's own reviews are a thing customers write, not a review of the code: "bots are spamming
    // our review form" is no precaution. Longer than "review", so it is not read as one. No sign either way.
    id: 'shop_reviews',
    label: 'product reviews',
    terms: [
      'review form', 'review forms', 'product reviews', 'customer reviews', 'the reviews', 'our reviews', 'reviews page', 'review section',
      'reviews section', 'star reviews', 'fake reviews', 'app reviews', 'app store reviews', 'store reviews', 'reviews dropping', 'bad reviews',
      'google reviews', 'one star reviews', '1 star reviews',
    ],
  },
  {
    // A thing named after an incident word, not an incident: an "OutageBanner" component, a "Flash
    // Emergency Sale", a "critical path", a parser's "unexpected token", a metrics "scrape config".
    // Longer than the word alone, so the word is not read. No sign either way.
    id: 'named',
    label: 'a thing named after an incident word',
    terms: [
      'outage banner', 'outage page', 'outage notice', 'outage message', 'outage mode', 'emergency sale', 'emergency banner', 'emergency contact',
      'emergency stop', 'emergency mode', 'critical path', 'critical css', 'critical rendering path', 'critical section', 'unexpected token',
      'scrape config', 'scrape target', 'scrape interval', 'known breach', 'known breaches',
      // Logs and error texts named by their words: a registrar's "audit log", OpenSSL's "unable to get local issuer certificate".
      'audit log', 'audit logs', 'local issuer', 'local issuer certificate',
      // German "hält" (holds) is no typo of "halted"; data kept visible to its own customers is what is wanted, not an exposure.
      'halt', 'halten', 'visible to their customers', 'visible to our customers', 'visible to customers', 'visible to the customer',
      // A shop that works without a network is a feature: "installable as a PWA with offline cart".
      'offline cart', 'offline mode', 'offline support', 'offline first', 'work offline', 'works offline', 'offline access', 'usable offline',
      'mode hors ligne', 'modo offline', 'modo sin conexion', 'offline modus', 'offline fahig',
      // Nobody as the subject of a description ("an exception nobody catches", "descriptions nobody shows"): no one affected.
      'nobody catches', 'nobody uses', 'nobody reads', 'nobody shows', 'nobody needs', 'nobody knows', 'nobody looks', 'nobody checks',
      'nobody handles', 'nobody ever', 'nobody cares', 'nobody owns', 'nobody remembers', 'nobody maintains', 'nobody noticed', 'that nobody',
      'which nobody', 'no one uses', 'no one reads', 'no one knows', 'no one needs', 'no one ever', 'that no one',
      // Where data lives is no live site ("wherever their data lives").
      'data lives', 'lives in', 'live in', 'where it lives', 'where they live',
      'in an emergency', 'in case of emergency', 'in case of an emergency', 'runbook none', 'runbook: none',
      // Fraud as a team or a tool ("fraud analyst request: …", "a fraud check at checkout"), not fraud under way.
      'fraud analyst', 'fraud team', 'fraud check', 'fraud checks', 'fraud detection', 'fraud rules', 'fraud rule', 'fraud score', 'fraud scoring',
      'fraud screening', 'fraud prevention', 'fraud review', 'fraud flag', 'next to each other', 'side by side',
      // Words a typo reading would take for another ("present" for "prevent", "rufen" for "prüfen"), and last year as a baseline.
      'card not present', 'not present', 'preview', 'settlement preview', 'rufen an', 'rufen schon an', 'rufen o', 'rufen scho o', 'rufen uns an', 'rufen uns o', 'same time last year', 'same day last year', 'same week last year',
      'dead code', 'dead weight', 'dead link', 'dead links', 'dead letter', 'dead end', 'dead rows', 'dead tuples', 'dead tuple', 'dead row',
      // Offline as a feature ("a PWA that works offline"), and customers who come back.
      'works offline', 'work offline', 'offline mode', 'offline support', 'when offline', 'while offline', 'returning customer',
      'returning customers', 'returning user', 'returning users',
      // A failure reported, not a hypothesis: "could not extend file", "Could not load your cart".
      'could not', 'would not', 'konnte nicht', 'no se pudo', 'no pudo', 'a pas pu',
      // Words that hold an incident word without meaning it: "aufgefallen" (noticed) is no typo of "ausgefallen" (down); a field
      // "read only as 'edit text'" by a screen reader is no database gone read-only; a search engine that "sends me" to a page sends
      // no data; the "Pay now" button is not now.
      'aufgefallen', 'is read only as', 'read only as', 'sends me', 'sends us', 'pay now button', 'pay now buttons', 'pay now click',
      'pay now clicks',
      // Not knowing is no hypothesis: "i don't know if it matters but…", "no idea if it's them or us".
      'do not know if', 'dont know if', 'no idea if', 'not sure if', 'idk if', 'no se si', 'weiss nicht ob', 'sais pas si',
      // A health check "for" a service is what it checks, not "check for": "Route 53 health check for shop-api failing".
      'health check for', 'health checks for', 'healthcheck for', 'notfall modus', 'notfallmodus',
      // A time of day that comes back is no one affected: "jede Nacht um 3 Uhr", "chaque nuit", "cada noche".
      'jede nacht', 'jeden tag', 'jede woche', 'jede stunde', 'jeden morgen', 'jeden abend', 'chaque nuit', 'chaque jour', 'chaque matin', 'chaque soir',
      'cada noche', 'cada dia', 'cada manana', 'cada semana',
      // Checked, said of what was done: "je viens de vérifier trois lignes" reports, as "I just checked" does.
      'just checked', 'i just checked', 'viens de verifier', 'je viens de verifier', 'acabo de comprobar', 'acabo de verificar', 'gerade gepruft', 'habe gerade gepruft',
      // Out of a keyboard's reach is accessibility, no service down: "the error alert is not reachable by keyboard".
      'not reachable by keyboard', 'not reachable with the keyboard', 'not reachable via keyboard', 'reachable by keyboard', 'keyboard reachable',
      // Test cards named among the real ones that fail ("tous les paiements sont refusés, y compris les cartes de test") put nothing away
      // from production.
      'including test cards', 'including the test cards', 'even test cards', 'even the test cards', 'y compris les cartes de test',
      'meme les cartes de test', 'auch die testkarten', 'sogar die testkarten', 'incluso las tarjetas de prueba', 'hasta las tarjetas de prueba',
      // Tried with, not a place away from production: "on a testé avec cinq cartes différentes", "we tested it with two browsers".
      'tested with', 'tested it with', 'teste avec', 'testes avec', 'getestet mit', 'probado con', 'probamos con', 'hemos probado con',
      // The incident process as a thing: "incident commander ask: a status page…", "our incident template", "the incident channel".
      'incident commander', 'incident management', 'incident manager', 'incident process', 'incident template', 'incident channel',
      'incident tooling', 'incident workflow', 'incident playbook', 'incident runbook', 'incident handling', 'incident training',
      'incident form', 'incident tracker', 'incident dashboard', 'incident history',
    ],
  },
  {
    // Now and then is not now: an intermittent fault is a bug to chase, not an incident.
    id: 'occasional',
    label: 'now and then',
    terms: [
      'every now and then', 'now and then', 'now and again', 'from time to time', 'once in a while', 'every so often', 'every once in a while',
      'ab und zu', 'hin und wieder', 'de temps en temps', 'de vez en cuando',
      // A recurring nuisance, not one under way: "every week three or four orders stay pending".
      'every week', 'every day', 'every night', 'every month', 'each week', 'once a week', 'this week', 'over the week', 'diese woche',
      'cette semaine', 'esta semana', 'jede woche', 'chaque semaine', 'cada semana',
    ],
  },
  {
    id: 'now',
    label: 'happening now',
    terms: [
      'right now', 'now', 'rn', 'currently', 'at the moment', 'as we speak', 'at this moment', 'ongoing', 'still', 'just now', 'is happening', 'happening now', 'happening again',
      'live', 'in production', 'production', 'prod', 'on prod', 'in prod', 'live site', 'today', 'this morning', 'tonight', 'on fire',
      'keep buying', 'keep ordering', 'keep retrying', 'keep paying', 'keep getting', 'keeps happening', 'still happening',
      'jetzt', 'gerade', 'sofort', 'al tiro', 'heute', 'im moment', 'aktuell', 'momentan', 'in produktion',
      'maintenant', 'en ce moment', 'actuellement', 'aujourd hui', 'ce matin', 'en prod', 'en production',
      'ahora', 'ahora mismo', 'ahorita', 'ahorita mismo', 'en este momento', 'actualmente', 'hoy', 'esta manana', 'en produccion',
      'this afternoon', 'this evening', 'heute nachmittag', 'heute abend', 'cet apres midi', 'ce soir', 'esta tarde', 'esta noche',
      // What customers see, reported as it happens: the harm is under way ("customers see" is left out: its
      // stems are also "the customer sees a lower total", a bug's description).
      'just sent us', 'just noticed', 'just reported', 'just saw', 'just called', 'just wrote', 'just emailed', 'just told us', 'customers are seeing', 'users are seeing',
      'kunden sehen', 'les clients voient', 'los clientes ven', 'people are trying', 'is happening right now', 'it is happening',
      'still going on', 'live issue', 'immer noch', 'sigue pasando', 'still climbing', 'still rising', 'and climbing', 'and rising', 'und steigt', 'et ca monte', 'y subiendo', 'keeps growing', 'keeps rising',
      'state firing', 'status firing', 'firing since', 'monte encore', 'sigue subiendo', 'steigt weiter', 'still going', 'tourne encore', 'ca continue', 'continue encore', 'sigue asi', 'lauft noch', 'keep selling', 'has not moved since',
      'still running', 'keeps going', 'and counting', 'keep showing up', 'keeps showing up', 'keep coming in', 'keeps coming in',
      'encore maintenant', 'arrive encore', 'sigue ocurriendo', 'passiert immer noch',
      ...MORE_ARRIVING_TERMS,
    ],
  },
  {
    id: 'urgent',
    label: 'called urgent',
    terms: [
      'urgent', 'urgently', 'asap', 'emergency', 'critical', 'incident', 'sev1', 'sev 1', 'sev0', 'sev2', 'sev 2', 'p0', 'p1', 'prio 1',
      'top priority', 'please help', 'pls help', 'plz help', 'help us', 'need help', 'all hands', 'losing sales', 'losing orders', 'losing customers',
      'dringend', 'notfall', 'hilfe', 'sofort', 'urgence', 'au secours', 'urgente', 'emergencia', 'ayuda', 'inmediatamente',
      'alert is firing', 'alerts are firing', 'got paged', 'i panicking', 'im panicking', 'je panique', 'estoy en panico', 'pagerduty', 'everyone on this', 'all hands on', 'do we stop', 'stop the trucks',
      'is on fire', 'are on fire', 'brennt', 'est en feu', 'esta en llamas',
      'should we roll back', 'should we rollback', 'roll back now', 'rollback now', 'do we roll back', 'roll back the deploy', 'roll back the release', 'should we revert', 'revert the deploy', 'what do we do',
      'what should we do', 'need this handled now', 'zuruckrollen', 'was sollen wir tun', 'que faire', 'revenir en arriere', 'que hacemos', 'qué hacemos',
    ],
  },
  {
    id: 'outage',
    label: 'a service down',
    // A whole service out, as said. "Not loading" or "can't log in" may be one user's bug: they are
    // something broken, which needs everyone or a since to make an incident.
    terms: [
      // Orders stopped coming in: "plus aucune commande, le paiement tourne".
      'plus aucune commande', 'keine bestellungen mehr', 'no more orders coming', 'ya no entran pedidos',
      // "Hoy ningún pedido": not one order all day.
      'no deja comprar nada', 'no deja compra na', 'no deja comprar a nadie',
      'hoy ningun pedido', 'ningun pedido hoy', 'no orders today', 'not one order today', 'heute keine bestellung', 'heute keine einzige bestellung', 'aucune commande aujourd hui',
      'is down', 'are down', 'was down', 'went down', 'site down', 'shop down', 'api down', 'db down', 'prod down',
      'completely down', 'totally down', 'barely loads', 'hardly loads', 'barely responds', 'hardly responds', 'basically down', 'pretty much down', 'practically down', 'effectively down', 'mostly down', 'as good as down', 'been down', 'been offline', 'been unreachable', 'took us down', 'took down', 'took the site down',
      'brought down', 'fur niemanden', 'no abre', 'fur alle gesperrt', 'zertifikat abgelaufen', 'zertifikat ist abgelaufen', 'certificat a expire', 'certificado caduco', 'plus personne ne peut', 'down for', 'down since', 'down again', 'still down', 'outage', 'unreachable', 'is unavailable', 'are unavailable', 'been unavailable', 'was unavailable', 'went unavailable', 'offline',
      'went offline', 'not responding', 'does not respond', 'stopped responding', 'not reachable', 'can not reach', 'can not be reached',
      'can not connect', 'connection refused', 'does not resolve', 'not resolve', 'white screen', 'dead', 'site is gone', 'shop is gone', 'site gone', 'everything is gone', 'all gone',
      'crashlooping', 'crash loop', 'crashloop', 'crashloopbackoff',
      'is read only', 'went read only', 'read only mode', 'in read only', 'became read only',
      'no orders since', 'no orders for', 'no orders in', 'no orders coming in', 'no new orders', 'zero new orders', 'aucune nouvelle commande', 'keine neuen bestellungen', 'no orders have', 'no orders arrived', 'no orders reached', 'ni un solo pedido', 'keine bestellungen mehr', 'no new rows', 'no new order',
      'no successful payments', 'zero successful payments', 'not a single order', 'revenue is zero', 'zero revenue', 'revenue dropped to zero',
      // The shop or a core path unusable, as people say it.
      'unusable', 'blank page', 'blank white page', 'blank screen', 'just white', 'pantalla blanca', 'pagina en blanco', 'page blanche', 'ecran blanc', 'weisse seite', 'weisser bildschirm', 'we down', 'we are down', 'full outage', 'exits immediately',
      'customers can not pay', 'literally can not pay', 'nobody can pay', 'no one can pay', 'nobody is able to', 'no one is able to',
      'nobody is able to pay', 'no one is able to pay', 'unable to pay', 'not able to pay', 'no customer is able to', 'no customer can',
      'no customers can', 'no shopper can', 'can not place orders', 'can not place an order',
      'customers can not check out', 'customers can not order', 'not accepting connections', 'accepts no connections', 'refuses connections',
      'no acepta conexiones', 'esta parada', 'esta parado', 'steht still', 'nimmt keine verbindungen', 'accepte plus de connexions', 'est a arret',
      'kills in flight', 'no pagan nada', '5xx rate', '500 rate', 'failure rate', 'error rate at', 'disk full', 'disk is full', 'disk at 100%', 'out of disk', 'no space left', 'out of space', 'sin espacio', 'se quedo sin espacio', 'disco lleno', 'kein speicherplatz', 'platte voll', 'disque plein', 'plus de place',
      'no page loads', 'no pages load', 'is 100% full', 'tous les paiements sont refuses', 'all payments are declined', 'all payments declined', 'alle zahlungen werden abgelehnt', 'todos los pagos son rechazados', 'connection slots', 'out of connections', 'no connections left',
      'restart loop', 'restarting in a loop', 'keeps restarting', 'keep restarting', 'en bucle', 'en boucle', 'startet standig neu',
      'in einer schleife', 'too many clients', 'too many connections', 'connection pool exhausted', 'pool exhausted', 'zu viele verbindungen',
      'trop de connexions', 'demasiadas conexiones',
      'nothing loads', 'nothing is serving', 'not serving', 'nobody gets through', 'no one gets through', 'all red', 'flat at 0', 'flat at zero',
      'stopped growing', 'zero rows', 'zero new rows', 'no rows since', 'plano en cero', 'se quedo en cero', 'en cero desde', 'reste a zero', 'bei null seit',
      'flatlined', 'flatline', 'went to zero', 'dropped to zero', 'fell to zero', 'down to zero',
      'unhealthy', 'marked unhealthy', '0 healthy', 'no healthy', 'zero healthy', 'traffic is failing',
      'ran out of', 'cpu at 100%', 'certificate expired', 'nxdomain', 'domain expired', 'domain has expired', 'domain is expired', 'domain lapsed', 'server ip address could not be found', 'cert expired', 'expired certificate', 'certificate has expired', 'err_cert_date_invalid',
      'certificate lapsed', 'cert lapsed', 'err_cert_common_name_invalid', 'err_cert_authority_invalid', 'privacy warning', 'privacy error', 'refuses tls',
      'blocklisted', 'blacklisted', 'on a blocklist', 'on two blocklists', 'on blocklists', 'nothing is being captured', 'nothing gets captured',
      'must be vacuumed within', 'doit etre vacuumee', 'transaction id wraparound', 'certificate has lapsed', 'lapsed certificate', 'certificat expire', 'certificado caducado', 'certificado expirado',
      'connection is not private', 'verbindung ist nicht privat', 'connexion est pas privee', 'conexion no es privada', 'certificado vencido', 'halted', 'ddos', 'under attack',
      'nothing is processed', 'zero orders', 'zero commande', 'zero commandes', 'cero pedidos', 'cero ventas', 'null bestellungen', 'sales are zero', 'sales dropped', 'everything fails',
      'everything is broken', 'nobody can', 'no one can', 'noone can',
      'komplett down', 'ist down', 'nichts geht mehr', 'geht nichts', 'geht nich', 'ausgefallen', 'nicht erreichbar', 'antwortet nicht', 'reagiert nicht',
      'niemand kann', 'checkout is frozen', 'shop is frozen', 'site is frozen', 'sin un solo pedido', 'sin una sola venta', 'pgbouncer refusing', 'refusing connections',
      'en panne', 'panne', 'hors service', 'hors ligne', 'inaccessible', 'ne repond plus', 'est tombe', 'est tombee', 'ne repond presque plus', 'repond presque plus', 'personne ne peut',
      // A page that never arrives, or nothing answering at all: "too many redirects", "nothing answers", "la web sale en blanco".
      'too many redirects', 'err_too_many_redirects', 'redirect loop', 'nothing answers', 'site is white', 'shop is white', 'page is white', 'tout blanc', 'toute blanche',
      'ssl warning', 'ssl error', 'certificate warning', 'cert warning', 'geht keine zahlung mehr', 'keine zahlung mehr durch', 'keine zahlungen mehr',
      'sale en blanco', 'ni una venta', 'ni un pedido', 'ni una sola venta', 'personne arrive a payer', 'personne arrive plus a payer', 'arrive plus a payer', 'arrivent plus a payer', 'aucune de mes clientes arrive',
      'aucun de mes clients arrive', 'aucun client arrive',
      'caido', 'caida', 'se cayo', 'se ha caido', 'fuera de servicio', 'no responde', 'sin servicio', 'inaccesible', 'nadie puede', 'ningun cliente puede',
    ],
  },
  {
    id: 'server_errors',
    label: 'server errors',
    terms: [
      '500', '502', '503', '504', '500s', '502s', '503s', '504s', '5xx', '500er', 'internal server error', 'bad gateway',
      'service unavailable', 'gateway timeout',
    ],
  },
  {
    id: 'money',
    label: 'money moving wrongly',
    terms: [
      'charged twice', 'charged three times', 'charged multiple times', 'charged again', 'charging twice', 'double charge', 'double charged',
      'double charging', 'double billed', 'billed twice', 'duplicate charges', 'captured twice', 'overcharged', 'charged the wrong',
      'wrong amount', 'losing money', 'money is being taken', 'money taken', 'never charged', 'not being charged', 'are charged but',
      'charged but', 'refunds are being issued', 'refunds being issued', 'refunds arent going out', 'refunds are not going out', 'refunds not going out',
      'refunds stopped', 'payments go through', 'paid but no order', 'remboursements ne partent plus', 'erstattungen gehen nicht raus', 'reembolsos no salen', 'refunds are going', 'refunds they never',
      // A payout is money moving only when it goes astray or comes short: "reconciling october payouts" is bookkeeping.
      'payouts are being sent', 'payout going to', 'payouts going to', 'went to an iban', 'payout account', 'is not ours', 'not our account',
      'account we do not know', 'account name we do not know', 'unknown account', 'unknown iban', 'eur short', 'chf short', 'short compared with',
      'for free', 'giving away', 'price is zero', 'prices are zero', 'to 1 cent', 'of 1 cent',
      // An amount at nothing, as a price is said: "0.00" alone is any number ("cost=0.00" in a query plan).
      'for 0.00', 'at 0.00', 'show 0.00', 'shows 0.00', 'total of 0.00', 'zu 0.00', 'pour 0.00', 'por 0.00', 'a 0.00', 'is draining', 'are draining', 'draining our', 'draining gift', 'costing us', 'fraud',
      'fraudulent', 'fraudsters', 'stolen cards', 'stolen credit cards', 'lose the money', 'lose money', 'lost money', 'lose all of that money', 'lose all that money', 'lose that money', 'charges we didnt make',
      'charges we did not make', 'no real payment', 'no payment has been taken', 'not a single payment',
      'losing sales', 'losing revenue', 'losing orders', 'lost sales', 'lost revenue', 'verlieren umsatz', 'umsatz verlieren', 'perdons des ventes',
      'on perd des ventes', 'perdiendo ventas', 'perdemos ventas',
      'doppelt abgebucht', 'mehrfach abgebucht', 'zweimal abgebucht', 'doppelt belastet', 'mehrfach belastet', 'zu viel abgebucht',
      'abgebucht', 'kostenlos', 'auf 0 euro', 'geld verlieren', 'verlieren geld',
      'debite deux fois', 'debites deux fois', 'debites trois fois', 'debite plusieurs fois', 'preleve deux fois', 'double prelevement',
      'on perd de argent', 'gratuitement',
      'cobrado', 'cobrando dos veces', 'cobrado dos veces', 'cobro doble', 'doble cobro', 'cobros duplicados', 'perdiendo dinero', 'gratis',
      'marked as paid', 'without payment', 'debited but', 'charged but never', 'paid but never', 'debited but never', 'never got an order',
      'no order number', 'no order confirmation',
      // Selling what is not there: "customers are still buying items that aren't in the warehouse".
      'i paid but', 'paid but i have no order', 'have no order', 'unpaid goods', 'ship unpaid', 'shipping unpaid', 'not on the shelf',
      'oversold', 'overselling', 'not in the warehouse', 'not in stock but sold', 'uberverkauft', 'survendu', 'sobreventa', 'abgebucht aber', 'debite mais', 'cobrado pero',
      'refunds we never', 'taken with no order', 'never collect', 'we never collect', 'will never collect', 'uncollected', 'giving up at checkout', 'people are giving up', 'customers are giving up', 'leaving without buying', 'we never issued', 'never issued', 'money is leaving', 'money leaving', 'pay nothing', 'paying nothing', 'pagan nada',
      'zahlen nichts', 'ne paient rien', 'paying zero', 'pay zero', 'paid zero', 'total zero', 'card testing', 'testing cards', 'testing stolen cards',
      // Stolen cards tried on the payment page, however the testing is said: "teste des milliers de cartes volées".
      'stolen cards', 'stolen card numbers', 'cartes volees', 'tarjetas robadas', 'gestohlene karten', 'gestohlenen karten',
      'testent des cartes', 'teste des cartes', 'prueba tarjetas', 'prueban tarjetas', 'sin pedido', 'ohne bestellung', 'sans commande', 'probando tarjetas', 'testen karten', '1 centime', 'un centime', '1 centimo', 'un centimo', 'charged in the wrong currency', 'charged in dollars', 'charged in usd', 'of the real amount', 'a tenth of', 'half the price', 'als bezahlt markiert', 'ohne zahlung', 'marquees comme payees', 'sans paiement', 'marcados como pagados', 'sin pago', 'cobrando tres veces',
      // Refunds nobody asked for, stock sold below zero, customers leaving at the pay step.
      'nobody asked to refund', 'not asked for a refund', 'refunds nobody asked for', 'refunding orders nobody', 'on a jamais demandes',
      'negative stock', 'minus stock',
      'costs 1 cent', 'cost 1 cent', 'customers are abandoning', 'people are abandoning', 'abandoning at',
    ],
  },
  {
    id: 'exposure',
    label: 'data exposed',
    terms: [
      // The shop's data said to be in someone else's hands: "dicen que tienen la base de datos de clientes".
      'tienen la base de datos', 'have our database', 'have our customer database', 'haben unsere datenbank', 'ont notre base',
      'leaked', 'leak', 'leaks', 'leaking', 'exposed', 'exposing', 'public', 'publicly', 'pastebin', 'gist', 'twitter', 'forum', 'dark web',
      'darknet', 'for sale', 'stolen', 'stole', 'dumped', 'google indexed', 'indexed by google', 'in search results', 'public repo', 'public repository', 'dump', 'scraped', 'scraping', 'exfiltrated', 
      'supposed to be internal', 'meant to be internal', 'was internal only', 'pushed to github', 'each others', 'each other carts', 'each other orders', 'each other data', 'each other addresses', 'same cart', 'other users', 'other people', 'other customers', 'other persons',
      'someone else', 'somebody else', 'another customer', 'another user', 'another person', 'never placed', 'not their own', 'wrong customers', 'mauvais clients', 'falschen kunden', 'clientes equivocados', 'to the wrong', 'to wrong people', 'to wrong addresses', 'in our logs', 'in the logs', 'in plain text', 'visible to', 'open to the internet', 'without a login', 'without login',
      'without authentication', 'without a password', 'sans mot de passe', 'sin contrasena', 'ohne passwort', 'publicly readable', 'public bucket', 'world readable', 'anyone can download',
      'geleakt', 'veroffentlicht', 'offentlich', 'aufgetaucht', 'gestohlen', 'abgegriffen', 'im internet', 'fremde', 'anderer kunden', 'von anderen kunden', 'von anderen',
      'fuite', 'fuites', 'fuite', 'quelqu un autre', 'coordonnees un autre', 'coordonnees une autre', 'donnees un autre client', 'publiees', 'publie', 'publiques', 'volees', 'vole', 'sur internet',
      'filtrado', 'filtrados', 'filtraron', 'se filtraron', 'filtracion', 'robados', 'robaron', 'publicados', 'expuestos', 'de otros',
      'de otras personas', 'de otro cliente', 'de otra persona', 'autres clients', 'autres utilisateurs',
      'another woman', 'another man', 'another shopper', 'another buyer', 'a stranger', 'strangers', 'of a stranger',
      'other ppl', 'other ppls', 'commandes des autres', 'donnees des autres', 'other peoples', 'autres personnes', 'des autres clients', 'se filtro', 'se ha filtrado',
      'different customer', 'different customers', 'a different person', 'different person', 'fremden person', 'einer fremden person', 'fremdem namen', 'paste site', 'a paste site', 'someone saved address', 'someone else address', 'loads someone address',
      'without any login', 'without any password', 'without password', 'shodan',
      'jemand anderem', 'jemand anderes', 'jemand anders', 'von jemand anderem',
      'reddit', 'hacker news', 'fremden', 'fremder', 'fremden leuten', 'anderer leute', 'von fremden',
      // Data offered for money or a link anyone can open: "our customer list is being sold on a telegram channel".
      'being sold', 'is sold on', 'sold on a', 'telegram channel', 'telegram group', 'on telegram for', 'se vende', 'se venden', 'vendue sur', 'vendues sur', 'wird verkauft', 'werden verkauft',
      'lien public', 'public link', 'enlace publico', 'offentlicher link', 'offentlichen link',
      // Data of ours someone came across on the internet: "a CSV of 20 000 of our customers' emails he found online".
      'found online', 'found it online', 'found them online', 'trouve en ligne', 'trouvee en ligne', 'trouves en ligne', 'trouvees en ligne',
      'online gefunden', 'im netz gefunden', 'encontrado en internet', 'encontro en internet', 'encontrados en internet',
      // Spanish "foro" as "forum" is; "colgado" alone is also a page that hung ("se ha colgado"), so only with a file.
      'foro', 'ha colgado un fichero', 'han colgado un fichero', 'ha colgado un archivo', 'han colgado un archivo',
      // Someone outside reading what they should not, told as proof: "I was able to read the users table, here are the first 3 emails".
      'was able to read', 'was able to download', 'as proof', 'normally internal', 'normally is internal',
    ],
  },
  // An intruder at work: in urgencyIntrusionLexicon.ts.
  ...INTRUSION_CONCEPTS,
  {
    id: 'data_loss',
    label: 'data lost',
    terms: [
      'deleted the', 'dropped the', 'wiped', 'got dropped', 'was dropped', 'got deleted', 'was deleted', 'were deleted', 'got wiped', 'table is gone', 'data is gone', 'data loss', 'lost all', 'all data', 'reset to zero',
      'truncated', 'overwritten', 'corrupted', 'is empty in production', 'disappeared from the database', 'disappeared from the db',
      'vanished from the database', 'vanished from the db', 'aus der datenbank verschwunden', 'ont disparu de la base', 'desaparecieron de la base',
      'alles weg', 'daten geloscht', 'daten verloren', 'donnees supprimees', 'donnees perdues', 'tout efface', 'borraron', 'ha borrado', 'han borrado', 'datos borrados', 'datos perdidos',
    ],
  },
  {
    // Harm done by mistake to many: "sent 'your order was cancelled' to all customers by mistake".
    id: 'mistake',
    label: 'a mistake with real effect',
    terms: [
      'by mistake', 'by accident', 'accidentally', 'mistakenly', 'i messed up', 'was falsch gemacht', 'etwas falsch gemacht', 'ai fait une betise', 'la he liado', 'la cague', 'aus versehen', 'versehentlich', 'par erreur', 'par accident', 'por error',
      'sin querer',
    ],
  },
  // Sensitive data and words of it being reachable, which together make an exposure: in urgencyExposureLexicon.ts.
  ...EXPOSURE_CONCEPTS,
  {
    id: 'since',
    label: 'since a time or a change',
    terms: [
      'since', 'since the deploy', 'after the deploy', 'after deploying', 'after we deployed', 'after the release', 'after the last deploy',
      'after the update', 'after the upgrade', 'after the migration', 'since the release', 'since the update', 'since the migration', 'ago',
      'an hour ago', 'minutes ago', 'hours ago', 'since this morning', 'since last night', 'since midnight', 'since noon', 'since lunch', 'ever since',
      'it started', 'started at', 'started around', 'started about', 'began at', 'last night', 'in the last hour', 'for the last hour',
      'seit', 'seit heute', 'seit heute morgen', 'seit dem', 'nach dem update', 'nach dem deployment', 'vor einer stunde',
      'depuis', 'depuis ce matin', 'depuis le deploiement', 'depuis la mise en production', 'il y a une heure', 'apres le deploiement',
      'desde', 'desde las', 'desde el ultimo', 'desde el despliegue', 'desde la actualizacion', 'hace una hora', 'hace media hora',
      'despues del despliegue', 'depuis hier soir', 'seit gestern abend', 'desde anoche',
      'ca a commence', 'a commence vers', 'empezo a las', 'empezo hace', 'hat um', 'fing an', 'began around',
      'in the past hour', 'in the past 30 minutes', 'in the past few minutes', 'in the past half hour', 'en une heure', 'in einer stunde', 'en una hora',
    ],
  },
  // What keeps a request at a distance from an incident (the past, an exercise, away from production, a
  // deadline, a hypothesis): in urgencyDistanceLexicon.ts, kept last as before.
  ...DISTANCE_CONCEPTS,
];
