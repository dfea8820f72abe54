// No coordinator is asked the same question twice (#10 item 4): a flag aimed at a coordinator that
// is planned, or already has the flag's finding, is covered; one asked without it gets a follow-up
// with the new context only; a coordinator never receives its own flag back. A flag raised while its
// batch still runs is decided when the batch has ended, so the answer never depends on who finished first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ZERO_USAGE } from '../../src/core/model/port';
import type { DelegationRequest } from '../../src/core/run/ports';
import { checklist, report, setup } from './schedulerHarness';

const DB_FLAG = [{ type: 'DATABASE_INVESTIGATION', reason: 'query per cart item', priority: 'normal' as const, findingIndex: 0 }];
const delegates = (state: { tasks: readonly { spec: { kind: string; coordinator?: string; id: string } }[] }) =>
  state.tasks.filter((t) => t.spec.kind === 'delegate').map((t) => `${t.spec.id}:${t.spec.coordinator}`);

test('a flag for a coordinator planned later is covered: it is asked once, with the flag in its prompt', async () => {
  const asked: DelegationRequest[] = [];
  const { scheduler } = setup(checklist([{ coordinator: 'backend', batch: 0 }, { coordinator: 'database', batch: 1 }]), async (req) => {
    asked.push(req);
    return { report: report(req.coordinator, req.coordinator === 'backend' ? DB_FLAG : [], req.coordinator === 'backend' ? 26 : 11), usage: ZERO_USAGE };
  });
  const state = await scheduler.run(new AbortController().signal);
  assert.equal(state.status, 'completed');
  assert.deepEqual(asked.map((r) => r.coordinator), ['backend', 'database'], 'database is asked once');
  assert.deepEqual(delegates(state), ['3:backend', '5:database']);
  const flag = state.flags[0];
  assert.equal(flag.status, 'processed');
  assert.equal(flag.coveredBy, '5');
  assert.deepEqual(flag.addedTaskIds, []);
  assert.match(flag.note ?? '', /covered, database is planned \(task 5\)/);
  const databasePrompt = asked[1].prompt;
  // The flag and its finding are in backend's report above; the flag points there instead of repeating them.
  assert.match(databasePrompt, /- flag DATABASE_INVESTIGATION: query per cart item/);
  assert.match(databasePrompt, /\(a\.js:26\)/);
  assert.match(databasePrompt, /Flags raised for you by other coordinators:\nThe backend coordinator's flag DATABASE_INVESTIGATION in its report above, on its finding "backend finding"\.$/);
});

test('a flag for a coordinator that answered without the finding becomes a follow-up with the new context only', async () => {
  const asked: DelegationRequest[] = [];
  // backend and database run in parallel; database never saw backend's finding and cited another place.
  const { scheduler } = setup(checklist([{ coordinator: 'backend', batch: 0 }, { coordinator: 'database', batch: 0 }]), async (req) => {
    asked.push(req);
    if (req.coordinator === 'backend') return { report: report('backend', DB_FLAG, 26), usage: ZERO_USAGE };
    await new Promise((r) => setTimeout(r, 10));
    return { report: report(req.taskId === '4' ? 'database' : 'database follow-up', [], req.taskId === '4' ? 11 : 12), usage: ZERO_USAGE };
  });
  const state = await scheduler.run(new AbortController().signal);
  assert.equal(state.status, 'completed');
  assert.deepEqual(delegates(state), ['3:backend', '3a:database', '4:database']);
  const followUp = state.tasks.find((t) => t.spec.id === '3a')!;
  assert.equal(followUp.spec.title, 'Follow up with database coordinator (DATABASE_INVESTIGATION)');
  assert.equal(followUp.spec.followUpOf, '4');
  assert.deepEqual(followUp.spec.dependsOn, ['4']);
  assert.equal(followUp.status, 'completed');
  assert.match(state.flags[0].note ?? '', /database follows up on backend's finding with what it had not seen \(it answered in task 4\)/);
  const followUpPrompt = asked.find((r) => r.taskId === '3a')!.prompt;
  assert.match(followUpPrompt, /This is a follow-up: report only what the context above adds or changes/);
  assert.match(followUpPrompt, /Why you are asked:\nThe backend coordinator's flag DATABASE_INVESTIGATION in its report above, on its finding "backend finding"\./);
  assert.match(followUpPrompt, /- backend: backend\n {2}- \[high\] backend finding \(a\.js:26\)/, 'the finding the database had not seen is in the reports above');
});

test('a flag for a coordinator still answering in the same batch waits for its report, and is covered when the report cites the finding', async () => {
  const asked: string[] = [];
  const { scheduler, store } = setup(checklist([{ coordinator: 'backend', batch: 0 }, { coordinator: 'database', batch: 0 }]), async (req) => {
    asked.push(req.taskId);
    if (req.coordinator === 'backend') return { report: report('backend', DB_FLAG, 26), usage: ZERO_USAGE };
    await new Promise((r) => setTimeout(r, 10));
    return { report: report('database', [], 26), usage: ZERO_USAGE };
  });
  const waiting: string[] = [];
  store.onDidEmit((event, s) => {
    if (event.type === 'FlagWaiting') waiting.push(`${event.until.join(',')}: ${s.flags[0].status}`);
  });
  const state = await scheduler.run(new AbortController().signal);
  assert.equal(state.status, 'completed', state.failure?.message);
  assert.deepEqual(asked, ['3', '4'], 'database is not asked a second time');
  assert.deepEqual(waiting, ['4: raised'], 'the flag waited for database (task 4) to end');
  assert.deepEqual(delegates(state), ['3:backend', '4:database'], 'no follow-up appears, not even one later skipped');
  assert.equal(state.flags[0].coveredBy, '4');
  assert.match(state.flags[0].note ?? '', /covered, database already reported a\.js:26 \(task 4\)/);
});

test('a flag whose finding the coordinator already reported is covered', async () => {
  const asked: string[] = [];
  const { scheduler } = setup(checklist([{ coordinator: 'database', batch: 0 }, { coordinator: 'backend', batch: 1 }]), async (req) => {
    asked.push(req.coordinator);
    return { report: report(req.coordinator, req.coordinator === 'backend' ? DB_FLAG : [], 26), usage: ZERO_USAGE };
  });
  const state = await scheduler.run(new AbortController().signal);
  assert.deepEqual(asked, ['database', 'backend']);
  assert.equal(state.flags[0].coveredBy, '3');
  assert.match(state.flags[0].note ?? '', /covered, database already reported a\.js:26 \(task 3\)/);
});

test('a coordinator never receives its own flag back; a breach it raised still makes the run critical and is documented', async () => {
  const asked: string[] = [];
  const { scheduler } = setup(checklist([{ coordinator: 'security', batch: 0 }, { coordinator: 'frontend', batch: 1 }]), async (req) => {
    asked.push(req.coordinator);
    return { report: report(req.coordinator, req.coordinator === 'security' ? [{ type: 'SECURITY_BREACH', reason: 'injection', priority: 'critical', targetDomain: 'security' }] : []), usage: ZERO_USAGE };
  });
  const state = await scheduler.run(new AbortController().signal);
  assert.equal(state.status, 'completed', state.failure?.message);
  assert.deepEqual(asked, ['security', 'frontend'], 'security is not asked again');
  assert.match(state.flags[0].note ?? '', /covered, security raised it itself/);
  assert.equal(state.priority, 'critical');
  // The harness's memory proposer proposes nothing, so the step ends skipped; the engine tests write the note.
  assert.deepEqual(state.tasks.filter((t) => t.spec.parentId === '3').map((t) => t.spec.kind), ['document_incident']);
});

test('a flag its raiser aims at another domain goes to that domain, not back to the raiser', async () => {
  const asked: string[] = [];
  const { scheduler } = setup(checklist([{ coordinator: 'security', batch: 0 }]), async (req) => {
    asked.push(req.coordinator);
    return { report: report(req.coordinator, req.coordinator === 'security' ? [{ type: 'SECURITY_BREACH', reason: 'injection', priority: 'critical', targetDomain: 'backend', findingIndex: 0 }] : [], 8), usage: ZERO_USAGE };
  });
  const state = await scheduler.run(new AbortController().signal);
  assert.deepEqual(asked, ['security', 'backend']);
  assert.equal(state.tasks.find((t) => t.spec.id === '3a')?.spec.title, 'Delegate to backend coordinator (SECURITY_BREACH)');
});
