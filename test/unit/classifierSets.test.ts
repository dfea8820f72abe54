import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTemplates } from '../../src/core/plan/index';
import { MODEL_FILES, modelTexts, trainBuiltinModel } from '../../src/core/plan/classifier/builtinTraining';
import { readBank } from '../../src/core/plan/classifier/trainingData';
import { foldText } from '../../src/core/plan/meaning/text';
import { BANK_DIR, TEMPLATES_DIR } from '../classifier/measure';

const REPO = join(import.meta.dirname, '..', '..');

test('the committed model, its weights and the requests it was trained on, is what the bank and the templates give, byte for byte (npm run train:classifier)', async () => {
  const { templates, errors } = await loadTemplates(TEMPLATES_DIR);
  assert.deepEqual(errors, []);
  const trained = modelTexts(trainBuiltinModel(templates, BANK_DIR));
  for (const key of Object.keys(MODEL_FILES) as (keyof typeof MODEL_FILES)[]) {
    assert.ok(trained[key] === readFileSync(join(REPO, MODEL_FILES[key]), 'utf8'), `${MODEL_FILES[key]} is stale: run npm run train:classifier`);
  }
});

test('the bank is big and varied enough to learn from, and holds the issue\'s own examples', async () => {
  const bank = readBank(BANK_DIR).flatMap((f) => f.requests);
  assert.ok(bank.length >= 1000, `${bank.length} labelled requests`);
  const { templates } = await loadTemplates(TEMPLATES_DIR);
  for (const template of templates) assert.ok(bank.filter((x) => x.template === template.id).length >= 60, `${template.id} has at least 60 requests`);
  for (const lang of ['de', 'fr', 'es']) assert.ok(bank.filter((x) => x.lang === lang).length >= 30, `${lang} requests`);
  const requests = new Set(bank.map((x) => x.request));
  for (const example of [
    'Monthly statements take forever to generate', 'The product page needs ages to load on phones', "Reduce the JS bundle size, it's huge",
    "customers were charged twice since this morning's deploy", 'Nobody can log in right now, all users get 500',
    'the site returns 502 for everyone since 14:05', 'someone dumped our users table on a forum', 'Do we store passwords properly?',
    'Harden the Docker image', "Images don't show up in Safari", 'Why does the login sometimes fail?',
    'Add a README section about running tests', 'Die Kasse ist sehr langsam geworden',
  ]) {
    assert.ok(requests.has(example), `the bank has "${example}"`);
  }
});

test('no request is labelled twice, so cross-validation never measures a request the fold was trained on', async () => {
  const { templates } = await loadTemplates(TEMPLATES_DIR);
  const same = (text: string) => foldText(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const seen = new Map<string, string>();
  const sources = [
    ...templates.flatMap((t) => (t.examples ?? []).map((request) => ({ request, where: `template ${t.id}` }))),
    ...readBank(BANK_DIR).flatMap((f) => f.requests.map((x) => ({ request: x.request, where: f.file.slice(REPO.length + 1) }))),
  ];
  const repeated: string[] = [];
  for (const { request, where } of sources) {
    const earlier = seen.get(same(request));
    if (earlier !== undefined) repeated.push(`"${request}" in ${where} and ${earlier}`);
    else seen.set(same(request), where);
  }
  assert.deepEqual(repeated, []);
});
