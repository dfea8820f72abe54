import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { renderLiveChecklist } from '../../src/cli/render';
import { renderRunAudit } from '../../src/core/audit/runAudit';
import { readJournalEvents } from '../../src/core/run/journalRead';
import { ModelError } from '../../src/core/model/port';
import type { TaskSpec } from '../../src/core/plan/types';
import { checklistLine, renderChecklist, statusSuffix, taskBox, type ChecklistItem } from '../../src/core/run/checklistLines';
import { describeProgress, displayStatus, failedOnApiKey, runProgress, tasksLeft } from '../../src/core/run/display';
import type { RunEvent } from '../../src/core/run/events';
import { toFailure } from '../../src/core/run/failure';
import { CoordinatorFailure } from '../../src/core/run/ports';
import { foldEvents, type RunState, type TaskStatus } from '../../src/core/run/state';
import { ZERO_USAGE } from '../../src/core/model/port';
import { checklistMarkdown } from '../../src/vscode/chat/runRenderer';
import { buildSnapshot } from '../../src/vscode/dashboard/snapshot';

const spec = (id: string, title: string, parentId?: string): TaskSpec => ({ id, kind: 'delegate', title, parentId, coordinator: 'backend' });
const ALL: readonly TaskStatus[] = ['queued', 'in_progress', 'completed', 'failed', 'skipped', 'paused'];

test('a run is interrupted when its journal says running and nothing drives it', () => {
  assert.equal(displayStatus({ status: 'running' }, true), 'running');
  assert.equal(displayStatus({ status: 'running' }, false), 'interrupted');
  for (const status of ['completed', 'failed', 'cancelled'] as const) assert.equal(displayStatus({ status }, false), status);
});

test('progress counts a task once it has ended (completed, skipped or failed), and says how many failed', () => {
  const tasks = ALL.map((status, i) => ({ spec: spec(String(i + 1), `t${i + 1}`), status }));
  const progress = runProgress({ tasks });
  assert.deepEqual(progress, { ended: 3, failed: 1, total: 6, percent: 50 });
  assert.equal(describeProgress(progress), '3/6 tasks ended, 1 failed');
  assert.equal(describeProgress(runProgress({ tasks: tasks.filter((t) => t.status !== 'failed') })), '2/5 tasks ended');
  assert.equal(tasksLeft({ tasks }), 3);
  assert.deepEqual(runProgress({ tasks: [] }), { ended: 0, failed: 0, total: 0, percent: 0 });
});

test('a checklist line is box, id, title and what happened; skipped is ticked and says so', () => {
  assert.deepEqual(ALL.map((s) => taskBox(s)), ['[ ]', '[ ]', '[x]', '[ ]', '[x]', '[ ]']);
  assert.deepEqual(ALL.map((s) => statusSuffix(s)), ['', ' — in progress', '', ' — failed', ' — skipped', ' — paused']);
  const item = { spec: spec('9', 'Update   module\nnotes'), status: 'skipped' as const };
  assert.equal(checklistLine(item, 0, 'text'), '[x] 9. Update module notes — skipped');
  assert.equal(checklistLine(item, 1, 'markdown'), '  - [x] 9\\. Update module notes — skipped');
  assert.equal(checklistLine({ spec: spec('1', 'Plan') }, 0, 'text'), '[ ] 1. Plan', 'a task of a plan not yet run is open');
});

test('the checklist nests sub-tasks under their parent, and a title cannot inject Markdown', () => {
  const items: ChecklistItem[] = [
    { spec: spec('6', 'Process backend findings'), status: 'in_progress' },
    { spec: spec('6a', 'Investigate [slow] *orders* <b>query</b>', '6'), status: 'failed' },
    { spec: spec('6a1', 'Process database findings', '6a') },
    { spec: spec('7a', 'Orphan', '7') },
  ];
  const markdown = renderChecklist(items, 'markdown');
  assert.equal(markdown, [
    '- [ ] 6\\. Process backend findings — in progress',
    '  - [ ] 6a\\. Investigate \\[slow\\] \\*orders\\* \\<b\\>query\\</b\\> — failed',
    '    - [ ] 6a1\\. Process database findings',
    '- [ ] 7a\\. Orphan',
  ].join('\n'));
  const html = new MarkdownIt().render(markdown);
  assert.match(html, /<li>\[ \] 6\. Process backend findings — in progress\n<ul>\n<li>\[ \] 6a\. Investigate \[slow\] \*orders\* &lt;b&gt;query&lt;\/b&gt;/);
  assert.doesNotMatch(html, /<em>|<a |<b>/);
});

