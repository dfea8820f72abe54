import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EnginePool } from '../../src/core/enginePool';
import { buildScenario, reportReply, textReply } from '../fake-api/scenarioBuilders';
import { copyExample, fakeApi, LOCAL_RUN, messagesPosts, modelRun, TEMPLATES } from './engineHarness';

test('one engine per folder is kept across calls, and rebuilt only when its exclusion globs change', (t) => {
  const a = copyExample(t, 'shop');
  const b = copyExample(t, 'library');
  const pool = new EnginePool();
  const engineA = pool.engineFor({ workspaceRoot: a, builtinTemplatesDir: TEMPLATES, exclude: [] });
  assert.equal(pool.engineFor({ workspaceRoot: a, builtinTemplatesDir: TEMPLATES, exclude: [] }), engineA);
  const engineB = pool.engineFor({ workspaceRoot: b, builtinTemplatesDir: TEMPLATES, exclude: [] });
  assert.notEqual(engineB, engineA, 'each folder has its own engine');
  const rebuilt = pool.engineFor({ workspaceRoot: a, builtinTemplatesDir: TEMPLATES, exclude: ['docs/**'] });
  assert.notEqual(rebuilt, engineA, 'new exclusion globs need a new view of the workspace');
  pool.retain([b]);
  assert.equal(pool.engineFor({ workspaceRoot: b, builtinTemplatesDir: TEMPLATES, exclude: [] }), engineB);
  assert.notEqual(pool.engineFor({ workspaceRoot: a, builtinTemplatesDir: TEMPLATES, exclude: ['docs/**'] }), rebuilt, 'a folder that left is forgotten');
});

test('one engine runs with the model, then locally, as each run chooses', async (t) => {
  const root = copyExample(t, 'shop');
  const api = await fakeApi(t, buildScenario([
    ...['backend', 'frontend'].map((c) => reportReply(c, { summary: `${c} ok`, findings: [] })),
    textReply('synthesis', 'backend and frontend reported'),
  ]));
  const engine = new EnginePool().engineFor({ workspaceRoot: root, builtinTemplatesDir: TEMPLATES });
  const withModel = await (await engine.start('Make the checkout faster', modelRun(api), new AbortController().signal)).done;
  assert.equal(withModel.mode, 'model');
  const calls = messagesPosts(api).length;
  assert.ok(calls > 0);
  const local = await (await engine.start('Make the checkout faster', LOCAL_RUN, new AbortController().signal)).done;
  assert.equal(local.mode, 'local');
  assert.equal(local.status, 'completed', local.failure?.message);
  assert.equal(messagesPosts(api).length, calls, 'the local run sent nothing to the model');
  assert.deepEqual((await engine.listRuns()).map((r) => r.runId).sort(), [withModel.runId, local.runId].sort());
});
