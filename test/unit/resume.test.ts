// Issue #17's journal cases, engine level: torn tails, a crash inside a flag's processing, a run
// with no plan, resuming a failed run, the synthesis and memory of a run whose delegations failed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildScenario, reportReply, textReply, withLatency } from '../fake-api/scenarioBuilders';
import { loadScenario } from '../fake-api/server';
import { RunInUseError, RunNotFoundError } from '../../src/core/orchestrator';
import { readJournalEvents } from '../../src/core/run/journalRead';
import type { RunState } from '../../src/core/run/state';
import { copyExample, engineFor, fakeApi, messagesPosts, modelRun, SCENARIOS } from './engineHarness';

const CHECKOUT = 'Make the checkout faster';
const signal = () => new AbortController().signal;

/** The journal's lines, each with the events it holds (one, or an atomic group). */
function journalLines(path: string): { text: string; types: string[] }[] {
  return readFileSync(path, 'utf8').trim().split('\n').map((text) => ({ text, types: [JSON.parse(text)].flat().map((e: { type: string }) => e.type) }));
}

function checklistOf(state: RunState): string[] {
  return state.tasks.map((t) => `${t.spec.id} ${t.spec.title}: ${t.status}`);
}

async function finishedCheckout(t: Parameters<typeof copyExample>[0]) {
  const root = copyExample(t, 'shop');
  const api = await fakeApi(t, join(SCENARIOS, 'checkout.yaml'));
  const first = await (await engineFor(root).start(CHECKOUT, modelRun(api), signal())).done;
  assert.equal(first.status, 'completed', first.failure?.message);
  return { root, api, first, journal: join(root, '.orchestrator', 'runs', `${first.runId}.jsonl`) };
}

test('#4 a torn last line is cut before the resume appends, so a second resume reads the journal fine', async (t) => {
  const { root, api, first, journal } = await finishedCheckout(t);
  const lines = journalLines(journal);
  const cut = lines.findIndex((l) => l.types.includes('DelegationCompleted'));
  writeFileSync(journal, lines.slice(0, cut + 1).map((l) => l.text).join('\n') + '\n{"type":"TaskCompleted","taskId":"5","evid');

  const resumed = await (await engineFor(root).resume(first.runId, modelRun(api), signal())).done;
  assert.equal(resumed.status, 'completed', resumed.failure?.message);
  assert.deepEqual(checklistOf(resumed), checklistOf(first));
  const events = readJournalEvents(journal);
  const resume = events.find((e) => e.type === 'RunResumed');
  assert.deepEqual(resume?.type === 'RunResumed' && resume.tornTail, { bytes: 42, keptIn: `${first.runId}.jsonl.torn-1` });
  assert.equal(readFileSync(`${journal}.torn-1`, 'utf8'), '{"type":"TaskCompleted","taskId":"5","evid');

  // Torn again, then resumed twice: the finished run is read (the torn line left out), nothing is glued to it.
  appendFileSync(journal, '{"type":"RunRes');
  for (let i = 0; i < 2; i++) {
    const again = await (await engineFor(root).resume(first.runId, modelRun(api), signal())).done;
    assert.equal(again.status, 'completed');
    assert.equal(again.eventCount, events.length);
  }
  assert.doesNotThrow(() => readJournalEvents(journal), 'the journal stays readable line by line');
});

