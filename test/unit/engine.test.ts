import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { reportReply, textReply, buildScenario } from '../fake-api/scenarioBuilders';
import { copyExample, engineFor, fakeApi, messagesPosts, modelRun, SCENARIOS } from './engineHarness';

const CHECKOUT = 'Make the checkout faster';

test('the same request with the same memory is planned into a byte-identical checklist', async (t) => {
  const root = copyExample(t, 'shop');
  const a = await engineFor(root).plan(CHECKOUT);
  const b = await engineFor(root).plan(`  make the   checkout faster `.replace('make', 'Make'));
  assert.equal(JSON.stringify(a.checklist), JSON.stringify(b.checklist));
  assert.equal(a.checklist.classification.templateId, 'performance_optimization');
  assert.match(a.checklist.classification.templateVersion, /^\d+\.\d+\.\d+$/);

  writeFileSync(join(root, 'CLAUDE.md'), readFileSync(join(root, 'CLAUDE.md'), 'utf8') + '\n## Note\nSomething new.\n');
  const c = await engineFor(root).plan(CHECKOUT);
  assert.notEqual(c.checklist.memoryDigest, a.checklist.memoryDigest, 'changed memory is visible in the checklist');
});

test('planning finds nested memory in visible folders, not in gitignored ones such as a virtualenv', async (t) => {
  const root = copyExample(t, 'shop');
  writeFileSync(join(root, '.gitignore'), `${readFileSync(join(root, '.gitignore'), 'utf8')}\n.venv/\n`);
  mkdirSync(join(root, '.venv', 'lib', 'somepkg'), { recursive: true });
  writeFileSync(join(root, '.venv', 'lib', 'somepkg', 'CLAUDE.md'), '# Checkout speed\nA dependency\'s notes on checkout speed.\n');
  writeFileSync(join(root, 'backend', 'CLAUDE.md'), '# Checkout speed\nThe backend keeps cart totals in backend/src/cart.js.\n');
  const { checklist } = await engineFor(root).plan(CHECKOUT);
  const files = checklist.relatedMemory.map((m) => m.file);
  assert.ok(files.includes('backend/CLAUDE.md'), files.join(', '));
  assert.ok(!files.some((file) => file.startsWith('.venv/')), files.join(', '));
});

test('a workspace template overrides a built-in; an invalid one is reported with file and line and built-ins still plan', async (t) => {
  const root = copyExample(t, 'shop');
  mkdirSync(join(root, '.orchestrator', 'templates'), { recursive: true });
  writeFileSync(join(root, '.orchestrator', 'templates', 'perf.yaml'), [
    'id: performance_optimization', 'version: 2.0.0', 'class: pattern', 'title: Team performance', 'precedence: 80',
    'match:', '  anyKeywords: [faster]', 'priority: normal', 'delegation:', '  layers: parallel', '  include: [backend]',
    'tasks:', '  - analyze_request', '  - delegate', '  - synthesize', '  - respond', '',
  ].join('\n'));
  writeFileSync(join(root, '.orchestrator', 'templates', 'broken.yaml'), 'id: broken\nversion: 1.0.0\nclass: pattern\ntasks:\n  - analyze_request\n  - delegat\n');
  // The backend's API endpoint named, so the template's own domain is the only one the request needs.
  const { checklist, warnings } = await engineFor(root).plan('Make the backend checkout API endpoint faster');
  assert.equal(checklist.classification.templateVersion, '2.0.0');
  assert.deepEqual(checklist.tasks.map((task) => task.kind), ['analyze_request', 'delegate', 'process_response', 'synthesize', 'respond']);
  assert.ok(warnings.some((w) => /broken\.yaml:6: tasks\[1\]: unknown task kind 'delegat'/.test(w)), warnings.join('\n'));
  assert.ok(warnings.every((w) => w.includes('broken.yaml')), 'the valid override is not reported');
  const security = await engineFor(root).plan('Review the security of product search');
  assert.equal(security.checklist.classification.templateId, 'security_review');
});

