import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadTemplates, type Template } from '../../src/core/plan/index';
import { matchTemplate } from '../../src/core/plan/classify';
import { readRequest } from '../../src/core/plan/classifier/reading';

const urgency = (request: string) => readRequest(request).urgency;
const said = (request: string) => `${request}: ${urgency(request).kinds.join(',')} ${urgency(request).signals.join('; ')}`;
/** Each request is read as an incident in progress. */
function allIncidents(requests: readonly string[]): void {
  for (const request of requests) assert.equal(urgency(request).level, 'incident', said(request));
}
/** No request is read as an incident in progress (at most a possible one). */
function noAlarms(requests: readonly string[]): void {
  for (const request of requests) assert.notEqual(urgency(request).level, 'incident', said(request));
}

let builtins: Template[] | undefined;
async function classify(request: string) {
  builtins ??= (await loadTemplates(join(import.meta.dirname, '..', '..', 'templates'))).templates;
  return matchTemplate(builtins, { request, domainCount: 1 }).classification;
}

/** Each request is planned with the emergency template, for the reason `why` matches. */
async function plannedAsIncident(requests: readonly string[], why: RegExp): Promise<void> {
  for (const request of requests) {
    const c = await classify(request);
    assert.equal(c.templateId, 'emergency', `${request}: ${c.matchedRule}`);
    assert.match(c.matchedRule, why);
  }
}

test('incidents told by a count at zero, a share of requests failing, every zone failing, cents taken as euros or data offered for sale', () => {
  allIncidents([
    // What should keep coming, at zero for a while or against its usual.
    'the payments tile has shown 0 for the last 35 minutes',
    'ventas: 0 en las últimas 2 horas, un martes normal son 90',
    // A quarter of requests or more failing; every zone failing.
    'checkout 5xx ratio is 64% across every route',
    'health probes failing 4/4 zones',
    // Cents taken as units: one amount a hundred times the other, with a charge; refunds or charges counted in other languages.
    'a 19.90 € jacket was charged 1990 € to three buyers this morning',
    'nos cobraron 3 veces cada pedido esta mañana, ya van 40 quejas',
    'zweimal abgebucht wird gerade jede Bestellung, schon 30 Kunden haben angerufen',
    'les remboursements de ce matin sont versés deux fois, déjà 25 cas',
    // Customer data offered for money, or behind a link anyone can open.
    'our customer list with emails is being sold on a telegram channel',
    // More payments captured than orders, with the captures described.
    'the PSP shows 180 captured payments since 09:00 while our side has 52 orders',
  ]);
});

test('no alarm: a small share failing, a number of orders, a word of another language, one person affected, the clocks changing, an offline feature, a question with an aside', () => {
  noAlarms([
    // A share of errors to improve, and "error rate" on its own, are no outage.
    'error rate 2% on search, can we lower it',
    // A status code's number that counts something.
    'the orders list takes a full minute to show yesterday’s 400 orders since we added the filter',
    // A load test's figure, on staging, in the past.
    'in last month’s load test on staging the error rate reached 45%',
    // A shop that works without a network.
    'make the checkout usable offline with an offline cart',
    // A question asked first, with an aside after it.
    'is the session cookie ever sent over http? check nginx too',
  ]);
  // Words that look like a sign of distance are not one: "Fälle" (cases) is not "falls" (if), a deadlock "detected" is a report.
  assert.equal(urgency('seit heute Morgen werden Erstattungen doppelt ausgezahlt, schon 60 Fälle').distance, undefined);
  assert.equal(urgency('ERROR: deadlock detected on cart_items, 3000 of them a minute, carts do not load').distance, undefined);
  assert.equal(urgency('how would we detect a deadlock on cart_items before customers notice?').distance, 'wording');
  // One person said to be the only one affected, however loudly; but "not only me" is everyone's.
  assert.equal(urgency('URGENT!! my basket empties every time I come back since yesterday, other people seem fine').distance, 'circumstance');
  assert.equal(urgency('Dringend: nur bei mir zeigt der Warenkorb seit heute Morgen 0 €').distance, 'circumstance');
  assert.equal(urgency("it's not only me, nobody can log in since 10:00").level, 'incident');
  // The clocks changing is a date to handle, not a change made to the shop: since it, at half weight.
  assert.notEqual(urgency('the order dates on invoices are an hour off since the clocks changed').level, 'incident');
  // The app store's reviews are not a review of the code.
  assert.equal(urgency('app reviews dropping to 1 star in the last hour, the API answers 504 on POST /checkout').distance, undefined);
});

test('an incident no sign reads may still be one when the model and the nearest requests agree, on a description long enough', async () => {
  const told = await classify('pg_stat_activity shows 700 sessions waiting on a lock held by the nightly migration for 25 min and checkout requests pile up behind it');
  assert.equal(told.templateId, 'emergency');
  // Which of the two reads it depends on the training data (the model alone, since sets 16 and 17 joined the bank); the plan says which.
  assert.match(told.matchedRule, /the model and the nearest requests read one \(0\.\d\d; the model alone 0\.\d\d\)|the model reads one \(0\.\d\d\)/);
  assert.equal(told.explanation?.urgency, 'incident');
  // Five words that fit the emergency on "everyone" alone are no description of one.
  const vague = await classify('purple elephants dance for everyone');
  assert.notEqual(vague.templateId, 'emergency');
  assert.equal(vague.explanation?.urgency, 'none');
});

test('incidents told by a health check with none healthy, an alert payload, accounts used by someone else, data found online, one network or a code used by the thousand', () => {
  allIncidents([
    // No instance well, or a share of 5xx in an alert's JSON.
    'loadbalancer says 0/4 backends healthy for the api since a few minutes',
    '{"alertname":"ApiErrors","5xx_ratio":0.74,"state":"firing"}',
    // Accounts used by someone else, told by what their owners see.
    'dozens of shoppers are mailing us about orders they did not place, shipped to addresses abroad',
    'a wave of password resets nobody requested, and people say their saved cards were used',
    // Our data, found on the internet by someone else.
    'un journaliste a trouvé en ligne un fichier avec les adresses de nos clients',
    // Traffic from one network crowding out everyone else.
    'search is flooded with 30k req/s from one ASN and normal shoppers get timeouts',
    // A one-use code used by the thousand.
    'the voucher SPRING5 is single use but was redeemed 4,200 times since lunch',
    // Asking what is going on is reporting it.
    'Die Seite ist komplett down, seit zehn Minuten nichts. Was ist los??',
    // Amounts with thousands grouped: paid out a hundredth of what was due; the provider's money twice what our records say.
    'the refund run paid out 1,250.40 EUR this morning where 125,040 EUR were due',
    'Stripe settled €38,900 for yesterday, our orders table says €12,100, and today looks the same',
    // Holds that lapse tomorrow: a deadline, not a hypothesis.
    '3,100 orders still in pending_capture and the auths expire tomorrow, then we lose the money',
  ]);
  // Spanish "sí" (yes) is no "si" (if): "la pasarela sí cobra" keeps no distance.
  assert.equal(urgency('desde las 9 no entra ni un pedido, la pasarela sí cobra').distance, undefined);
});

test('no alarm: an alert at its usual figure, an outage already resolved, money wrong away from production, a forecast, a queue that drains, payouts reconciled', () => {
  noAlarms([
    // An alert that fires at a figure that is normal for us: tune it.
    'pagerduty pages us at p95 300ms which is normal for us in the evening, raise the threshold',
    // Over, and asking for a note.
    'the checkout outage this morning is resolved, just note the root cause in CLAUDE.md',
    // Staging with production said to be fine.
    'on staging every price shows 0 € since the merge, live is fine',
    // A preview deployment, said not to be production.
    'the preview deployment is down since this morning (not production), container exits on start',
    // A forecast and a queue that empties by itself; words of their own, not typos of "breach".
    'the disk forecast says the db volume is full in 60 days, plan an archive job',
    'the capture queue reaches 3,000 every Monday and drains within the hour, can it batch?',
    // Bookkeeping with payouts.
    'reconciling last month I see payouts that differ from our orders by the shipping fee',
    // The provider's total and ours a few euros apart.
    'PayBridge settled 9,840 EUR in October and our ledger has 9,790 EUR, where are the 50 EUR?',
  ]);
});

test('incidents told with a clock hour, "all the" people, our data on a forum, or one card hit by the thousand; an outage that stopped by itself is no alarm', () => {
  allIncidents([
    // "from 9 o'clock", and everyone said with "the".
    "since 9 o'clock the category pages give a 500 to all the visitors and the sale weekend is running",
    // A past time that dates the accounts, not the leak.
    'a CSV of our customers and their emails is up on a hacker forum, even the test users we registered last month are in it',
    // Spanish "foro"; "colgado" with a file is posted, not hung.
    'alguien ha colgado un fichero en un foro con los correos y direcciones de nuestros clientes',
    // One card charged again and again, told by a log's last minutes.
    'payment log, last 15 min: the same capture for order 4411 again and again, has the card been hit 900 times?',
  ]);
  noAlarms([
    'the 500s on checkout stopped on their own at 04:00; find why the pool ran dry so it does not come back',
    // "colgado" alone is a page that hung: a bug, no data posted.
    'la página del carrito se ha colgado dos veces hoy al pagar con tarjeta',
  ]);
});

test('incidents told by a rate beside its usual, a count beside yesterday, no replica running, a disk all but full, a budget gone, or a harm with a clock on it', () => {
  allIncidents([
    // A rate that should stay high, said beside its usual value or fallen with "~".
    'payment approval rate 38% (usually 96%) and falling',
    'conversion went from ~3.2% to ~0.4% after lunch',
    // What should keep coming, beside the same count a day before.
    'checkouts so far today: 12. yesterday at this hour: 640',
    // Nothing left serving; a disk nearly full with writes failing.
    'rollout finished and now zero web pods ready, the old replicaset is gone',
    'the postgres volume is at 98%, inserts into orders start failing',
    // The month's error budget spent in hours.
    'error budget for checkout exhausted in 90 minutes, latency still going up',
    // Every one of a kind of request, during a change.
    'since the 16:10 deploy every cart call answers 500',
    'pendant la mise en production la migration a planté, maintenant chaque commande échoue',
    // A harm with a clock: its "before", "tomorrow" or "if" is no hypothesis.
    'PayBridge shows €31,400 captured today, our orders say €10,200. stop it before the nightly batch',
    'card issuer is threatening to block us if the fraud rate stays this high, 900 stolen-card attempts in the last hour',
    // Time said in French or Spanish as "half an hour", "noon"; checking is asking where to look.
    'le paiement renvoie 502 à chaque commande depuis une demi-heure, on vérifie quoi ?',
  ]);
});

test('no alarm: a rate near its usual, a count near yesterday, replicas as a condition, a disk half full, a budget review, one customer, a question in German', () => {
  noAlarms([
    'conversion 2.9% vs 3.1% usually, is that noise?',
    'orders today: 180, yesterday: 210. normal Monday dip?',
    'when 0 pods are ready the load balancer should show a maintenance page',
    'disk on the db host at 60%, plan the resize for next quarter',
    'write the quarterly review of how we spent our error budget',
    'only her orders show the total in cents instead of euros, other customers are fine',
    'Kann jemand die Bestellungen eines anderen Kunden sehen? Bitte den Code prüfen.',
  ]);
});

test('a harm read alone, with nothing said of when or whom, needs the model to agree more; data leaked is an incident on its own', async () => {
  // A price at zero read as money going wrong, and rows "dead" in a table, describe defects and slowness.
  assert.notEqual((await classify('a product with price 0 in the catalogue breaks the sitemap job')).templateId, 'emergency');
  assert.notEqual((await classify('vacuum never finishes on the orders table, dead rows around 35%, order lists get slow')).templateId, 'emergency');
  for (const request of ['the admin password was leaked', 'our customer emails were leaked on a forum']) {
    assert.equal((await classify(request)).templateId, 'emergency', request);
  }
});

test('incidents told by a disk, a lag or a queue at a figure and still growing, or by a pool used to its last connection while requests wait', () => {
  allIncidents([
    // Still growing, or by how much in a given time: the "will" that follows is a forecast from a measure, not a hypothesis.
    'the data volume of the main postgres is at 93% and climbing about 2% every 10 minutes, inserts will fail soon',
    'retard du réplica : 22 min et ça augmente toujours, les clients ne voient pas leurs commandes',
    'Die Warteschlange der Mails steht bei 35 Minuten und wächst weiter',
    'the shipping label queue is 50 min behind and still growing, couriers are waiting at the dock',
    'el disco de la base de datos está al 97 % y sube, se llenará en unos 30 minutos',
    // A pool of connections at its last one, requests waiting for it.
    'checkout api: db pool 25/25 busy, every payment request waits 30 s then times out',
  ]);
});

test('no alarm: a disk with room growing, growth planned for, a lag or a pool as a condition, a pool with room', () => {
  noAlarms([
    'disk at 55% and growing, plan the next volume size',
    'disk at 92% but growing slowly over the weeks, can we archive old orders?',
    'the search index grows about 1 GB per month, is that fine?',
    'page someone when replication lag is above 5 min and growing',
    'when the pool is at 20/20 new requests should get a clear 503 instead of waiting',
    'the pool shows 4/20 connections in use and requests still queue, why?',
  ]);
});

test('the clocks changing is a date to handle, not a change made to the shop: nothing is under way since it', async () => {
  for (const request of [
    'since the clocks went back the nightly sales report counts one hour of orders twice',
    'after the DST change the order timestamps in the CSV export are an hour early',
    'depuis le passage à l heure d hiver les heures de livraison affichées sont décalées d une heure',
    "les créneaux de retrait sont décalés d'une heure depuis le changement d'heure",
  ]) {
    assert.ok(!urgency(request).kinds.includes('since'), said(request));
    assert.notEqual((await classify(request)).templateId, 'emergency', request);
  }
});

