import { test } from 'node:test';
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { renderChecklistMarkdown, type TaskSpec } from '../../src/core/plan/index';

const tasks: TaskSpec[] = [
  { id: '1', kind: 'analyze_request', title: 'Analyze the request' },
  { id: '5', kind: 'delegate', title: 'Delegate to backend coordinator', coordinator: 'backend', batch: 0, dependsOn: [] },
  { id: '6', kind: 'process_response', title: 'Process backend findings', coordinator: 'backend' },
  { id: '9', kind: 'respond', title: 'Respond to the user' },
  // Added later by a flag raised while processing task 6: shown under its parent, not at the end.
  { id: '6a', kind: 'delegate', title: 'Investigate [slow] *orders* query', coordinator: 'database', parentId: '6', flagId: 'f1' },
  { id: '6a1', kind: 'process_response', title: 'Process database findings', coordinator: 'database', parentId: '6a' },
];

test('renders a task list with states, sub-tasks indented under their parent', () => {
  const markdown = renderChecklistMarkdown({ tasks }, { '1': 'completed', '5': 'completed', '6': 'in_progress', '6a': 'failed', '9': 'skipped' });
  assert.equal(
    markdown,
    [
      '- [x] 1. Analyze the request',
      '- [x] 5. Delegate to backend coordinator',
      '- [ ] 6. Process backend findings _(in progress)_',
      '  - [ ] 6a. Investigate \\[slow\\] \\*orders\\* query _(failed)_',
      '    - [ ] 6a1. Process database findings',
      '- [ ] 9. ~~Respond to the user~~ _(skipped)_',
      '',
    ].join('\n'),
  );
});

test('the rendered list is real nested Markdown and a title cannot inject a link', () => {
  const html = new MarkdownIt().render(renderChecklistMarkdown({ tasks }));
  assert.match(html, /<li>\[ \] 6\. Process backend findings\n<ul>\n<li>\[ \] 6a\. Investigate \[slow\] \*orders\* query/);
  assert.doesNotMatch(html, /<em>|<a /);
});

test('a sub-task whose parent is unknown still shows', () => {
  const markdown = renderChecklistMarkdown({ tasks: [{ id: '7a', kind: 'delegate', title: 'Orphan', parentId: '7' }] });
  assert.equal(markdown, '- [ ] 7a. Orphan\n');
});
