// SIGKILL while the checkout run finishes: later reports, synthesis, proposals (see crashHarness.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startFakeApi } from '../fake-api/server';
import { withLatency } from '../fake-api/scenarioBuilders';
import { foldEvents } from '../../src/core/run/state';
import { CHECKOUT, cli, cliKilledWhen, cliOutput, crashTests, journalOf, outcome, reference } from './crashHarness';
import { copyExample } from './engineHarness';

crashTests([
  { flow: CHECKOUT, after: 'DelegationCompleted:2', why: 'the flag follow-up (database) reported' },
  { flow: CHECKOUT, after: 'DelegationCompleted:3', why: 'frontend reported' },
  { flow: CHECKOUT, after: 'SynthesisCompleted', why: 'the answer journaled, its step not marked done' },
  { flow: CHECKOUT, after: 'MemoryEditProposed', why: 'the CLAUDE.md proposal journaled' },
  { flow: CHECKOUT, after: 'MemoryEditProposed:2', why: 'the module note proposal journaled' },
  { flow: CHECKOUT, after: 'RunCompleted', why: 'the run ended' },
]);

test('kill -9 from outside as soon as the backend report appears on stdout: resume asks only for what was lost', async (t) => {
  const expected = await reference(t, CHECKOUT);
  const root = copyExample(t, 'shop');
  // Each answer takes a while, so the kill lands while the follow-up call is in flight.
  const api = await startFakeApi({ scenario: withLatency(CHECKOUT.scenario(), 400) });
  t.after(() => api.close());
  const killed = await cliKilledWhen(['run', CHECKOUT.request, '--cwd', root, '--json'], api, (e) => e.type === 'DelegationCompleted' && e.coordinator === 'backend');
  assert.equal(killed.signal, 'SIGKILL');
  const before = api.requests.filter((r) => r.path === '/v1/messages').map((r) => r.coordinator);
  assert.deepEqual(before.slice(0, 2), ['backend', 'backend'], 'backend answered before the kill');

  const listed = await cliOutput(['runs', '--cwd', root, '--json'], api);
  assert.deepEqual((JSON.parse(listed) as { status: string; displayStatus: string }[]).map((r) => [r.status, r.displayStatus]), [['running', 'interrupted']], 'no process drives it any more');

  const resumed = await cli(['run', '--resume', journalOf(root).runId, '--cwd', root, '--json'], api);
  assert.equal(resumed.code, 0, resumed.stderr);
  assert.deepEqual(outcome(foldEvents(journalOf(root).events)!), expected);
  const asked = api.requests.filter((r) => r.path === '/v1/messages').slice(before.length).map((r) => r.coordinator);
  assert.deepEqual(asked, ['database', 'infrastructure', 'frontend', 'synthesis'], 'backend is not asked again');
});
