import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderLiveChecklist } from '../../src/cli/render';
import { renderRunAudit } from '../../src/core/audit/runAudit';
import { RunInUseError } from '../../src/core/orchestrator';
import { FlagActionError } from '../../src/core/run/flagActions';
import { buildSnapshot } from '../../src/vscode/dashboard/snapshot';
import { groupChildren, runChildren } from '../../src/vscode/tree/taskNodes';
import { engineFor, fakeApi, messagesPosts, modelRun } from './engineHarness';
import { copyHostile, HOSTILE_REQUEST, HOSTILE_SCENARIO } from './hostileFixture';

// hostile.yaml's security coordinator raises EXFILTRATE_SECRETS (a type no rule knows) and
// PERFORMANCE_ISSUE aimed at 'payments-team' (not a coordinator): both wait for the user.
/** Event types in the journal; a line may hold a group of events written at once (a JSON array). */
const journalTypes = (root: string, runId: string) =>
  readFileSync(join(root, '.orchestrator', 'runs', `${runId}.jsonl`), 'utf8').trim().split('\n')
    .flatMap((line) => [JSON.parse(line) as { type: string } | { type: string }[]].flat().map((event) => event.type));

test('flags no rule can route are kept for review and shown under their run: the tree, the Progress view, the CLI, the audit', async (t) => {
  const root = copyHostile(t);
  const api = await fakeApi(t, HOSTILE_SCENARIO);
  const state = await (await engineFor(root).start(HOSTILE_REQUEST, modelRun(api), new AbortController().signal)).done;
  const review = state.flags.filter((f) => f.status === 'review');
  assert.deepEqual(review.map((f) => [f.record.type, f.note]), [
    ['EXFILTRATE_SECRETS', 'No rule for flag type EXFILTRATE_SECRETS; kept for review'],
    ['PERFORMANCE_ISSUE', "PERFORMANCE_ISSUE names no known coordinator ('payments-team'); kept for review"],
  ]);
  assert.ok(journalTypes(root, state.runId).includes('FlagKeptForReview'));

  assert.ok(runChildren(state).some((n) => n.id === `${state.runId}/#flags`), 'the run has a flags group');
  assert.deepEqual(groupChildren(state, 'flags').map((n) => (n.kind === 'flag' ? n.flagId : '')), review.map((f) => f.record.id));
  assert.deepEqual(buildSnapshot(state, { active: false }).run!.flags.filter((f) => f.state === 'review').map((f) => f.type), ['EXFILTRATE_SECRETS', 'PERFORMANCE_ISSUE']);
  assert.match(renderLiveChecklist(state), /Flags kept for your review: EXFILTRATE_SECRETS from security/);
  assert.match(renderRunAudit(state), /EXFILTRATE_SECRETS \(critical\) from security, task \d+: review/);
});

test('dismiss and delegate are journal events: a reloaded engine sees them, and the delegated follow-up runs without asking anyone else again', async (t) => {
  const root = copyHostile(t);
  const api = await fakeApi(t, HOSTILE_SCENARIO);
  const first = await (await engineFor(root).start(HOSTILE_REQUEST, modelRun(api), new AbortController().signal)).done;
  const [unknownType, noTarget] = first.flags.filter((f) => f.status === 'review').map((f) => f.record.id);

  // A reload between each step: a fresh engine reads the journal.
  const dismissed = await engineFor(root).dismissFlag(first.runId, unknownType);
  assert.equal(dismissed.flags.find((f) => f.record.id === unknownType)?.status, 'dismissed');
  assert.equal((await engineFor(root).loadRun(first.runId)).flags.find((f) => f.record.id === unknownType)?.status, 'dismissed');
  await assert.rejects(engineFor(root).dismissFlag(first.runId, unknownType), FlagActionError, 'a dismissed flag is not dismissed twice');
  await assert.rejects(engineFor(root).delegateFlag(first.runId, noTarget, 'payments-team', modelRun(api), new AbortController().signal), /No coordinator named 'payments-team'/);

  const before = messagesPosts(api).length;
  const handle = await engineFor(root).delegateFlag(first.runId, noTarget, 'backend', modelRun(api), new AbortController().signal);
  const after = await handle.done;
  assert.equal(after.status, 'completed', after.failure?.message);
  assert.deepEqual(messagesPosts(api).slice(before).map((r) => r.coordinator), ['backend', 'synthesis'], 'only the follow-up and the new synthesis');
  const flag = after.flags.find((f) => f.record.id === noTarget)!;
  assert.equal(flag.status, 'processed');
  assert.equal(flag.note, 'PERFORMANCE_ISSUE: delegated to backend by the user');
  const added = after.tasks.filter((task) => flag.addedTaskIds.includes(task.spec.id));
  assert.deepEqual(added.map((task) => [task.spec.kind, task.spec.coordinator, task.spec.parentId, task.status]), [
    ['delegate', 'backend', flag.record.raisedBy.taskId, 'completed'],
    ['process_response', 'backend', flag.record.raisedBy.taskId, 'completed'],
  ]);
  assert.match(added[0].delegation?.prompt ?? '', /Why you are asked:\nThe security coordinator's flag PERFORMANCE_ISSUE in its report above/);
  assert.deepEqual((await engineFor(root).loadRun(first.runId)).flags.map((f) => f.status), after.flags.map((f) => f.status), 'the reloaded run agrees');
});

test('a finished run\'s flag is dismissed or delegated only under the run\'s lease: while another process holds it, nothing is appended', async (t) => {
  const root = copyHostile(t);
  const api = await fakeApi(t, HOSTILE_SCENARIO);
  const first = await (await engineFor(root).start(HOSTILE_REQUEST, modelRun(api), new AbortController().signal)).done;
  const [unknownType, noTarget] = first.flags.filter((f) => f.status === 'review').map((f) => f.record.id);
  const journal = join(root, '.orchestrator', 'runs', `${first.runId}.jsonl`);
  const written = readFileSync(journal, 'utf8');
  // Another live process (this test's parent) holds the run, as a resume in a terminal would.
  writeFileSync(`${journal}.lock`, JSON.stringify({ pid: process.ppid, at: new Date().toISOString() }));
  await assert.rejects(engineFor(root).dismissFlag(first.runId, unknownType), RunInUseError);
  await assert.rejects(engineFor(root).delegateFlag(first.runId, noTarget, 'backend', modelRun(api), new AbortController().signal), RunInUseError);
  assert.equal(readFileSync(journal, 'utf8'), written, 'nothing was appended while the other process held the run');

  rmSync(`${journal}.lock`);
  assert.equal((await engineFor(root).dismissFlag(first.runId, unknownType)).flags.find((f) => f.record.id === unknownType)?.status, 'dismissed');
  assert.throws(() => readFileSync(`${journal}.lock`), /ENOENT/, 'the lease is given back');
});
