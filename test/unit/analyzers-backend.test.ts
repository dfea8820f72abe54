import { test } from 'node:test';
import assert from 'node:assert/strict';
import { requestPathQueriesAnalyzer } from '../../src/core/analyzers/backend/request-path-queries';
import { blockingHandlersAnalyzer } from '../../src/core/analyzers/backend/blocking-handlers';
import { fixture, memoryContext, places } from './analyzers-helpers';

test('a loop query reached from an Express route is reported with its route and a DATABASE_INVESTIGATION flag', async () => {
  const findings = await requestPathQueriesAnalyzer.run(fixture('node-loops'));
  assert.deepEqual(places(findings), ['src/orders.js:12']);
  assert.equal(findings[0].title, 'Query per item on request path GET /orders');
  assert.equal(findings[0].severity, 'high');
  assert.equal(findings[0].flag?.type, 'DATABASE_INVESTIGATION');
  assert.equal(findings[0].flag?.targetDomain, 'database');
  assert.match(findings[0].flag?.reason ?? '', /customers.*src\/orders\.js:12/);
});

test('a loop query in a function no route reaches is not on a request path', async () => {
  // audit() in orders.js queries per item but is never called from a handler.
  const findings = await requestPathQueriesAnalyzer.run(fixture('node-loops'));
  assert.ok(!places(findings).includes('src/orders.js:23'));
});

test('Django: the view named in urls.py is followed to its lazy relation loads', async () => {
  const findings = await requestPathQueriesAnalyzer.run(fixture('django'));
  assert.deepEqual(places(findings), ['shop/views.py:9', 'shop/views.py:13', 'shop/views.py:15']);
  assert.ok(findings.every((f) => f.title === 'Query per item on request path /lines/'));
});

test('sync fs and execSync inside a handler are reported; readFileSync at module load is not', async () => {
  const findings = await blockingHandlersAnalyzer.run(fixture('node-loops'));
  assert.deepEqual(places(findings), ['src/orders.js:29', 'src/orders.js:30']);
  assert.match(findings[0].title, /synchronous file I\/O.*GET \/report/);
  assert.match(findings[1].title, /child process/);
});

test('Flask: time.sleep in a routed function is reported; requests.get in a helper no route calls is not', async () => {
  const findings = await blockingHandlersAnalyzer.run(fixture('flask'));
  assert.deepEqual(places(findings), ['app.py:15']);
  assert.match(findings[0].title, /time\.sleep.*POST \/slow/);
});

test('a route handler reaching a same-named function in an unrelated file does not borrow its code', async () => {
  const ctx = memoryContext({
    'a/server.js': "const app = require('express')();\napp.get('/x', (req, res) => res.send(load()));\nfunction load() { return 1; }\n",
    'b/other.js': "function load(items) { for (const i of items) { db.query('SELECT 1 FROM t WHERE id = $1', [i]); } }\n",
  });
  assert.deepEqual(await requestPathQueriesAnalyzer.run(ctx), []);
});