test('#5 a crash inside a flag\'s processing never adds its follow-up twice', async (t) => {
  const { root, api, first, journal } = await finishedCheckout(t);
  const lines = journalLines(journal);
  const flagLine = lines.findIndex((l) => l.types.includes('FlagRaised'));
  assert.deepEqual(lines[flagLine].types.slice(-4), ['FlagRaised', 'TaskAdded', 'TaskAdded', 'FlagProcessed'], 'the flag and its follow-up are one line');
  const flagEvents = JSON.parse(lines[flagLine].text) as { type: string }[];
  const kept = lines.slice(0, flagLine).map((l) => l.text);
  const databaseCalls = () => messagesPosts(api).filter((r) => r.coordinator === 'database').length;

  // The line torn mid-write: the whole group is cut, and the flag is raised and processed once on resume.
  writeFileSync(journal, [...kept, lines[flagLine].text.slice(0, 200)].join('\n'));
  let before = databaseCalls();
  let resumed = await (await engineFor(root).resume(first.runId, modelRun(api), signal())).done;
  assert.deepEqual(checklistOf(resumed), checklistOf(first));
  assert.equal(databaseCalls() - before, 1, 'the database coordinator is asked once');

  // A journal written before groups: the flag and its first TaskAdded as lines of their own, then the crash.
  const upToFirstAdded = flagEvents.slice(0, flagEvents.findIndex((e) => e.type === 'TaskAdded') + 1).map((e) => JSON.stringify(e));
  writeFileSync(journal, [...kept, ...upToFirstAdded].join('\n') + '\n');
  before = databaseCalls();
  resumed = await (await engineFor(root).resume(first.runId, modelRun(api), signal())).done;
  assert.equal(resumed.status, 'completed', resumed.failure?.message);
  assert.equal(resumed.tasks.length, first.tasks.length, `${resumed.tasks.length} tasks instead of ${first.tasks.length}`);
  assert.equal(databaseCalls() - before, 1);
  assert.deepEqual(resumed.flags.map((f) => [f.record.type, f.status, f.addedTaskIds.join()]), [['DATABASE_INVESTIGATION', 'processed', '5a,5b']]);
});

test('#6 a run that stopped right after RunStarted is planned again on resume, not "completed with 0 tasks"', async (t) => {
  const { root, api, first, journal } = await finishedCheckout(t);
  writeFileSync(journal, journalLines(journal)[0].text + '\n');
  const before = messagesPosts(api).length;
  const resumed = await (await engineFor(root).resume(first.runId, modelRun(api), signal())).done;
  assert.equal(resumed.status, 'completed', resumed.failure?.message);
  assert.deepEqual(checklistOf(resumed), checklistOf(first));
  assert.equal(resumed.request, CHECKOUT);
  assert.ok(resumed.synthesis?.includes('cart total'));
  assert.equal(messagesPosts(api).length - before, 6, 'the whole run, once');
});

test('#7 resuming a failed run retries its failed tasks and what was derived without them', async (t) => {
  const root = copyExample(t, 'shop');
  const bad = { summary: 'x', findings: [{ title: 't', detail: 'd', severity: 'enormous' }] } as unknown as Parameters<typeof reportReply>[1];
  const api = await fakeApi(t, buildScenario([reportReply('backend', bad), reportReply('frontend', { summary: 'fine', findings: [] }), reportReply('infrastructure', { summary: 'fine', findings: [] }), textReply('synthesis', 'without backend')]));
  const failed = await (await engineFor(root).start(CHECKOUT, modelRun(api), signal())).done;
  assert.equal(failed.status, 'failed');

  api.setScenario(loadScenario(join(SCENARIOS, 'checkout.yaml')));
  const resumed = await (await engineFor(root).resume(failed.runId, modelRun(api), signal())).done;
  assert.equal(resumed.status, 'completed', resumed.failure?.message);
  assert.ok(resumed.tasks.every((x) => x.status === 'completed'), JSON.stringify(checklistOf(resumed)));
  assert.match(resumed.synthesis ?? '', /database/, 'the synthesis was made again with the retried findings');
});

