import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadTemplates } from '../../src/core/plan/index';
import { foldText } from '../../src/core/plan/meaning/text';
import { loadLabelledSet, measureClassifier } from '../classifier/measure';

const TEMPLATES = join(import.meta.dirname, '..', '..', 'templates');

/**
 * FLOORS, not targets: the tuning set (213 requests) measured 97.7 % template accuracy and 99.1 % domain recall
 * when these were set (`npm run bench:classifier -- --set tuning`). They sit a few points below, so
 * a change that makes the classifier read requests worse fails here, while an honest trade-off of
 * one or two requests does not. The goals (≥ 90 % on the held-out test set) are reported by
 * `npm run bench`, never asserted on the test set, which is not tuned on.
 */
const TUNING_TEMPLATE_ACCURACY_FLOOR = 0.93;
const TUNING_DOMAIN_RECALL_FLOOR = 0.93;

test('the tuning set stays above its floors, and every incident in it is planned as an emergency', async () => {
  const figures = await measureClassifier('tuning');
  const wrong = figures.outcomes.filter((o) => !o.templateRight).map((o) => `${o.item.request} → ${o.templateId}`);
  assert.ok(figures.templateAccuracy >= TUNING_TEMPLATE_ACCURACY_FLOOR, `template accuracy ${figures.templateAccuracy}:\n${wrong.join('\n')}`);
  assert.ok(figures.domainRecall >= TUNING_DOMAIN_RECALL_FLOOR, `domain recall ${figures.domainRecall}`);
  assert.equal(figures.incidentsAsEmergency, figures.incidents);
});

test('the labelled set is big and varied enough to measure, and holds the issue\'s own examples in the test part', async () => {
  const testSet = loadLabelledSet('test');
  const tuning = loadLabelledSet('tuning');
  assert.ok(testSet.length + tuning.length >= 150, `${testSet.length + tuning.length} labelled requests`);
  const { templates } = await loadTemplates(TEMPLATES);
  for (const set of [testSet, tuning]) {
    for (const template of templates) assert.ok(set.filter((x) => x.template === template.id).length >= 10, `${template.id} has at least 10 requests`);
    for (const lang of ['de', 'fr', 'es']) assert.ok(set.filter((x) => x.lang === lang).length >= 5, `${lang} requests`);
  }
  const requests = new Set(testSet.map((x) => x.request));
  for (const example of [
    'Monthly statements take forever to generate', 'The product page needs ages to load on phones', "Reduce the JS bundle size, it's huge",
    "customers were charged twice since this morning's deploy", 'Nobody can log in right now, all users get 500',
    'the site returns 502 for everyone since 14:05', 'someone dumped our users table on a forum', 'Do we store passwords properly?',
    'Harden the Docker image', "Images don't show up in Safari", 'Why does the login sometimes fail?',
    'Add a README section about running tests', 'Die Kasse ist sehr langsam geworden',
  ]) {
    assert.ok(requests.has(example), `the test set has "${example}"`);
  }
});

test('no template example repeats a labelled request, so neither set is measured on what the classifier was given', async () => {
  const { templates } = await loadTemplates(TEMPLATES);
  const same = (text: string) => foldText(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const labelled = new Map([...loadLabelledSet('test'), ...loadLabelledSet('tuning')].map((x) => [same(x.request), x.request]));
  for (const template of templates) {
    assert.ok((template.examples ?? []).length >= 25, `${template.id} has dozens of examples`);
    for (const example of template.examples ?? []) assert.ok(!labelled.has(same(example)), `${template.id} example "${example}" is a labelled request`);
  }
});
