import type { ConceptDefinition } from './lexicon';

/**
 * An intruder at work, told by what they do or what their victims see: a site defaced, data pulled out, accounts made in bulk or
 * taken over, orders and refunds nobody here made, cards tested one after another. Part of URGENCY_CONCEPTS (urgencyLexicon.ts).
 */
export const INTRUSION_CONCEPTS: readonly ConceptDefinition[] = [
  {
    id: 'intrusion',
    label: 'an intruder',
    terms: [
      'hacked', 'hacker', 'hackers', 'breach', 'breached', 'compromised', 'attacker', 'attackers', 'intruder', 'got into', 'broke into',
      'unauthorized access', 'unauthorised access', 'backdoor', 'malware', 'ransomware', 'ransom', 'crypto miner', 'cryptominer', 'kdevtmpfsi', 'kinsing', 'xmrig', 'defaced',
      'injected', 'skimmer', 'skimming', 'take over accounts', 'taking over accounts', 'took over', 'credential stuffing', 'phishing',
      'logged in as our admin', 'still has admin access', 'bots are', 'got in', 'broke in', 'strange domain',
      'unknown domain', 'domain none of us knows', 'domain nobody knows', 'domain we do not know', 'script nobody added', 'script none of us added',
      'crypto casino', 'online casino', 'replaced with an advert', 'replaced with an ad', 'replaced by an ad', 'remplacee par une pub', 'reemplazada por un anuncio',
      'thousands of times a minute', 'thousands of times per minute', 'des milliers de fois par minute', 'miles de veces por minuto', 'tausende male pro minute',
      'suspicious', 'malicious script', 'redirecting customers to', 'redirected to a', 'someone is downloading',
      'someone is scraping', 'somebody is downloading', 'somebody is scraping', 'someone is pulling', 'somebody is pulling', 'someone is dumping',
      'somebody is dumping', 'being exploited', 'actively exploited', 'already exploiting', 'already using it', 'people are using it', 'ya hay gente', 'walking the ids', 'someone is walking', 'someone is enumerating', 'enumerating', 'from an ip in', 'from a single ip', 'from one ip', 'was used from',
      // Accounts made in bulk by someone else, as it happens.
      'keeps creating accounts', 'keep creating accounts', 'creating fake', 'fake accounts', 'fake emails', 'fake signups', 'bot signups',
      'spam accounts', 'spam signups', 'mass registrations', 'mass signups', 'from the same ip', 'from the same 24', 'from the same range',
      'from the same ip range', 'same ip range', 'meme plage ip', 'la meme ip', 'misma ip', 'mismo rango', 'gleichen ip', 'derselben ip',
      'sacando la tabla', 'sacando los datos', 'sacando datos', 'refunds going out that nobody', 'nobody here initiated', 'nobody initiated',
      'we did not initiate', 'we never initiated', 'nobody here asked for', 'personne ici en a demande', 'personne en a demande', 'nadie aqui pidio', 'nadie los pidio', 'nobody on our side', 'nobody on the team changed', 'none of us did', 'none of us is logged in',
      'personne chez nous', 'nadie de nosotros', 'niemand von uns', 'someone is changing', 'somebody is changing', 'someone changed our', 'someone keeps changing',
      'union select', 'or 1=1', 'sqlmap', 'getting data out', 'get data out', 'pulling data out', 'extract the database', 'extracting the database',
      'extraire la base', 'extraer la base', 'extraer datos', 'extrayendo', 'daten abziehen', 'datenbank abziehen', 'rotating ips',
      'is spamming', 'are spamming', 'someone spamming', 'spamming our', 'spamming us', 'is abusing', 'are abusing', 'being abused',
      'people are trying it', 'are trying it', 'trying it out on', 'spammt', 'spamment', 'abusan',
      'gehackt', 'angegriffen', 'eingedrungen', 'kompromittiert', 'verunstaltet',
      // Accounts used by someone else, told by what their owners see: orders they never placed, resets nobody asked for.
      'orders they did not place', 'orders they never placed', 'orders i did not place', 'purchases they did not make', 'purchases they never made',
      'resets we did not ask for', 'resets they did not ask for', 'resets they did not request', 'resets nobody asked for', 'resets nobody requested',
      'accounts taken over', 'accounts are being taken over', 'accounts were taken over', 'takeover wave',
      'nicht aufgegeben haben', 'nie aufgegeben haben', 'ont pas passees', 'ont jamais passees', 'ont pas passe', 'pedidos que no hicieron', 'compras que no hicieron',
      'from one asn', 'from a single asn', 'from the same asn', 'same asn',
      'pirate', 'pirater', 'piratage', 'compromis', 'intrusion', 'rancon',
      'hackeado', 'hackeada', 'hackearon', 'nos han hackeado', 'intrusion', 'comprometido', 'rescate',
      // Stolen cards tried one after another on the cheapest item (card testing): "each time with a different card".
      // Orders changed by someone who is not us: "orders are being cancelled that we did not cancel".
      'new admin accounts', 'admin accounts showed up', 'unknown admin accounts', 'admin account nobody created',
      'die wir nicht storniert haben', 'that we did not cancel', 'we never cancelled', 'nobody here cancelled', 'que nous avons pas annulees',
      'que nosotros no cancelamos', 'que no cancelamos', 'copy of our login', 'fake login page', 'sign in from an unknown country',
      'card testing', 'each time with a different card', 'a different card each time', 'different card every time',
      'every time a different card', 'une carte differente a chaque fois', 'chaque fois une autre carte', 'cada vez con una tarjeta distinta',
      'una tarjeta distinta cada vez', 'jedes mal eine andere karte', 'jedes mal mit einer anderen karte',
      'someone is logged in as', 'somebody is logged in as', 'renaming our products',
      // Fetched by strangers: "access logs show downloads from unknown IPs".
      'downloads from unknown', 'downloaded from unknown', 'logins from unknown', 'downloads von unbekannten', 'telechargements depuis des ip inconnues', 'descargas desde ips desconocidas',
    ],
  },
];
