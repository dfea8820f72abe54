import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from './cliProcess';
import { copyExample } from './engineHarness';

test('plan says how much project memory the coordinators get; --memory-tokens sets the budget', async (t) => {
  const root = copyExample(t, 'shop');
  const whole = await runCli(['plan', 'Make the checkout faster', '--cwd', root]);
  assert.equal(whole.code, 0, whole.stderr);
  assert.match(whole.stdout, /^Project memory: all \d+ sections \(about [\d,]+ tokens\) go to every coordinator\.$/m);
  const small = await runCli(['plan', 'Make the checkout faster', '--cwd', root, '--memory-tokens', '500']);
  assert.equal(small.code, 0, small.stderr);
  assert.match(small.stdout, /^Project memory: \d+ of \d+ sections .*budget 500\) go to every coordinator; \d+ sections? not included/m);
  const bad = await runCli(['plan', 'Make the checkout faster', '--cwd', root, '--memory-tokens', 'lots']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--memory-tokens takes a whole number of at least 500/);
});
