import { test } from 'node:test';
import assert from 'node:assert/strict';
import { counted, thousands } from '../../src/core/kernel/format';

test('counts in messages are grouped by thousands, as en-US writes them', () => {
  for (const n of [0, 7, 999, 1000, 25_000, 1_000_000, 1_234_567.5, -4321]) assert.equal(thousands(n), n.toLocaleString('en-US', { maximumFractionDigits: 20 }));
  assert.equal(counted(1, 'section'), '1 section');
  assert.equal(counted(9950, 'section'), '9,950 sections');
});
