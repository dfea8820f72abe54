import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ToolBudget, UNLIMITED } from '../../src/core/workspace/toolBudget';

test('loops sharing a budget share one slice per turn of the event loop, instead of one slice each', async (t) => {
  // A clock that only work moves: each unit of work takes 3 ms, so a slice (8 ms) holds 3 units.
  let clock = 0;
  t.mock.method(performance, 'now', () => clock);
  let turn = 0;
  let ticking = true;
  const tick = () => {
    turn++;
    if (ticking) setImmediate(tick);
  };
  setImmediate(tick);
  const budget = new ToolBudget(UNLIMITED);
  const unitsPerTurn = new Map<number, number>();
  const loop = async () => {
    for (let unit = 0; unit < 12; unit++) {
      await budget.pace();
      clock += 3;
      unitsPerTurn.set(turn, (unitsPerTurn.get(turn) ?? 0) + 1);
    }
  };
  await Promise.all([loop(), loop(), loop()]);
  ticking = false;
  assert.equal([...unitsPerTurn.values()].reduce((a, b) => a + b, 0), 36);
  // One slice (3 units) and at most one unit more from each other loop woken with it: 5. Three loops
  // each taking a slice of their own ran 9 units (27 ms) in one turn.
  assert.ok(Math.max(...unitsPerTurn.values()) <= 5, `units per turn: ${[...unitsPerTurn.values()].join(', ')}`);
});
