// A local run that finds nothing says what ran and that it is no clean bill, and proposes no memory
// that would read as the question answered (found on kutt: "0 findings" and a CLAUDE.md "No finding.").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { engineFor, LOCAL_RUN } from './engineHarness';

test('a local run with no finding lists the checks that ran, says it is no clean bill, and proposes nothing to memory', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'nothing-found-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'server'));
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'links', dependencies: { express: '^4.19.0' } }));
  writeFileSync(join(root, 'server', 'stats.js'), "export function visitsPerDay(rows) {\n  return rows.length;\n}\n");
  const state = await (await engineFor(root).start('the stats page takes ages when a link has millions of visits', LOCAL_RUN, new AbortController().signal)).done;
  assert.equal(state.status, 'completed', state.failure?.message);
  assert.ok(state.tasks.filter((x) => x.delegation).every((x) => x.delegation?.report?.findings.length === 0), 'nothing to find in this workspace');
  assert.match(state.synthesis ?? '', /The local checks found none of the problems they look for\. .* does not mean there is nothing to find\. What ran:\n\n- Local analysis \(no model\): no performance findings in backend \(\d+ analyzers? run: backend\./s);
  assert.match(state.synthesis ?? '', /With a model \(an Anthropic API key, or a chat model in VS Code\)/);
  const memoryTasks = state.tasks.filter((x) => x.spec.kind === 'update_claude_md');
  assert.equal(memoryTasks.length, 1);
  assert.equal(memoryTasks[0].status, 'skipped');
  assert.match(memoryTasks[0].evidence ?? '', /^Nothing to record: the local checks found nothing/);
  assert.deepEqual(state.memoryEdits, []);
  assert.equal(existsSync(join(root, 'CLAUDE.md')), false);
});
