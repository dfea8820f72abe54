import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCli } from '../../src/cli/args';
import { patternsCommand, type PatternsCommand } from '../../src/cli/patterns';
import { runCli as cli } from './cliProcess';
import { shippingRequestsReadAlike } from '../support/shippingRequests';
import { copyExample, engineFor, LOCAL_RUN } from './engineHarness';

/** `task-orchestrator patterns …` in this process (the spawned CLI costs seconds a call): its exit code and output. */
async function patterns(root: string, args: string[]) {
  const command = parseCli(['patterns', ...args, '--cwd', root]) as { kind: 'patterns' } & PatternsCommand;
  let stdout = '';
  let stderr = '';
  const code = await patternsCommand(command, engineFor(root), root, { out: (text) => (stdout += text), err: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

const FOURTH = 'change shipping fees for Ireland';

test('three runs → a proposed template (listed, as a patch, nothing written) → applied → a fourth request is planned from it, twice the same', async (t) => {
  const root = copyExample(t, 'shop');
  const engine = engineFor(root);
  const shipping = await shippingRequestsReadAlike(engine);
  const runIds: string[] = [];
  for (const request of [...shipping.requests, 'Explain the search endpoint']) {
    const handle = await engine.start(request, LOCAL_RUN, new AbortController().signal);
    assert.equal((await handle.done).status, 'completed');
    runIds.push(handle.runId);
  }
  assert.notEqual((await engine.plan(FOURTH)).checklist.classification.templateId, 'learned-shipping');

  const listed = await cli(['patterns', '--cwd', root]);
  assert.equal(listed.code, 0, listed.stderr);
  // The flag the three runs raised when the database is not among their domains.
  const flags = shipping.domains.includes('database') ? '' : 'DATABASE_INVESTIGATION';
  assert.ok(
    listed.stdout.includes(`learned-shipping — 3 runs planned as simple; they all name "shipping"; ${shipping.domains.join(', ')}; flags ${flags}`),
    listed.stdout,
  );
  for (const id of runIds.slice(0, 3)) assert.ok(listed.stdout.includes(id), `run ${id} is listed behind the candidate`);
  assert.ok(!listed.stdout.includes(runIds[3]), 'the run about something else is not');

  const patch = await patterns(root, ['learned-shipping', '--patch']);
  assert.equal(patch.code, 0, patch.stderr);
  assert.match(patch.stdout, /^\+\+\+ b\/\.orchestrator\/templates\/learned-shipping\.yaml/m);
  const templateFile = join(root, '.orchestrator', 'templates', 'learned-shipping.yaml');
  assert.equal(existsSync(templateFile), false, 'listing and the patch write nothing');
  // The patch applies as it is, as a reviewer would apply it.
  const git = spawnSync('git', ['apply', '-'], { cwd: root, input: patch.stdout, encoding: 'utf8' });
  assert.equal(git.status, 0, git.stderr);
  const fromPatch = readFileSync(templateFile, 'utf8');

  writeFileSync(templateFile, 'extends: simple\nexamples: [mine]\n');
  const refused = await patterns(root, ['--apply']);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /Refused \.orchestrator\/templates\/learned-shipping\.yaml: the file exists already/);
  assert.equal(readFileSync(templateFile, 'utf8'), 'extends: simple\nexamples: [mine]\n', 'a file of that name is never overwritten');
  rmSync(templateFile);

  const applied = await patterns(root, ['--apply']);
  assert.equal(applied.code, 0, applied.stderr);
  assert.match(applied.stdout, /Saved \.orchestrator\/templates\/learned-shipping\.yaml/);
  assert.equal(readFileSync(templateFile, 'utf8'), fromPatch, 'the patch and --apply write the same file');

  const report = JSON.parse((await patterns(root, ['--json'])).stdout);
  assert.deepEqual(report.candidates, []);
  assert.deepEqual(report.learned.map((l: { templateId: string }) => l.templateId), ['learned-shipping']);
  assert.deepEqual(report.learned[0].runs.map((r: { runId: string; relation: string }) => [r.relation, r.runId]), runIds.slice(0, 3).map((id) => ['example', id]));

  const first = await cli(['plan', FOURTH, '--cwd', root, '--json']);
  const second = await cli(['plan', FOURTH, '--cwd', root, '--json']);
  assert.equal(first.code, 0, first.stderr);
  assert.equal(JSON.parse(first.stdout).classification.templateId, 'learned-shipping');
  assert.equal(first.stdout, second.stdout, 'the same checklist, byte for byte');
});

test('an unknown candidate id is named, a bad --min-runs is a usage error, a broken template file is a warning', async (t) => {
  const root = copyExample(t, 'shop');
  const unknown = await patterns(root, ['learned-nothing', '--apply']);
  assert.equal(unknown.code, 1);
  assert.match(unknown.stderr, /no candidate pattern learned-nothing \(candidates: none\)/);
  assert.throws(() => parseCli(['patterns', '--min-runs', '1']), /--min-runs takes a whole number of at least 2/);
  assert.throws(() => parseCli(['patterns', '--patch', '--apply']), /give --patch or --apply, not both/);
  const none = await patterns(root, []);
  assert.match(none.stdout, /No candidate patterns: no 3 completed runs planned as simple or complex share domains, flags and a subject\./);
  mkdirSync(join(root, '.orchestrator', 'templates'), { recursive: true });
  writeFileSync(join(root, '.orchestrator', 'templates', 'broken.yaml'), 'id: [');
  assert.match((await patterns(root, [])).stderr, /warning: .*broken\.yaml:1: YAML syntax/);
});
