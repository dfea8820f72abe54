import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { engineFor, fakeApi, messagesPosts, modelRun } from './engineHarness';
import { copyHostile, HOSTILE_REQUEST, HOSTILE_SCENARIO, leakedSecrets, slowSearchScenario, writeSlowFiles } from './hostileFixture';

const journalOf = (root: string, runId: string) => readFileSync(join(root, '.orchestrator', 'runs', `${runId}.jsonl`), 'utf8');

test('the misbehaving model of hostile.yaml: the run ends, no secret reaches the model or the journal, every refusal is on record', async (t) => {
  const root = copyHostile(t);
  const api = await fakeApi(t, HOSTILE_SCENARIO);
  const state = await (await engineFor(root).start(HOSTILE_REQUEST, modelRun(api), new AbortController().signal)).done;
  assert.equal(state.status, 'completed', state.failure?.message);

  const posts = messagesPosts(api);
  assert.ok(posts.some((r) => r.matchedReply === 'security-hostile-report'), 'the security coordinator went through every step');
  for (const request of posts) {
    assert.deepEqual(leakedSecrets(JSON.stringify(request.body)), [], `request ${request.matchedReply} carries a planted secret`);
  }
  assert.deepEqual(leakedSecrets(journalOf(root, state.runId)), [], 'the journal carries a planted secret');

  // What the model was told instead: placeholders where the secrets were, refusals it can act on.
  const lastSecurity = JSON.stringify(posts.filter((r) => r.coordinator === 'security').at(-1)!.body);
  assert.ok(lastSecurity.includes("const stripe = Stripe('[redacted: Stripe live key]');"));
  assert.ok(lastSecurity.includes('[redacted: GitHub token]'), 'the CLAUDE.md token is a placeholder in project memory');
  assert.ok(lastSecurity.includes("File 'ops/ci-signing.txt' holds a private key and is never readable"));

  const progress = state.tasks.find((task) => task.delegation?.coordinator === 'security')!.delegation!.progress.toArray();
  for (const line of [
    'security: read_file config/deploy_key — refused: its name marks it as a secret (keys, credentials, environment values)',
    'security: read_file ops/ci-signing.txt — refused: the file holds a private key',
    'security: read_file config/gcloud.json — refused: the file holds a GCP service account key',
    'security: read_file .env — refused: its name marks it as a secret (keys, credentials, environment values)',
    'security: read_file ../../etc/passwd — refused: the path is outside the workspace',
    'security: read_file src/payments.js — 2 secrets (AWS access key, Stripe live key) redacted',
    'security: search_text BEGIN OPENSSH — matches withheld from ops/ci-signing.txt (private key); 1 match inside secrets not shown',
  ]) {
    assert.ok(progress.includes(line), `task details lack "${line}":\n${progress.join('\n')}`);
  }
});

test('Stop during a slow tool call ends the run (how soon: npm run bench); the journal resumes without asking finished coordinators again', async (t) => {
  const root = copyHostile(t);
  writeSlowFiles(root, 10);
  const api = await fakeApi(t, slowSearchScenario());
  const controller = new AbortController();
  const handle = await engineFor(root).start(HOSTILE_REQUEST, modelRun(api), controller.signal);
  let searching = false;
  handle.store.onDidEmit((event) => {
    if (event.type === 'DelegationProgress' && event.message.startsWith('security: search_text')) searching = true;
  });
  await waitFor(() => searching);
  await new Promise((resolve) => setTimeout(resolve, 300)); // well inside the search, which takes seconds
  controller.abort(new Error('Cancelled by the user.'));
  const state = await handle.done;
  assert.equal(state.status, 'cancelled');
  assert.deepEqual(state.failure, { kind: 'cancelled', message: 'Cancelled by the user.' });
  const security = state.tasks.find((task) => task.delegation?.coordinator === 'security')!;
  assert.equal(security.status, 'queued', 'the interrupted delegation goes back to the queue for a resume');
  assert.equal(security.delegation!.report, undefined);
  const journal = journalOf(root, state.runId).trim().split('\n').map((line) => JSON.parse(line) as { type: string });
  assert.equal(journal.at(-1)!.type, 'RunCancelled');

  const before = messagesPosts(api).length;
  const resumed = await (await engineFor(root).resume(state.runId, modelRun(api), new AbortController().signal)).done;
  assert.equal(resumed.status, 'completed', resumed.failure?.message);
  assert.deepEqual(messagesPosts(api).slice(before).map((r) => r.coordinator), ['security', 'synthesis'], 'backend and infrastructure are not asked again');
});

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