test('incidents told by a skimming script, a defaced page, an expired certificate, cards tried by the thousand, records open to anyone, no orders against the usual', () => {
  allIncidents([
    'a script from a domain nobody knows sits on the payment page and sends what people type in the card field',
    'since this morning the homepage banner is replaced with an advert for an online casino',
    'since 07:00 every visitor gets "Your connection is not private" on the shop, traffic down 70% compared to last Monday',
    'the same card tokens hit /checkout thousands of times per minute since 09:10',
    'I could download the customer export without logging in, 12,000 postal addresses, and a search engine has indexed it',
    // Someone else's question is reported, not asked; "retrouvent" is no "retro".
    'Confirmation emails: 0 sent since 06:00, usually 300 by now. Customers keep asking whether their order went through.',
    'depuis 11h les clients retrouvent leur panier vide à chaque page, le support croule sous les messages',
    'the landing page logo was swapped for a gambling ad overnight and every visitor sees it',
    'the packing station got zero orders since 7, normally about 80 by now',
    'the PSP shows 1 200 refunds issued in the last hour and nobody here asked for them',
    // "Over" of a figure is no outage that is over.
    'the orders db disk is over 96% and still growing, writes will stop within the hour',
  ]);
});

test('no alarm: one device or one customer with everyone else fine, an outage that is over, a threshold to raise, a failure denied, a page blank for seconds', () => {
  noAlarms([
    'the till tablet at the market stall shows a white screen at checkout, only that device, every phone works',
    'one customer (order 44120) was charged twice after a timeout, everyone else seems fine, why did the retry not reuse the key?',
    'the 502s from this morning are over and everything is normal, find out which change caused them',
    'the low-stock alert pages us for 3 products we already reorder by hand, raise the threshold to 15 products',
    // A "never" in one sentence does not deny the next; "not a failure" is no failure; a page blank for seconds is slow; counting is no charging.
    'URGENT: a customer sees an item in her cart she never added. Only for her.',
    'orders per minute fell 5% after the new layout went live two weeks ago. a conversion question, not a failure: add an A/B switch',
    'first visit on a slow phone: white screen for three seconds, then the page pops in and jumps',
    'le tableau de bord compte chaque commande deux fois quand elle a deux lignes',
    'the weekly report counts every order twice when it has a coupon',
  ]);
});

test('incidents told by an error tracker\'s counts, a share of the usual, stolen cards tried, a job repaying a past month, a threat to stop', () => {
  allIncidents([
    'Sentry: ReferenceError: total is not defined at Checkout.jsx:88 · Events 6,210 · Users 2,904 · First seen: today 09:47',
    'payment success rate is at 6% of a normal Friday and the provider banner is yellow',
    'for the last half hour only 4% of payments go through, usually it is about 38%',
    'quelqu\'un essaie des cartes volées par centaines sur notre page de paiement depuis 2 h, PayBridge menace de couper le compte',
    'the payout job fired again tonight and paid every supplier invoice a second time, those of the last quarter too: 96 transfers since 00:30',
    'someone has been probing our checkout with stolen cards since 10:15, 3,000 attempts; if this keeps up the provider suspends us',
  ]);
});

test('no alarm: nobody else affected, a schedule\'s clock time, a quoted option named urgent, nothing happened to us, a thought experiment, "kein" in German', () => {
  noAlarms([
    'a single customer was billed twice for order 88213 last Friday. Nobody else: I checked every order since. How did it happen?',
    'bei einer einzigen Kundin zeigt der Warenkorb jeden Artikel doppelt an, seit sie zwei Tabs offen hatte',
    'the sitemap job runs at 03:00 and collides with the backup, move it to 04:15',
    'new shipping choice \'Envío urgente\': same-day delivery in Madrid for 9 €',
    'could the login form be brute-forced? a blog post says shops like ours are being attacked that way. Nothing has happened to us yet, just check it',
    'thought experiment for the audit: an attacker holds 5,000 card numbers and our checkout URL; what stops them today?',
    'Kein Stress, aber im Footer steht seit dem letzten Build das falsche Jahr',
    'staging only: every login fails since the staging deploy this morning, live login is fine',
  ]);
});

test('incidents told by takings against the same period before, or by a figure against the same moment last week', () => {
  allIncidents([
    'revenue since opening: €1.1k, same day last week we were at €14k. The pay button spins forever for most people',
    'Umsatz seit 8 Uhr: 600 €, gestern um diese Zeit 7.900 €, und im Support stapeln sich die Anrufe',
    'ventas de la última hora 250 €, la semana pasada a esta hora 3.800 €, y los clientes dicen que el pago no termina',
    'orders in the last hour: 3, same hour last Tuesday: 410',
  ]);
});

test('no alarm: noon is no "no one", a word that holds an incident word, a part scaled down on purpose, a demo due in an hour, a price holding a status code', () => {
  noAlarms([
    'can the daily sales report be ready by noon instead of 14:00?',
    'Beim Export ist mir aufgefallen, dass die Spalte "Menge" leer bleibt',
    'NVDA announces the coupon field only as "edit text" and is read only as a label, please give it a proper name',
    'a customer says Google sends me to a product page that 404s on our side, old URL probably',
    'scale the worker down to one replica overnight, nothing runs then anyway',
    'client demo in two hours, can you change the shop title to Alpenladen?',
    'the invoice total shows 12.500 € but the lines add up to 12.050 €',
  ]);
  assert.equal(urgency('the api was scaled down to zero by the autoscaler and every request gets 503 since 10:20').level, 'incident');
});

test('incidents told by a disk full in Spanish word order, no orders in French, test cards failing beside real ones, a political message on the front page', () => {
  allIncidents([
    'el volumen de datos del servidor principal está al 100 % y ya no se guarda ningún pedido',
    'zéro commande depuis 40 minutes et tous les paiements échouent',
    'since 11:20 every payment is declined, even the test cards, and the order count has not moved',
    'la page d\'accueil affiche des slogans politiques à la place de nos produits, tous les visiteurs le voient',
  ]);
});

test('no alarm: a version number is no clock time, "fremd" of a feeling, one customer while all other orders run, only our own app affected', () => {
  noAlarms([
    'since 2.3.1 the product grid sorts by id, was that intended?',
    'Die Versandoptionen wirken für Kunden in Österreich etwas fremd, können wir die Texte anpassen?',
    'eine Kundin aus Graz kann seit gestern nicht bezahlen, alle anderen Bestellungen laufen normal durch',
    'since this morning our ios app gets 401 on /cart, only our ios app as far as we can tell, the website is fine',
  ]);
});

test('incidents told by a lapsed certificate, a success rate under a low figure, a count far past its threshold, paid with no order, an emptied table, real orders in staging', () => {
  allIncidents([
    'the TLS certificate lapsed some twenty minutes back and every visitor gets the browser warning page',
    'alert text: "payment success rate < 15%"; we checked, it sits at 6% and PSP logs show timeouts',
    'queue depth for pending_capture 9,300 (threshold 300), worker stuck since 02:00',
    'customers pay, land on the PSP thank-you page and then see no order in their account, eleven calls this hour',
    'someone ran the seed script on the live server and the payments table is empty now',
    'since the 10:15 release, real orders are written to the staging database and every shopper is affected',
    'Seit heute Nacht hat niemand mehr bezahlen können, Fehler 502 bei jedem Versuch. Wir haben es mit drei Karten getestet, ich weiß nicht ob es an uns liegt',
  ]);
});

test('no alarm: an incident process named as a thing, "no hay errores", a success rate as a condition, a threshold to set, an accessibility fault', () => {
  noAlarms([
    'Our incident commander wants a checklist page in the admin where she can tick off the steps',
    'La API tarda 2 s con 300 usuarios a la vez. No hay errores, todo responde, solo más lento',
    'page us when the checkout success rate drops below 20% for five minutes',
    'set the alert threshold for pending_capture to 500 instead of 200',
    'the coupon field is not reachable by keyboard after an error, please fix',
  ]);
});

test('incidents told by the customer database passed around as a torrent, or by people paying many times a price or another customer\'s total', () => {
  allIncidents([
    'Unsere Kundendatenbank kursiert als Torrent, samt Adressen, ein Kunde hat uns gerade den Link geschickt',
    'since the noon deploy shoppers are paying 450 € for a 15 € T-shirt, three complaints already',
    'every buyer this afternoon was charged the amount of the previous customer\'s order, not their own',
  ]);
});

test('incidents told by a health check failing everywhere, consumers at 0, every page of a kind failing, a SQL delete under way, a privacy warning, a blocklisted mail server, revenue at 0 since lunch', () => {
  allIncidents([
    'ELB health check for checkout-api red in all 3 regions since 07:40, target group 0 healthy of 3',
    'order.emails queue at 900k, consumers 0, checkout calls now hang on publish',
    'every category page 404s since the 11:00 deploy, home still loads',
    "pg_stat_activity shows 'DELETE FROM orders' running for il y a 15 min, la moitié des commandes a disparu",
    'since this morning shoppers on phones get a big privacy warning before the shop',
    'our outgoing mail IP is blacklisted since last night, no order confirmation reaches anyone',
    'revenue tile shows 0 since lunch on a Saturday with the sale on',
  ]);
});

test('no alarm: the shop said to be fine, one SKU, a demo chart with nothing wrong, an outage already resolved, a failure only on my phone', () => {
  noAlarms([
    'Certificate expired on the internal wiki host only, shop is fine. Automate the renewal there',
    "stock alert says all negative but it's only one SKU that two checkouts raced for; stop overselling the last unit",
    'the admin chart shows zero sales every week: hardcoded demo data, nothing is actually wrong with orders. Make it read the real numbers',
    'Después de la caída del lunes (ya resuelta) quedaron 8 pedidos sin líneas; hay que reconstruirlos',
    'the banner image is missing only on my phone with the battery saver on, everyone else sees it',
  ]);
});

test('incidents told by rows overwritten by the thousand, the secrets file served to anyone, every page stalled for everyone; a test address names no test place', () => {
  allIncidents([
    "customers table: 12k rows got phone set to '000' in one update at 09:14, nobody here ran it, order calls now go nowhere",
    'since the 2.1 release our .env is served at /assets/.env and the access log shows requests for /assets/.env from outside',
    'load avg 40 on the db host, every page in the shop takes 30 s now',
  ]);
  assert.ok(!urgency("every order since 08:00 has its email set to 'test@example.com', customers get no receipts").kinds.includes('not_production'), 'test@example.com is an address, not a test environment');
});

test('no alarm: a page taking a few seconds, secrets mentioned beside what is served, a row or two set by hand', () => {
  noAlarms([
    'every product page takes 4 s on phones, can we get it under one?',
    'move the shop to Kubernetes: manifests, probes, static files served from a CDN, secrets from the vault',
    '2 rows got status set to shipped by hand yesterday, can we add an audit log?',
  ]);
});

test('no alarm: a hole found and not used, a nightly CPU peak asked about, everyone elsewhere fine, an outage that recovered, a worried question nobody complained about, one customer\'s story', () => {
  noAlarms([
    "Un client m'a montré qu'en changeant l'id dans l'URL /order/7, /order/8… on voit les commandes des autres. Personne n'en a profité à ma connaissance. On vérifie ce genre de trous ?",
    'Im Dashboard geht die API jede Nacht um 2 Uhr kurz auf 100 % CPU. Ist das normal?',
    "Shoppers in Chile say the site doesn't load; it does, in 8 seconds. Everyone in Spain is fine.",
    "Root cause please for this morning's checkout outage (recovered by 06:40 by itself): pool exhausted, connect timeouts",
    'Maybe it is nothing: most orders of the last hour say pending_capture. Is that normal? No customer has complained.',
    'A customer in Porto ordered on Friday, got charged, never got a confirmation; we refunded by hand. Could we get a warning when someone pays the same amount twice within an hour?',
  ]);
  // "… data of others. Nobody …": a phrase does not run across sentences.
  assert.equal(urgency("Quelqu'un a posté sur un forum les emails de nos clients, je viens de vérifier trois lignes, ce sont les nôtres.").level, 'incident');
});

test('incidents told by an escaped SQL payload under way, a success share against its usual, a card charged ten times its cart, duplicates that keep showing up', () => {
  allIncidents([
    'nginx log, last 20 min: GET /products/search?q=%27%20UNION%20SELECT%20email%20FROM%20users-- about 50 times a minute from one IP, every answer 200 and large',
    'PSP webhooks since 21:40: every delivery gets 403, 0% success vs 99.8% last week, captures piling up',
    'dashboard today: my own test order, cart €38.40, card charged €384.00, and the other orders look the same',
    'the label printer prints every order 3 times since 10:00, 90 duplicate parcels packed and new ones keep showing up',
  ]);
});

test('no alarm: staging that is not live yet, a Spanish test environment, charges that stopped after a rollback, an alert that resolved itself, a name in quotes, a scanner\'s severities, a friend\'s hypothesis', () => {
  noAlarms([
    'On staging, every POST /cart answers 502 since this morning\'s branch deploy. Nothing of this is live yet.',
    'En el ambiente de pruebas el login devuelve 500 siempre. En producción todo funciona normal.',
    'The double charges stopped after the rollback and everyone has been refunded; find the cause in the retry path',
    'PagerDuty: checkout 5xx fired at 04:02 and resolved itself at 04:03 after one failed request. Raise the threshold.',
    "We're launching a bundle called 'Hacker Kit' and need a landing page for it",
    'Grype on the api image: 2 CRITICAL, 17 HIGH, 40 MEDIUM. Which base image should we use?',
    'A friend says my shop can be hacked through the login form. Could you look?',
  ]);
});

test('incidents told by a call for hands, a leak dated today beside accounts of last week, stolen cards tried one by one, a domain gone, a card refused whatever it is, an offer of details, the same everywhere', () => {
  allIncidents([
    'orders table disk at 100%, inserts failing, nothing saves. who is on it?',
    "someone posted our customers' e-mail addresses and order totals on a paste site today; our dummy accounts from last week are in the list",
    'hundreds of 1 cent orders since 6am, each time with a different card',
    'The shop answers NXDOMAIN from every resolver we tried, since the registrar lapsed overnight',
    'Seit 9 Uhr wird jede Zahlung abgelehnt, egal welche Karte, die Kunden rufen an',
    'your login form takes a quote and dumps the users table, and a forum post sells your customer emails today. Contact me if you want the proof.',
    "Since this morning the shop says 'This site can't be reached' on my phone, my laptop and the office PC, the same everywhere",
  ]);
});

