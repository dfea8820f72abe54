import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { coordinatorReportSchema } from '../../src/core/kernel/contract';
import { runLocalAnalysis, contextTerms } from '../../src/core/analyzers/localReport';
import { analyzers } from '../../src/core/analyzers/registry';
import { createFsAnalyzerContext, WorkspacePathError } from '../../src/core/analyzers/fs-context';
import type { Analyzer, AnalyzerFinding } from '../../src/core/analyzers/types';
import { FIXTURES, memoryContext } from './analyzers-helpers';

const ctx = memoryContext({});

function finding(title: string, severity: AnalyzerFinding['severity'], file: string, line: number, extra: Partial<AnalyzerFinding> = {}): AnalyzerFinding {
  return { analyzer: 'fake', title, detail: `${title} detail`, severity, evidence: [{ file, line }], ...extra };
}

function fakeAnalyzer(findings: AnalyzerFinding[]): Analyzer {
  return { id: 'fake', domain: 'backend', description: 'fake', run: async () => findings };
}

test('findings are ordered by severity, then file, then line, whatever order the analyzers return them in', async () => {
  const report = await runLocalAnalysis('backend', ctx, {
    request: 'r',
    analyzers: [fakeAnalyzer([
      finding('b-low', 'low', 'a.js', 1),
      finding('z-high', 'high', 'z.js', 9),
      finding('a-high-late', 'high', 'a.js', 20),
      finding('a-high-early', 'high', 'a.js', 3),
      finding('crit', 'critical', 'q.js', 1),
    ])],
  });
  assert.deepEqual(report.findings.map((f) => f.title), ['crit', 'a-high-early', 'a-high-late', 'z-high', 'b-low']);
  assert.equal(report.summary, 'Local analysis (no model): 5 findings in backend: crit (critical); a-high-early (high); a-high-late (high); and 2 more.');
  assert.ok(coordinatorReportSchema.safeParse(report).success);
});

test('findings about the tables or files named in the context rank first', async () => {
  const findings = [
    finding('Foreign key orders.user_id has no index', 'high', 'db/1.sql', 3),
    finding('Foreign key cart_items.product_id has no index', 'medium', 'db/2.sql', 11),
  ];
  const plain = await runLocalAnalysis('backend', ctx, { request: 'r', analyzers: [fakeAnalyzer(findings)] });
  assert.equal(plain.findings[0].title, 'Foreign key orders.user_id has no index');
  const focused = await runLocalAnalysis('backend', ctx, {
    request: 'r',
    context: 'GET /cart queries cart_items once per item (backend/src/cart.js:26)',
    analyzers: [fakeAnalyzer(findings)],
  });
  assert.equal(focused.findings[0].title, 'Foreign key cart_items.product_id has no index');
});

test('flags are attached with the index of their finding and de-duplicated by type', async () => {
  const flag = (reason: string) => ({ type: 'DATABASE_INVESTIGATION', reason, targetDomain: 'database', priority: 'high' as const });
  const report = await runLocalAnalysis('backend', ctx, {
    request: 'r',
    analyzers: [fakeAnalyzer([
      finding('plain', 'critical', 'a.js', 1),
      finding('second', 'medium', 'b.js', 1, { flag: flag('second reason') }),
      finding('first', 'high', 'c.js', 1, { flag: flag('first reason') }),
      finding('breach', 'low', 'd.js', 1, { flag: { type: 'SECURITY_BREACH', reason: 'x', priority: 'critical' } }),
    ])],
  });
  assert.deepEqual(report.flags.map((f) => [f.type, f.findingIndex, f.reason]), [
    ['DATABASE_INVESTIGATION', 1, 'first reason'],
    ['SECURITY_BREACH', 3, 'x'],
  ]);
  assert.equal(report.findings[1].title, 'first');
});

test('memory notes are factual, per domain module, de-duplicated', async () => {
  const report = await runLocalAnalysis('backend', ctx, {
    request: 'r',
    analyzers: [fakeAnalyzer([
      finding('a', 'high', 'a.js', 1, { memoryNote: 'cart_items.product_id had no index (db/2.sql:11).' }),
      finding('b', 'high', 'b.js', 1, { memoryNote: 'cart_items.product_id had no index (db/2.sql:11).' }),
    ])],
  });
  assert.deepEqual(report.memoryNotes, [{ module: 'backend', note: 'cart_items.product_id had no index (db/2.sql:11).' }]);
});

test('a domain with no local analyzer answers that a model is needed', async () => {
  const report = await runLocalAnalysis('payments', ctx, { request: 'Refund order 7' });
  assert.deepEqual(report, { summary: 'No local analyzer for payments; a model is needed', findings: [], flags: [], memoryNotes: [] });
});

test('a clean workspace gets a no-findings summary naming the analyzers that ran', async () => {
  const report = await runLocalAnalysis('infrastructure', memoryContext({ 'README.md': '# hi' }), { request: 'r' });
  assert.equal(report.summary, 'Local analysis (no model): no findings in infrastructure (3 analyzers run: infrastructure.dockerfile, infrastructure.compose, infrastructure.ci-workflows).');
});

test('an aborted signal stops the run', async () => {
  const controller = new AbortController();
  controller.abort();
  await assert.rejects(runLocalAnalysis('database', ctx, { request: 'r' }, controller.signal), { name: 'AbortError' });
});

test('every built-in domain has analyzers and every analyzer id is unique', () => {
  const ids = analyzers.map((a) => a.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const domain of ['database', 'backend', 'frontend', 'security', 'infrastructure']) {
    assert.ok(analyzers.some((a) => a.domain === domain), domain);
  }
});

test('context terms pick table names, table.column pairs and paths, not ordinary words', () => {
  assert.deepEqual(contextTerms('Check cart_items.product_id in backend/src/cart.js:26 because checkout is slow').sort(),
    ['backend/src/cart.js', 'cart_items', 'cart_items.product_id'].sort());
});

test('the fs context reads workspace files and refuses paths outside the root', async () => {
  const fsCtx = createFsAnalyzerContext(join(FIXTURES, 'flask'), ['app.py']);
  assert.match(await fsCtx.read('app.py'), /time\.sleep/);
  assert.ok((await fsCtx.size('app.py')) > 100);
  await assert.rejects(fsCtx.read('../sql-fk/migrations/001_init.sql'), WorkspacePathError);
});
