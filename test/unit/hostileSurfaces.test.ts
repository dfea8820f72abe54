import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventLine, renderLiveChecklist } from '../../src/cli/render';
import { renderRunAudit } from '../../src/core/audit/runAudit';
import { safeMarkdown } from '../../src/core/kernel/safeMarkdown';
import { foldEvents } from '../../src/core/run/state';
import { renderLocalSynthesis } from '../../src/core/synthesis/localSynthesizer';
import { ChatRunRenderer } from '../../src/vscode/chat/runRenderer';
import { buildSnapshot } from '../../src/vscode/dashboard/snapshot';
import { renderTaskDetails } from '../../src/vscode/tree/taskDetails';
import { engineFor, fakeApi, modelRun } from './engineHarness';
import { copyHostile, HOSTILE_REQUEST, HOSTILE_SCENARIO } from './hostileFixture';
import { hazardsIn, htmlHazards } from './inertMarkdown';

// hostile.yaml's security report carries command:, javascript: and vscode: links, raw HTML and
// made-up evidence (../../etc/passwd:1, a line past the end of src/payments.js); its synthesis
// repeats them. Every surface is rendered from the one run state and checked.
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

async function hostileRun(t: import('node:test').TestContext) {
  const root = copyHostile(t);
  const api = await fakeApi(t, HOSTILE_SCENARIO);
  const engine = engineFor(root);
  const handle = await engine.start(HOSTILE_REQUEST, modelRun(api), new AbortController().signal);
  const state = await handle.done;
  assert.equal(state.status, 'completed', state.failure?.message);
  return { state, engine, events: handle.store.sessionEvents };
}

test('the hostile report: evidence is checked when the delegation completes, and the journal replays the same verdicts', async (t) => {
  const { state, engine } = await hostileRun(t);
  const security = state.tasks.find((task) => task.delegation?.coordinator === 'security')!;
  const verdicts = security.delegation!.report!.findings.flatMap((f) => f.evidence.map((e) => [`${e.file}:${e.line}`, e.check?.verified ? 'verified' : e.check?.reason]));
  assert.deepEqual(verdicts, [
    ['../../etc/passwd:1', 'the path is outside the workspace'],
    ['src/payments.js:4242', 'line 4242 is past the end of the file (28 lines)'],
    ['src/payments.js:10', 'verified'],
  ]);
  const processed = state.tasks.find((task) => task.spec.kind === 'process_response' && task.spec.coordinator === 'security')!;
  assert.match(processed.evidence ?? '', /2 findings from security \(evidence 1 verified \/ 2 unverified, 1 cited location\)/);
  assert.deepEqual((await engine.loadRun(state.runId)).tasks, state.tasks, 'the replayed journal says the same');
});

test('model text is data on every surface: no link but http(s), no HTML, no terminal escape; unverified evidence is labelled, never a link', async (t) => {
  const { state, events } = await hostileRun(t);

  // Chat: a host that would open any location it is asked for; only verified evidence is asked.
  const markdown: string[] = [];
  const asked: string[] = [];
  const hrefFor = (file: string, line: number) => (asked.push(`${file}:${line}`), `file:///ws/${file}#L${line}`);
  new ChatRunRenderer({ markdown: (text) => markdown.push(text), progress: () => {}, button: () => {}, hrefFor }).finish(state);
  const chat = markdown.join('');
  assert.deepEqual(hazardsIn(chat), [], chat);
  const linked = [...chat.matchAll(/\]\(file:\/\/\/ws\/([^)#]+)#L(\d+)\)/g)].map((m) => `${m[1]}:${m[2]}`);
  assert.ok(linked.every((l) => ['src/server.js:13', 'src/payments.js:10'].includes(l)), `only verified locations become links: ${linked.join(', ')}`);
  assert.ok(!asked.some((l) => l.includes('etc/passwd')), 'an unverified location is never even offered to the host');
  assert.match(chat, /run this \(command link removed\)/);
  assert.match(chat, /evidence 1 verified \/ 2 unverified/);

  // Task details of every task, and the exported audit.
  for (const task of state.tasks) assert.deepEqual(hazardsIn(renderTaskDetails(state, task.spec.id)), [], `task details of ${task.spec.id}`);
  const details = renderTaskDetails(state, state.tasks.find((task) => task.delegation?.coordinator === 'security')!.spec.id);
  assert.match(details, /Evidence: 1 verified \/ 2 unverified\./);
  assert.match(details, /`src\/payments\.js:4242` \(unverified: line 4242 is past the end of the file \(28 lines\)\)/);
  const audit = renderRunAudit(state);
  assert.deepEqual(hazardsIn(audit), [], audit);
  assert.match(audit, /Evidence: 1 verified \/ 2 unverified/);
  assert.match(audit, /## Answer\n\nThe deploy configuration leaks secrets\./);

  // Proposed memory: nothing unverified, nothing live.
  assert.ok(state.memoryEdits.length > 0);
  for (const edit of state.memoryEdits) {
    assert.deepEqual(hazardsIn(edit.text), [], `${edit.path}:\n${edit.text}`);
    assert.ok(!edit.text.includes('etc/passwd') && !edit.text.includes('payments.js:4242'), `${edit.path} carries unverified evidence:\n${edit.text}`);
    assert.ok(!edit.text.includes('Deploy key is readable'), `${edit.path} remembers a finding nothing backs:\n${edit.text}`);
  }
  assert.match(state.memoryEdits.find((e) => e.path === 'CLAUDE.md')!.text, /Stripe live key in the payment code — `src\/payments\.js:10` \(security\)/);

  // Progress view: HTML made on the host, evidence as text marked unverified.
  const run = buildSnapshot(state, { active: false }).run!;
  const html = [run.synthesisHtml ?? '', ...run.discoveries.flatMap((d) => d.findings.map((f) => f.detailHtml))].join('\n');
  assert.deepEqual(htmlHazards(html), [], html);
  const evidence = run.discoveries.flatMap((d) => d.findings.flatMap((f) => f.evidence));
  assert.deepEqual(evidence.filter((e) => !e.verified).map((e) => e.label), [
    '../../etc/passwd:1 (unverified: the path is outside the workspace)',
    'src/payments.js:4242 (unverified: line 4242 is past the end of the file (28 lines))',
  ]);

  // CLI: every event line, the live checklist and the printed answer.
  const terminal = [...events.map((event, i) => eventLine(event, foldEvents(events.slice(0, i + 1))!) ?? ''), renderLiveChecklist(state), safeMarkdown(state.synthesis ?? '')].join('\n');
  assert.ok(!TERMINAL_CONTROLS.test(terminal.replace(/\n/g, '')));
  assert.deepEqual(hazardsIn(safeMarkdown(state.synthesis ?? '')), []);
});

test('a finding no verified evidence backs ranks below verified ones in the local answer, however severe it says it is', async (t) => {
  const { state } = await hostileRun(t);
  const first = renderLocalSynthesis(state).split('\n').filter((line) => /^\d+\./.test(line));
  const stripe = first.findIndex((line) => line.includes('Stripe live key'));
  const madeUp = first.findIndex((line) => line.includes('Deploy key is readable'));
  assert.ok(stripe >= 0 && madeUp > stripe, first.join('\n'));
  assert.match(first[madeUp], /\(unverified: /);
});