test('no alarm: a PR preview blank for everybody, a log line printed for every 404, a cutover planned so nobody is charged twice, a bell on every sale', () => {
  noAlarms([
    'The Vercel preview for the search PR is a blank page for everybody; main is fine',
    'Logs cost too much: a stack trace is printed for every 404. Make it cheaper.',
    'Move payments to their own service; plan the switch so nobody gets charged twice during it',
    'Send me a telegram message for every sale, a little notification is all',
  ]);
});

test("SQL's now() in a pasted query is code, not a time: no harm is said to be under way", () => {
  const query = "Export this month's orders as CSV for the accountant, I run this by hand:\nSELECT ref, total_cents FROM orders WHERE created_at >= date_trunc('month', now());";
  assert.ok(!urgency(query).kinds.includes('now'), said(query));
  assert.ok(urgency('checkout fails for everyone right now').kinds.includes('now'));
});

test('incidents told by a charge repeated as it runs, orders deleted as the job runs, a time said as "half nine" or in words, a defacer\'s signature, a report that it is not normal, devices tried', () => {
  allIncidents([
    'the refund job is charging people again and again since 8, make it stop',
    'a bad cleanup job: orders are being deleted every ten minutes since 14:00, 200 gone',
    "phones ringing since half ten, every customer gets 'request failed with 503' at Pay",
    "Since about three o'clock every customer who pays is told the card was declined; not one order all afternoon",
    "our home page says 'owned by z3r0' where the logo should be, customers are posting it",
    'Esto no es normal: el checkout devuelve 502 a todo el mundo desde las 9:40',
    "checkout says 'could not load your cart' for everyone, i tried 3 phones and my laptop since lunch",
  ]);
});

test('no alarm: one customer with everyone else fine, a test environment with live normal, a single customer in German, next week\'s newsletter, history kept visible to customers', () => {
  noAlarms([
    'two customers this morning were charged and got no order; everyone else is checking out fine',
    'In der Testumgebung kann seit heute früh niemand bezahlen. Live läuft alles normal.',
    'la préprod renvoie 503 partout depuis midi, la prod tourne normal',
    'Ein einzelner Kunde wurde zweimal belastet, sonst ist nichts aufgefallen.',
    'Nächste Woche geht ein Newsletter an 80.000 Leute. Hält der Checkout das aus?',
    'Merge the partner shop into ours and keep their invoices visible to their customers.',
  ]);
});

test('incidents told by all users beside a tool named CI, a backup fetched by strangers with "could you", a worker stopped since a move dated last week with money to lose', () => {
  allIncidents([
    'release 9.3 went out at 11:10 and since then every basket is emptied on the payment step, all users, all browsers; the revert job in our CI is stuck',
    'Our lawyer found that yesterday\'s database export with customer addresses is publicly downloadable and access logs show downloads from unknown IPs this morning. Could you look at it right away?',
    "the refund queue hasn't been processed since we migrated to the new host last Tuesday; holds expire tomorrow, that's €48k we'd lose",
  ]);
});

test('no alarm: the other customers without the problem, not everyone affected, a lag after each sale, my own laptop while another phone works, an exposure asked about', () => {
  noAlarms([
    "Une cliente de Namur ne peut plus valider son panier depuis hier. Les autres clients n'ont pas ce souci.",
    'Algunos clientes reciben la factura dos veces desde el lunes. No es a todos, quizá uno de cada cien.',
    'sold-out items keep showing "in stock" for about 10 minutes after the last unit sells',
    "Checkout hangs on my own laptop since lunch, my husband's phone can order fine.",
    'Saw a few hundred 404s on /.git/config in last night\'s logs. Bots, I guess — but are we exposing anything we shouldn\'t?',
  ]);
});

test('incidents told by a page anyone can open, lapsing authorisations, tables emptied against the real database, a parked domain, a skull instead of the banner, a ransom, devices listed, no orders against the usual, orders vanishing, an audit finding, a question asked because of a harm', () => {
  allIncidents([
    'the invoices page opens without logging in. anybody on the internet can see names and totals, checked it on mobile data just now',
    "the capture job has been silent since last Friday: 900 orders waiting, and those authorisations lapse tomorrow, that's the month's revenue gone",
    'I ran the reset script against the real database, not my local one. orders and order_items are empty now and customers are calling. what do I do',
    'www.shop.example shows a domain parking page for about 25 minutes now, nobody touched DNS',
    "Auf der Startseite ist statt dem Logo ein Totenkopf und 'owned by' irgendwas. Alle Kunden sehen das gerade.",
    'Nos escribe alguien anónimo: dicen que tienen la base de datos de clientes y piden 3 bitcoins, y mandan 20 pedidos reales como prueba.',
    'Customers say the basket stays empty. I tried on my phone, my laptop and my sister\'s tablet and it is the same. Normally we have 40 orders by noon, today none. Could someone look?',
    'my 8am export had 2,310 orders, the 10am one has 1,905. orders are just disappearing from the table. which one do I trust?',
    'While reviewing this morning I found that https://shop.example/.env is publicly readable with the live payment key inside. Please contain before we go on.',
    'Can you review the admin permissions? Because right now someone is logged in as admin and keeps renaming our products.',
    "where do I find the checkout logs? asking because every customer since 11 gets 'payment failed'",
  ]);
});

test('no alarm: a dip that only looks like a crash, an attempt that failed and stopped, customers buying normally on live, a glitch that came back by itself, a failure on every rollout, a decrease by a percentage, a schedule said with "jeden", few in a month, a hole reported and not used, an error shown for a second', () => {
  noAlarms([
    'the revenue chart starts at the lowest value, so a 3% dip looks like a crash. the CEO panicked this morning',
    'someone tried 300 passwords on the admin account last night, then stopped. Nothing got in. How is the login protected?',
    'staging answers 500 on POST /checkout since the 10:15 deploy; real customers on the live site are buying normally',
    "Hier après-midi le panier était vide pour tout le monde pendant dix minutes, puis c'est revenu tout seul. Pourquoi ?",
    'health check drops to 0 for ~15s on every rollout; clients get connection refused during deploys',
    'Newsletter sign-ups are down 6% since the popup went live. Nothing errors.',
    'Der Export, den ich jeden Freitag für die Buchhaltung ziehe, ordnet Bestellungen kurz vor Mitternacht dem falschen Tag zu.',
    "the cleanup job deletes carts of people who are paying around 2am; they get 'cart not found'. 3 customers in a month",
    'A customer says she saw someone else\'s order when she changed the id in the URL. She reported it nicely and did nothing else with it.',
    "For every visitor without an account the page shows for one second 'could not load your cart' and then it goes away.",
  ]);
});

test('incidents told by a harm under way beside what is at stake tomorrow, a figure a hundred times too high, an expired certificate, a question prefaced by an apology, orders no longer coming in, a script that emptied the orders', () => {
  allIncidents([
    'Since about three this afternoon the shop is only a white page, on my computer, on my phone and for everyone who calls. We have two weddings tomorrow and people could not order.',
    'Since yesterday 17:00 we received 280 disputes for duplicate processing against a normal of 2 a week, still coming in today. Please check before this triggers a programme.',
    'This morning PayBridge paid out our takings to a bank account I have never seen, changed at 05:10 by a login from abroad. The rest goes out tomorrow.',
    'Every price on the site is 100 times too high since the import last night, a few people already paid. Delivery round is tomorrow.',
    "sorry if this is the wrong place: since Monday people say they paid and got no confirmation, the admin shows no new orders but PayBridge shows 19 payments",
    "curl says 'certificate has expired' and browsers show the red warning page to every visitor",
    'plus aucune commande depuis midi, le paiement tourne',
    'Le script lancé hier soir a vidé les commandes de la semaine : 800 commandes payées sans adresse ni contenu.',
  ]);
});

test("no alarm: timing of two orders, a phone tried in Spanish, a caller's belief, an incident settled since Monday, the test environment with production untouched, one instance of three, one customer in French, everyone paying the same price", () => {
  noAlarms([
    'stock went to -1 on two products, always two orders within a second of each other',
    'en el móvil viejo de la oficina el botón Pagar queda tapado por el teclado; probado en tres móviles más',
    "a caller thought we'd been hacked because the shop logged him out. how long does a session last?",
    "L'incident de samedi est réglé depuis dimanche. Il me faut un compte rendu complet.",
    "Environnement de recette indisponible depuis ce matin, toutes les requêtes en 502. La prod n'est pas touchée.",
    'Grafana: shop-api-2 (solo esa instancia) tira 5xx al 25% desde ayer; los clientes casi no lo notan.',
    "Une cliente a été débitée deux fois pour la même commande. Les autres clients n'ont rien eu de tel.",
    'we want volume pricing for wholesale buyers; today everybody pays the same price',
  ]);
});

test('incidents told as a polite question beside a morning without logins, as customers charged without a confirmation, happening now, and as nobody able to pay any more in German as spoken', () => {
  allIncidents([
    'Seit dem Update um zehn können keine Kunden mehr einloggen.',
    'Seit heut früh ko koa Mensch mehr zahln im Shop, was is denn los?',
    '¿Esto es normal? Llevamos desde las nueve sin que nadie pueda entrar a su cuenta, ni un solo login.',
    'Nos están escribiendo muchos clientes: les cobraron pero no les llega ninguna confirmación, y está pasando ahorita mismo con todos los pedidos.',
  ]);
});

test('no alarm: a rollout that must not be noticed by the customers, a fault that is not with everyone, an offer of a new login for many users, a Pay now button and a frontend posting a token', () => {
  noAlarms([
    'Tenemos que mover todo a otro hosting: base de datos, CDN, todo. Sin que los customers noten nada.',
    'Cuando uno pulsa dos veces rápido en Pagar salen dos pedidos. No pasa con todos, solo con el doble clic.',
    "half of our users forget the password every time; let's offer sign-in with Apple next to the normal login",
    'Explain the payment path to me. A customer clicks Pay now, the card form makes a token, the frontend posts it to /checkout, and the backend charges it.',
  ]);
});

test('incidents told with a test made to check, a test account that fails too, and a harm given as the reason for a banner', () => {
  allIncidents([
    'No orders since 11:20, we usually have a dozen by now. I ordered a mug myself to test and got a 502.',
    'Since 3pm every payment answers 500, even our own test account. Customers keep phoning.',
    "can you put a notice on the cart page that PayPal is down? because it hasn't worked for any customer since noon",
  ]);
});

test('no alarm: one customer charged twice with everyone else matching, sensitive data named far from what made it reachable, an exposure only asked about', () => {
  noAlarms([
    'One customer was charged twice for a single order last week. Everyone else this month matches the bank statement.',
    'Eine Kundin wurde doppelt belastet. Alle anderen Buchungen im Oktober stimmen, ich habe alles verglichen.',
    'Many customers forget their password and call us about it every week. Could we sign them in with a one-time code sent to their phone instead?',
    'bots hit /.env and /wp-admin all night, every request got a 404. is our .env reachable from the internet at all?',
  ]);
});

test('an incident with a "this week" that says when, not how often', () => {
  allIncidents(["Le script de purge a vidé les commandes : 700 commandes payées à expédier cette semaine, on n'a plus les adresses."]);
});

test("no alarm: an urgent word inside a folder's name, last year's sale rush in Spanish, people asking on Twitter", () => {
  noAlarms([
    'move the outage-runbooks/ folder under docs/ and fix the two links to it',
    'En marzo vuelve la feria y el año pasado llegaron 9.000 pedidos en 2 horas con la tienda lentísima. ¿Qué escalamos antes?',
    'when PayBridge is slow, customers ask on Twitter whether we are down. add a status page that shows if payments go through',
  ]);
});

test('incidents told as buyers who paid with no order, a question whether the admin should show no orders since a given time, a concession before the harm, every customer\'s orders listed to anyone', () => {
  allIncidents([
    'every shopper since lunch paid, saw the thank-you page, and no order reached our admin. eight so far and PayBridge has all the money.',
    'should the admin show zero new orders since Tuesday 09:15? normally there are thirty a day.',
    'the address API answers 503 to every request since 8 this morning. a missing suggestion would be fine, but checkout needs it and now no one can pay.',
    "The order history page now lists all customers' orders with their addresses to anyone who is logged in. Still the case.",
  ]);
});

test("no alarm: a job run twice for only that one order, a rush that is expected, an outage long resolved, one settled with everyone's money back", () => {
  noAlarms([
    'the nightly export ran twice for one order last night (order 5120), only that one. it started at 01:00:00 and again a second later.',
    "Traffic on /search tripled tonight after our newsletter went out at 19:00, so I think that's expected. Where is the page size configured?",
    'The checkout outage we had in March is long resolved. The board wants a written timeline of what happened and what we changed.',
    'Der Ausfall vom Sommer ist erledigt, alle Kunden haben ihr Geld zurück. Jetzt brauchen wir die Aufarbeitung.',
  ]);
});

test("incidents told after a polite 'just wondering', as a white page for everyone in German, as someone else's confirmation received, as a monitor's probe failing everywhere", () => {
  allIncidents([
    'just wondering, why would nobody be able to pay since 10:00? the checkout shows an error for every customer right now',
    'Weiße Seite für alle Kunden seit dem Update heute früh.',
    'My order confirmation came with the name, address and phone of a Mrs Okafor in Leeds. The lady on your hotline says others called about it today.',
    "Checkly test 'Pay with card' fails from all 4 regions since 14:30, real customers report the same",
  ]);
});

test('no alarm: a hole reported and closed straight away, one order debited 10 cents more with the others right', () => {
  noAlarms([
    "a regular told us that changing the number in his cart link shows someone else's cart. he closed it straight away and just wanted to let us know",
    'Bestellung 5512 wurde mit 30,00 € statt 29,90 € abgebucht. Bei den anderen Bestellungen vom selben Tag stimmt der Betrag.',
  ]);
});

test('incidents told as orders going through at 0, and as a colloquial "geht nich" for everyone', () => {
  allIncidents([
    "prices show 0 on every product since this morning's import, and orders are going through at 0",
    'Checkout geht nich. Bei allen Kunden.',
  ]);
});

test('no alarm: a hole someone only told us about, pre-production down with production running normally in French', () => {
  noAlarms([
    'Ein Kunde hat gemerkt, dass man mit einer anderen Nummer in der URL fremde Warenkörbe sieht. Er hat es nur uns gemeldet.',
    'Depuis ce matin la préprod ne répond plus, 502 partout. La prod tourne normalement, on doit juste tester le panier.',
  ]);
});

