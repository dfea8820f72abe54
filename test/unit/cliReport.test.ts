import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliBundle, fakeApiEnv, jsonEvents, runCli } from './cliProcess';
import { copyExample, fakeApi, SCENARIOS } from './engineHarness';

test('report prints a run\'s audit with every model turn; --json its state; an unknown id lists recent runs', async (t) => {
  const root = copyExample(t, 'shop');
  const api = await fakeApi(t, join(SCENARIOS, 'checkout.yaml'));
  const run = await runCli(['run', 'Make the checkout faster', '--cwd', root, '--json'], { env: fakeApiEnv(api.baseURL) });
  assert.equal(run.code, 0, run.stderr);
  const runId = String(jsonEvents(run.stdout)[0].runId);
  assert.ok(jsonEvents(run.stdout).some((e) => e.type === 'ModelTurnRecorded'), 'the --json stream carries the turns');

  const report = await runCli(['report', runId, '--cwd', root]);
  assert.equal(report.code, 0, report.stderr);
  assert.match(report.stdout, new RegExp(`^# Run ${runId}\\n`));
  assert.match(report.stdout, /Conversation \(2 model turns\):/, 'the backend conversation');
  assert.match(report.stdout, /<summary>Turn 1 · tool_use · claude-sonnet-4-6 · \d+\.\d s · 2400 in, 60 out, 1800 cache write, 0 cache read<\/summary>/);
  assert.match(report.stdout, /Called `read_file`:\n\n```json\n\{\n {2}"path": "backend\/src\/cart\.js"\n\}\n```/);
  assert.match(report.stdout, /Result of `read_file`:\n\n```text\n +\d+\| /, 'the tool result as the model got it, with line numbers');
  assert.match(report.stdout, /Called `submit_report`:/);

  const json = await runCli(['report', runId, '--cwd', root, '--json']);
  assert.equal(json.code, 0, json.stderr);
  const state = JSON.parse(json.stdout) as { status: string; tasks: { delegation?: { coordinator: string }; turns?: unknown[] }[] };
  assert.equal(state.status, 'completed');
  assert.equal(state.tasks.find((task) => task.delegation?.coordinator === 'backend')?.turns?.length, 2);

  const unknown = await runCli(['report', '20200101-000000-abcdef', '--cwd', root]);
  assert.equal(unknown.code, 1);
  assert.match(unknown.stderr, new RegExp(`No run '20200101-000000-abcdef' in this workspace\\. Recent runs:\\n  ${runId}  completed  (\\d+)/\\1  Make the checkout faster`));
});

test('a report larger than a pipe buffer reaches a reader whole, and a reader that stops early ends the CLI quietly', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'orchestrator-big-report-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'db', 'migrations'), { recursive: true });
  writeFileSync(join(root, 'db', 'migrations', '000_users.sql'), 'CREATE TABLE users (id SERIAL PRIMARY KEY, email TEXT);\n');
  for (let i = 1; i <= 150; i++) {
    writeFileSync(join(root, 'db', 'migrations', `${String(i).padStart(3, '0')}_t${i}.sql`), `CREATE TABLE t${i} (\n  id SERIAL PRIMARY KEY,\n  user_id INTEGER NOT NULL REFERENCES users(id)\n);\n`);
  }
  const run = await runCli(['run', 'are the database tables indexed properly', '--cwd', root, '--local', '--json']);
  assert.equal(run.code, 0, run.stderr);
  const runId = String(jsonEvents(run.stdout)[0].runId);

  // Through a shell pipe, as `report --json | jq` reads it.
  const cli = `"${process.execPath}" "${cliBundle()}" report ${runId} --cwd "${root}" --json`;
  const json = spawnSync('sh', ['-c', `${cli} | cat`], { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  assert.equal(json.status, 0, json.stderr);
  assert.ok(json.stdout.length > 65_536, `${json.stdout.length} bytes: large enough to fill a pipe`);
  const state = JSON.parse(json.stdout) as { tasks: { delegation?: { report?: { findings: unknown[] } } }[] };
  assert.equal(state.tasks.flatMap((task) => task.delegation?.report?.findings ?? []).length, 150, 'every finding arrived');

  const early = spawnSync('sh', ['-c', `${cli} | head -c 100 >/dev/null`], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(early.status, 0);
  assert.doesNotMatch(early.stderr, /EPIPE|Error/, 'no stack trace when the reader stops early');
});
