import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderTaskDetails } from '../../../src/vscode/tree/taskDetails';
import { checkoutState } from './fixtures';

test('task details say what the coordinator was asked, what came back and what it raised', () => {
  const text = renderTaskDetails(checkoutState(), '2');
  assert.match(text, /# 2\. Delegate to backend/);
  assert.match(text, /### What it was asked\n\n```+text\nFind why checkout is slow\n```+/);
  assert.match(text, /### What came back\n\nCheckout runs one query per cart line\./);
  assert.match(text, /`backend\/src\/checkout\.js:42`/);
  assert.match(text, /\*\*DATABASE_INVESTIGATION\*\* \(high, raised\)/);
  assert.match(text, /Tokens: 2000 in, 1100 out/);
});