test("incidents told with 'this week' as when, a comparison's 'should', a random person's details, the previous customer's receipt, the wrong customers in French with a guess at how many, a stranger's RIB, money going out as I type, nothing since a time", () => {
  allIncidents([
    "every payment from our wholesale buyers this week failed with 'merchant blocked', none of them can order",
    'since the currency update this morning all the cart pages show dollars but charge euros, everyone pays less than they should',
    "all the order confirmations today show some random person's phone number instead of the buyer's, every single one",
    'since 9:00 each receipt email holds the receipt of the customer before, name and address included. About 20 so far.',
    "Depuis ce matin les confirmations de commande partent chez les mauvais clients, avec nom et adresse. J'imagine que toutes sont touchées.",
    'Un inconnu a modifié le RIB dans notre compte de paiement et le mot de passe admin ne marche plus.',
    'refunds are being sent for orders nobody asked to refund, for every order of last month, money is going out as I type',
    'customers keep writing that they paid and then saw a page saying their order could not be found, and our order list shows nothing since 11:15',
  ]);
});

test('no alarm: a stranger changing the bank details only supposed, or asked whether we would notice', () => {
  noAlarms([
    'What would we see if a stranger changed our IBAN for the payouts? Another shop owner told me about it.',
    "Would we even notice if a stranger changed the payout account? It happened to a friend's shop.",
    'Würden wir es überhaupt merken, wenn jemand die Kundendaten kopiert?',
  ]);
});

test('incidents played down by the writer: "probably nothing", "not sure whether", "might be me", with a harmless guess asked at the end', () => {
  allIncidents([
    'probably nothing, but checkout has shown an error for every buyer since 10:30. whenever you get a moment',
    'Ich bin mir nicht sicher, ob das wichtig ist: seit 9 Uhr kann sich niemand mehr anmelden.',
    'might be me being paranoid, but since 14:00 every payment is declined for all customers. maybe the bank is just slow?',
    'De pronto no es nada, pero desde las 8 ningún cliente puede pagar y ya van 50 pedidos colgados. ¿Será que toqué algo?',
  ]);
});

test('incidents told as refunds nobody made, cards nobody knows, two debits per order, amounts many times what they should be, an open backup, others\' addresses seen', () => {
  allIncidents([
    'the provider shows 70 refunds since this morning that none of us issued',
    "Nous avons 20 remboursements depuis midi que je n'ai pas faits.",
    'since 11:00 a stream of 1.00 EUR payments from cards we do not know, one every few seconds, 400 so far',
    'since the release at noon buyers see two debits for one order, all of them',
    'since this morning card payments are 100 times what they should be, every order',
    'our nightly database dump is readable by anyone with the link and was downloaded 30 times today',
    'since the newsletter went out this morning every subscriber can see all the other addresses',
  ]);
});

test('incidents told as an intruder\'s page instead of ours, photos replaced by obscene ones, a redirect to a prize page, refunds nobody here issued', () => {
  allIncidents([
    'the shop shows a casino page instead of our store on phones, customers keep sending screenshots',
    'our product photos were replaced by obscene images, reported by several customers',
    'Unser Shop leitet Besucher auf eine Gewinnspiel-Seite weiter, mehrere Kunden haben angerufen.',
    'our statement shows refunds of 3,000 euros that none of us issued, all to one card',
  ]);
});

test('an incident buried in a weekly update: plans for next week and a review of other work keep no distance from it', () => {
  allIncidents([
    'Weekly news: the new shelves arrived and the wishlist PR is in review. But since 13:40 every checkout fails with a 500 for all customers. Next week we could talk about packaging.',
  ]);
});

test('no alarm: framing that covers the whole message, a question whether nobody can see others\' data, a figure many times what it should be that is not money', () => {
  noAlarms([
    'Thought experiment, not a live problem: the payment API down for an hour on our busiest day. What does checkout do today?',
    "can you check that nobody can see other people's orders by changing the number in the link?",
    'cache hit ratio is 30% since the deploy; origin traffic is about 6x what it should be',
    'probably nothing, but what if the payment provider goes down for everyone during the sale next week?',
  ]);
});

test('incidents told second-hand or in a few words: captures repeated, nobody able to pay in French, redirects for all, other buyers\' names, charged with no order, sold at a cent, "seit elf", a fair next week', () => {
  allIncidents([
    'the capture job has captured each order like six times since the restart at 4, for everyone',
    "Depuis 10h personne n'arrive à payer sur le site.",
    "visitors keep getting 'too many redirects' on the shop since noon, all of them",
    "the warehouse says parcels arrive with other buyers' names on the slips since this morning, every one",
    'cards charged, no orders created, loads of ppl',
    'sold 200 items at 1 cent since 8',
    'seit elf geht keine zahlung mehr durch',
    'La web lleva caída desde las 17h y la feria es la semana que viene.',
  ]);
});

test('no alarm: a long export that times out, a German "seit zwei Wochen" as a duration, a harm next week only supposed', () => {
  noAlarms([
    'the year-end export of all orders times out after 30 s; it loads every order line into memory first',
    'Seit zwei Wochen ist die Suche langsamer geworden, kannst du dir das anschauen?',
    'what happens if the payment provider is down for everyone next week during the fair?',
  ]);
});

test('no alarm: pre-production broken with production said to run ("tout roule", "läuft alles"), one customer with "juste elle"', () => {
  noAlarms([
    'Sur la préprod plus personne ne peut commander depuis la migration de ce matin. En prod tout roule.',
    'Auf Staging kann seit dem Deploy niemand bestellen, in Produktion läuft alles.',
    "Une cliente a reçu la confirmation avec le montant de quelqu'un d'autre. Les autres clients reçoivent le bon, juste elle.",
  ]);
});

test('incidents told as rows still being deleted, someone inside the admin, refunds out on every order, nothing working for any shopper, maintenance that was supposed to end', () => {
  allIncidents([
    'the import job has been deleting rows from customers for an hour and is still running, someone stop it',
    'somebody is inside our admin right now changing every price',
    'Alguien entró al panel de administración con mi cuenta esta mañana y sigue cambiando los precios.',
    'refunds being sent out for every order!!',
    'checkout does nothing for any shopper',
    "The hosting provider's maintenance was supposed to end at 6; it is 9 now and every page shows 'internal error' to all customers.",
  ]);
});

test('no alarm: a report sent from the beach, an outage closed long ago, a question of what checkout is supposed to do', () => {
  noAlarms([
    'Writing from the beach: since Monday the weekly sales report takes 14 minutes instead of 40 s. Could someone add an index?',
    'an old ticket from March about 502s, answered and closed long ago. The customer now asks what our 30 s gateway limit means, since last week.',
    'Is checkout supposed to reject an empty cart? Right now it creates an order with no lines.',
    'someone in admin asked whether we can export every price to a spreadsheet',
  ]);
});

test('incidents told by orders stopped, a page all white, stock reset to 0, a table emptied, an admin login or a payout account nobody made, with the writer doubting themselves', () => {
  allIncidents([
    'no one has bought anything since 10:30 and the orders page stays empty, customers phone to say the pay button does nothing',
    'the checkout page is totally white on every device since the deploy',
    'since the 14:00 sync the inventory levels keep resetting to 0 every few minutes, real customers see sold out',
    'Die Tabelle orders wurde geleert, der Shop zeigt seit dem Import keine Bestellungen mehr',
    'somebody logged in with our admin account at 3am, changed the password and we are locked out now',
    'there is an IBAN in the payout settings that none of us added, and the payout of the whole week goes out tonight',
    'is it just me or has nobody been able to pay since 2pm? every card is declined',
    "Désolé si c'est rien, mais depuis midi toutes les commandes échouent avec une erreur 500 pour tous les clients",
  ]);
});

test('no alarm: a normal rate with "or should I be worried?", a check that nobody sees others\' orders, an alert wished for when orders stop, stock that should go back to 0', () => {
  noAlarms([
    'Our error rate is 0.02 % like every week. Is that fine or should I be worried?',
    "can you make sure nobody can see other customers' orders by changing the id in the URL?",
    'add an alert to the team chat when no new orders come in for 30 minutes during opening hours',
    'the stock of a product should go back to 0 when we archive it',
  ]);
});

test('incidents told by staff: harm done before anyone noticed, checks already made ("j\'ai testé"), a test build served on production, a script still deleting, a newsletter showing every address, prices a hundred times too small, a flyer that leads to a casino', () => {
  allIncidents([
    'since 9 every parcel label prints the address of the next order, we shipped 40 boxes to the wrong people before anyone noticed and it is still doing it',
    "Depuis 11h le site renvoie « internal error » à tout le monde au paiement, on a testé sur trois téléphones. Pas une commande depuis.",
    'the CDN is serving the staging build on prod since 10:20: every customer sees the TEST MODE banner and no real card goes through',
    "I ran the cleanup script against prod by mistake, it's deleting from order_items and still going",
    'the spring newsletter went out with all 2 400 subscriber addresses in the To field and people are replying to everyone right now',
    'since the 14:00 deploy every price in the shop is a hundred times too small and orders are coming in at those prices',
    'the QR code on our shop window now leads to a casino site instead of our shop, for everyone who scans it',
  ]);
});

test('no alarm: a counter that is wrong while all the payments or e-mails went through, checked by hand', () => {
  noAlarms([
    "Le compteur des commandes sur le tableau de bord affiche 12, mais tous les paiements sont passés, j'ai vérifié chez PayBridge. C'est l'affichage qui compte mal.",
    'The dashboard says 300 orders have no e-mail, but all the e-mails were sent, I checked the mail tool. The counter is wrong.',
  ]);
});

test('incidents told tersely, with no time, count or "everyone" word, or as an order to stop what is live', () => {
  allIncidents([
    'stop the payouts, someone swapped the bank account in PayBridge',
    "kill the import job, it's deleting customers as it goes",
    "the shop can't take a single payment",
    'checkout throws a 500 for any cart',
    'Die Kasse lehnt jede Karte ab, egal welche Bank',
    'el pago rechaza cualquier tarjeta',
    'Coupez la boutique, les bougies sont à zéro euro et les commandes arrivent',
    'alguien cambió la cuenta de cobro de PayBridge',
    "the order mails contain the buyer's full card number",
    "on entre dans n'importe quel compte client sans mot de passe",
    "the shop's domain doesn't resolve anymore, browsers just spin",
    "chrome calls our shop a dangerous site and won't open it",
    'die Platte von der Datenbank ist voll, Bestellungen gehen nimmer durch',
    'orders go through without any payment',
    'the home page is replaced by a skull and a slogan',
  ]);
});

test('no alarm: an order to stop something harmless, a fault for a kind of cart, a question of who can read any cart, a disk almost full away from production, a colleague who changed prices, a policy of never sending', () => {
  noAlarms([
    'take the spring banner offline, the sale is over',
    'pause the newsletter job, I want to fix a typo in the subject',
    'lock the admin to the office IP range',
    'checkout throws a 500 for any cart with a gift card in it',
    'can anyone read any cart by changing the id?',
    "the card form on staging isn't PayBridge's yet, we use a mock",
    'my laptop disk is almost full, the build fails',
    'someone on the team changed the prices yesterday, can we keep a history of price changes?',
    'we never send mails asking for card details, add that line to the footer',
    "on my phone the checkout button is grey but on my laptop it works",
  ]);
});

test('incidents whose words of distance say something else: money that "shouldn\'t have" left, a consequence ", so nobody gets…", "ci-dessous", a domain that "no longer resolves", an audit that "has no entry", a reviewer shown to all, whether to ring someone; everything shown sold out, parcels sent to wrong people, orders at negative totals, more e-mails like it, data open to anyone', () => {
  allIncidents([
    "The refund run went out twice tonight: 200 customers got their money back two times, money that left the account and shouldn't have",
    'since 10 every click signs customers out and the basket empties, so nobody gets as far as paying',
    'since the update search shows an empty page for every query, customers cant find anything so nobody is buying',
    'voyez ci-dessous : depuis 15h20 aucune de mes clientes arrive à payer, les appels vers PayBridge échouent',
    'since this morning the domain no longer resolves to our storefront, buyers land on a parked page',
    'the boots now sell for 1 cent on the storefront, nobody here changed the price, the audit has no entry, 60 sold in the last hour',
    "toutes les étiquettes imprimées depuis ce matin portent la même adresse, celle d'un seul client, et on a déjà expédié 80 colis",
    'the API container keeps restarting after the host reboot and the site spins for everyone, can someone look at the logs',
    "the new 'recent reviews' box on the home page shows each reviewer's full name, email and town to everybody since it went live this morning",
    "two customers rang to say the pay page declines every card and there's been no order since nine. Is this something I should ring him about?",
    // Everything on sale shown as sold out; parcels going to the wrong people.
    'every item says sold out on the storefront, although the storeroom is full',
    'der Shop zeigt bei jedem Artikel ausverkauft, obwohl das Lager voll ist',
    "the label printer gives each order the next one's label, we already sent a pile of parcels to wrong people",
    'orders keep coming in with negative totals',
    'les commandes arrivent avec des totaux négatifs',
    // One customer's harm, and more writing in with the same.
    'a customer was charged three times for one order, and there are 12 more emails like it',
    // Data open to anyone, said in other words.
    'cualquiera entra en cualquier cuenta de cliente poniendo solo el correo',
    "the search results show people's email addresses and street names, anyone visiting can do this",
    'la sauvegarde de la base est téléchargeable sur le site sans mot de passe',
    "the handhelds show ERR 500 internal error on every scan, the pick list won't load",
  ]);
  // Kept at no distance, whatever else they lack: a test account used on the live shop, whom to call, what a fraudster asks customers to do.
  for (const request of [
    "the reset link logs customers into a different account today, I tried it with my test account and landed in a real customer's account",
    "paybridge 'declined' alerts every minute and 0 of the last 50 checkouts went through. someone check pls, call me only if you can't sort it",
    "Varios clientes recibieron hoy un SMS 'de la tienda' pidiendo verificar su tarjeta en un enlace raro, con su nombre y su último pedido",
  ]) assert.equal(urgency(request).distance, undefined, said(request));
});