test('#10 the synthesis is told which domains failed, and the local answer says so', async (t) => {
  const root = copyExample(t, 'shop');
  const bad = { summary: 'x', findings: [{ title: 't', detail: 'd', severity: 'enormous' }] } as unknown as Parameters<typeof reportReply>[1];
  const api = await fakeApi(t, buildScenario([reportReply('backend', bad), reportReply('frontend', { summary: 'fine', findings: [] }), reportReply('infrastructure', { summary: 'fine', findings: [] }), textReply('synthesis', 'partial')]));
  const state = await (await engineFor(root).start(CHECKOUT, modelRun(api), signal())).done;
  const synthesis = messagesPosts(api).find((r) => r.coordinator === 'synthesis')!;
  const prompt = JSON.stringify(synthesis.body.messages);
  assert.match(prompt, /Domains that failed \(no report\):\\n- backend: /);
  assert.match(JSON.stringify(synthesis.body.system), /say plainly which ones/);
  assert.match(state.tasks.find((x) => x.spec.kind === 'synthesize')?.evidence ?? '', /missing backend \(failed\)/);

  const { renderLocalSynthesis } = await import('../../src/core/synthesis/localSynthesizer');
  assert.match(renderLocalSynthesis(state), /\*\*Incomplete:\*\* backend could not report/);
});

test('#10 nothing is proposed to memory from a run in which every delegation failed', async (t) => {
  const root = copyExample(t, 'shop');
  const api = await fakeApi(t, buildScenario([reportReply('backend', { summary: 'never', findings: [] })], { requireKey: 'the-right-key' }));
  const state = await (await engineFor(root).start(CHECKOUT, modelRun(api), signal())).done;
  assert.equal(state.status, 'failed');
  assert.deepEqual(state.memoryEdits, []);
  const claudeTask = state.tasks.find((x) => x.spec.kind === 'update_claude_md')!;
  assert.equal(claudeTask.status, 'skipped');
  assert.match(claudeTask.evidence ?? '', /every delegation failed/);
});

test('#10 an unknown run id gets a plain message listing recent runs, not ENOENT', async (t) => {
  const { root, api, first } = await finishedCheckout(t);
  const orchestrator = engineFor(root);
  await assert.rejects(orchestrator.resume('20990101-000000-nope', modelRun(api), signal()), (error: unknown) => {
    assert.ok(error instanceof RunNotFoundError);
    assert.match(error.message, /^No run '20990101-000000-nope' in this workspace\. Recent runs:\n {2}\S+ {2}completed {2}17\/17 {2}Make the checkout faster$/);
    assert.ok(error.message.includes(first.runId));
    return true;
  });
  await assert.rejects(orchestrator.retry('../etc', '1', modelRun(api), signal()), /No run '\.\.\/etc'/);
  await assert.rejects(engineFor(copyExample(t, 'shop')).resume('x', modelRun(api), signal()), /^RunNotFoundError: No run 'x' in this workspace\. It has no runs yet\.$|No run 'x' in this workspace\. It has no runs yet\./);
  assert.ok(!readdirSync(join(root, '.orchestrator', 'runs')).some((n) => n.startsWith('20990101')), 'nothing was created for it');
});

test('a run one process is running cannot be resumed by another at the same time; once it ends, it can', async (t) => {
  const root = copyExample(t, 'shop');
  const api = await fakeApi(t, withLatency(loadScenario(join(SCENARIOS, 'checkout.yaml')), 150));
  const running = await engineFor(root).start(CHECKOUT, modelRun(api), signal());
  const other = engineFor(root);
  assert.equal(other.isRunDriven(running.runId), true);
  await assert.rejects(other.resume(running.runId, modelRun(api), signal()), (error: unknown) => {
    assert.ok(error instanceof RunInUseError);
    assert.match(error.message, new RegExp(`^Run ${running.runId} is being run by another process \\(pid ${process.pid}\\); wait for it to finish`));
    return true;
  });
  await assert.rejects(other.retry(running.runId, '5', modelRun(api), signal()), RunInUseError);
  const done = await running.done;
  assert.equal(done.status, 'completed');
  assert.equal(other.isRunDriven(running.runId), false);
  const again = await (await other.resume(running.runId, modelRun(api), signal())).done;
  assert.equal(again.eventCount, done.eventCount, 'a finished run resumes to itself, nothing appended');
});
