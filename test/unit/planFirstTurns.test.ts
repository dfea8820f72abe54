// In a file of its own: the test needs a process whose first plan has not been made yet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { projectMemoryOf } from '../../src/core/memory/index';
import { buildChecklist, loadTemplates, planChecklist, type PlanInput } from '../../src/core/plan/index';

const BUILTIN_TEMPLATES = join(import.meta.dirname, '..', '..', 'templates');

test('the first plan of a session reads the 9,000 examples with the host thread keeping its turns, and plans what planning at once plans', async (t) => {
  const { templates } = await loadTemplates(BUILTIN_TEMPLATES);
  const input: PlanInput = { request: 'The checkout page takes 12 seconds to load', memory: projectMemoryOf([]), templates, coordinators: [], files: ['backend/src/server.js'] };
  let ticks = 0;
  const ticker = setInterval(() => ticks++, 5);
  t.after(() => clearInterval(ticker));
  const planned = await planChecklist(input, undefined);
  clearInterval(ticker);
  // Read in one go, the examples held the thread for seconds (2 s here) and no timer could run until the plan was made.
  assert.ok(ticks >= 5, `timers ran ${ticks} times during the first plan: the event loop was starved`);
  assert.equal(planned.classification.templateId, 'performance_optimization');
  assert.deepEqual(planned, buildChecklist(input));
});
