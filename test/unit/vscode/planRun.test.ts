import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plannedChecklistFor, requestText, runPlanButton } from '../../../src/vscode/chat/planRun';
import { parseChecklist } from '../../../src/core/plan/checklistSchema';
import { checklist } from './fixtures';

test('an @orchestrator typed again in front of the request is not part of it', () => {
  assert.equal(requestText('@orchestrator Make the checkout faster'), 'Make the checkout faster');
  assert.equal(requestText('  @Orchestrator @orchestrator  Make it faster'), 'Make it faster');
  assert.equal(requestText('Ask @orchestrator later'), 'Ask @orchestrator later');
  assert.equal(requestText('@orchestrators are fine'), '@orchestrators are fine');
});

test('"Run this plan" asks /run with the same request, and that request runs the checklist the plan showed', () => {
  assert.deepEqual(runPlanButton('Make the checkout faster'), {
    command: 'workbench.action.chat.open', title: 'Run this plan', arguments: [{ query: '@orchestrator /run Make the checkout faster' }],
  });
  const shown = { ...checklist, tasks: checklist.tasks.slice(0, 2) };
  const history = [
    { command: 'plan', plan: { request: 'Make the checkout faster', checklist } },
    { command: 'run', runId: 'x' },
    { command: 'plan', plan: { request: 'Make  the checkout faster', checklist: shown } },
    { command: 'plan', plan: { request: 'Something else', checklist } },
  ];
  assert.deepEqual(plannedChecklistFor('Make the checkout faster', history), shown, 'the newest plan for that request');
  assert.equal(plannedChecklistFor('Make the cart faster', history), undefined, 'another request is planned anew');
});

test('a plan read back from history is parsed: a damaged one is not run', () => {
  assert.deepEqual(parseChecklist(JSON.parse(JSON.stringify(checklist))), checklist);
  assert.equal(parseChecklist({ ...checklist, tasks: [] }), undefined);
  assert.equal(parseChecklist({ ...checklist, tasks: [{ id: '1', kind: 'rm -rf', title: 'x' }] }), undefined);
  assert.equal(parseChecklist({ ...checklist, tasks: [checklist.tasks[0], checklist.tasks[0]] }), undefined, 'duplicate task ids');
  assert.equal(parseChecklist('a string'), undefined);
  const newer = { ...checklist, explanation: 'kept' };
  assert.equal((parseChecklist(newer) as unknown as { explanation: string }).explanation, 'kept', 'fields of a newer planner are kept');
});