test('no alarm: a lock so nobody gets charged twice, an audit trail to design, npm audit, a reviewer on a forum, a check asked of new customers, one customer\'s search while it works for everyone else, sold out on staging or for one product', () => {
  noAlarms([
    'add a lock during the cutover so nobody gets charged twice',
    'design an audit trail: every price change recorded with who, when, old and new value',
    'npm audit shows a critical advisory in a transitive dependency of express, is it reachable?',
    'a reviewer on a dev forum said lodash 4.17 has issues, run through our dependencies for known vulnerabilities',
    'send new customers an e-mail asking them to verify their address',
    'on staging every item says sold out',
    'one product shows sold out although we have 40',
    'a cart with 400 items shows a negative total',
    "anyone can do this, it's a one-line config change",
    'solo el cliente de Sevilla recibió el cobro dos veces, los demás clientes no tienen este problema',
    "a customer's search with an apostrophe shows an error page, search works fine for her and everyone else otherwise, no rush but can someone look",
  ]);
});

test('incidents told in a sentence: the site crashed or not opening, nobody let through, all sales lost, every checkout declined, someone else at the controls, a table overwritten, prices swapped, goods for nothing, orders with no payment', () => {
  allIncidents([
    "la boutique est en panne, on perd toutes nos ventes",
    "der Webshop geht gar nimmer auf",
    "la tienda ya no abre, sale una página de error",
    "the new cart won't let anyone pay",
    "every checkout gets a card decline from PayBridge",
    "Da hat wer unsere IBAN geändert, das Geld geht woanders hin",
    "someone got into the admin panel and is deleting products",
    "the payout email was changed not by us",
    "un inconnu est connecté à notre compte PayBridge",
    "the orders table was overwritten by last night's import",
    "the import replaced the prices of the mugs with those of the teapots",
    "customers are buying the lamps for nothing, the discount applies twice",
    "orders come through with no payment behind them",
  ]);
});

test('no alarm: what customers believe of the site, one page on one browser, a question of someone in the admin, a table overwritten on staging, free orders asked about', () => {
  noAlarms([
    "customers think the site is crashed but it answers fine",
    "the product page for the blue mug won't open on Safari",
    "what happens if someone gets into the admin panel?",
    "on staging the orders table was overwritten by the seed script",
    "can customers order for free if they stack two coupons?",
  ]);
});

test("incidents: wrong prices while people buy at them, someone inside the server, customers' data leaving for an unknown server, an index open with no auth, a month's dump restored over live data, holds lapsing at the provider, every real card declined, a release to revert, a disk filling by the minute, a probe failing from every region, a worker silent for hours, nothing sold since morning, another customer's address shown now and then", () => {
  allIncidents([
    "the shop is selling at last month's prices and customers keep buying",
    'la tienda cobra otra cosa al pagar y la gente sigue comprando',
    "there's someone in our admin panel changing the shipping rates",
    'customer emails are being sent to an unknown server every few seconds',
    'the customers index on the search cluster is open to the internet with no auth',
    "the restore put last month's dump over the live database, today's orders are gone",
    'the holds lapse at PayBridge tonight and 400 orders are still not captured',
    'every real card gets declined on the live checkout',
    'pull the release I deployed before lunch, checkout throws for any cart',
    'Datenbank-Platte bei 93 %, Zuwachs ca. 1 % pro 10 min',
    "uptime check 'checkout loads' failing from 4 of 4 regions",
    'capture-worker: no heartbeat for 2h40m, 800 orders waiting in pending_capture',
    "the app answers 'cart is empty' to every checkout, so basically nothing since morning",
    'the account page sometimes shows the address of a different customer, several customers called about it this morning',
  ]);
});

test("no alarm: old prices that only confuse, a data move planned, an open index asked about, last month's figures compared, every card declined on staging, a disk growing by the month, a probe failing from one region, a worker silent for seconds, nothing since a bug long past, a wrong image now and then", () => {
  noAlarms([
    'the product page shows old prices for the sale items, customers are confused',
    'we plan to move the customer data to another server next month for the migration',
    'is the customers index open to the internet with no auth?',
    "compare last month's data with this month's for the board",
    'on staging every card gets declined, the sandbox key expired',
    'Datenbank-Platte bei 91 %, Zuwachs ca. 2 % pro Monat, bitte planen',
    "uptime check 'checkout loads' failed in 1 of 4 regions, sydney only",
    'the capture worker showed no heartbeat for 40s during the deploy',
    'the app had that cart bug last month, nothing since then',
    'the product page sometimes shows the wrong image after a refresh',
  ]);
});

test("incidents: the shop not opening in dialect, nothing to sell, an admin account nobody made, someone in the admin who was not us, prices wrong while people pay, orders vanishing from the database, nobody getting in, the shop loading for no one, a harm reported before someone sees it", () => {
  allIncidents([
    'dr Laden geht ni mehr uff, mir können nischt verkaufen',
    "la boutique ne charge plus chez personne, on ne peut rien vendre",
    'there is an admin account called helpdesk that none of us made and it keeps editing orders',
    'Da hat sich einer als Admin angemeldet, wir waren das nicht. Der ändert unsere Preise.',
    "quelqu'un est entré dans notre compte admin et change les prix, c'est pas nous",
    'hay un tipo metido en la administración de la tienda cambiando los precios',
    'somebody logged into the admin and changed the shipping prices. it wasn\'t us',
    'close the check out, every price is way too high and people are still paying it',
    'el carrito enseña pesos pero cobra la misma cifra en dólares y la gente está pagando así',
    'se borraron los pedidos de la base, ahorita no sabemos a quién mandarle nada',
    'Der Shop zeigt nur noch Zertifikat ungültig, kein Mensch kommt mehr rein.',
    'the site says cannot GET / on every page for everyone, help before my boss sees',
  ]);
});

test('no alarm: an admin account asked about, one customer who cannot get in, a price change that was ours, staging that loads for no one, a typo to fix before someone sees it', () => {
  noAlarms([
    'how do we see which admin accounts none of us made?',
    'one customer says she cannot get in since she changed her password',
    'we changed the prices of the mugs yesterday, it was us, just so you know',
    'the staging shop does not load for anyone, the test certificate expired, production is fine',
    'fix the typo on the about page before my boss sees it',
  ]);
});

test("incidents: every checkout declined with a test key on the live API, 500s since 01:00 also seen from a laptop, a worker capturing over and over, people buying at a fraction of the price", () => {
  allIncidents([
    "Since 07:30 not one order has gone through, every checkout comes back with 'payment was declined'. Could the deploy have put a test_ key in PAYMENT_API_KEY?",
    'every /checkout call has returned 500 since 01:00, and the storefront gives me the same 500 when I try it from my laptop',
    'the capture worker keeps capturing the same orders over and over, the same charge captured 4 times',
    'peple are byuing 400 euro wheels for 12 euro rigth now',
  ]);
});

test('no alarm: a test key on staging, a bug run from a laptop, orders owned by the right person, a charge twice a week, a fault since a customer changed her e-mail, 5xx resolved at a time, stickers bought in bulk', () => {
  noAlarms([
    'we use the test key in the api on staging and checkout fails',
    'the checkout fails when I run it from my laptop against the local db',
    'build real accounts: sign-up, sign-in, and baskets plus orders owned by the right person',
    "About twice a week a customer sees 'internal error' after PayBridge is slow, then tries again and gets charged again.",
    'One user cannot sign in since he changed his email address. Everybody else logs in fine.',
    "last night's 40 min of 5xx (resolved at 01:10 by restarting): trace why",
    'customers are ordering 50 stickers for 5 € each',
  ]);
});

test('incidents: a checkout stuck for everyone, a Swiss "Könnt ihr bitte sofort schauen?", nothing going through, a release that took a button from every shopper, Redis full in half an hour, a queue growing each minute with memory at 95 %, the whole catalogue at 0,00 € while orders come in, prices set to cost by mistake', () => {
  allIncidents([
    'chekout hangs for evryone',
    "la página de pago se queda pegada en 'procesando' pa' todos, llevamos una hora sin ni una venta, revisa al tiro",
    'paiement bloqué pour tout le monde, rien ne passe',
    'Seit dem Mittag bekommt jeder Kunde beim Bezahlen einen 504. Könnt ihr bitte sofort schauen?',
    'the 11:40 release took out the add-to-basket button for every shopper, put the previous version back',
    "d'Warteschlange für d'Bestellmails wachst no, da Redis hat vielleicht a hoibe Stund bis er voll is",
    'the mail queue has 2 million messages and each minute +20 000, server memory is on 95%. What to do first?',
    'el catálogo entero marca 0,00 € y no paran de entrar pedidos',
    'someone set every price to cost price by mistake and orders are flying in',
  ]);
});

test('no alarm: an export that hangs for some customers, staging stuck while production runs, a "Könnt ihr" asking for a feature, one customer\'s duplicates while the others are fine, a release that changed a button for a test group', () => {
  noAlarms([
    'the export hangs for everyone who has more than 1000 orders',
    "en staging el pago se queda pegado pa' todos, en producción anda perfecto",
    'Könnt ihr bitte einen Export aller Bestellungen als CSV bauen? Sonst läuft alles normal.',
    'Un client reçoit ses confirmations en double depuis la semaine passée, les autres clients non.',
    'the reset link is expired for customers with Outlook. Other customers it works normal.',
    'the release changed the add-to-basket button colour for a test group',
  ]);
});

test("incidents: every client receiving another client's confirmation, a charge three and four times for one order", () => {
  allIncidents([
    "since last night every client that pays receives the confirmation email of another client, with name and address",
    'más de treinta clientes dicen que les sale el cargo tres y cuatro veces en la tarjeta por un solo pedido, y sigue entrando gente',
  ]);
});

test('no alarm: two orders over £500 stuck while the rest went through, a charge reproduced 4 of 5 times on staging', () => {
  noAlarms([
    "2 of yesterday's 340 orders are still sitting in pending_capture since 11am. The rest went through. Both were over £500.",
    'Resultado: 2 órdenes, 2 cargos en la tarjeta de prueba. Esperado: un solo cargo. Reproducible 4 de 5 veces, en staging',
  ]);
});

test('incidents from the bank\'s cross-validation misses: a stranger logged into the admin, everything shown free while people buy, nobody able to pay in Alemannic, a card pop-up on our own page, no phone loading the site, none of the last 80 checkouts through, prices shown in yen and charged in euros, charges without orders', () => {
  allIncidents([
    "someone I don't know is logged into our admin and editing the prices. get them out",
    'Alguien que no conocemos está dentro del panel de administración cambiando los precios.',
    'shut the checkout. every mug shows as free in the cart and people are buying them',
    "cant add anythign to the cart, button does nothign for evryone",
    'bi üs kann sit am Morga niemert meh zahla',
    'seit halb elf kommt keiner mehr durch die Kasse',
    "customers send screenshots of our home page with a pop-up asking for their card details before they can browse",
    'the site wont load on any phone at all, just spins',
    'La table products a été vidée par le script. Le site n\'affiche plus rien.',
    'the panel says 0 of the last 80 checkouts went through',
    'prices on the site look like yen figures but get charged as euros',
    'orders stopped showing up on the picking list but customers are still getting charged',
    'Annulez la dernière version, le panier facture chaque coupon en double',
  ]);
});

test('no alarm: free shipping while people buy, a save button dead for Safari users only, an invoice that shows the VAT twice, a pop-up asked about, 0 of 3 test checkouts', () => {
  noAlarms([
    'every product is free shipping this week and people are buying them',
    'la facture affiche deux fois la TVA',
    'should we add a pop-up asking for their newsletter consent before they can browse?',
    'on staging 0 of the last 3 checkouts went through, the sandbox key expired',
  ]);
});

test("incidents from spent sets 40 and 41 and bank files voices-av and -aw: declines for every payment, a stranger's page where the products were, a pager's success rate under 5 %, strangers fetching invoices, a low price shown and the real one taken, phishing sent from our own address, charges without orders, a login none of us made, złoty charged as euros", () => {
  allIncidents([
    'since morning all payments are getting declined with 402 even for valid cards, approx 40 orders lost till now',
    "our front page is showing a skull and a message in a language we can't read instead of the teapots",
    'auf unserer Startseite steht statt der Kollektion irgendein Text auf Russisch, wer hat da was geändert??',
    "why does the shop say 'internal error' when people click Pay? all my customers are telling me the same since this morning",
    'PagerDuty: checkout_success_rate < 5% for 10m, manual test purchase fails with payment declined',
    "could you look at the export bucket when you have a moment? it's public and the log shows thousands of GETs on invoice PDFs from addresses we don't know",
    'los productos salen a 0,45 € pero cuando la gente paga le cobra el precio real, empezó con la versión nueva',
    'Nos clients reçoivent un mail « confirmez votre paiement » avec un lien bizarre, envoyé depuis notre adresse de commandes',
    'hay como 150 cobros de hoy que no corresponden a ningún pedido y siguen entrando',
    "there's a user in the admin called 'support2' that none of us ever made and it is changing prices",
    'the basket is in złoty but PayBridge charges in euro the same number, 12 customers paid like this today',
  ]);
});

test("no alarm: nobody else complained, everyone but only in Outlook, a night's gap that ran fine after, 'halt' as a German particle, a drop in sales, nobody charged twice, the other orders captured normally, 3 captures out of 400 failed, it works on my phone, a download that takes over two minutes, a wedding list so nobody buys twice, production fine and a migration from scratch", () => {
  noAlarms([
    'una clienta dice que le cobraron dos veces el pedido. Nadie más se ha quejado, quiero saber por qué le pasó.',
    'Los correos llegan con letras raras. Le pasa a todos los clientes, pero solo a los que usan Outlook.',
    'Der Shop war heute Nacht zwischen 2:10 und 2:25 nicht erreichbar, danach lief alles wieder. Bitte Ursache finden.',
    'Alles was nach 22 Uhr reinkommt, landet beim nächsten Tag. Für die Abrechnung passt des halt net',
    'Caída de ventas en agosto. Solo dime en qué tabla están los pedidos.',
    'two replicas pick the same orders and PayBridge answers 409, nobody charged twice as far as I can tell',
    "3 orders stuck in pending_capture, the other 2k orders captured normally. why these three?",
    "3 captures out of 400 in the night run failed with 'amount exceeds authorised amount'",
    "Is the shop down right now? Ah no, it works on my phone, it's our office network blocking it.",
    "The yearly orders download takes over two minutes before the file appears. We've only got about 400 orders, so I'm surprised.",
    'a wedding list page where guests buy the items, so nobody buys the same thing twice',
    'La migración 003 falla en mi laptop con una base vacía. En producción todo bien, es solo al montar el entorno desde cero.',
  ]);
});

