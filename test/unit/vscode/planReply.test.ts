import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { projectMemoryOf } from '../../../src/core/memory/index';
import { buildChecklist, loadTemplates, type Checklist } from '../../../src/core/plan/index';
import { alternativePlanButton, classificationMarkdown } from '../../../src/vscode/chat/planReply';

const TEMPLATES = join(import.meta.dirname, '..', '..', '..', 'templates');

async function plan(request: string, template?: string): Promise<Checklist> {
  const { templates } = await loadTemplates(TEMPLATES);
  return buildChecklist({ request, memory: projectMemoryOf([]), templates, coordinators: [], files: ['frontend/src/App.jsx', 'backend/src/server.js'], template });
}

test('/plan in the chat shows the template, why, and offers the other template in one click when unsure', async () => {
  const unsure = await plan('Look at the checkout');
  const markdown = classificationMarkdown(unsure);
  const alternative = unsure.classification.explanation?.alternative;
  assert.ok(alternative);
  // Which template a vague request leans to is the model's call: the reply names the one it chose.
  const id = unsure.classification.templateId;
  assert.match(markdown, new RegExp(`^\\*\\*Template:\\*\\* ${id}@\\d+\\.\\d+\\.\\d+, confidence 0\\.\\d\\d; runner-up `));
  assert.match(markdown, /\n- resembles "/);
  // Template ids are escaped as any text is; an underscore inside a word needs no escape.
  assert.ok(markdown.includes(`> ⚠ Low confidence (${unsure.classification.explanation?.confidence.toFixed(2)}): this request could also be ${alternative}.`), markdown);
  assert.deepEqual(alternativePlanButton(unsure, ' Look at the checkout '), {
    command: 'workbench.action.chat.open',
    title: `Plan as ${alternative}`,
    arguments: [{ query: `@orchestrator /plan --template ${alternative} Look at the checkout` }],
  });

  const sure = await plan('Make the checkout faster');
  assert.equal(alternativePlanButton(sure, 'Make the checkout faster'), undefined);
  assert.doesNotMatch(classificationMarkdown(sure), /Low confidence/);
  const chosen = await plan('Make the checkout faster', 'bug_fix');
  assert.match(classificationMarkdown(chosen), /bug_fix@\d+\.\d+\.\d+, chosen with --template/);
  assert.match(classificationMarkdown(chosen), /the classifier would have chosen performance_optimization/);
});

test('examples and signals from workspace templates cannot turn into markup or links', async () => {
  const checklist = await plan('Look at the checkout');
  const e = checklist.classification.explanation;
  assert.ok(e);
  const hostile: Checklist = {
    ...checklist,
    classification: { ...checklist.classification, explanation: { ...e, examples: [{ templateId: 'simple', example: '[click](command:evil) <img src=x> *bold*', similarity: 0.5 }] } },
  };
  const html = new MarkdownIt().render(classificationMarkdown(hostile));
  assert.doesNotMatch(html, /<a |<img|<em>/);
  assert.match(html, /\[click\]\(command:evil\)/);
});
