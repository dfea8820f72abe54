import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldEvents } from '../../src/core/run/state';
import { ZERO_USAGE } from '../../src/core/model/port';
import { checklist, report, setup } from './schedulerHarness';

test('a flag adds sub-tasks under the raising task, and they run before later batches with its finding in the prompt', async () => {
  const order: string[] = [];
  const prompts: Record<string, string> = {};
  const { store, scheduler } = setup(checklist([{ coordinator: 'backend', batch: 0 }, { coordinator: 'frontend', batch: 1 }]), async (req) => {
    order.push(req.coordinator);
    prompts[req.coordinator] = req.prompt;
    if (req.coordinator === 'backend') {
      return { report: report('backend', [{ type: 'DATABASE_INVESTIGATION', reason: 'query per item', priority: 'normal', findingIndex: 0 }]), usage: ZERO_USAGE };
    }
    return { report: report(req.coordinator), usage: ZERO_USAGE };
  });
  const state = await scheduler.run(new AbortController().signal);
  assert.equal(state.status, 'completed');
  assert.deepEqual(order, ['backend', 'database', 'frontend']);
  const ids = state.tasks.map((t) => t.spec.id);
  assert.deepEqual(ids.slice(2, 6), ['3', '3a', '3b', '4']);
  assert.equal(state.tasks.find((t) => t.spec.id === '3a')?.spec.parentId, '3');
  assert.match(prompts.database, /query per item/);
  assert.match(prompts.database, /backend finding/);
  assert.match(prompts.frontend, /backend finding/, 'a later batch receives earlier findings');
  assert.ok(state.tasks.every((t) => t.status === 'completed'), JSON.stringify(state.tasks.map((t) => [t.spec.id, t.status])));
  assert.equal(state.flags[0].status, 'processed');
  assert.deepEqual(foldEvents([] as never[]), undefined);
  assert.equal(store.state.eventCount, state.eventCount);
});

test('SECURITY_BREACH pauses queued work, raises priority, runs security, then resumes the paused work', async () => {
  const seen: { coordinator: string; pausedAtStart: string[] }[] = [];
  const { store, scheduler } = setup(checklist([{ coordinator: 'backend', batch: 0 }, { coordinator: 'frontend', batch: 1 }]), async (req) => {
    seen.push({ coordinator: req.coordinator, pausedAtStart: store.state.tasks.filter((t) => t.status === 'paused').map((t) => t.spec.id) });
    if (req.coordinator === 'backend') {
      return { report: report('backend', [{ type: 'SECURITY_BREACH', reason: 'SQL injection in search', priority: 'critical' }]), usage: ZERO_USAGE };
    }
    return { report: report(req.coordinator), usage: ZERO_USAGE };
  });
  const state = await scheduler.run(new AbortController().signal);
  assert.deepEqual(seen.map((s) => s.coordinator), ['backend', 'security', 'frontend']);
  assert.ok(seen[1].pausedAtStart.includes('4'), 'frontend delegation was paused while security ran');
  assert.deepEqual(seen[2].pausedAtStart, [], 'paused work resumed after security');
  assert.equal(state.priority, 'critical');
  assert.equal(state.status, 'completed');
});

test('a batch runs its delegations in parallel up to the limit', async () => {
  let inFlight = 0;
  let maxInFlight = 0;
  const { scheduler } = setup(checklist([{ coordinator: 'backend', batch: 0 }, { coordinator: 'security', batch: 0 }, { coordinator: 'infrastructure', batch: 0 }]), async (req) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    await new Promise((r) => setTimeout(r, 20));
    inFlight--;
    return { report: report(req.coordinator), usage: ZERO_USAGE };
  });
  await scheduler.run(new AbortController().signal);
  assert.equal(maxInFlight, 3);
});

