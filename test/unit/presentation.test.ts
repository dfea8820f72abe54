// How a run reads on every surface: its title, whether /resume has anything to do, what a queued
// task waits for, file:line links, and each finding once with every coordinator that saw it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cutAtWord } from '../../src/core/kernel/format';
import { linkLocations } from '../../src/core/kernel/locationLinks';
import { isResumable, runTitle } from '../../src/core/run/display';
import { waitingFor } from '../../src/core/run/waitingFor';
import type { RunEvent } from '../../src/core/run/events';
import { foldEvents, type RunState } from '../../src/core/run/state';
import type { Finding } from '../../src/core/kernel/contract';
import { mergeFindings } from '../../src/core/synthesis/findings';
import { renderLocalSynthesis } from '../../src/core/synthesis/localSynthesizer';
import { ZERO_USAGE } from '../../src/core/model/port';
import { checklist } from './schedulerHarness';

const at = '2026-11-30T10:00:00.000Z';

function runOf(request: string, extra: RunEvent[] = [], delegations: { coordinator: string; batch: number }[] = [{ coordinator: 'backend', batch: 0 }, { coordinator: 'database', batch: 0 }, { coordinator: 'frontend', batch: 1 }]): RunState {
  const plan = { ...checklist(delegations), request };
  return foldEvents([
    { type: 'RunStarted', at, runId: 'r1', request, mode: 'local', workspace: '/w' },
    { type: 'PlanCreated', at, checklist: plan },
    ...extra,
  ])!;
}

/** As journaled once the workspace check found every cited location. */
function verified(findings: Finding[]) {
  return findings.map((f) => ({ ...f, evidence: f.evidence.map((e) => ({ ...e, check: { verified: true } as const })) }));
}

function reported(taskId: string, coordinator: string, findings: Finding[]): RunEvent[] {
  return [
    { type: 'TaskStarted', at, taskId },
    { type: 'DelegationStarted', at, taskId, coordinator, prompt: 'p' },
    { type: 'DelegationCompleted', at, taskId, coordinator, durationMs: 1, usage: ZERO_USAGE, report: { summary: `${coordinator} done`, findings: verified(findings), flags: [], memoryNotes: [] } },
    { type: 'TaskCompleted', at, taskId, evidence: 'report' },
  ];
}

const loop: Finding = { title: 'Cart total issues one query per item', detail: 'One query per item.', severity: 'high', evidence: [{ file: 'backend/src/cart.js', line: 26 }] };

test('a 5,000-character request becomes a one-line title of at most 80 characters, cut at a word', () => {
  const request = `Make the checkout faster ${'and keep every payment path correct '.repeat(140)}`.slice(0, 5000);
  const title = runTitle(request);
  assert.ok(title.length <= 80, title);
  assert.match(title, /^Make the checkout faster and keep every payment path correct and keep\b.*…$/);
  assert.doesNotMatch(title, /\s…$/);
  assert.equal(runTitle('  Make\n the   checkout faster '), 'Make the checkout faster');
  assert.equal(cutAtWord('abcdefghij', 5), 'abcd…', 'a word longer than the limit is cut inside it');
});

test('/resume has something to do only for a run that stopped before its end', () => {
  assert.equal(isResumable({ status: 'completed' }, false), false);
  assert.equal(isResumable({ status: 'running' }, true), false);
  assert.equal(isResumable({ status: 'running' }, false), true, 'interrupted');
  assert.equal(isResumable({ status: 'failed' }, false), true);
  assert.equal(isResumable({ status: 'cancelled' }, false), true);
});

test('a queued task says which tasks and which batch it waits for', () => {
  const state = runOf('r', [{ type: 'TaskStarted', at, taskId: '1' }, { type: 'TaskCompleted', at, taskId: '1', evidence: 'x' }, { type: 'TaskStarted', at, taskId: '2' }]);
  assert.equal(waitingFor(state, '2'), undefined, 'a task under way waits for nothing');
  // Checklist: 1, 2, 3 backend, 4 database (batch 1), 5, 6 process, 7 frontend (batch 2), 8 process, 9 flags, 10 synth, 11 respond.
  assert.equal(waitingFor(state, '3'), 'Waits for 2. Check memory for prior work (in progress)');
  assert.equal(waitingFor(state, '4'), 'Waits for 2. Check memory for prior work (in progress)', 'delegations of one batch start together');
  assert.match(waitingFor(state, '7') ?? '', /^Waits for batch 1 — 2\. Check memory for prior work \(in progress\), 3\. Delegate to backend, 4\. Delegate to database and 2 more tasks before it$/);
  const next = runOf('r', [{ type: 'TaskStarted', at, taskId: '1' }, { type: 'TaskCompleted', at, taskId: '1', evidence: 'x' }]);
  assert.equal(waitingFor(next, '2'), 'Runs next');
});

test('a paused task says which flag paused it and what it waits for', () => {
  const state = runOf('r', [
    ...reported('3', 'backend', [loop]),
    { type: 'FlagRaised', at, flag: { id: 'f', type: 'SECURITY_BREACH', reason: 'x', priority: 'critical', raisedBy: { taskId: '3', coordinator: 'backend' }, known: true } },
    { type: 'TasksPaused', at, taskIds: ['7'], reason: 'breach' },
    { type: 'TaskAdded', at, task: { id: '3a', kind: 'delegate', title: 'Delegate to security', coordinator: 'security', parentId: '3', flagId: 'f' } },
    { type: 'FlagProcessed', at, flagId: 'f', addedTaskIds: ['3a'], pausedTaskIds: ['7'], note: 'n' },
  ]);
  assert.equal(waitingFor(state, '7'), 'Paused by SECURITY_BREACH from backend until 3a ends');
});

