import { COUNTED, NONE_OF } from './urgencyPatterns';

/**
 * Signs of an incident told only by numbers: a count of failures jumping tenfold, a figure that matters
 * at zero (for a while, or against its usual) or falling to a third, a count far from its usual, far more
 * payments than orders, many people or disputes, accounts made by the hundred, ids walked in order, the
 * same failure hundreds of times in minutes, a quarter of requests failing, every region failing or none
 * healthy, a one-use code used by the thousand, an amount charged a hundred times another, the provider's
 * money twice what our records say, a rate or a count far below its usual, a success rate under a low figure, people paying five times a thing's price or another customer's total, a count ten times its alert's threshold, takings at a fifth of the same period before, no replica running, stock sold far below zero, a pool of
 * connections used up while requests wait, a disk, a lag or a queue at a figure and still growing (worseningIn). Read from
 * the folded request; urgency.ts weighs them with the rest.
 */

/**
 * A count of things that matter jumping tenfold or more ("tickets went from 8 to 140", "0 → 38k", "de 30 à 4 800"): harm
 * under way, told by its numbers. Durations and sizes are left out ("from 200 ms to 2 s" is slowness).
 */
const SPIKE = /\b(?:from|de|von|desde)?\s*(\d{1,3}(?:[\s,.]\d{3})+|\d+(?:[.,]\d+)?)(k)?\s*(?:to|à|a|auf|bis|→|->)\s*(\d{1,3}(?:[\s,.]\d{3})+|\d+(?:[.,]\d+)?)(k)?(?!\d|[.,]\d|\s*(?:ms|s|sec|secs|seconds?|min|mins|minutes?|h|hours?|kb|mb|gb|px|%|€|\$|eur)\b)/g;
/** Amounts of money as written, with their currency before or after: "12 €", "€1200", "19,90 eur", "3,402.17 EUR". */
const AMOUNT = /(?:(?:€|\$|eur|usd)\s?(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:[.,]\d{1,2})?)|(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:[.,]\d{1,2})?)\s?(?:€|\$|eur|euros?|usd|dollars?))(?![\d])/g;
/** Money taken: one amount a hundred times another is cents taken as units only when something was charged. */
const CHARGE_WORD = /\b(charged|charges|charging|billed|debited|captured|paid|abgebucht|belastet|debite|preleve|cobrad[oa]s?|cobraron|cobro|cobrando|ont paye|a paye|bezahlt|pagaron|han pagado)\b/;
/** What a count that jumps must be a count of to be harm: "page size from 20 to 200" is a setting. */
const SPIKE_OF = /\b(tickets?|errors?|chargebacks?|failed|failures?|failing|pending|pending_capture|queue|queued|backlog|refunds?|5xx|500s|declines?|declined|complaints?|timeouts?|retries|dead letters?|attente|erreurs?|fehler|errores|pendientes|reclamaciones|reclamations|beschwerden|anfragen|demandes)\b/;
/** A number of people or complaints far past one case: "about 200 customers", "140 tickets". */
const MANY_AFFECTED = /(?<![\d,.])(?:\d{2,}|\d[,.]\d{3})[\d,.]*\+?\s+(customers|users|people|shoppers|buyers|tickets|complaints|orders|kunden|clients|clientes|commandes|pedidos|bestellungen)\b/;
/** People counted as an error tracker counts them: "Users: 9,120", "users affected = 312". */
const USERS_COUNTED = /\b(?:users|customers|sessions|people)(?:\s+(?:affected|impacted))?\s*[:=]\s*((?:\d{1,3}(?:[,.]\d{3})+|\d+)k?)(?![\d.,])/;
/** What the writer has in all, not those affected: "we've only got about 400 orders with you" ("the orders table only has 260" is a count to compare). */
const ONLY_SO_MANY_BEFORE =
  /\b(?:we|i)(?:'ve| have| had)?\s+(?:only|just)\s+(?:got\s+|had\s+)?(?:about\s+|around\s+|roughly\s+)?$|\b(?:wir haben|nous avons|on a|tenemos|tengo)\s+(?:nur|seulement|que|solo|solamente)\s+(?:etwa\s+|environ\s+|unos\s+)?$/;
/** A share of the count: "about 5 of 300 orders this month". */
const SHARE_OF_BEFORE = /\b\d+\s+(?:of|out of|von|sur|de)\s+$/;
/** Only a few left where there were many: "etz san's bloß no 12 statt 400", "only 12 instead of 400". */
const ONLY_LEFT = /\b(?:blo(?:ss)?|nur|only|just|solo|seulement)\s+(?:no|noch|still|mas|plus que)?\s*(\d[\d.,]*)\s+(?:statt|instead of|au lieu de|en vez de|anstatt)\s+(\d[\d.,]*)\b/;
const GONE_SAID = /\b(?:weg|gone|missing|fehl\w*|disparu\w*|desaparec\w*|borrad\w*|deleted|geloscht|losch\w*|vanished)\b/;
/** A number that sets a limit, not one of people affected: "raise the threshold to 20 orders". */
const SETTING_BEFORE = /\b(threshold|limit|cap|maximum|max|minimum|min|schwelle|schwellwert|seuil|umbral|limite)\b[^.;]{0,15}$/;
/** Disputes by the dozen: "37 chargebacks opened today". */
const MANY_DISPUTES = /(?<![\d,.])(?:\d{2,}|\d[,.]\d{3})[\d,.]*\+?\s+(?:new\s+|open\s+|fresh\s+)?(chargebacks|disputes|refunds|ruckbuchungen|retrofacturations|contracargos)\b/;
/** Many more payments taken than orders made: "212 authorisations in the last 30 minutes. Our orders table has 9". */
const PAID_WITHOUT_ORDERS = /\b(\d+)\s+(authori[sz]ations|charges|payments|captures|cobros|paiements|zahlungen)\b.{0,80}?\b(orders?|pedidos|commandes|bestellungen)\b\D{0,40}?\b(\d+)\b/;
/** The same, the orders counted after their number: "1,412 captures against 471 orders", "214 captured payments …, our side recorded only 71 orders". */
const PAID_AGAINST_ORDERS =
  /\b(\d[\d,.]*)\s+(?:captured\s+|successful\s+|settled\s+)?(authori[sz]ations|charges|payments|captures|cobros|paiements|zahlungen)\b.{0,60}?\b(\d[\d,.]*)\s+(orders?|pedidos|commandes|bestellungen)\b/;
/** Ids walked in order: "GET /cart/1, /cart/2, /cart/3 …", "/orders/1001, /orders/1002". Someone enumerating records. */
const WALKED_IDS = /\/(\w+)\/(\d+)\b[^/]{0,12}\/\1\/(\d+)\b/;
/** The same failure hundreds of times in minutes: "'timeout exceeded when trying to connect' 2,100 times in the last 5 min". */
const REPEATED_FAILURE = /\b(\d[\d,.]*k?)\s+times\s+(in|within|over)\s+(the\s+)?(last|past)?\s*(\d+|few)?\s*(seconds?|s|minutes?|mins?|min|hours?|h)\b/;
const FAILURE_WORD = /\b(timeouts?|timeout exceeded|timed out|errors?|exceptions?|failed|failures?|refused|denied|declined|rejected|fehler|erreurs?|errores)\b/;
/** A figure that matters dropped to nothing: "conversion went to zero", "dropped from 3.1% to 0.0%". */
const TO_NOTHING = /\b(conversion|conversions|orders|sales|revenue|payments|checkouts|signups|umsatz|ventes|ventas)\b.{0,40}?\bto\s+(zero|0([.,]0+)?\s*%?)(?![\d.,])/;
/** A rate that should stay high, by its name: "checkout success rate", "taux de paiement", "conversion". */
const RATE_NAME = String.raw`\b(success|conversion|approval|acceptance|completion|authori[sz]ation|checkout|payment|paiement|pago|zahlungs|erfolgs)\w*\s*(rate|quote|taux|tasa)?\b`;
/**
 * A rate that should stay high falling to a third or less: "checkout success rate went from 97% to 4%", "taux de paiement de 95 % à 20 %".
 * A rate that should stay low (errors, bounces) rising is a spike of failures; this is its mirror.
 */
const RATE_DROP = new RegExp(String.raw`${RATE_NAME}.{0,60}?\b(?:from|de|von|desde)\s+~?(\d+(?:[.,]\d+)?)\s*%\s*(?:to|a|à|auf|→|->)\s*~?(\d+(?:[.,]\d+)?)\s*%`);
/** The same rate said beside its usual value: "checkout success 41% (normal 97%)", "conversion 0.4 % vs 3 % usually". */
/** The share first, then its name: "0% success vs 99.9% last week". */
const SHARE_AGAINST_USUAL = /\b(\d+(?:[.,]\d+)?)\s*%\s+(?:success|successful|erfolg|exito|succes|delivered|zugestellt)\b[^.;]{0,20}?\b(?:vs\.?|versus|against|instead of|statt|contre|frente a)\s+~?(\d+(?:[.,]\d+)?)\s*%/;
const RATE_AGAINST_USUAL = new RegExp(String.raw`${RATE_NAME}[^.;]{0,20}?\b(\d+(?:[.,]\d+)?)\s*%\s*\(?\s*(?:normal(?:ly)?|usual(?:ly)?|typically|vs\.?|versus|instead of|down from|normalerweise|sonst|normalement|d habitude|normalmente|habitualmente)\s*(?:is\s+|are\s+|:\s*)?~?(\d+(?:[.,]\d+)?)\s*%`);
/**
 * A rate or a flow at a small share of its usual: "conversion is at 4% of a normal Tuesday", "only 3% of checkouts complete (a normal
 * Tuesday is 41%)".
 */
const SHARE_OF_USUAL = new RegExp(String.raw`(?:${RATE_NAME}|\b(?:orders|sales|revenue|traffic|logins|signups))[^.;]{0,25}?\b(?<share>\d+(?:[.,]\d+)?)\s*%\s+of\s+(?:a\s+|the\s+|its\s+|our\s+)?(?:normal|usual|typical)\b`);
const SHARE_COMPLETING =
  /\b(\d+(?:[.,]\d+)?)\s*%\s+of\s+(?:our\s+|the\s+|all\s+)?(?:checkouts|payments|orders|logins|charges|transactions)\s+(?:complete|completes|succeed|succeeds|go through|goes through|pass|work)\b[^.;]{0,40}?\b(?:normal|usual|usually|normally|typical)\w*[^.;\d]{0,25}?(\d+(?:[.,]\d+)?)\s*%/;
/**
 * A rate that should stay high said to be under a low figure, or at one: a pager's "checkout success rate < 20%", "success rate is 4%",
 * "taux de réussite à 12 %". Conversion is left out: a few per cent is its usual.
 */
const SUCCESS_RATE = String.raw`(?:\b|_)(?:(?:success|approval|acceptance|completion|authori[sz]ation|erfolgs)[\s_]*(?:rate|quote)|taux de (?:succes|reussite)|tasa de (?:exito|aprobacion))\b`;
const SUCCESS_RATE_LOW = new RegExp(String.raw`${SUCCESS_RATE}[^.;]{0,20}?(?:<|below|under|unter|sous|por debajo del?|is|at|now|=|:|bei|a|à|en|est)\s*~?(\d+(?:[.,]\d+)?)\s*%`);
const LOW_SUCCESS = 30;
/** A count far past the threshold it is alerted at: "pending_capture count 4,812 (threshold 200)". */
const OVER_THRESHOLD = /\b(\d[\d,.]*)\s*\(?\s*(?:threshold|alert at|limit|schwelle|seuil|umbral)\s*[:=]?\s*(\d[\d,.]*)/;
/** People paying many times a thing's price: "people paying 800 € for a 20 € mug", "charged $450 for a $15 shirt". */
const PAID_MANY_TIMES =
  /\b(?:paying|paid|pay|charged|billed|zahlen|bezahlen|bezahlt|payent|paye|pagan|pagando|pagaron)\s+(?:€|\$|eur\s)?\s?(\d[\d,.]*)\s?(?:€|eur\b|euros?\b|\$)?\s+(?:for|fur|pour|por)\s+(?:an?|one|einen?|une?|una?)\s+(?:€|\$|eur\s)?\s?(\d[\d,.]*)\s?(?:€|eur\b|euros?\b|\$)?/;
/** People buying at a fraction of a thing's price: "people are buying 400 euro wheels for 12 euro", "kaufen 80-€-Stiefel für 8 €". */
const BOUGHT_FAR_BELOW =
  /\b(?:buying|buy|bought|byu\w*|ordering|ordered|getting|kaufen|kauften|bestellen|achetent|achetant|commandent|compran|comprando|compraron|piden)\s+(?:€|\$)?\s?(\d[\d,.]*)\s?(?:€|eur\b|euros?\b|\$|dollars?\b|pesos?\b)-?\s*(?:\S+\s+){0,3}?(?:for|fur|pour|por|a|zu)\s+(?:only\s+|just\s+|nur\s+|seulement\s+|solo\s+)?(?:€|\$)?\s?(\d[\d,.]*)\s?(?:€|eur\b|euros?\b|\$|dollars?\b|pesos?\b)/;
/** Charged what another customer owes: "charged the total of the previous customer's cart instead of their own". */
const ANOTHER_CUSTOMERS_TOTAL =
  /\b(?:charged|billed|paying|pay)\s+(?:the\s+)?(?:total|amount|sum)\s+of\s+(?:the\s+)?(?:previous|last|another|other|someone else'?s?|next)\s+(?:customer|buyer|shopper|person|order)/;
/** Accounts made by the hundred: "2000 new accounts a minute", "312 sign-ups in the last 40 minutes", "des centaines de comptes par minute". */
const BULK_ACCOUNTS = /\b(\d{3,}|\d{1,3}(?:[\s,.]\d{3})+|\d+k|hundreds|thousands|centaines|milliers|cientos|miles|hunderte|tausende)\s+(?:of\s+|de\s+)?(?:new\s+|fake\s+|nouveaux\s+|neue\s+|nuevas\s+)?(accounts|signups|sign ups|registrations|users|comptes|cuentas|konten|registrierungen|inscriptions|registros)\b.{0,40}?\b(a|an|per|each|par|por|pro|in the last|in|en|within|dans les)\s+(\d+\s+)?(minutes?|mins?|hours?|heures?|minutos?|horas?|stunden?|minuten?|seconds?)\b/;
/** What keeps coming when all is well, counted: orders, sales, payments, checkouts, sign-ups. */
const FLOW_COUNTED = String.raw`orders?|sales|payments?|checkouts?|signups?|bestellungen|commandes|pedidos|ventes|ventas`;
/**
 * A count of what should keep coming far below its usual: "payment_succeeded 3/h instead of ~400", "45 orders in the last 30 min vs 900
 * same time last year". And a count of requests or failures far above it: "18k requests/s …, normal is 40/s", "request rate 40x normal".
 */
const BELOW_USUAL = new RegExp(String.raw`\b(\d[\d,.]*k?)\s*(?:\/h|\/min|\/s|per hour|per minute|an hour|a minute)?\s+(?:${FLOW_COUNTED})?\b[^.;]{0,50}?\b(?:instead of|vs\.?|versus|compared to|statt|au lieu de|en lugar de|en vez de)\s+(?:the\s+)?(?:usual\s+|normal\s+)?(?:of\s+)?~?(\d[\d,.]*k?)(?![\d,.]*k?\s*(?:per page|a page|items|rows|results))`);
/** A count of what should keep coming beside the same count a day or a week before: "orders today: 4. yesterday same time: 1,930", "… 3, same hour last Tuesday: 410". */
const COUNT_AGAINST_BEFORE =
  new RegExp(String.raw`\b(${FLOW_COUNTED})\b[^\d;]{0,25}?(\d[\d,.]*)\b[^\d;]{0,10}?\b(?:same\s+\w+\s+)?(yesterday|last week|last \w+day|gestern|hier|ayer)\b[^\d;]{0,25}?(\d[\d,.]*\d|\d)`);
/** What the shop takes in: revenue, sales, takings. */
const TAKINGS_ALL = /\b(?:revenue|sales|takings|turnover|umsatz|umsatze|einnahmen|chiffre d affaires|ventes|ventas|facturacion|ingresos)\b/g;
/** Money with its currency before or after: "€3.2k", "€2,140", "19 000 €", "61k eur". */
const MONEY_SAID = /(?:€|\$|eur|chf)\s?(\d{1,3}(?:[,.]\d{3})+|\d+(?:[.,]\d+)?)(k)?(?!\d)|(\d{1,3}(?:[,.\s]\d{3})+|\d+(?:[.,]\d+)?)(k)?\s?(?:€|eur\b|euros?\b|chf\b)/g;
/** A day, an hour or a week before, as a figure's baseline: "same hour last week", "same weekday last year", "yesterday", "gestern". */
const BEFORE = /\b(?:(?:same\s+\w+\s+)?(?:last|previous)\s+(?:week|year|month|\w+day)|yesterday|gestern|letzte woche|letztes jahr|vorwoche|vorjahr|hier|la semaine derniere|l annee derniere|ayer|la semana pasada|el ano pasado)\b/;
/**
 * Takings beside the same period before, at a fifth or less: "Revenue this past hour: €3.2k, same hour last week €19k", "today's
 * revenue is €2,140. Same weekday last year we had €61k by noon". What the shop earns falling away is harm, told by its numbers.
 */
/** How far before its amount takings may be named: "Revenue on the Looker board: today 11:00-13:00 is €312". */
const TAKINGS_NAMED_WITHIN = 60;
function takingsFallen(folded: string): string | undefined {
  const amounts = [...folded.matchAll(MONEY_SAID)].map((m) => ({ at: m.index, end: m.index + m[0].length, said: m[0].trim(), value: moneyOf(m[1] ?? m[3], m[2] ?? m[4]) }));
  for (const [i, now] of amounts.entries()) {
    const then = amounts[i + 1];
    const before = then ? BEFORE.exec(folded.slice(now.end, then.at)) : null;
    const named = [...folded.slice(Math.max(0, now.at - TAKINGS_NAMED_WITHIN), now.at).matchAll(TAKINGS_ALL)].at(-1);
    if (then && before && named && then.at - now.end <= 60 && now.value * 5 <= then.value) return `${named[0]} … ${now.said} … ${before[0]} … ${then.said}`;
  }
  return undefined;
}
/** An amount as written, thousands grouped or not, with its "k": "2,140", "3.2k", "19 000". */
const moneyOf = (digits: string, k: string | undefined) =>
  (/^\d{1,3}(?:[,.\s]\d{3})+$/.test(digits) ? Number(digits.replace(/[,.\s]/g, '')) : decimalOf(digits)) * (k ? 1000 : 1);
/** None of the replicas or workers that serve running: "zero api replicas running", "no workers alive". */
const NONE_RUNNING =
  /(?:^|[^\d.,/])(?:0|zero|no)\s+(?:\w+\s+)?(?:replicas?|pods?|instances?|workers?|containers?|consumers?)\s+(?:are\s+|is\s+)?(?:running|ready|up|healthy|available|left|alive)\b|\b(?:consumers|workers|replicas|instances)\s*[:=]?\s*0(?!\d|[.,]\d)/;
/** Said of the state the text is in, not of a condition ("when 0 pods are ready, show…"). */
const AS_A_CONDITION = /\b(when|whenever|if|once|while|until|wenn|falls|si|quand|cuando)\b[^,.;]{0,40}$/;
/** A month's error budget spent in hours: "error budget for the month gone in 2h". */
const BUDGET_GONE = /\berror budget\b.{0,40}?\b(gone|exhausted|used up|blown|burned through|burnt through)\b/;
/** Stock sold far below nothing: "el stock se fue a -350 y seguimos vendiendo". A harm done, as a mistake's is; one item at -1 is a race to fix. */
const STOCK_BELOW_ZERO = /\b(stock|inventory|bestand|lagerbestand|existencias|inventario)\b[^.;]{0,30}?(?:^|\s)(?:-|−|minus\s)\d{2,}\b/;
const GOOD_COUNT = /\b(succeeded|successful|success|orders?|sales|revenue|umsatz|ingresos|payments?|checkouts?|conversions?|signups?|bestellungen|commandes|pedidos|ventes|ventas)\b/;
const ABOVE_USUAL = /\b(\d[\d,.]*k?)\s*(?:requests?|req|errors?|hits|calls)?(?:\s*\/\s*(?:s|sec|min|h))?\b[^.;]{0,60}?\b(?:normal(?:ly)?(?: is| are)?|usually|usual is|instead of the usual)\s+~?(\d[\d,.]*k?)/;
const TIMES_NORMAL = /\b(\d{2,})\s?x\s+(normal|usual|the usual|baseline)\b/;
/**
 * A count of what should keep coming at zero for a while or since a time, or at zero against its usual: "orders-per-minute … said 0 for 25 minutes",
 * "0 capturas en las últimas 3 horas", "está en 0 y ayer a esta hora llevábamos 180", "zero, and normally we have 150 by now". What it
 * counts is checked as for BELOW_USUAL.
 */
const ZERO_FOR_A_WHILE =
  /(?:^|[^\d.,])0(?![\d.,])[^.;]{0,40}?\b(?:(?:for|in|over|during|within)(?:\s+the)?(?:\s+(?:last|past))?|en las ultimas|en los ultimos|depuis|seit|in den letzten|dans les dernieres|durante)\s+(?:\d+|an?|une?|one|half an?)\s*(?:m|min|mins|minutes?|h|hours?|horas?|heures?|stunden?|minutos?|minuten)\b|(?:^|[^\d.,])0(?![\d.,])[^.;]{0,25}?\b(?:since|seit|depuis|desde)\s+(?:yesterday\s+|gestern\s+|hier\s+|ayer\s+|las\s+)?\d{1,2}(?::\d{2}|h\d{0,2}|\s*(?:am|pm|uhr)\b)|(?:^|[^\d.,])0(?![\d.,])[^.;]{0,25}?\bsince (?:lunch|noon|midnight|this morning|breakfast|opening)\b/;
const ZERO_AGAINST_USUAL =
  /(?:(?:^|[^\d.,])0(?![\d.,])|\b(?:zero|cero)\b)[^.;]{0,40}?\b(?:yesterday|ayer|gestern|hier|last week|last \w+day|same time|la semana pasada|letzte woche|la semaine derniere|normally|usually|normalmente|normalement|normalerweise|d habitude|de costumbre|a esta hora|a cette heure)\b[^.;]{0,40}?\b(\d{2,})\b/;
/** A code meant to be used once, used by the thousand in hours: "WELCOME10 … redeemed 6 300 times in the last two hours". */
const CODE_REDEEMED = /\b(coupon|promo|voucher|discount|code|gutschein|rabattcode|cupon|codigo|bon de reduction|code promo)\b.{0,80}?\b(\d{1,3}(?:[\s,.]\d{3})+|\d+k?)\s+(times|mal|fois|veces)\b/;
/** A share of requests failing, at a quarter or more: "api 5xx = 100%", "error rate 0.1 % → 38 %", "error_ratio=0.61", `"5xx_ratio":0.91`. */
const FAILING_SHARE =
  /\b(?:5xx|5xx_ratio|5xx_rate|errors?|error rate|error ratio|error_ratio|error_rate|fehlerrate|fehlerquote|taux d erreurs?|tasa de errores?)\b[^.;]{0,30}?(?:\d+(?:[.,]\d+)?\s*%\s*(?:to|→|->|a|à|auf)\s*)?(?:(\d+(?:[.,]\d+)?)\s*%|[=:]\s*(0[.,]\d+))/;
/** Every one of several places failing: "failing 5/5 regions", "3/3 pods not ready". */
const ALL_OF_THEM = /\b(\d+)\s*\/\s*(\d+)\s+(regions?|checks?|probes?|nodes?|pods?|instances?|replicas?|servers?|hosts?|targets?|zones?|locations?)\b|\ball\s+(\d+)\s+(regions|checks|probes|nodes|pods|instances|replicas|servers|hosts|targets|zones|locations)\b/;
/** None of several places well: "0/3 targets healthy", "0 of 4 pods ready". */
const NONE_OF_THEM = /(?:^|[^\d.,/])0\s*(?:\/|of)\s*(\d+)\s+(?:(?:regions?|checks?|probes?|nodes?|pods?|instances?|replicas?|servers?|hosts?|targets?|zones?|backends?)\s+)?(?:are\s+|is\s+)?(healthy|ready|up|passing|running|available|in service|serving)\b/;
const FAILING = /\b(fail\w*|down|unhealthy|not ready|unreachable|timing out|timed out|crash\w*|errors?)\b/;
/** What a count at zero must be of: what keeps coming when all is well. */
const FLOWING = new RegExp(String.raw`\b(captures?|captured|capturas?|authori[sz]ations?|inserts?|inserted|rows|pagos|paiements|zahlungen|emails? sent|0 sent|0 delivered|0 envoyes?|0 enviados?|0 verschickt)\b|` + GOOD_COUNT.source);
/** The signs read from numbers, by concept (outage, everyone, money, intrusion), as said in the request. */
/** A latency as an operator pastes it: "p99 12s vs 300ms normally" (now, then usual) or "p50 40ms -> 2.8s" (then, now). */
const LATENCY_AGAINST_USUAL =
  /\b(?:p\d{2}|latency|latenz|latence|latencia|response time|antwortzeit|temps de reponse|tiempo de respuesta)\b[^.;]{0,20}?(\d+(?:[.,]\d+)?)\s*(ms|s)\b\s*(?:vs\.?|versus|against|statt|contre|contra|frente a|\()\s*~?\s*(\d+(?:[.,]\d+)?)\s*(ms|s)\b/;
const LATENCY_ROSE = /\b(?:p\d{2}|latency|latenz|latence|latencia|response time)\b[^.;]{0,20}?(\d+(?:[.,]\d+)?)\s*(ms|s)\b\s*(?:->|→|=>|to)\s*(\d+(?:[.,]\d+)?)\s*(ms|s)\b/;
/** How many times the usual latency makes every page hang: no slow page any more, a shop nobody can use. */
const HANGING_AT = 20;
function slowerBy(folded: string): string | undefined {
  const seconds = (value: string, unit: string) => decimalOf(value) / (unit === 'ms' ? 1000 : 1);
  const against = LATENCY_AGAINST_USUAL.exec(folded);
  if (against && seconds(against[1], against[2]) >= HANGING_AT * seconds(against[3], against[4])) return against[0];
  const rose = LATENCY_ROSE.exec(folded);
  return rose && seconds(rose[3], rose[4]) >= HANGING_AT * seconds(rose[1], rose[2]) ? rose[0] : undefined;
}
export function signsInNumbers(folded: string): Map<string, string> {
  const found = new Map<string, string>();
  const add = (concept: string, said: string | undefined) => {
    if (said !== undefined && !found.has(concept)) found.set(concept, said);
  };
  add('outage', SPIKE_OF.test(folded) ? spikeIn(folded) : undefined);
  add('outage', TO_NOTHING.exec(folded)?.[0]);
  add('outage', slowerBy(folded));
  const drop = RATE_DROP.exec(folded);
  if (drop && rateCollapsed(decimalOf(drop[4]), decimalOf(drop[3]))) add('outage', drop[0]);
  const users = USERS_COUNTED.exec(folded);
  if (users && countOf(users[1]) >= 50) add('everyone', users[0]);
  const ofUsual = SHARE_OF_USUAL.exec(folded);
  if (ofUsual?.groups?.share !== undefined && decimalOf(ofUsual.groups.share) * 3 <= 100) add('outage', ofUsual[0]);
  const completing = SHARE_COMPLETING.exec(folded);
  if (completing && rateCollapsed(decimalOf(completing[1]), decimalOf(completing[2]))) add('outage', completing[0]);
  const many = MANY_AFFECTED.exec(folded);
  // A limit, all the writer has, or a share: no count of people affected.
  const countedAs = many ? folded.slice(0, many.index) : '';
  if (many && ![SETTING_BEFORE, ONLY_SO_MANY_BEFORE, SHARE_OF_BEFORE].some((said) => said.test(countedAs))) add('everyone', many[0]);
  const left = ONLY_LEFT.exec(folded);
  if (left && countOf(left[1]) * 5 <= countOf(left[2]) && GONE_SAID.test(folded)) add('data_loss', left[0]);
  const unmatched = PAID_WITHOUT_ORDERS.exec(folded);
  if (unmatched && Number(unmatched[1]) >= 10 && Number(unmatched[1]) >= 3 * Number(unmatched[4])) add('money', unmatched[0]);
  add('money', MANY_DISPUTES.exec(folded)?.[0]);
  const overpaid = PAID_MANY_TIMES.exec(folded);
  if (overpaid && countOf(overpaid[1]) >= 5 * Math.max(0.01, decimalOf(overpaid[2]))) add('money', overpaid[0]);
  add('money', ANOTHER_CUSTOMERS_TOTAL.exec(folded)?.[0]);
  const belowPrice = BOUGHT_FAR_BELOW.exec(folded);
  if (belowPrice && decimalOf(belowPrice[2]) * 5 <= decimalOf(belowPrice[1])) add('money', belowPrice[0]);
  const against = PAID_AGAINST_ORDERS.exec(folded);
  if (against && countOf(against[1]) >= 10 && countOf(against[1]) >= 2 * countOf(against[3])) add('money', against[0]);
  const walked = WALKED_IDS.exec(folded);
  if (walked && Number(walked[3]) === Number(walked[2]) + 1) add('intrusion', walked[0]);
  const repeated = REPEATED_FAILURE.exec(folded);
  if (repeated && countOf(repeated[1]) >= 100 && FAILURE_WORD.test(folded)) add('outage', repeated[0]);
  add('intrusion', BULK_ACCOUNTS.exec(folded)?.[0]);
  const below = BELOW_USUAL.exec(folded);
  // What the count is of may come just before it: "payment_succeeded 3/h instead of ~400".
  const counted = below ? folded.slice(Math.max(0, below.index - 30), below.index + below[0].length).replace(/_/g, ' ') : '';
  if (below && GOOD_COUNT.test(counted) && countOf(below[1]) * 5 <= countOf(below[2])) add('outage', below[0]);
  const above = ABOVE_USUAL.exec(folded);
  if (above && countOf(above[1]) >= 10 * Math.max(1, countOf(above[2])) && SPIKE_OF_OR_LOAD.test(above[0])) add('outage', above[0]);
  add('outage', TIMES_NORMAL.exec(folded)?.[0]);
  const share2 = SHARE_AGAINST_USUAL.exec(folded);
  if (share2 && rateCollapsed(decimalOf(share2[1]), decimalOf(share2[2]))) add('outage', share2[0]);
  const rate = RATE_AGAINST_USUAL.exec(folded);
  if (rate && rateCollapsed(decimalOf(rate[3]), decimalOf(rate[4]))) add('outage', rate[0]);
  const low = SUCCESS_RATE_LOW.exec(folded);
  if (low && decimalOf(low[1]) <= LOW_SUCCESS && !AS_A_CONDITION.test(folded.slice(0, low.index))) add('outage', low[0]);
  const over = OVER_THRESHOLD.exec(folded);
  const overOf = over ? folded.slice(Math.max(0, over.index - 40), over.index).replace(/_/g, ' ') : '';
  if (over && countOf(over[1]) >= 10 * Math.max(1, countOf(over[2])) && SPIKE_OF_OR_LOAD.test(overOf) && !AS_A_CONDITION.test(folded.slice(0, over.index))) add('outage', over[0]);
  const before = COUNT_AGAINST_BEFORE.exec(folded);
  if (before && countOf(before[2]) * 5 <= countOf(before[4])) add('outage', before[0]);
  add('outage', takingsFallen(folded));
  const stopped = NONE_RUNNING.exec(folded);
  if (stopped && !AS_A_CONDITION.test(folded.slice(0, stopped.index))) add('outage', stopped[0].trim());
  add('outage', BUDGET_GONE.exec(folded)?.[0]);
  const pool = POOL_FULL.exec(folded);
  if (pool && Number(pool[1]) === Number(pool[2]) && Number(pool[1]) > 1 && KEPT_WAITING.test(folded) && !AS_A_CONDITION.test(folded.slice(0, pool.index))) add('outage', pool[0].trim());
  add('mistake', STOCK_BELOW_ZERO.exec(folded)?.[0]);
  add('money', CHARGE_WORD.test(folded) ? amountsAHundredApart(folded) : undefined);
  add('money', PROVIDER.test(folded) && OUR_RECORDS.test(folded) ? amountsHalfApart(folded) : undefined);
  const zero = ZERO_FOR_A_WHILE.exec(folded) ?? ZERO_AGAINST_USUAL.exec(folded);
  if (zero && FLOWING.test(folded.slice(Math.max(0, zero.index - 60), zero.index + zero[0].length).replace(/_/g, ' '))) add('outage', zero[0].trim());
  const redeemed = CODE_REDEEMED.exec(folded);
  if (redeemed && countOf(redeemed[2].replace(/\s/g, '')) >= 500) add('money', `${redeemed[1]} … ${redeemed[2]} ${redeemed[3]}`);
  const share = FAILING_SHARE.exec(folded);
  if (share && (share[1] !== undefined ? decimalOf(share[1]) >= 25 : decimalOf(share[2] ?? '0') >= 0.25)) add('outage', share[0]);
  const all = ALL_OF_THEM.exec(folded);
  if (all && (all[4] !== undefined ? Number(all[4]) : Number(all[1]) === Number(all[2]) ? Number(all[1]) : 0) >= 2 && FAILING.test(folded)) add('outage', all[0]);
  const none = NONE_OF_THEM.exec(folded);
  if (none && Number(none[1]) >= 2) add('outage', none[0].trim());
  return found;
}

/** A pool of connections used to its last one: "the api pool sits at 10/10", "numbackends at 100 of max_connections=100". */
const POOL_FULL = /\b(?:pool|connections?|conexiones|verbindungen|connexions|max_connections|numbackends|backends|slots?|\w*connectionssaturated)\b[^.;]{0,30}?(?:^|[^\d.,/])(?:active\s*=\s*)?(\d+)\s*(?:\/|of|max\s*=)\s*(?:max_connections\s*=\s*)?(\d+)(?!\d|[.,]\d)/;
/** What a full pool does to the requests that need it. */
const KEPT_WAITING = /\b(timing out|time out|timeouts?|timed out|waits?|waiting|queued|queue|can ?t|cannot|refused|rejected|hangs?|hanging|tardan?|esperando|warten|wartet|attendent?|idle in transaction)\b/;

/** What fills up or falls behind: a disk, memory, a replica's lag, a queue. */
const FILLING = String.raw`disks?|disque|disco|platte|volume|storage|wal|pg_wal|memory|ram|swap|heap|inodes?|lag|replication|replica|retard|verzogerung|replikationsverzogerung|retraso|queue|backlog|warteschlange|cola`;
/** One of them with its figure, full past NEARLY_FULL or behind by a time: "disk at 99%", "lag 14 min", "le retard … atteint 16 min". */
const FILLING_LEVEL = new RegExp(String.raw`\b(?:${FILLING})\b[^.;]{0,40}?\b(\d+(?:[.,]\d+)?)\s*(%|(?:percent|per cent|prozent|pour ?cent|por ?ciento|min|mins|minutes?|minuten|s|secs?|seconds?|h)\b)`);
/** A share, as said: "96%", "96 Prozent". */
const SHARE = /^(?:%|percent|per cent|prozent|pour ?cent|por ?ciento)$/;
/** The same figure lower a short while ago: "an hour ago it was 80", "vor ere Stund sinds no 80 gsi", "il y a une heure c'était 80". */
const LOWER_BEFORE =
  /\b(?:an hour ago|half an hour ago|\d+ (?:min|mins|minutes) ago|vor (?:einer|ere|oaner|ana|1) (?:stunde|stund)|vor (?:einer )?halben stunde|vor \d+ minuten|il y a (?:une|1) heure|il y a \d+ minutes|hace (?:una|1) hora|hace \d+ minutos)\b[^.;]{0,25}?\b(\d+(?:[.,]\d+)?)\b/;
/** A share filled that leaves little room: "at 40% and growing" is capacity to plan. */
const NEARLY_FULL = 85;
/**
 * Still getting worse, or by how much it grows in a given time: "and rising about 1% every 3 minutes", "growing", "steigt weiter",
 * "augmente toujours", "prend 4 Go par heure".
 */
const WORSENING =
  /\b(?:still\s+)?(?:rising|growing|increasing|climbing|widens|widening|keeps widening|eating (?:the |our )?(?:disk|space)|keeps (?:growing|rising|climbing)|steigt(?: weiter| immer)?|wachst(?: weiter)?|augmente(?: toujours| encore)?|grimpe|monte|sigue (?:subiendo|creciendo|aumentando)|creciendo|subiendo|y (?:sube|crece)|et (?:monte|grimpe))\b(?!\s+(?:slowly|steadily over|over (?:the )?(?:days|weeks|months)|langsam|lentement|lentamente))|\b(?:grows?|rises?|fills?|climbs?|prend|gagne|sube|crece|zuwachs|anstieg|wachst um)\b[^.;]{0,25}?\d+(?:[.,]\d+)?\s*(?:%|gb|go|mb|g)\s*(?:every|per|an?|par|pro|por|each|toutes les|alle)\s*(?:\d+\s*)?(?:minutes?|mins?|min|hours?|h|heures?|stunden?|horas?)\b/;

/** A count growing by a figure each minute, wherever said: "each minute +20 000", "+5k per minute". */
const GROWTH_EACH_MINUTE = /\b(?:each|every|per|a|jede|chaque|cada|pro)\s+(?:minute|min|minuto|minuten?)\s*\+\s*\d|\+\s*\d[\d\s,.]*k?\s*(?:each|every|per|a|jede|chaque|cada|pro|par|por)\s+(?:minute|min|minuto|minuten?)\b/;
/**
 * A disk, memory, a replica's lag or a queue at a figure and still getting worse: "pg_wal volume at 94%, grows about 1% every 4
 * minutes", "lag 14 min on replica, growing", "Replikationsverzögerung jetzt 9 Minuten und steigt weiter". Harm measured as it
 * grows, with a clock on it; not when said as a condition ("alert when the disk is at 90% and rising").
 */
export function worseningIn(folded: string): string | undefined {
  const level = FILLING_LEVEL.exec(folded);
  if (!level || AS_A_CONDITION.test(folded.slice(0, level.index))) return undefined;
  // "2% left": the share used is the rest.
  const used = /^\s*(?:left|free|frei|libre|restant)\b/.test(folded.slice(level.index + level[0].length)) ? 100 - decimalOf(level[1]) : decimalOf(level[1]);
  if (SHARE.test(level[2]) && used < NEARLY_FULL) return undefined;
  // "ca. 2 % pro 5 min": an abbreviation's point ends no sentence.
  const after = folded.slice(level.index, level.index + level[0].length + 80).replace(/\b(ca|approx|env|etwa|ungef|aprox)\./g, '$1');
  const lower = LOWER_BEFORE.exec(after);
  const worse = WORSENING.exec(after)?.[0] ?? GROWTH_EACH_MINUTE.exec(folded)?.[0] ?? (lower && decimalOf(lower[1]) < decimalOf(level[1]) ? lower[0] : undefined);
  return worse ? `${level[0]} … ${worse.trim()}` : undefined;
}

/** What a count far above its usual must be of: failures as for a spike, or load (requests, hits, calls). */
const SPIKE_OF_OR_LOAD = new RegExp(`${SPIKE_OF.source}|\\b(requests?|req|hits|calls|traffic)\\b`);
/** Two amounts, one a hundred times the other ("a 12 € shirt charged 1200 €"): cents taken as units. */
function amountsAHundredApart(folded: string): string | undefined {
  const amounts = [...folded.matchAll(AMOUNT)].map((m) => ({ said: m[0].trim(), value: amountOf(m[1] ?? m[2]) }));
  for (const a of amounts) {
    // Ten times, only of an amount with cents or units ("cart €54.90, card charged €549.00"): round amounts ten apart are thresholds.
    const b = amounts.find((x) => x.value > 0 && (Math.abs(x.value - a.value * 100) < 0.005 || (a.value % 10 !== 0 && Math.abs(x.value - a.value * 10) < 0.005)));
    if (a.value > 0 && b) return `${a.said} … ${b.said}`;
  }
  return undefined;
}

/** An amount as written, with commas between thousands ("340,217", "3,402.17") or a decimal comma ("19,90"). */
const amountOf = (said: string) => (/^\d{1,3}(,\d{3})+(\.\d{1,2})?$/.test(said) ? Number(said.replace(/,/g, '')) : decimalOf(said));

/** The payment provider's side of the money, and ours: "the payout from PayBridge for yesterday is 61 000 €, our orders say 19 800 €". */
const PROVIDER = /\b(payouts?|settlement|settled|captured|psp|paybridge|stripe|adyen|paypal|provider|bank statement|kontoauszug|releve bancaire|extracto)\b/;
const OUR_RECORDS = /\b(our orders|orders table|our ledger|ledger|our side|our books|our records|orders say|orders sum|unsere bestellungen|nos commandes|nuestros pedidos)\b/;
/** Large amounts with their currency, thousands grouped by a comma, a point or a space: "61 000 €", "€41,200", "19.800 EUR". */
const LARGE_AMOUNT = /(?:(?:€|\$|eur|usd|chf)\s?(\d{1,3}(?:[\s,.]\d{3})+|\d{3,})|(\d{1,3}(?:[\s,.]\d{3})+|\d{3,})\s?(?:€|\$|eur|euros?|usd|chf|dollars?))(?![\d])/g;
/** The provider's amount and ours, one at least twice the other: money taken or paid out that our records do not show. */
function amountsHalfApart(folded: string): string | undefined {
  const amounts = [...folded.matchAll(LARGE_AMOUNT)]
    .map((m) => ({ said: m[0].trim(), value: numberOf(m[1] ?? m[2], undefined) }))
    .filter((a) => a.value >= 1000)
    .sort((a, b) => a.value - b.value);
  const [low, high] = [amounts[0], amounts.at(-1)];
  return low && high && high.value >= 2 * low.value ? `${high.said} … ${low.said}` : undefined;
}

/**
 * A rate that should stay high fallen to a third of its usual, or, for one that is nearly always met, failing five times as often by
 * 20 points or more: "checkout success 41% (normal 97%)" fails 59 times in 100 where 3 is usual.
 */
function rateCollapsed(now: number, usual: number): boolean {
  if (now * 3 <= usual) return true;
  return usual >= 80 && usual - now >= 20 && 100 - now >= 5 * (100 - usual);
}

/** A decimal as written, with a point or a comma: "0,61", "97.5". */
const decimalOf = (said: string) => Number(said.replace(',', '.'));

/** A count as written with its "k": "1.2k" is 1200. */
function countOf(said: string): number {
  const k = /k$/.test(said);
  return numberOf(said.replace(/k$/, '').replace(/[.,](?=\d{3}\b)/g, ''), k ? 'k' : undefined);
}

/** Numbers as written: "4 800", "4,800", "38k". */
function numberOf(digits: string, thousands: string | undefined): number {
  const value = Number(digits.replace(/[\s,]/g, '').replace(/\.(?=\d{3}\b)/g, ''));
  return thousands ? value * 1000 : value;
}

/** The first count that jumps tenfold or more (see SPIKE), as said. */
function spikeIn(folded: string): string | undefined {
  for (const match of folded.matchAll(SPIKE)) {
    const before = numberOf(match[1].trim(), match[2]);
    const after = numberOf(match[3].trim(), match[4]);
    if (Number.isFinite(before) && Number.isFinite(after) && after >= 20 && after >= Math.max(1, before) * 10) return match[0].trim();
  }
  return undefined;
}

/** A defect word that only counts ("yesterday's 400 orders", a status code's number) or counts none ("0 errors"): nothing broken. */
export function onlyCounts(folded: string, words: string): boolean {
  const at = folded.indexOf(words);
  if (at < 0) return false;
  return COUNTED.test(folded.slice(at + words.length)) || NONE_OF.test(folded.slice(0, at));
}

/** Rows as counted: "41k", "1,200". */
export const countOfRows = (said: string) => Number(said.replace(/k$/, '').replace(/[,.](?=\d{3}\b)/g, '')) * (/k$/.test(said) ? 1000 : 1);