test('checkout end to end: backend flags the database, whose prompt carries the finding; frontend; synthesis; memory proposals', async (t) => {
  const root = copyExample(t, 'shop');
  const api = await fakeApi(t, join(SCENARIOS, 'checkout.yaml'));
  const handle = await engineFor(root).start(CHECKOUT, modelRun(api), new AbortController().signal);
  const state = await handle.done;

  assert.equal(state.status, 'completed', state.failure?.message);
  assert.ok(state.tasks.every((task) => task.status === 'completed'), JSON.stringify(state.tasks.map((x) => [x.spec.id, x.status, x.evidence])));
  const order = messagesPosts(api).map((r) => r.coordinator);
  assert.deepEqual(order, ['backend', 'backend', 'database', 'infrastructure', 'frontend', 'synthesis']);

  const backendTask = state.tasks.find((x) => x.spec.coordinator === 'backend' && x.spec.kind === 'delegate')!;
  const databaseTask = state.tasks.find((x) => x.spec.coordinator === 'database' && x.spec.kind === 'delegate')!;
  assert.equal(databaseTask.spec.parentId, backendTask.spec.id, 'the database sub-task sits under the task that raised the flag');
  assert.equal(databaseTask.spec.id, `${backendTask.spec.id}a`);
  assert.match(databaseTask.delegation?.prompt ?? '', /one query per item/i);
  assert.equal(messagesPosts(api).find((r) => r.coordinator === 'database')?.matchedReply, 'database-report');
  assert.equal(state.flags[0].record.type, 'DATABASE_INVESTIGATION');
  assert.equal(state.flags[0].status, 'processed');

  for (const domain of ['backend', 'database', 'frontend']) assert.match(state.synthesis ?? '', new RegExp(domain));
  const paths = state.memoryEdits.map((e) => e.path).sort();
  // database named "payment" for its note, but the note is about backend/src/cart.js: it goes to cart.
  assert.deepEqual(paths, ['CLAUDE.md', 'modules/cart.md']);
  const claude = state.memoryEdits.find((e) => e.path === 'CLAUDE.md')!;
  assert.match(claude.text, /## Make the checkout faster \(\d{4}-\d{2}-\d{2}\)\n<!-- task-orchestrator:run=[\w-]+ -->\n\n### Problem[\s\S]*### Solution[\s\S]*### Result/);
  assert.equal(claude.baseContent, readFileSync(join(root, 'CLAUDE.md'), 'utf8'), 'proposals are edits against the current file, not writes');
  const delegated = state.tasks.reduce((sum, x) => sum + (x.delegation?.usage.inputTokens ?? 0), 0);
  const sent = messagesPosts(api).length;
  assert.ok(delegated > 0, 'usage is recorded per delegation');
  assert.ok(state.usage.inputTokens > delegated, `the run's total includes the synthesis call too (${sent} calls)`);
});

test('SECURITY_BREACH mid-run pauses queued work, security runs at once, then the paused work resumes', async (t) => {
  const root = copyExample(t, 'shop');
  const api = await fakeApi(t, buildScenario([
    reportReply('backend', {
      summary: 'Search concatenates user input into SQL.',
      findings: [{ title: 'SQL injection in product search', detail: 'term concatenated', severity: 'critical', evidence: [{ file: 'backend/src/products.js', line: 8 }] }],
      flags: [{ type: 'SECURITY_BREACH', reason: 'injectable search', priority: 'critical', findingIndex: 0 }],
    }),
    reportReply('security', { summary: 'Confirmed; parameterise the query.', findings: [] }),
    reportReply('frontend', { summary: 'Bundle is large.', findings: [] }),
    reportReply('infrastructure', { summary: 'Containers are fine.', findings: [] }),
    textReply('synthesis', 'backend, security and frontend reported.'),
  ]));
  const handle = await engineFor(root).start(CHECKOUT, modelRun(api), new AbortController().signal);
  const pausedWhenSecurityStarted: string[] = [];
  handle.store.onDidEmit((event, s) => {
    if (event.type === 'DelegationStarted' && event.coordinator === 'security') pausedWhenSecurityStarted.push(...s.tasks.filter((x) => x.status === 'paused').map((x) => x.spec.title));
  });
  const state = await handle.done;
  assert.equal(state.status, 'completed', state.failure?.message);
  assert.deepEqual(messagesPosts(api).map((r) => r.coordinator), ['backend', 'security', 'infrastructure', 'frontend', 'synthesis']);
  assert.ok(pausedWhenSecurityStarted.includes('Delegate to frontend coordinator') && pausedWhenSecurityStarted.includes('Delegate to infrastructure coordinator'), pausedWhenSecurityStarted.join(', '));
  assert.equal(state.priority, 'critical');
  assert.equal(state.status, 'completed', state.failure?.message);
  assert.ok(state.memoryEdits.some((e) => e.path === 'modules/security.md'), 'the incident is documented in modules/security.md');
  // No coordinator left a module note here, so that step is skipped with its reason; nothing failed.
  assert.deepEqual(state.tasks.filter((x) => x.status !== 'completed').map((x) => [x.spec.kind, x.status, x.evidence]), [['update_module_notes', 'skipped', 'No module notes to propose']]);
});