test("incidents from spent sets 42 and 43 and bank file voices-ax, told with doubt, thanks or small talk around them: a rhetorical 'should … really', test mode where real cards are paid, no child fed through the app, a guess about one's laptop taken back, 'vermutlich harmlos', 'just in case it's a thing', a thank-you's last week, a charge for each repeated mail, authorisations lapsing tomorrow, an admin user nobody has seen, only 12 orders left of 400", () => {
  allIncidents([
    "just wondering, should the cart really say 'internal error' for all visitors? tried from my phone and from my husband's laptop, and two shoppers wrote the same since ten",
    'since the 2pm push the card field shows a TEST MODE banner and real cards get rejected, so nobody can buy',
    'no pupil has got lunch through the app today, every balance comes back €0.00 although parents topped up',
    "since 7 this morning our address shows a parked page saying the domain is for sale. I thought it was my laptop but my son checked on his phone. what do we do first",
    'Danke nochmal für die Hilfe letzte Woche! Eine Sache, vermutlich harmlos: seit dem Deploy um 14 Uhr hat niemand mehr bestellt, nur ein Drehrad beim Kaufen. Ist das normal?',
    "hi, sending this just in case it's a thing: I uploaded the new logo and now the homepage is only a grey box saying 'Cannot GET /', customers keep calling. did I do that??",
    'Thanks for the new banner last week, lovely. Odd one now: every order since lunch is charged for 40 jars instead of the 4 people picked.',
    'I wondered whether it is normal that everyone who ordered since breakfast gets the confirmation again every few minutes, and a customer says her bank shows a charge for each one?',
    'every order since Monday’s update sits in pending_capture and the money goes tomorrow when the authorisations lapse. is there a way round it?',
    "probably nothing but there's a new admin user called 'helpdesk' I've never seen in the shop admin right now",
    'In der Bestellliste san die Bestellungen weg, jedes Mal wenn i neu lad fehln no mehr, etz san bloß no 12 statt 400. Löscht da wer was?',
  ]);
});

test("no alarm: a share of the month's orders, failed logins of which none succeeded, the card field missing in one browser", () => {
  noAlarms([
    'about 4 of 250 orders this month have an order row but order_lines is missing completely; we had to ask what they ordered',
    'the logs show 9,000 failed admin logins from ~200 IPs last night, none succeeded as far as I can see. are we protected enough?',
    'On iPhone Safari the card field never appears under the cart. Chrome on the same phone shows it.',
  ]);
});

test("incidents from spent sets 44 to 47: everything at a cent while people buy, a table losing half its rows, every url or product page failing, the whole shop answering 502, a customer csv on a forum dated by their purchases, a defaced chart in a formal letter, a card pop-up nobody put there", () => {
  allIncidents([
    'put up a maintenance page now please, since noon the storefront has everything at 1 cent and people are buying like mad',
    'is the search endpoint safe? the orders table just lost half its rows and the access log is full of odd queries right now',
    'every url on the site gives us a 502 now, customers are phoning. please look',
    'why is every category page returning 404 right now? nothing was deployed',
    'after my change to the nginx config the whole shop answers 503 now, how do I go back?',
    'someone posted a spreadsheet on a forum with our customers emails and addresses, I checked a few rows, real people who ordered from us last week',
    'I would like to bring to your attention that the banner has been replaced by an advert for some cryptocurrency scheme, and the admin password no longer works for any of us.',
    'a todos los que entran les sale un formulario que les pide el número de su tarjeta antes de ver la tienda, nosotros no lo pusimos',
  ]);
});

test("no alarm: charged again only if they press Pay again, a finder who tried once and told us, what the shop sells after midnight, a logo that looks blurry for everyone, a daily two-minute outage that is over, no single case since, an export of all orders from the admin", () => {
  noAlarms([
    'after paying, the basket still shows the old total, and if they click Pay again they get charged again for a new order',
    "a regular wrote that changing the number in the order URL shows a stranger's basket. she's only telling us, she didn't touch anything",
    'Lo que se vende entre medianoche y la una sale en el resumen del día anterior y no cuadra la caja',
    'ALL our customers complain!!! since the redesign the logo looks blurry on every retina screen',
    'Der Shop war heute früh drei Minuten nicht erreichbar, jetzt läuft wieder alles. Passiert jeden Morgen.',
    'Gestern hatten zwei Kunden eine doppelte Abbuchung. Heute kein einziger Fall mehr, aber warum?',
    'Necesito poder bajar todos los pedidos del mes a un CSV desde el admin. Ahora no hay manera.',
  ]);
});

test("incidents among other news (bank file voices-ay): a feature asked for, then 'oh and also' a stranger's address in the basket; a Swiss handover note whose one line is every card refused since ten; orders cancelled while the money is taken, in a numbered round-up; two or three debits per order after a wish", () => {
  allIncidents([
    "can we get gift wrapping as an option at checkout, £2 extra? oh and also, since this morning the basket page shows someone else's name and address, two customers rang about it",
    "Passation du soir\n- les colis pour Sierre sont prêts\n- depuis dix heures chaque client qui paie reçoit « carte refusée », pas une seule commande passée\n- la clé du local est sur le bureau",
    "Weekly notes\n1. new candle range is online\n2. from Monday every customer who pays gets an email 'order cancelled' and the order disappears from admin, but the money is still taken. Already 40 customers, and it continues\n3. holiday next week",
    'Liebes Team, wir hätten gern einen Gutschein-Code für Stammkunden. Ach, und noch etwas: Seit heute Mittag stehen auf den Kontoauszügen pro Bestellung zwei oder drei Abbuchungen, und es hört nicht auf.',
  ]);
});

test("no alarm among other news: a round-up whose outage is over and everything runs again, a wish asked politely for every order", () => {
  noAlarms([
    "Le point de la semaine\n- 80 caisses parties\n- la coupure de dimanche (site inaccessible une heure pendant la migration) est terminée, tout tourne\n- pouvez-vous noter la nouvelle clé dans modules/payment.md ?",
    'Please can we add a gift note field to every order, printed on the packing slip. Oh and also, since this morning we use a new courier, so the slip needs its logo.',
  ]);
});

test("incidents told by what a screen, a statement or the warehouse shows (bank file voices-ba and the bank's cross-validation misses): paid two and three times, one person's cart for everybody, invoices on Google, a warning page instead of the shop, a basket that empties each time, nothing can be packed, bare html, descriptions wiped as one watches, a fake copy of the shop, data only we know", () => {
  allIncidents([
    'Informe de hoy: 0 pedidos, PayBridge: 40 cobros. Varios clientes pagaron dos y tres veces. Sigue así desde el mediodía.',
    'The cart page shows for everyone the cart of one same lady, with her name and address in checkout. Tried on 2 computers.',
    "Our invoices are on Google: searching the shop's name lists invoice PDFs with customers' names and addresses. Google says about 900 results from our /invoices/ folder.",
    'Since the renewal job ran at 3:00 the orders chart is flat, and browsers show a warning page instead of the shop.',
    'every time customers click pay the basket empties and they are back at the start, three have phoned already',
    'the order_lines table is empty, orders still has its rows, we cannot pack anything today',
    'the live shop is bare html since lunch, no css, no pictures',
    'Product descriptions are being overwritten with empty text, one more every minute while I watch.',
    'our domain now sends customers to a fake copy of the shop that asks for their card',
    "Nuestros clientes reciben un SMS con su nombre y su último pedido pidiendo la tarjeta. Eso solo lo sabemos nosotros.",
  ]);
});

test("no alarm: one order charged twice while every other order is a single charge, a counter that lags but loses nothing, customers who only believe they paid twice, a question of what a double click would charge, selling what we don't have as a feature", () => {
  noAlarms([
    "One order in today's report is charged twice, at 10:02:11 and 10:02:14. Every other order today is a single charge, I checked all 80. How?",
    "The 'Orders today' counter lags ten minutes behind PayBridge. Nothing goes missing in the end, it's just slow.",
    "Le mail de confirmation part deux fois pour une commande sur dix, les clients croient avoir payé deux fois (j'ai vérifié, non).",
    '¿Qué pasaría si un cliente le da dos veces al botón de pagar? ¿Se cobra doble? Es pura curiosidad.',
    "stop the checkout selling what we don't have: we need a stock count per product",
  ]);
});

test("incidents from spent sets 48-51 and bank file voices-az, told by what the writer sees: a stranger's flag and text where the photos were, a customer file on a forum dated by last month's orders, the same payment over and over, a page asking for the card PIN, every label with one address, a payout short, the host's suspension page, a domain for sale, a day's orders at a tenth, a quoted 'before', a change dated last month, me and the customers", () => {
  allIncidents([
    'Toutes les photos ont disparu de la boutique et à la place il y a un drapeau bizarre avec un texte en chinois, sur chaque page.',
    "A friend spotted a spreadsheet on a forum with our customers' emails and phone numbers. The order ids are the ones from last month. What now?",
    'the order list shows the same four orders again and again and the count keeps going up while I watch; a lady rang, her bank shows the same payment over and over',
    'since this morning the site asks customers for their card PIN on a page we never made',
    'every parcel label today has the same address, one lady in Bristol, and the order screen shows her address on orders from other people too',
    "this week's payout came in €800 short, and half of this week's orders are marked paid while PayBridge says nothing was captured",
    "the shop link shows the host's page, account suspended. customers keep asking if we closed",
    "Wenn ma auf unsre Seitn geht, kummt nur 'Diese Domain steht zum Verkauf'. Seit heid in da Früh.",
    'we normally do 30 orders a day, today 2, the pay page just spins and gives up',
    "Every caller repeats it: 'the site says my card is invalid before I've even typed the last digit'. Not a single order since the update at 9.",
    "El mes pasado cambiamos de proveedor de pago. Hoy ningún pedido: al pagar sale 'comercio desconocido'.",
    "el pago me da 'timeout' a mí y a los clientes desde las diez",
  ]);
});

test("no alarm: staging failing while production is fine (said in English and in German), one order charged twice while every other looks normal, a wish whose banner says 'try again in 5 min', what a forum says small shops do, a short outage over after a change of host", () => {
  noAlarms([
    "Staging returns 500 on every page since the last build. Prod's fine, customers are buying.",
    "Im Staging gibt's seit gestern auf jeder Seite einen 500er, im echten Shop merkt man nix davon.",
    'A customer in Ghent was charged twice for order 5512; every other order today looks normal. Can you refund her and find out why?',
    "All good here, but when the payment provider wobbles I'd love a banner saying 'try again in 5 min' instead of the raw error",
    "do we hash passwords properly? someone on a forum said small shops keep them in plain text and now I'm worried",
    'Ayer la web estuvo caída diez minutos cuando cambiamos de hosting, ya está todo bien. Anótalo en CLAUDE.md',
  ]);
});

test("incidents told only by their effect on the day (bank files voices-bb and voices-bc): an empty basket when people press Pay, a bitcoin giveaway on the home page, a lookalike site asking for the card, amounts a hundredth of the price, an sms 'from us', a notice nobody here put up, the same mail twenty times, full card numbers on the slips, the host's holding page, every product gone, the usual count by now, yesterday's orders gone, passwords changed by others, someone else's shop at our address, usual sales per hour with nothing happening, a price charged a hundred times over, a spinner everyone sees", () => {
  allIncidents([
    'Seit dem Update heute früh ist der Warenkorb leer, wenn die Leute auf Bezahlen drücken. Mit drei Handys probiert, jedes Mal dasselbe, heute keine einzige Bestellung.',
    'the home page greets visitors with a huge banner about a bitcoin giveaway, none of our candles anywhere, my husband sees the same on his phone',
    'El botón de pagar manda a los clientes a otra web que se parece a la nuestra pero no es la nuestra, y ahí les piden la tarjeta. ¿Qué hago?',
    'since Monday the card amounts are a hundredth of what they should be, a £40 scarf comes in as 40p, and people are still ordering',
    "a customer forwarded an sms he got 'from us' asking him to type his card again at an odd link, with his real order number in it. three more since lunch",
    'En la página de inicio sale un aviso de que cerramos y que hagan una transferencia a una cuenta. Nosotros no pusimos eso.',
    'the shop is sending every customer the same order mail 20 times, people are ringing, and the mail provider says we get blocked if it carries on',
    "the packing slips today show each customer's full card number under the address",
    "the shop link opens the host's holding page, their mail says the server was stopped for an unpaid invoice",
    'En la tienda ya no aparece ni un producto, la lista dice sin productos. Ayer había 35 productos y hoy es nuestro día fuerte.',
    "the order list is empty, nothing since the shop opened at nine. Usually I've got twenty by now",
    'abrí la lista de pedidos y los de ayer no están, los de la semana pasada tampoco, hoy tengo 80 paquetes cobrados sin saber a quién',
    'phone keeps ringing: customers got a mail that their password was changed and they never touched it, six this morning',
    "the shop's address gives people a page selling cheap watches in another language, my own laptop does the same",
    'the pay button is there, I press it, nothing happens. Since the update last night. Usually 15 an hour on a Friday',
    'Les clientes me disent que le prix affiché est 3 900 € au lieu de 39 €, et elles ont été débitées de ça.',
    'You should see the packing table, empty. The website sits on a grey spinner when you press the basket and customers on the phone say the same',
  ]);
});

test("no alarm: a test shop failing while the real one sells (German and Spanish), one customer's empty basket while all others work, a spinner for one browser", () => {
  noAlarms([
    "In unserm Testladen springt die Kasse nach dem Bezahlen auf eine weiße Seite. Im echten Laden geht's wie immer, heute schon 25 Bestellungen.",
    'En la tienda de pruebas, al pagar con la tarjeta de prueba la página se queda en blanco. La tienda de verdad vende normal, hoy llevamos diez pedidos.',
    "Bei einer Kundin wird der Warenkorb immer leer, wenn sie auf Bezahlen drückt. Bei allen andern geht's.",
    'the checkout sits on a spinner for me on my old Safari, my phone is fine',
  ]);
});

