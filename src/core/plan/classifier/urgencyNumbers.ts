/**
 * Signs of an incident told only by numbers: a count of failures jumping tenfold, a figure that matters
 * at zero, far more payments than orders, many people or disputes. Read from the folded request;
 * urgency.ts weighs them with the rest.
 */

/**
 * A count of things that matter jumping tenfold or more ("tickets went from 8 to 140", "0 → 38k", "de 30 à 4 800"): harm
 * under way, told by its numbers. Durations and sizes are left out ("from 200 ms to 2 s" is slowness).
 */
const SPIKE = /\b(?:from|de|von|desde)?\s*(\d{1,3}(?:[\s,.]\d{3})+|\d+(?:[.,]\d+)?)(k)?\s*(?:to|à|a|auf|bis|→|->)\s*(\d{1,3}(?:[\s,.]\d{3})+|\d+(?:[.,]\d+)?)(k)?(?!\d|[.,]\d|\s*(?:ms|s|sec|secs|seconds?|min|mins|minutes?|h|hours?|kb|mb|gb|px|%|€|\$|eur)\b)/g;
/** What a count that jumps must be a count of to be harm: "page size from 20 to 200" is a setting. */
const SPIKE_OF = /\b(tickets?|errors?|chargebacks?|failed|failures?|failing|pending|pending_capture|queue|queued|backlog|refunds?|5xx|500s|declines?|declined|complaints?|timeouts?|retries|dead letters?|attente|erreurs?|fehler|errores|pendientes|reclamaciones|reclamations|beschwerden|anfragen|demandes)\b/;
/** A number of people or complaints far past one case: "about 200 customers", "140 tickets". */
const MANY_AFFECTED = /\b\d{2,}[\d,.]*\+?\s+(customers|users|people|shoppers|buyers|tickets|complaints|orders|kunden|clients|clientes|commandes|pedidos|bestellungen)\b/;
/** Disputes by the dozen: "37 chargebacks opened today". */
const MANY_DISPUTES = /\b\d{2,}[\d,.]*\+?\s+(chargebacks|disputes|refunds|ruckbuchungen|retrofacturations|contracargos)\b/;
/** Many more payments taken than orders made: "212 authorisations in the last 30 minutes. Our orders table has 9". */
const PAID_WITHOUT_ORDERS = /\b(\d+)\s+(authori[sz]ations|charges|payments|captures|cobros|paiements|zahlungen)\b.{0,80}?\b(orders?|pedidos|commandes|bestellungen)\b\D{0,40}?\b(\d+)\b/;
/** A figure that matters dropped to nothing: "conversion went to zero", "dropped from 3.1% to 0.0%". */
const TO_NOTHING = /\b(conversion|conversions|orders|sales|revenue|payments|checkouts|signups|umsatz|ventes|ventas)\b.{0,40}?\bto\s+(zero|0([.,]0+)?\s*%?)(?![\d.,])/;
/** The signs read from numbers, by concept (outage, everyone, money), as said in the request. */
export function signsInNumbers(folded: string): Map<string, string> {
  const found = new Map<string, string>();
  const add = (concept: string, said: string | undefined) => {
    if (said !== undefined && !found.has(concept)) found.set(concept, said);
  };
  add('outage', SPIKE_OF.test(folded) ? spikeIn(folded) : undefined);
  add('outage', TO_NOTHING.exec(folded)?.[0]);
  add('everyone', MANY_AFFECTED.exec(folded)?.[0]);
  const unmatched = PAID_WITHOUT_ORDERS.exec(folded);
  if (unmatched && Number(unmatched[1]) >= 10 && Number(unmatched[1]) >= 3 * Number(unmatched[4])) add('money', unmatched[0]);
  add('money', MANY_DISPUTES.exec(folded)?.[0]);
  return found;
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
