import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { AnalyzerWorker } from '../../src/core/analyzers/worker/session';
import { InProcessAnalyzers } from '../../src/core/analyzers/worker/inProcess';
import { contextFor, EXAMPLES, walk } from './analyzers-helpers';
import { copyExample, engineFor, LOCAL_RUN } from './engineHarness';

const SHOP = join(EXAMPLES, 'shop');

test('the analyzer worker answers as the in-process analyzers do, for every domain', async () => {
  const worker = new AnalyzerWorker(SHOP, walk(SHOP));
  const inProcess = new InProcessAnalyzers(contextFor(SHOP));
  try {
    for (const domain of ['backend', 'database', 'security', 'frontend', 'infrastructure']) {
      const signal = new AbortController().signal;
      assert.deepEqual(await worker.run(domain, { request: 'Make the checkout faster' }, signal), await inProcess.run(domain, { request: 'Make the checkout faster' }, signal), domain);
    }
  } finally {
    worker.dispose();
  }
});

test('aborting a local analysis stops the worker at once; the next request starts a fresh one', async () => {
  const worker = new AnalyzerWorker(SHOP, walk(SHOP));
  try {
    const controller = new AbortController();
    const running = worker.run('backend', { request: 'r' }, controller.signal);
    controller.abort();
    const started = Date.now();
    await assert.rejects(running, { name: 'AbortError' });
    assert.ok(Date.now() - started < 1000, 'the abort is not held up by parsing');
    const report = await worker.run('database', { request: 'r' }, new AbortController().signal);
    assert.ok(report.findings.some((f) => f.title === 'Foreign key cart_items.product_id has no index'));
  } finally {
    worker.dispose();
  }
});

test('files the worker cannot read are named in the report, not dropped silently', async () => {
  const worker = new AnalyzerWorker(join(EXAMPLES, 'no-such-folder'), ['app.py', 'src/a.ts']);
  try {
    const report = await worker.run('backend', { request: 'r' }, new AbortController().signal);
    assert.deepEqual(report.findings, []);
    assert.match(report.summary, /2 source files not analyzed: app\.py \(unreadable or over 512 KB\), src\/a\.ts \(unreadable or over 512 KB\)\.$/);
  } finally {
    worker.dispose();
  }
});

test('with no key, a performance request on the FastAPI sample looks at its container for what slows it, not for root users', async (t) => {
  const root = copyExample(t, 'inventory');
  const state = await (await engineFor(root).start('Make the item listing faster', LOCAL_RUN, new AbortController().signal)).done;
  assert.equal(state.status, 'completed', state.failure?.message);
  const infrastructure = state.tasks.find((x) => x.spec.coordinator === 'infrastructure' && x.spec.kind === 'delegate');
  const titles = infrastructure?.delegation?.report?.findings.map((f) => f.title) ?? [];
  assert.deepEqual(titles, ['Container starts uvicorn with --reload (Dockerfile)']);
  const backend = state.tasks.find((x) => x.spec.coordinator === 'backend' && x.spec.kind === 'delegate')?.delegation?.report;
  assert.ok(backend?.findings.some((f) => f.evidence[0].file === 'app/routers/items.py' && f.evidence[0].line === 16), 'the lazy relationship in the listing');
});

test('with no key, a security review of the FastAPI sample reports the root container and the floating base image', async (t) => {
  const root = copyExample(t, 'inventory');
  const state = await (await engineFor(root).start('Review the security of the item search', LOCAL_RUN, new AbortController().signal)).done;
  assert.equal(state.status, 'completed', state.failure?.message);
  const infrastructure = state.tasks.find((x) => x.spec.coordinator === 'infrastructure' && x.spec.kind === 'delegate')?.delegation?.report;
  assert.deepEqual(infrastructure?.findings.map((f) => f.title).sort(), [
    'Base image python:3 is not pinned to a patch version or digest',
    'Container runs as root (Dockerfile)',
  ]);
});