test("incidents typed on a phone (bank file voices-be): nobody gets to pay since the update in Swiss German with two orders today, another shop with a skull at our address, a full disk with labels due by six, an admin none of us made, one order today after an update, pictures gone since eleven, another's name on confirmations while orders overwrite each other, orders with quantity 0 that were paid", () => {
  allIncidents([
    'Sit em Update vo geschter chunnt niemer meh bis zum Zahle. Hüt erscht 2 Bstellige, susch sinds am Samschtig 50',
    'abro la tienda en el celular y sale otra tienda, con letras raras y una calavera, no mis gorros. En la compu igual',
    'admin wont load orders, spinner forever, the disk on the server panel is red at 100%. the courier needs labels by 6',
    'there is a new admin called shop_help in the admin screen, none of us made it, and two prices changed without us touching them',
    'phone customers can not see the pay button since your update, it is there only on computers. today 1 order only',
    'd Produktbilder sind wäg, d Siite zeigt nur no es läärs Gitter, sit de Elfi nüt meh verchauft',
    "customers see 'order confirmed' but with name of somebody other, and new orders write over the old ones?",
    'orders coming in tonight but each one says qty 0 and no items, 20 so far, and the customers paid',
  ]);
});

test("no alarm: a few payments that failed for ten minutes last night and work again, 'ce mois-ci' is no CI", () => {
  noAlarms([
    "Hier soir entre 21h et 21h10 quelques paiements n'ont pas passé, depuis ça remarche, mais c'est la deuxième fois ce mois-ci",
  ]);
});

test("incidents wrapped in doubt, with a harmless explanation asked at the end (bank file voices-bd): 'maybe I'm imagining it', 'Konn des sei, dass…', 'is she doing something wrong?', 'is he having me on?', 'maybe its the printer?', 'could it be just his phone?', 'normal?', 'is there a delay they do?', 'maybe it's me but', 'is that something PayBridge added?', 'is dat en normales PayBridge-Ding?'", () => {
  allIncidents([
    "maybe I'm imagining it but not one order since ten, and three callers say Pay just sits there spinning. Is that normal, would you say?",
    "D'Leit song, wenn's auf unsa Seitn gehn, kimmt a ganz andere Seitn mit Kasinowerbung. Konn des sei, dass des an eahnane Computer liegt?",
    "my partner says the card page shows a red box since this morning's deploy, \"Cannot read properties of undefined\". nothing through since 9:40. is she doing something wrong?",
    'a man rang saying our customer list is sitting open on the internet, he read me my own order to prove it, and he wants money to tell us where. Is that a real thing or is he having me on?',
    'the manifest for tomorrow has 0 orders on it, usually 60 odd, and people keep ringing that the site takes them round in a circle at the login. maybe its the printer?',
    "my son says the shop is a black page with 'owned by' written on it instead of our honey, my own laptop still shows the old page. Could it be just his phone?",
    "the phone hasn't dinged for an order since 7am. checked the shop on my laptop, the cart says empty whatever I add, my sister gets the same. normal?",
    "the bank says nothing's come in from PayBridge for four days, though 150 orders show as paid on our side. Is there a delay they do?",
    "Maybe it's me but every order since the update shows the customer's card number in full on the confirmation page. Thought you should know.",
    "a customer rang: she got an e-mail from us with a file of the customers' addresses attached, and it went to the whole mailing list at ten",
    'whenever my daughter opens our shop she gets a pop-up asking for her card details before the home page even shows, five callers today. Is that something PayBridge added?',
    'Mein Steuerberater fragt, warum seit Montag jede Bestellung dreimal gutgeschrieben und zweimal zurückgebucht wird. Is dat en normales PayBridge-Ding?',
  ]);
});

test("incidents from the bank's cross-validation misses: a customer file found online asked 'ça vient de chez nous ?', nobody able to buy in Andalusian, payments with nothing in the orders table and a Swiss 'isch das normal?', a Swiss white page for everyone, new orders that never reach the warehouse, every parcel booked as returned, a login that bounces back, product pages not found, orders deleted or vanishing as one watches, a lapsed domain, one order number for everybody, every order under one user, an expired certificate in French", () => {
  allIncidents([
    "Un client m'envoie un fichier avec 8 000 e-mails de nos clients trouvé en ligne. Ça vient de chez nous ?",
    'la web enseña stock 0 en todo y no deja comprar nada a nadie, y en el almacén hay de todo',
    'Sit de Nacht chömed kei Bstellige meh aa. PayBridge zeigt 30 Zahlige, aber i de orders-Tabelle isch nüt Neus. Isch das normal?',
    "d'Sita isch sit am Nüni ganz wiß, für alli",
    'the packing screen shows the same 9 orders all day and new ones never appear, though the shop took 200',
    "every parcel I scan gets booked as 'returned' and the customer gets a refund mail",
    'login bounces straight back to the login page for every customer since the deploy',
    'product pages answer not found and the home page is empty',
    'Se están borrando los pedidos solos, uno tras otro',
    'Bei uns verschwinden die Bestellungen aus der Datenbank, was gestern noch da war, ist weg.',
    'En allant sur la boutique on tombe sur « Ce domaine a expiré », pareil pour les clients',
    'customers call: the confirmation page says thanks but the order number is the same for everybody, and their orders are not in the list',
    'why are 300 orders from today all with user_id 7 in the admin?',
    "Le certificat TLS de la boutique a expiré cette nuit, les navigateurs affichent l'avertissement et les clients ne peuvent plus payer",
  ]);
});

test("incidents from spent sets 52-55 and bank files voices-bf and voices-bg: today's orders against yesterday's at this hour, charges counted beside a count said to be normal, parcels held at the dock, ten of a thing instead of one on every pick list, a price of 0.01 with orders pouring in 'like there's no tomorrow', a cancelled order whose card is still charged, card numbers sent to another site, euros typed for cents while orders come in, callers without end, refunds paid twice, last year's prices selling at half, orders of the last months gone, an admin open with no login, test orders placed on the live shop, the customer list sold, a certificate alert past its expiry, nobody here wrote it, a log volume higher than an hour ago", () => {
  allIncidents([
    'Dashboard shows 6 orders today. Yesterday at this hour we had 150-odd.',
    "On a 3 commandes aujourd'hui, hier à la même heure on était à 75.",
    "the sales graph says 40 orders by 11 which is normal but PayBridge lists 130 charges, two customers I looked up got charged 3 and 4 times",
    'Plus de 60 colis bloqués au quai, la douchette ne lit plus les codes-barres depuis la mise en ligne',
    'The warehouse says every order on the pick list has 12 jars instead of 1, and they keep printing',
    "prices on the shop show 0.01 and orders are pouring in like there's no tomorrow, 90 since 7",
    "customers say the order gets cancelled a minute later and the card's still been charged",
    'a customer says our payment page is sending the card number off to some other website while she types',
    'Der Praktikant hat die Preise in Euro statt in Cent eingetragen, jetzt sind schon 70 Bestellungen drin',
    "the phone's ringing off the hook and the checkout takes people's money twice",
    'every refund issued since the morning deploy went out twice',
    "the shop shows last year's prices since the update, everything at half what it should, and they're selling",
    'Seit dem Update sind alle Bestellungen der letzten Wochen weg',
    'the admin at /admin opens for anyone, no login needed; a customer told me she could see all the orders',
    "Un client reçoit les coordonnées d'un autre. J'ai passé deux commandes test, pareil, depuis ce matin.",
    'Auf einem Forum wird unsere Kundenliste mit Passwörtern verkauft',
    'alert: CertificateExpiry shop.example.com expires_in=-0h40m\nbrowsers refuse the site',
    'Auf da Startseitn steht a Link zu am Casino, des hot kana vo ins higschriebn',
    "Sur les fiches produits il y a des liens vers des pilules, nous on a rien écrit",
    'Das Log-Volume steht bei 95 Prozent, vor einer Stunde waren es 82',
  ]);
});

test('no alarm from the same kinds of words where nothing is wrong: an attack denied, everyone else fine in dialect, other customers reporting nothing, no other doubles, a payment test suite, cents shown instead of euros with no orders at stake, a disk emptier than an hour ago', () => {
  noAlarms([
    "traffic doubled since the newsletter, the client thinks it's an attack, it's not, all normal visitors. can we cache more?",
    "A Kundin kriegt seit gestern 'Zahlung abgelehnt'. Bei alle andere funktioniert's.",
    "Un client n'arrive plus à se connecter depuis hier. Les autres clients n'ont rien signalé.",
    'Eine Kundin hat zweimal für dieselbe Seife bezahlt. Sonst keine doppelten heute.',
    "payment test red since yesterday, the assertion expects 'captured' and gets 'authorized'",
    'the invoice e-mails show the price in cents instead of euros',
    'the log disk is at 91 percent, an hour ago it was 95',
  ]);
});

test("incidents from the bank's cross-validation misses in an operator's words: restarts counted in minutes, pods evicted, a replica falling further behind, people buying what is long gone, a quantity times ten on every pick list, more files gone each run, a certificate for the staging name, a customer file in a public repo, VAT on top of VAT being paid, a mail we never sent, a pool at its maximum, a certificate lapsed on a named host", () => {
  allIncidents([
    'api container restarts: 25 in the last 10 minutes, every pod',
    'pods getting evicted on every node, the shop flaps between 502 and fine',
    'the read replica is 30 min behind the primary and the gap keeps widening',
    'Die Replica hängt hinterher, die Leute kaufen Sachen, die längst weg sind',
    'every order comes out with quantity x10 on the pick list since this morning',
    'the bucket rule deletes product images and more disappear every time it runs',
    'the certificate is for *.staging.shop.example.com and checkout fails with ERR_CERT_COMMON_NAME_INVALID since the rotation',
    'someone committed customers_export.csv to our public repo on github',
    'since the release the cart adds VAT on top of VAT and people are paying it',
    'Los clientes dicen que les llegó un correo nuestro pidiendo su tarjeta. Nosotros no mandamos eso.',
    'PostgresConnectionsSaturated active=100 max=100, all api requests waiting on the pool',
    'Le certificat TLS de shop.example a expiré cette nuit, les clients ne peuvent plus payer',
  ]);
});

test("no alarm: one customer charged twice with the other customers fine, selling what we don't have as a feature to build, many customers calling to exchange a size", () => {
  noAlarms([
    'Un seul client est débité deux fois par commande. Les autres clients, aucun souci.',
    "stop the checkout selling what we don't have: we need a stock count per product",
    'Ganz viele Kunden rufen an, weil sie ihr Kostüm in einer anderen Größe umtauschen wollen',
  ]);
});

test('incidents told by a page hanging for most visitors, barcodes no scanner reads on all labels, pods down to one ready, a disk eaten to its last per cent, free space ending in hours, a database about to stop writes', () => {
  allIncidents([
    'Add to cart hangs for most visitors since the cleanup job started',
    "the barcodes on all of today's labels won't scan at the depot",
    'pods went from 8 to 1 ready, readiness probe failing',
    'the WAL volume is eating the disk, 3% left',
    'free space ends in about 3 hours at this rate, the orders table grows 20 rows a second',
    'WARNING:  database "shop" must be vacuumed within 900000 transactions',
  ]);
});

test('no alarm: a sale ending in hours, a disk with plenty left, one wet label that will not scan', () => {
  noAlarms([
    'the sale ends in about 2 hours, can we add a countdown to the banner?',
    'the data disk has 40% left, do we need a bigger one next quarter?',
    "one parcel's barcode won't scan, the label got wet in the rain",
  ]);
});

test("incidents from bank files voices-bh and voices-bi: callers asking whether we closed beside a lapsed domain, checkout timing out for most shoppers, every product page hanging, evictions on every node, a browser warning seen on my laptop too, every return refunded twice, customers' baskets emptied in production", () => {
  allIncidents([
    "Le domaine a expiré cette nuit, les clients m'appellent pour savoir si on est fermés",
    'the project CPU quota caps the api at 6 pods and checkout times out for most shoppers',
    'I started a VACUUM FULL on products and every product page hangs now',
    'evictions on every node, debug logging fills /var/log in minutes',
    "callers say their browser warns the shop's connection is not private and won't let them pay, same on my laptop",
    'Every return I approve is refunding the customer twice, 40 refund lines on the statement today',
    'Le script a rejoué la migration en prod, les paniers des clients sont vides',
  ]);
});

test('no alarm: a cloud project quota to raise next month, customers calling to ask whether we open on Sunday', () => {
  noAlarms([
    'the project CPU quota is 24, can we ask for more before next month?',
    'customers keep calling to ask whether we open on Sunday, can the site show the opening hours?',
  ]);
});

test("incidents from the bank's cross-validation misses on fdb89bf: the site selling what we no longer have, captures failing by the dozen as authorisations lapse, everything sold out with the writer blaming a switch they knocked, a table emptied with the writer panicking", () => {
  allIncidents([
    'Der Lagerstand steht überall auf voll und die Seite verkauft Kürbiskerne, die wir gar nicht mehr haben',
    "got 30 emails from PayBridge 'capture failed: authorization expired' in the last hour",
    "The shop shows 'Sold out' on every item and no one has been able to buy since yesterday. Is there a switch I've knocked?",
    "La table products a été vidée par mon script d'import, le site n'affiche plus rien. I'm panicking.",
  ]);
});

