// Same request, same memory → same checklist (#9, flags): a flag aimed at a coordinator of the same
// batch is decided once the batch has ended, so whether the flag's target answers before or after
// the flag arrives changes nothing a user sees. The order is forced at the fake API with per-reply
// delays (latencyMs before the headers, eventDelayMs between streamed events).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadScenario, type Scenario } from '../fake-api/server';
import type { RunState } from '../../src/core/run/state';
import { copyExample, engineFor, fakeApi, modelRun, SCENARIOS } from './engineHarness';

type Timing = Readonly<Record<string, { latencyMs?: number; eventDelayMs?: number }>>;

function slowed(file: string, timing: Timing): Scenario {
  const scenario = loadScenario(join(SCENARIOS, file));
  return { ...scenario, replies: scenario.replies.map((reply) => ({ ...reply, ...timing[reply.id] })) };
}

/** The run as a user compares two of them: each task with its status, the flags' outcomes, the proposals. */
function seen(state: RunState) {
  return {
    status: state.status,
    priority: state.priority,
    checklist: state.tasks.map((t) => `${t.spec.id} ${t.spec.title}: ${t.status}`),
    flags: state.flags.map((f) => `${f.record.type} from ${f.record.raisedBy.coordinator}: ${f.status}, covered by ${f.coveredBy ?? 'nothing'}, added ${f.addedTaskIds.join(' ') || 'nothing'}, paused ${f.pausedTaskIds.length}: ${f.note}`),
    proposals: state.memoryEdits.map((e) => e.path),
  };
}

async function run(t: Parameters<typeof copyExample>[0], file: string, request: string, timing: Timing) {
  const root = copyExample(t, 'shop');
  const api = await fakeApi(t, slowed(file, timing));
  const handle = await engineFor(root).start(request, modelRun(api), new AbortController().signal);
  const completedOrder: string[] = [];
  const waited: string[] = [];
  handle.store.onDidEmit((event) => {
    if (event.type === 'DelegationCompleted') completedOrder.push(event.coordinator);
    if (event.type === 'FlagWaiting') waited.push(event.flagId);
  });
  const state = await handle.done;
  assert.equal(state.status, 'completed', state.failure?.message);
  return { state, completedOrder, waited };
}

const SECURITY_REQUEST = 'Review the security of product search';

test('security review: SECURITY_BREACH aimed at backend gives the same checklist whether backend answers before or after the flag', async (t) => {
  // backend's answer streams slowly: security (started once backend's answer began) reports first.
  const after = await run(t, 'security.yaml', SECURITY_REQUEST, { 'backend-report': { eventDelayMs: 150 }, 'infrastructure-report': { latencyMs: 1500 } });
  // security answers late: backend has long reported when the flag arrives.
  const before = await run(t, 'security.yaml', SECURITY_REQUEST, { 'security-report': { latencyMs: 800 } });

  assert.ok(after.completedOrder.indexOf('security') < after.completedOrder.indexOf('backend'), `backend answered after the flag: ${after.completedOrder.join(', ')}`);
  assert.ok(before.completedOrder.indexOf('backend') < before.completedOrder.indexOf('security'), `backend answered before the flag: ${before.completedOrder.join(', ')}`);
  assert.equal(after.waited.length, 1, 'the flag waited for its batch while backend was still answering');

  assert.deepEqual(seen(after.state), seen(before.state));
  const flag = after.state.flags[0];
  assert.equal(flag.status, 'processed');
  assert.match(flag.note ?? '', /covered, backend already reported backend\/src\/products\.js:8 \(task 5\); priority CRITICAL; \d+ queued task\(s\) paused until it is handled/);
  assert.ok(!after.state.tasks.some((x) => /Follow up with|Delegate to backend coordinator \(SECURITY_BREACH\)/.test(x.spec.title)), 'no follow-up task appears, not even one skipped later');
  assert.equal(after.state.priority, 'critical');
});

test('security review: when backend\'s report does not cite the breach, the same follow-up is added whether backend answers before or after the flag', async (t) => {
  // backend reports the route only (server.js), never the injectable query security flags (products.js:8).
  const withoutQuery = (timing: Timing) => {
    const scenario = slowed('security.yaml', timing);
    const replies = scenario.replies.map((reply) => {
      if (reply.id !== 'backend-report') return reply;
      const [call] = reply.respond;
      if (!('toolUse' in call)) return reply;
      const input = call.toolUse.input as { findings: { evidence: { file: string }[] }[] };
      const findings = input.findings.map((f) => ({ ...f, evidence: f.evidence.filter((e) => e.file !== 'backend/src/products.js') }));
      return { ...reply, respond: [{ toolUse: { ...call.toolUse, input: { ...call.toolUse.input, findings } } }] };
    });
    return { ...scenario, replies };
  };
  const runWith = async (timing: Timing) => {
    const root = copyExample(t, 'shop');
    const api = await fakeApi(t, withoutQuery(timing));
    const state = await (await engineFor(root).start(SECURITY_REQUEST, modelRun(api), new AbortController().signal)).done;
    assert.equal(state.status, 'completed', state.failure?.message);
    return state;
  };
  const after = await runWith({ 'backend-report': { eventDelayMs: 150 }, 'infrastructure-report': { latencyMs: 1500 } });
  const before = await runWith({ 'security-report': { latencyMs: 800 } });
  assert.deepEqual(seen(after), seen(before));
  const followUp = after.tasks.find((x) => x.spec.title === 'Follow up with backend coordinator (SECURITY_BREACH)');
  assert.equal(followUp?.status, 'completed', 'backend is asked again with the breach it had not seen, and answers');
  assert.equal(followUp?.spec.followUpOf, '5');
});