/** A finished run with a skipped step and a failed delegation, journaled as events. */
function finishedRun(): RunState {
  const at = '2026-11-24T10:00:00.000Z';
  const failure = { kind: 'auth' as const, message: 'The Anthropic API rejected the key (401). Check the API key.' };
  const events: RunEvent[] = [
    { type: 'RunStarted', at, runId: 'r1', request: 'Make it faster', mode: 'model', workspace: '/ws' },
    {
      type: 'PlanCreated', at,
      checklist: {
        request: 'Make it faster', normalizedRequest: 'make it faster', priority: 'normal', domains: [], delegations: [], relatedMemory: [], memoryDigest: 'x',
        classification: { requestClass: 'simple', templateId: 'simple', templateVersion: '1', matchedRule: 'default' },
        tasks: [spec('1', 'Delegate to backend'), { id: '2', kind: 'update_module_notes', title: 'Update module notes' }],
      },
    },
    { type: 'DelegationFailed', at, taskId: '1', coordinator: 'backend', failure, usage: ZERO_USAGE, durationMs: 5 },
    { type: 'TaskFailed', at, taskId: '1', failure },
    { type: 'TaskSkipped', at, taskId: '2', reason: 'No module notes to propose' },
    { type: 'RunFailed', at, failure: { kind: 'tasks_failed', message: '1 task(s) failed' } },
  ];
  return foldEvents(events)!;
}

test('every surface draws the same line for the same task', () => {
  const state = finishedRun();
  const skipped = '2. Update module notes — skipped';
  assert.ok(checklistMarkdown(state.tasks).includes('[x] 2\\. Update module notes — skipped'), 'chat');
  assert.ok(renderRunAudit(state).includes('- [x] 2\\. Update module notes — skipped: No module notes to propose'), 'audit');
  assert.ok(renderLiveChecklist(state).includes(`[x] ${skipped}`), 'CLI');
  const progress = buildSnapshot(state, { active: false }).run!.progress.label;
  assert.equal(progress, '2/2 tasks ended, 1 failed · 100%', 'Progress view');
  assert.match(renderRunAudit(state), /- Progress: 2\/2 tasks ended, 1 failed \(100 %\)/);
});

test('failures are typed: a model error keeps its kind, and the API-key fix is offered from the kind alone', () => {
  assert.deepEqual(toFailure(new ModelError('auth', 'rejected (401)', 401)), { kind: 'auth', message: 'rejected (401)' });
  // The extension's Anthropic client is a bundle of its own: its ModelError is another copy of the class.
  class BundledModelError extends Error {
    constructor(readonly kind: string, message: string) {
      super(message);
      this.name = 'ModelError';
    }
  }
  assert.deepEqual(toFailure(new BundledModelError('rate_limit', 'rate limited (429)')), { kind: 'rate_limit', message: 'rate limited (429)' });
  assert.deepEqual(toFailure(new CoordinatorFailure('no report', ZERO_USAGE, 'no_report')), { kind: 'no_report', message: 'no report' });
  assert.deepEqual(toFailure(new Error('boom')), { kind: 'internal', message: 'boom' });
  assert.equal(failedOnApiKey(finishedRun()), true);
  const worded = { ...finishedRun(), tasks: finishedRun().tasks.map((t) => ({ ...t, failure: t.failure && { kind: 'server' as const, message: 'mentions an API key and 401' } })) };
  assert.equal(failedOnApiKey(worded), false, 'the message text is never read');
});

test('an old journal with string reasons still loads, as legacy failures with their messages', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'old-journal-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const at = '2026-10-01T10:00:00.000Z';
  const lines = [
    { type: 'RunStarted', at, runId: 'old', request: 'Old run', mode: 'model', workspace: '/ws' },
    { type: 'PlanCreated', at, checklist: { ...finishedRun().checklist! } },
    { type: 'DelegationFailed', at, taskId: '1', coordinator: 'backend', reason: 'backend broke', usage: ZERO_USAGE, durationMs: 1 },
    { type: 'TaskFailed', at, taskId: '1', reason: 'backend broke' },
    { type: 'RunFailed', at, reason: '1 task(s) failed: 1 Delegate to backend: backend broke' },
  ];
  writeFileSync(join(dir, 'old.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  const state = foldEvents(readJournalEvents(join(dir, 'old.jsonl')))!;
  assert.equal(state.status, 'failed');
  assert.deepEqual(state.failure, { kind: 'legacy', message: '1 task(s) failed: 1 Delegate to backend: backend broke' });
  assert.deepEqual(state.tasks[0].failure, { kind: 'legacy', message: 'backend broke' });
  assert.deepEqual(state.tasks[0].delegation?.failure, { kind: 'legacy', message: 'backend broke' });
  assert.equal(failedOnApiKey(state), false);
});
