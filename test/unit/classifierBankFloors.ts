// Planning the bank with the built-in model, in eight parts (classifierBank-1 … -8.test.ts): each test file has
// three minutes (scripts/run-unit-tests.mjs), and a fifth of the bank (26,615 requests on 2026-12-06) took 154 s
// alone on a 2-core machine, 180 s and more beside a training run; an eighth takes about 100 s.
import assert from 'node:assert/strict';
import { measureClassifier } from '../classifier/measure';

/**
 * FLOORS, not targets: planned with the built-in model, the bank (its own training data) measured
 * 99.9 % template accuracy, 100.0 % domain recall and 2,505 of 2,523 incidents at the last training
 * (14,544 requests, former test sets 2-29 and voices-a … voices-v included) (`npm run bench:classifier --
 * --set bank`). How well it generalises is the job of k-fold cross-validation and
 * leave-one-source-out (`npm run bench:classifier -- --groups`), too slow for a unit test; this
 * catches a change that breaks planning itself (a decision rule, a feature the model no longer
 * gets) while an honest trade-off does not fail it.
 */
const BANK_TEMPLATE_ACCURACY_FLOOR = 0.97;
const BANK_DOMAIN_RECALL_FLOOR = 0.97;
/**
 * Incidents that must still be read as such in each part of the bank (99 % of all, 2,505 of 2,523,
 * at the last training). Every one of them was, until the bank gained 300 incidents told only
 * by numbers, dashboards and database internals (voices-j, voices-k, voices-m): a few of those the
 * model learned but no signal reads, and a short request with no sign of harm is not made an
 * emergency by the model alone (a false alarm costs a postmortem).
 */
const BANK_INCIDENT_FLOOR = 0.97;

export async function checkBankPart(index: number, of: number): Promise<void> {
  const figures = await measureClassifier('bank', { index, of });
  const wrong = figures.outcomes.filter((o) => !o.templateRight).map((o) => `${o.item.request} → ${o.templateId}`);
  assert.ok(figures.templateAccuracy >= BANK_TEMPLATE_ACCURACY_FLOOR, `template accuracy ${figures.templateAccuracy}:\n${wrong.join('\n')}`);
  assert.ok(figures.domainRecall >= BANK_DOMAIN_RECALL_FLOOR, `domain recall ${figures.domainRecall}`);
  const missed = figures.outcomes.filter((o) => o.item.template === 'emergency' && o.templateId !== 'emergency').map((o) => `${o.item.request} → ${o.templateId}`);
  assert.ok(figures.incidents > 0, 'this part of the bank holds no incident');
  assert.ok(figures.incidentsAsEmergency / figures.incidents >= BANK_INCIDENT_FLOOR, `${figures.incidentsAsEmergency} of ${figures.incidents} incidents planned as emergencies; missed:\n${missed.join('\n')}`);
}
