// task-orchestrator runs, an unknown run id to resume, and journals kept out of git.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from './cliProcess';
import { copyExample } from './engineHarness';


test('runs lists the workspace\'s runs from the index; an unknown run id to resume is answered with them', async (t) => {
  const root = copyExample(t, 'shop');
  assert.match((await runCli(['runs', '--cwd', root])).stdout, /^No runs in this workspace yet\.\n$/);
  const first = await runCli(['run', 'Make the checkout faster', '--cwd', root, '--json']);
  const second = await runCli(['run', 'Review the security of product search', '--cwd', root, '--json']);
  const ids = [first, second].map((r) => JSON.parse(r.stdout.split('\n')[0]).runId as string);

  const listed = await runCli(['runs', '--cwd', root, '--json']);
  assert.equal(listed.code, 0, listed.stderr);
  const runs = JSON.parse(listed.stdout) as { runId: string; status: string; displayStatus: string; request: string; progress: { ended: number; total: number }; mode: string }[];
  assert.deepEqual(runs.map((r) => r.runId), [ids[1], ids[0]], 'newest first');
  assert.deepEqual(runs.map((r) => [r.status, r.mode, r.progress.ended === r.progress.total, r.displayStatus]), [['completed', 'local', true, 'completed'], ['completed', 'local', true, 'completed']]);
  assert.ok(existsSync(join(root, '.orchestrator', 'runs', 'index.json')), 'listed from the run index');

  const table = (await runCli(['runs', '--cwd', root])).stdout.split('\n');
  assert.match(table[0], /^RUN +STATUS +TASKS +STARTED +MODEL +COST +REQUEST$/);
  assert.match(table[1], new RegExp(`^${ids[1]} +completed +(\\d+)/\\1 +\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} +local +- +Review the security of product search$`));
  assert.equal(table.length, 4, 'both runs, and no line about older ones');

  // Two years of runs: the table shows the newest and says how many it left out; --json keeps them all.
  const newest = (await runCli(['runs', '--cwd', root, '--limit', '1'])).stdout.trimEnd().split('\n');
  assert.equal(newest.length, 3);
  assert.ok(newest[1].startsWith(ids[1]));
  assert.equal(newest[2], '… 1 older run not shown (--limit N or --all shows them)');
  assert.equal(JSON.parse((await runCli(['runs', '--cwd', root, '--json', '--limit', '1'])).stdout).length, 1);
  const refused = await runCli(['runs', '--cwd', root, '--limit', '1', '--all']);
  assert.equal(refused.code, 2);
  assert.match(refused.stderr, /^give --limit or --all, not both/);

  const unknown = await runCli(['run', '--resume', 'nope', '--cwd', root]);
  assert.equal(unknown.code, 1);
  assert.match(unknown.stderr, /^task-orchestrator: No run 'nope' in this workspace\. Recent runs:\n/);
  assert.ok(unknown.stderr.includes(ids[0]) && unknown.stderr.includes(ids[1]), unknown.stderr);
  assert.match(unknown.stderr, /task-orchestrator runs --cwd .* lists them all/);
  assert.doesNotMatch(unknown.stderr, /ENOENT/);
});

test('the run folder keeps journals out of git', async (t) => {
  const root = copyExample(t, 'shop');
  const git = (...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  assert.equal(git('init', '-q').status, 0, 'git init');
  assert.equal((await runCli(['run', 'Make the checkout faster', '--cwd', root])).code, 0);
  const status = git('status', '--porcelain', '--untracked-files=all').stdout;
  assert.doesNotMatch(status, /\.orchestrator/, status);
});