test('file:line mentions become links for locations the host verifies, and nothing else changes', () => {
  const hrefFor = (file: string, line: number) => (file.startsWith('backend/') || file === 'Dockerfile' ? `file:///w/${file}#L${line}` : undefined);
  const text = [
    'The loop (backend/src/cart.js:26) and `backend/src/cart.js:30`; not `db/x.sql:1` nor secret.txt:3.',
    'The base image at `Dockerfile:1` and Dockerfile:3, a time at 10:30 and localhost:8080 stay as they are.',
    'A [link](https://example.com/backend/src/cart.js:26) stays, and `cartTotal()` stays code.',
    '```',
    'backend/src/cart.js:26 in a fence stays text',
    '```',
  ].join('\n');
  assert.equal(linkLocations(text, hrefFor), [
    'The loop ([`backend/src/cart.js:26`](file:///w/backend/src/cart.js#L26)) and [`backend/src/cart.js:30`](file:///w/backend/src/cart.js#L30); not `db/x.sql:1` nor secret.txt:3.',
    'The base image at [`Dockerfile:1`](file:///w/Dockerfile#L1) and [`Dockerfile:3`](file:///w/Dockerfile#L3), a time at 10:30 and localhost:8080 stay as they are.',
    'A [link](https://example.com/backend/src/cart.js:26) stays, and `cartTotal()` stays code.',
    '```',
    'backend/src/cart.js:26 in a fence stays text',
    '```',
  ].join('\n'));
});

test('one problem at one place reported by two coordinators is one finding naming both', () => {
  const state = runOf('Make the checkout faster', [
    ...reported('3', 'backend', [loop]),
    ...reported('4', 'database', [
      { title: 'N+1 products query in cartTotal', detail: 'Per-item lookups.', severity: 'medium', evidence: [{ file: 'backend/src/cart.js', line: 26 }, { file: 'db/migrations/002_create_carts.sql', line: 11 }] },
      { title: 'No index on cart_items.product_id', detail: 'Missing index.', severity: 'medium', evidence: [{ file: 'db/migrations/002_create_carts.sql', line: 11 }] },
    ]),
    ...reported('7', 'frontend', [{ title: 'Cart total issues one query per item', detail: 'again, elsewhere', severity: 'low', evidence: [{ file: 'frontend/src/Cart.jsx', line: 3 }] }]),
  ]);
  const merged = mergeFindings(state);
  assert.deepEqual(merged.map((f) => [f.title, f.coordinators.join('+'), f.evidence.map((e) => `${e.file}:${e.line}`).join(' ')]), [
    ['Cart total issues one query per item', 'backend+database', 'backend/src/cart.js:26 db/migrations/002_create_carts.sql:11'],
    ['No index on cart_items.product_id', 'database', 'db/migrations/002_create_carts.sql:11'],
    ['Cart total issues one query per item', 'frontend', 'frontend/src/Cart.jsx:3'],
  ]);

  const answer = renderLocalSynthesis(state);
  assert.equal(answer.match(/backend\/src\/cart\.js:26/g)?.length, 1, answer);
  assert.match(answer, /^\*\*Make the checkout faster\*\* — 3 findings from backend, database, frontend \(local analysis, no model\), most severe first:/);
  assert.match(answer, /1\. \*\*\[high\] Cart total issues one query per item\*\* — `backend\/src\/cart\.js:26`, `db\/migrations\/002_create_carts\.sql:11` · backend, database/);
  assert.doesNotMatch(answer, /What to do first/);
});

test('the answer names a long request by its title, never whole', () => {
  const request = `Make the checkout faster ${'please '.repeat(800)}`;
  const answer = renderLocalSynthesis(runOf(request));
  assert.ok(!answer.includes(request.trim()), 'the request is not repeated whole');
  assert.ok(answer.split('\n')[0].length < 200);
});

test('an answer over 93 findings details the first 10, names the next 30 and counts the rest with where they are', () => {
  const severities = ['high', 'medium', 'low'] as const;
  const findings: Finding[] = Array.from({ length: 93 }, (_, i) => ({
    title: `Foreign key t${i}.userId has no index`, detail: `Detail ${i}.`, severity: severities[Math.min(2, Math.floor(i / 30))], evidence: [{ file: `db/m${i}.js`, line: i + 1 }],
  }));
  const answer = renderLocalSynthesis(runOf('do we store api tokens safely?', reported('3', 'backend', findings)));
  assert.match(answer, /93 findings from backend/);
  assert.equal(answer.match(/Detail \d+\./g)?.length, 10, 'ten findings in full');
  assert.match(answer, /\*\*Also found\*\*\n\n11\. \*\*\[high\] Foreign key t10\.userId has no index\*\* — `db\/m10\.js:11` · backend/);
  assert.match(answer, /\n40\. \*\*\[medium\] Foreign key t39\.userId/);
  assert.doesNotMatch(answer, /t40\.userId/, 'the 41st is not named');
  assert.match(answer, /… and 53 more findings \(20 medium, 33 low\), in the run's report \(`task-orchestrator report r1`/);
  assert.ok(answer.length < 8000, `${answer.length} characters`);
});
