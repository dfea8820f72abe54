import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryPathError, resolveInsideWorkspace, textToAppend } from '../../../src/vscode/memoryPaths';
import { renderTaskDetails } from '../../../src/vscode/tree/taskDetails';
import { checkoutState } from './fixtures';

test('memory edits may only touch files inside the workspace folder', () => {
  assert.equal(resolveInsideWorkspace('/ws', 'modules/payment.md'), '/ws/modules/payment.md');
  assert.throws(() => resolveInsideWorkspace('/ws', '../etc/passwd'), MemoryPathError);
  assert.throws(() => resolveInsideWorkspace('/ws', '/etc/passwd'), MemoryPathError);
  assert.throws(() => resolveInsideWorkspace('/ws', 'modules/../../x.md'), MemoryPathError);
  assert.throws(() => resolveInsideWorkspace('/ws', ''), MemoryPathError);
});

test('appended text starts on its own line even when the file does not end with one', () => {
  assert.equal(textToAppend('# Notes\nuser edit', '## 2026-11-24\n'), '\n## 2026-11-24\n');
  assert.equal(textToAppend('# Notes\n', '## 2026-11-24\n'), '## 2026-11-24\n');
  assert.equal(textToAppend('', '# New\n'), '# New\n');
});

test('task details say what the coordinator was asked, what came back and what it raised', () => {
  const text = renderTaskDetails(checkoutState(), '2');
  assert.match(text, /# 2\. Delegate to backend/);
  assert.match(text, /### What it was asked\n\n```+text\nFind why checkout is slow\n```+/);
  assert.match(text, /### What came back\n\nCheckout runs one query per cart line\./);
  assert.match(text, /`backend\/src\/checkout\.js:42`/);
  assert.match(text, /\*\*DATABASE_INVESTIGATION\*\* \(high, raised\)/);
  assert.match(text, /Tokens: 2000 in, 1100 out/);
});