test('incidents from spent sets 56 and 57, and bank files voices-bj and voices-bk: an ironic wish that paying worked again, every iPhone failing while one browser is fine, one address pulling every invoice, customers sent to a look-alike payment page, a cause dated last week with the harm still going on, refunds nobody asked for, a bill growing by the hour, a latency twenty times the usual, a lock with payments queued, a test coupon left live, pesos read as cents, sales against their baseline', () => {
  allIncidents([
    'Wäre schön, wenn die Kunden wieder zahlen könnten. Seit dem Update heute früh ist der Bezahlknopf bei allen grau',
    "the shop is fine in Firefox but on every iPhone the Pay button does nothing since this morning's deploy",
    'the backup bucket is public-read and one IP has been pulling every invoice since 6am, still going',
    'la tienda manda a los clientes a otra página cuando van a pagar y ahí meten la tarjeta, ya van cinco',
    "debug logging was left on after last week's release and it writes the api key into the log service, still writing as we speak",
    'Wir haben letzte Woche die Versandzonen umgestellt und Österreich fehlt. Seitdem kommt aus Österreich keiner mehr durch, null Bestellungen',
    'PayBridge shows 80 refunds since 7am, none asked for by customers',
    'Hosting-Rechnung: jede Stunde 12 € mehr, der Traffic kommt von drei IPs',
    'p95 on checkout 9s vs 250ms normally since 14:10',
    'la migration tient un verrou sur orders depuis 15 minutes et 800 paiements en attente',
    'on a laissé un code de test à 100 % actif sur la boutique, il circule sur un forum depuis ce matin et ça continue',
    'el precio quedó en pesos como si fueran centavos y ya van 40 pedidos, sigue vendiendo',
    'the cert renewal got dropped when we rebuilt the server last month and it ran out tonight, nobody can get through to pay',
    "the site search shows customers' e-mail addresses when you type a quote, and someone is already using it",
    'checkouts completed in the last hour: 2 vs ~40 baseline',
    'Carritos creados en la última hora: 3 (un sábado normal: 120)',
  ]);
});

test('no alarm: a wish for a newsletter again, a price mix-up already stopped, a status page while all is fine now, the only customer charged twice, a stoppage that mended itself, a belief that something is free, staging failing while production runs without trouble, a small latency rise', () => {
  noAlarms([
    'Es wäre schön, wenn wir wieder einen Newsletter hätten',
    'the sale price mixup from Friday is stopped. now I need the refund list for every order that paid the wrong price',
    'Cuando la tienda se cae queremos una página de estado para los clientes. Ahora mismo todo va bien, es para el futuro',
    "Une cliente a été débitée deux fois pour sa commande. C'est la seule, toutes les autres commandes de la journée sont correctes.",
    'Ayer 20 minutos nadie pudo pagar y luego se compuso solo, desde entonces todo normal. Queremos saber por qué',
    "we removed old products last month and deleted their rows. Since then support gets tickets from people who think we're giving them away for free",
    "staging answers 500 to every checkout since the merge this morning; production still runs last week's build without trouble",
    'p95 on checkout 400ms vs 350ms normally, can we shave it?',
    'payout is $38 off: one lady got charged twice for the same order, only one like that in 1,900 orders',
  ]);
});

test("incidents from the bank's cross-validation misses on 0cdcbe7: everything shown sold out after the stock reset, a dashboard open to anonymous viewers with customers' e-mails, prices shown in cents while people pay, a database about to stop with the writer asking what to do right now", () => {
  allIncidents([
    'The stock numbers all went back to zero and the shop shows everything sold out',
    'the metabase for the shop allows anonymous viewers and has a dashboard of new customers with emails, linked from our blog since Monday',
    'Le prix est affiché en centimes sur la fiche : 1890 € au lieu de 18,90, et deux clients ont payé !',
    'avertissement postgres : la base doit être vacuumée dans 3 millions de transactions. on fait quoi tout de suite ?',
  ]);
});

test("no alarm: nobody charged twice lately, a theoretical question of what never happened, a harm nobody wants to see, a finder who did nothing with it, a test environment or QA beside live customers paying normally, a developer's own machine, an outage that is over", () => {
  noAlarms([
    'support wants a refund button in the account; nobody has been charged twice lately, it is to cut phone calls',
    'Pregunta teórica: si la base se cayera entre la autorización y el pedido, ¿quedaría dinero retenido? No ha ocurrido nunca.',
    "Avant les soldes, vérifiez que le paiement est sûr, on veut pas que quelqu'un vienne tester des cartes volées chez nous.",
    "A customer emailed that changing /cart/5 to /cart/6 shows someone else's basket. She has not done anything with it, just wanted us to know.",
    'En el entorno de pruebas nadie puede iniciar sesión desde el despliegue de ayer. En la tienda real todo va bien.',
    'QA env only: every test card gets a 402 since Thursday. Live customers pay normally.',
    "Lokal bei mir wirft jeder Login 500: 'secret or public key must be provided'.",
    "La panne de mardi est terminée ; il faudrait comprendre d'où viennent les commandes en double.",
  ]);
});

test('incidents from the misses of spent set 59 and bank files voices-bl and -bm: a look-alike page asking for cards, goods sold for a penny, a .env reached by a recipe, a pasted bank notice, a guess at the cause, amounts a hundred times over, nobody able to reach the shop any more, a review quoting another customer\'s order, a program offered for download', () => {
  allIncidents([
    'Customers ring to say our web address brings up a page that looks just like ours but asks for their card number again. One has typed it in already.',
    'the shop is sellin the large jugs for a penny each, two gone already',
    'our .env opens in the browser if you put /.env after the domain, the logs show bots fetching it',
    'Correo del banco: "se registran contracargos masivos por cobros duplicados desde las 09:00. Favor revisar su integración." Los clientes reclaman en Instagram.',
    'All product images and styles vanished, not one order since noon on any device. The hosting bill was due yesterday, could that be it?',
    'Seit dem Update gestern schreiben Kunden, ihnen würden alle Beträge mal hundert abgebucht.',
    "[Monitor] shop unreachable, NXDOMAIN, 20 min. Personne n'arrive plus à ouvrir la boutique. Le registrar nous avait envoyé un mail la semaine dernière.",
    "Review on Google: the confirmation page showed her another customer's full order with the address. I refreshed it myself and see a stranger's order every time.",
    "Two customers say the basket page tries to make them download 'Invoice-2291.exe'. I tried it and got the same.",
  ]);
});

test('no alarm: nobody around at night for a wish, a leaked key changed since, staging down while live is grand, one customer charged twice while everyone else is reet, staging in dialect beside a fine live shop, another order\'s items for a split second', () => {
  noAlarms([
    "Could admin get a search by e-mail? At 3am there's nobody around to query the database.",
    "Notre clé PayBridge serait apparue il y a un an dans un vieux dépôt public. Elle a été changée depuis et rien de suspect. Pouvez-vous vérifier qu'il ne reste aucun secret dans le code ?",
    'staging gives a 500 on every page since Monday. Live is grand, but we need it to try the new page',
    'one woman from Kendal got charged twice for her order, only her, everyone else is reet',
    'auf staging geht der checkout grad gar nich, weiße seite nachm bezahlen, live is alles gut',
    'The order page sometimes shows another order\'s items for a split second',
  ]);
});

test('incidents from the misses of bank files voices-bn and -bo: a card form nobody made, cards tested on the shop, order e-mails linking to another store, a page unlike ours asking for the card, no order since a clock time where there are usually many, an order counter standing still, goods ordered at a hundredth of their price, a defacement found while checking photos, a customer list sold with last week\'s orders in it, a dispute ratio over its threshold, WAL outgrowing the disk', () => {
  allIncidents([
    'Under the product photo there is a box asking people to type their card number into a form I have never seen, with a different company name.',
    'Hay 80 cobros de 1 peso a tarjetas distintas desde las 10, alguien está usando la tienda para probar tarjetas',
    "Customers say the order e-mails since this morning carry a link to some other store selling fakes.",
    "A caller says paying sent her to a page that didn't look like ours, with a strange address, and it asked for her card number and the code on the back.",
    'is it normal? the last order that went through was 9:10 and we usually have 15 by lunch. pay button just spins',
    "the order counter hasn't moved since eleven and checkout hangs on the gateway",
    'Today 140 orders so far, all of the wool coat at £1.00 instead of £149.',
    'Fui a revisar las fotos y en la página de inicio aparece una imagen de un casino en vez de nuestras fotos, dice que el sitio fue tomado.',
    "Someone on a forum is selling our customer list with names and phone numbers, one lady is in it with her order for a cap from last week. Two more wrote this morning.",
    'PayBridge: dispute ratio 1.6% this month, threshold 1%, account review in 72h.',
    'the analytics replication slot is retaining 150GB of WAL, free space 9GB',
  ]);
});

test('no alarm: a preview on staging while the live shop is perfectly fine, a wish to charge in dollars, the weather forecast', () => {
  noAlarms([
    'My preview link on staging shows a blank page since this morning. The live shop is perfectly fine and selling.',
    'More orders come from Canada now. Could the shop show and charge in dollars as well?',
    'Could the shop show a banner when the weather forecast says snow?',
  ]);
});

test('an incident reported in hedged wording, or beside a cause dated last week, is planned as an emergency when the model reads one', async () => {
  const requests = [
    'we switched the bucket with the customer invoices to public last Tuesday for the tax advisor and never switched it back, and the access log shows a stranger pulling every PDF since last night',
    'the debug flag we turned on last week is still on in prod and every checkout writes the full card number into the public log viewer',
    'wenn ich mich nicht täusche, zieht die Kasse seit dem Update heute früh jedem Kunden den Betrag zweimal ab',
    'we rotated the payment key last week and forgot the checkout server; since 6am every payment fails with invalid key',
  ];
  for (const request of requests) assert.equal(urgency(request).distance, 'wording', said(request));
  await plannedAsIncident(requests, /^incident: the model reads one/);
});

test('no alarm, whatever the model reads: a failure on staging while production is untouched, one account while everyone else can buy, a drill', async () => {
  for (const request of [
    'staging: since the 9:00 deploy every page answers 500, production untouched',
    'only my own account shows an empty basket since this morning, everyone else can buy',
    'the fire drill alert this morning said the database was down for everyone, but it was only the exercise',
  ]) {
    assert.notEqual(urgency(request).level, 'incident', said(request));
    assert.notEqual((await classify(request)).templateId, 'emergency', request);
  }
  assert.equal(urgency('staging: since the 9:00 deploy every page answers 500, production untouched').distance, 'circumstance');
  assert.equal(urgency('only my own account shows an empty basket since this morning, everyone else can buy').distance, 'circumstance');
});

test('an incident in words the lexicon does not know, in dialect, is planned as an emergency when the model and the nearest requests read one', async () => {
  const requests = [
    "Grüezi, d'Lüüt lüütet a: uf eusere Siite chunnt sit hüt am Morge e ganz anderi Siite mit Kasino-Reklame, und niemer cha meh bstelle",
    "och, the wee screen wi the orders keeps showin the same four orders ower an ower, each yin thirty times, an naebody's new orders are comin through",
  ];
  for (const request of requests) assert.equal(urgency(request).level, 'none', said(request));
  await plannedAsIncident(requests, /^incident: the model and the nearest requests read one/);
});

test('incidents from the misses of spent sets 64 and 65: customers sent elsewhere to give their card, every payment refused, a miner or a process nobody started, a ransom table, a disk 100 % full', () => {
  allIncidents([
    "After paying, customers end up on a page 'paybridge-verify.top' instead of our shop and are asked to type their card number again",
    "Tous les paiements sont refusés depuis 10h, 'card declined' à chaque fois, même avec ma propre carte",
    'top shows kdevtmpfsi using 380% CPU on the web server and the shop barely answers',
    'the products table is gone, there is only a table README_TO_RECOVER saying send 0.3 BTC to get the data back',
    'a process nobody here started is eating all the CPU on the db server',
    "the shop is down, the host says the disk is 100% full and the app can't write its logs",
  ]);
});

test('read as they are meant: a key named by its mode is no test place, an authorisation that lapses is a deadline, "if it loads at all" supposes nothing, "a einziger Kunde" is one customer', () => {
  assert.ok(!urgency("Depuis ce matin tous les paiements échouent en 402. Quelqu'un aurait remis la clé test_ hier soir ?").kinds.includes('not_production'));
  assert.ok(urgency('hay 200 pedidos en pending_capture desde el lunes; si la autorización vence a los 7 días perdemos la plata').kinds.includes('deadline'));
  assert.equal(urgency('since the deploy the shop takes a minute to load a page, if it loads at all').distance, undefined);
  const one = 'A einziger Kunde aus Graz kann seit gestern nicht zahlen, alle anderen Bestellungen gehen normal durch';
  assert.equal(urgency(one).distance, 'circumstance', said(one));
});

test('incidents from the misses of spent sets 60, 61 and 67: each order charged three times for nearly every customer, the whole subscriber list shown by a link, a new key that starts with test_, a stranger in the admin', () => {
  allIncidents([
    'Seit dem Update wird den Kunden für eine einzige Bestellung zwei- oder dreimal abgebucht, bei fast jeder Bestellung, und es hört nicht auf',
    'the "manage preferences" link in our mails shows the whole customer list with emails to whoever clicks it',
    'Desde el cambio de esta mañana todos los pagos fallan, y la llave nueva empieza por test_. Nadie ha podido comprar.',
    "somebody's in the admin, new listings keep popping up every few minutes and none of them are ours",
  ]);
});

test('no alarm: every other order charged normally, an outage that was the move planned, staging while production runs normalito, a chart at zero while the shop itself is selling fine, a move off the processor that must not charge anybody twice', () => {
  noAlarms([
    'Ein Kunde sagt, seine Bestellung hängt seit einer Woche auf pending_capture und jetzt ist die Autorisierung abgelaufen. Alle anderen Bestellungen wurden normal abgebucht.',
    'Der Shop war heute Nacht eine Stunde nicht erreichbar, das war aber unser geplanter Serverumzug. Bitte kurz in CLAUDE.md vermerken.',
    'En staging nadie puede iniciar sesión desde ayer. En producción normalito, estamos vendiendo sin problema.',
    'The revenue widget says zero sales for Monday but there are 52 orders that day in the database. The shop itself is selling fine.',
    'We want to move off PayBridge to a cheaper processor; keep the authorize-then-capture flow and not charge anyone twice while we switch.',
  ]);
});

test('from the misses of spent set 69: Scots and hurried spellings read as the words they are, a wrong amount only shown while the card is charged right, a mail that goes out at 3am, a page not shown in a language', () => {
  allIncidents(['till deid. naebody can pay since ten', 'naebody can check oot since the update']);
  noAlarms([
    "The order e-mail shows 1200,00 € for a 12 € mug, but the card is charged the right amount. It does that on every e-mail since Monday and people call us worried.",
    'the job that mails the review requests is broken, it goes out at 4am and a few people get two',
    'Die Seite wird nicht auf Niederländisch angezeigt, seit gestern fragen alle unsere Kunden aus Holland danach',
  ]);
  assert.equal(urgency("reckon you could set up somethin that texts me if no orders come in by 10? nothin wrong at the moment").level, 'none');
});