test('a failing delegation fails its task with the reason, the run goes on and ends failed', async () => {
  const { scheduler } = setup(checklist([{ coordinator: 'backend', batch: 0 }, { coordinator: 'frontend', batch: 1 }]), async (req) => {
    if (req.coordinator === 'backend') throw new Error('backend returned an invalid report twice');
    return { report: report(req.coordinator), usage: ZERO_USAGE };
  });
  const state = await scheduler.run(new AbortController().signal);
  const backend = state.tasks.find((t) => t.spec.coordinator === 'backend' && t.spec.kind === 'delegate');
  assert.equal(backend?.status, 'failed');
  assert.match(backend?.failure?.message ?? '', /invalid report twice/);
  assert.equal(state.tasks.find((t) => t.spec.coordinator === 'backend' && t.spec.kind === 'process_response')?.status, 'skipped');
  assert.equal(state.tasks.find((t) => t.spec.coordinator === 'frontend' && t.spec.kind === 'delegate')?.status, 'completed');
  assert.equal(state.status, 'failed');
  assert.match(state.failure?.message ?? '', /invalid report twice/);
});

test('flag loops stop at the depth limit and say so', async () => {
  // backend and database keep pointing at each other, each time at a new line: every flag carries
  // new context, so only the depth limit stops them.
  let line = 0;
  const { scheduler } = setup(checklist([{ coordinator: 'backend', batch: 0 }]), async (req) => ({
    report: report(req.coordinator, [{ type: req.coordinator === 'backend' ? 'DATABASE_INVESTIGATION' : 'BACKEND_INVESTIGATION', reason: 'again', priority: 'normal' }], ++line),
    usage: ZERO_USAGE,
  }));
  const state = await scheduler.run(new AbortController().signal);
  const rejected = state.flags.filter((f) => f.status === 'rejected');
  assert.equal(rejected.length, 1);
  assert.match(rejected[0].note ?? '', /depth limit/);
  assert.equal(state.flags.filter((f) => f.status === 'processed').length, 2);
  assert.deepEqual(state.tasks.filter((t) => t.spec.kind === 'delegate').map((t) => t.spec.id), ['3', '3a', '3a1']);
});

test('a follow-up that raises the flag it is handling is not delegated again', async () => {
  const { scheduler } = setup(checklist([{ coordinator: 'backend', batch: 0 }]), async (req) => ({
    report: report(req.coordinator, [{ type: 'SECURITY_BREACH', reason: 'injection', priority: 'critical' }]),
    usage: ZERO_USAGE,
  }));
  const state = await scheduler.run(new AbortController().signal);
  assert.deepEqual(state.tasks.filter((t) => t.spec.kind === 'delegate').map((t) => t.spec.coordinator), ['backend', 'security']);
  assert.match(state.flags[1].note ?? '', /already being handled by task 3a/);
  assert.equal(state.status, 'completed');
});

test('an unknown flag type is kept and shown, not dropped', async () => {
  const { scheduler } = setup(checklist([{ coordinator: 'backend', batch: 0 }]), async () => ({
    report: report('x', [{ type: 'COMPLIANCE_CHECK', reason: 'GDPR retention', priority: 'normal' }]),
    usage: ZERO_USAGE,
  }));
  const state = await scheduler.run(new AbortController().signal);
  assert.equal(state.flags.length, 1);
  assert.equal(state.flags[0].record.known, false);
  assert.match(state.flags[0].note ?? '', /kept for review/);
});

test('cancelling puts the in-flight delegation back in the queue and records the run as cancelled', async () => {
  const controller = new AbortController();
  const { scheduler, journal } = setup(checklist([{ coordinator: 'backend', batch: 0 }]), (_req, _p, signal) =>
    new Promise((_resolve, reject) => {
      signal.addEventListener('abort', () => reject(new Error('aborted')));
      setTimeout(() => controller.abort(), 10);
    }));
  const state = await scheduler.run(controller.signal);
  assert.equal(state.status, 'cancelled');
  const delegate = state.tasks.find((t) => t.spec.kind === 'delegate');
  assert.equal(delegate?.status, 'queued');
  assert.equal(delegate?.delegation?.status, 'queued');
  assert.ok(state.tasks.every((t) => t.status !== 'in_progress'), 'nothing is left spinning after a cancel');
  assert.equal(journal.events.at(-1)?.type, 'RunCancelled');
});
