import { test } from 'node:test';
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { loadTemplates } from '../../../src/core/plan/index';
import { discoverPatterns, type RunShape } from '../../../src/core/patterns';
import { patternButtons, patternsMarkdown } from '../../../src/vscode/chat/patternsReply';
import { TEMPLATES } from '../engineHarness';

const HOSTILE = 'Update the shipping costs [now](command:workbench.action.terminal.new) <img src=x onerror=alert(1)>';

function run(n: number, request: string): RunShape {
  return {
    runId: `run-${n}`, request, status: 'completed', startedAt: `2026-11-30T10:00:0${n}.000Z`, templateId: 'simple', requestClass: 'simple',
    domains: ['backend'], flags: [],
  };
}

test('/patterns lists each candidate with its runs and a button that reviews its template; requests stay inert text', async () => {
  const { templates } = await loadTemplates(TEMPLATES);
  const runs = [run(1, 'Change the shipping costs for the UK'), run(2, 'Change the shipping fees for Switzerland'), run(3, HOSTILE)];
  const report = discoverPatterns({ runs, templates, workspaceRoot: '/ws' });
  const markdown = patternsMarkdown(report);
  assert.match(markdown, /\*\*Candidate patterns \(3 or more completed runs planned as simple or complex, with one shape and subject\)\*\*/);
  assert.match(markdown, /- `learned-shipping` — 3 runs planned as simple; they all name "shipping"; backend; no flags/);
  for (const r of runs) assert.ok(markdown.includes(`\`${r.runId}\``), r.runId);
  const html = new MarkdownIt({ html: false }).render(markdown);
  assert.ok(!/<a |<img/i.test(html), 'a request renders as text, never as a link or an image');
  assert.deepEqual(patternButtons(report), [{ command: 'taskOrchestrator.reviewLearnedTemplate', title: 'Review template learned-shipping', arguments: ['learned-shipping'] }]);

  const none = patternsMarkdown(discoverPatterns({ runs: runs.slice(0, 2), templates, workspaceRoot: '/ws' }));
  assert.match(none, /No candidate patterns: no 3 completed runs/);
  assert.match(none, /Looked at 2 completed runs; 2 of them would still be planned as simple or complex\./);
});
