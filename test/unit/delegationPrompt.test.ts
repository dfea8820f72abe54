// The task prompt a coordinator is sent (run/prompts.ts): the run's shared part first, one block
// per earlier report, then the coordinator's own part; the blocks join into the text the journal keeps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ZERO_USAGE } from '../../src/core/model/port';
import type { DelegationRequest } from '../../src/core/run/ports';
import { promptBlocks } from '../../src/core/run/prompts';
import { checklist, report, setup } from './schedulerHarness';

const DB_FLAG = [{ type: 'DATABASE_INVESTIGATION', reason: 'query per cart item', priority: 'normal' as const, findingIndex: 0 }];

async function askedWithFlag(): Promise<DelegationRequest[]> {
  const asked: DelegationRequest[] = [];
  const { scheduler } = setup(checklist([{ coordinator: 'backend', batch: 0 }, { coordinator: 'frontend', batch: 1 }]), async (req) => {
    asked.push(req);
    const flagged = req.coordinator === 'backend';
    return { report: { ...report(req.coordinator, flagged ? DB_FLAG : []), findings: [{ title: `${req.coordinator} finding`, detail: `The detail of the ${req.coordinator} finding.`, severity: 'high', evidence: [{ file: 'a.js', line: 26 }] }] }, usage: ZERO_USAGE };
  });
  const state = await scheduler.run(new AbortController().signal);
  assert.equal(state.status, 'completed', state.failure?.message);
  return asked;
}

test('a prompt is sent as blocks: the shared part, one per earlier report, then who asks and the task; joined they are the journaled text', async () => {
  const asked = await askedWithFlag();
  const database = asked.find((r) => r.coordinator === 'database')!;
  assert.equal(database.promptBlocks.join(''), database.prompt);
  assert.equal(database.promptBlocks.length, 3, JSON.stringify(database.promptBlocks));
  assert.match(database.promptBlocks[0], /^User request: r\n/);
  assert.match(database.promptBlocks[1], /^\n\nFindings from coordinators that already ran:\n- backend: backend/);
  assert.match(database.promptBlocks[2], /^\n\nYou are the database coordinator \(task 3a of the checklist\)\.\n\nWhy you are asked:/);
  const frontend = asked.find((r) => r.coordinator === 'frontend')!;
  assert.equal(frontend.promptBlocks[1], database.promptBlocks[1], 'the backend report is the same block for every coordinator after it');
  assert.match(frontend.promptBlocks[2], /^\n- database: database/, 'the next report is a block of its own');
});

test('a flag is said once: in the raiser\'s report, which the flagged coordinator\'s own part points to', async () => {
  const asked = await askedWithFlag();
  const database = asked.find((r) => r.coordinator === 'database')!;
  const count = (text: string) => database.prompt.split(text).length - 1;
  assert.equal(count('The detail of the backend finding.'), 1);
  assert.equal(count('query per cart item'), 1, 'the flag\'s reason');
  assert.equal(count('a.js:26'), 1, 'the finding\'s evidence');
  assert.match(database.promptBlocks[1], /- \[high\] backend finding \(a\.js:26\): The detail of the backend finding\.\n {2}- flag DATABASE_INVESTIGATION: query per cart item/);
  assert.match(database.promptBlocks[2], /Why you are asked:\nThe backend coordinator's flag DATABASE_INVESTIGATION in its report above, on its finding "backend finding"\.$/);
});

test('the shared part names the coordinators the run planned, step by step; a coordinator\'s own part only who it is and its task', async () => {
  const asked: DelegationRequest[] = [];
  const { scheduler } = setup(checklist([{ coordinator: 'backend', batch: 0 }, { coordinator: 'security', batch: 0 }, { coordinator: 'frontend', batch: 1 }]), async (req) => {
    asked.push(req);
    return { report: report(req.coordinator), usage: ZERO_USAGE };
  });
  assert.equal((await scheduler.run(new AbortController().signal)).status, 'completed');
  const plan = 'Coordinators this run plans, in order (each reads the reports of those before it): backend (task 3) and security (task 4) together, then frontend (task 7).';
  for (const req of asked) assert.ok(req.promptBlocks[0].includes(plan), `${req.coordinator}: ${req.promptBlocks[0]}`);
  assert.deepEqual(asked.map((req) => req.promptBlocks.at(-1)), [
    '\n\nYou are the backend coordinator (task 3 of the checklist).',
    '\n\nYou are the security coordinator (task 4 of the checklist).',
    '\n\nYou are the frontend coordinator (task 7 of the checklist).',
  ]);
});

test('blocks come back from the journaled text and breaks; breaks that do not fit the text give one block', () => {
  assert.deepEqual(promptBlocks('aa\n\nbb\ncc', [2, 6]), ['aa', '\n\nbb', '\ncc']);
  assert.deepEqual(promptBlocks('aa\n\nbb'), ['aa\n\nbb']);
  assert.deepEqual(promptBlocks('aa', [5]), ['aa']);
  assert.deepEqual(promptBlocks('aabb', [3, 2]), ['aabb']);
});
