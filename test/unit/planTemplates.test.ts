import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectMemoryOf } from '../../src/core/memory/index';
import { buildChecklist, loadTemplates, parseTemplate, TemplateError } from '../../src/core/plan/index';

const BUILTIN_TEMPLATES = join(import.meta.dirname, '..', '..', 'templates');
const BUILTIN_IDS = ['bug_fix', 'complex', 'emergency', 'new_feature', 'performance_optimization', 'security_review', 'simple'];

async function workspaceWithTemplates(files: Record<string, string>): Promise<{ root: string; folder: string; cleanup: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'templates-test-'));
  const folder = join(root, '.orchestrator', 'templates');
  await mkdir(folder, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(join(folder, name), text);
  return { root, folder, cleanup: () => rm(root, { recursive: true, force: true }) };
}

const plan = (request: string, templates: Parameters<typeof buildChecklist>[0]['templates']) =>
  buildChecklist({ request, memory: projectMemoryOf([]), templates, coordinators: [], files: [] });

test('the built-in templates all load', async () => {
  const { templates, errors } = await loadTemplates(BUILTIN_TEMPLATES);
  assert.deepEqual(errors.map(String), []);
  assert.deepEqual(templates.map((t) => t.id).sort(), BUILTIN_IDS);
});

test('a workspace template replaces the built-in with its id, and a new id adds a template', async (t) => {
  const ws = await workspaceWithTemplates({
    'perf.yaml': [
      'id: performance_optimization',
      'version: 2.0.0',
      'class: pattern',
      'title: Our performance checklist',
      'precedence: 80',
      'match:',
      '  anyKeywords: [faster]',
      'delegation:',
      '  layers: parallel',
      '  include: [backend]',
      'tasks: [analyze_request, delegate, { kind: respond, title: Reply with numbers }]',
    ].join('\n'),
    'docs.yml': [
      'id: docs_update',
      'version: 1.0.0',
      'class: pattern',
      'title: Documentation',
      'precedence: 90',
      'match: { anyKeywords: [readme, docs] }',
      'tasks: [analyze_request, synthesize, respond]',
    ].join('\n'),
  });
  t.after(ws.cleanup);
  const { templates, errors } = await loadTemplates(BUILTIN_TEMPLATES, ws.root);
  assert.deepEqual(errors.map(String), []);
  assert.deepEqual(templates.map((x) => x.id).sort(), [...BUILTIN_IDS, 'docs_update'].sort());

  // The backend's API endpoint named, so the template's own domain is the only one the request needs.
  const faster = plan('Make the backend checkout API endpoint faster', templates);
  assert.equal(faster.classification.templateVersion, '2.0.0');
  assert.deepEqual(faster.tasks.map((x) => x.title), ['Analyze the request', 'Delegate to backend coordinator', 'Process backend findings', 'Reply with numbers']);

  const docs = plan('Update the README', templates);
  assert.equal(docs.classification.templateId, 'docs_update');
  assert.equal(docs.classification.matchedRule, 'rule: keyword: readme');
});

test('an invalid workspace template is reported with its file and line, and the built-ins still work', async (t) => {
  const text = [
    'id: broken',
    'version: 1.0.0',
    'class: pattern',
    'title: Broken',
    'precedence: 5',
    'tasks:',
    '  - analyze_request',
    '  - synthesize',
    '  - delegat',
  ].join('\n');
  const ws = await workspaceWithTemplates({ 'broken.yaml': text, 'syntax.yaml': 'id: x\ntasks: [analyze_request\n' });
  t.after(ws.cleanup);
  const { templates, errors } = await loadTemplates(BUILTIN_TEMPLATES, ws.root);
  assert.deepEqual(templates.map((x) => x.id).sort(), BUILTIN_IDS);
  const broken = errors.find((e) => e.file === join(ws.folder, 'broken.yaml'));
  assert.ok(broken instanceof TemplateError);
  assert.equal(broken.line, 9);
  assert.match(String(broken), new RegExp(`^${join(ws.folder, 'broken.yaml').replace(/[.\\]/g, '\\$&')}:9: tasks\\[2\\]: unknown task kind 'delegat'`));
  const syntax = errors.find((e) => e.file === join(ws.folder, 'syntax.yaml'));
  assert.ok(syntax, errors.map(String).join('\n'));
  assert.match(syntax.message, /^YAML syntax/);
  assert.equal(plan('Make the checkout faster', templates).classification.templateId, 'performance_optimization');
});

test('schema errors point at the offending line, also for unknown and missing fields', () => {
  const unknownField = parseTemplate('t.yaml', 'id: t\nversion: 1.0.0\nclass: pattern\ntitle: T\nprecedance: 5\ntasks: [respond]\n');
  assert.deepEqual(unknownField.errors.map(String), ['t.yaml:1: precedence: required field is missing', 't.yaml:5: Unrecognized key: "precedance"']);
  const badLayer = parseTemplate('t.yaml', 'id: t\nversion: 1.0.0\nclass: pattern\ntitle: T\nprecedence: 1\ndelegation:\n  layers:\n    - [backend]\n    - [Front End]\ntasks: [respond]\n');
  assert.deepEqual(badLayer.errors.map((e) => [e.line, e.message.split(':')[0]]), [[9, 'delegation.layers[1][0]']]);
  const twoDelegates = parseTemplate('t.yaml', 'id: t\nversion: 1.0.0\nclass: pattern\ntitle: T\nprecedence: 1\ntasks: [delegate, delegate]\n');
  assert.match(twoDelegates.errors.map(String).join('\n'), /^t\.yaml:6: tasks: 'delegate' may appear once/);
});

test('an extends file adds examples to a template, which then claims requests like them; an unknown id is reported with file and line', async (t) => {
  // A phrase of this team's own: the built-in examples do not make it a security review.
  const before = plan('Renew the Acme badges of the store', (await loadTemplates(BUILTIN_TEMPLATES)).templates);
  assert.notEqual(before.classification.templateId, 'security_review');
  const ws = await workspaceWithTemplates({
    'ours.yaml': ['# our phrasings', 'extends: security_review', 'examples:', '  - Renew the Acme badges of the API', '  - renew the signing badges'].join('\n'),
    'typo.yaml': ['examples: [x]', 'extends: sekurity'].join('\n'),
    'bad.yaml': ['extends: bug_fix', 'examples: []', 'title: nope'].join('\n'),
  });
  t.after(ws.cleanup);
  const { templates, errors } = await loadTemplates(BUILTIN_TEMPLATES, ws.root);
  const builtinCount = (await loadTemplates(BUILTIN_TEMPLATES)).templates.find((x) => x.id === 'security_review')?.examples?.length ?? 0;
  assert.equal(templates.find((x) => x.id === 'security_review')?.examples?.length, builtinCount + 2);
  const after = plan('Renew the Acme badges of the store', templates);
  assert.equal(after.classification.templateId, 'security_review');
  assert.equal(after.classification.explanation?.examples[0].example, 'Renew the Acme badges of the API');
  assert.deepEqual(errors.map(String).sort(), [
    `${join(ws.folder, 'bad.yaml')}:3: Unrecognized key: "title"`,
    `${join(ws.folder, 'bad.yaml')}:2: examples: Too small: expected array to have >=1 items`,
    `${join(ws.folder, 'typo.yaml')}:2: extends 'sekurity', but no template has that id (known: ${BUILTIN_IDS.join(', ')}); its examples are not used`,
  ].sort());
});

test('a workspace template that replaces a built-in without examples keeps the built-in examples', async (t) => {
  const ws = await workspaceWithTemplates({
    'bug.yaml': ['id: bug_fix', 'version: 2.0.0', 'class: pattern', 'title: Our bug fix', 'precedence: 60', 'tasks: [analyze_request, delegate, respond]'].join('\n'),
  });
  t.after(ws.cleanup);
  const { templates } = await loadTemplates(BUILTIN_TEMPLATES, ws.root);
  const bug = plan('The basket total is wrong after a discount', templates);
  assert.deepEqual([bug.classification.templateId, bug.classification.templateVersion], ['bug_fix', '2.0.0']);
});

test('a template linked from inside the workspace is used; one linked from outside is reported and never read', async (t) => {
  const docs = ['id: docs_update', 'version: 1.0.0', 'class: pattern', 'title: Documentation', 'precedence: 90', 'match: { anyKeywords: [readme] }', 'tasks: [analyze_request, respond]'].join('\n');
  const ws = await workspaceWithTemplates({});
  t.after(ws.cleanup);
  const outside = await mkdtemp(join(tmpdir(), 'templates-outside-'));
  t.after(() => rm(outside, { recursive: true, force: true }));
  await writeFile(join(outside, 'stolen.yaml'), docs.replace('docs_update', 'from_outside'));
  await mkdir(join(ws.root, 'shared'));
  await writeFile(join(ws.root, 'shared', 'docs.yaml'), docs);
  await symlink(join(ws.root, 'shared', 'docs.yaml'), join(ws.folder, 'docs.yaml'));
  await symlink(join(outside, 'stolen.yaml'), join(ws.folder, 'stolen.yaml'));

  const { templates, errors } = await loadTemplates(BUILTIN_TEMPLATES, ws.root);
  assert.ok(templates.some((x) => x.id === 'docs_update'), 'the link inside the workspace is followed');
  assert.ok(!templates.some((x) => x.id === 'from_outside'), 'the link outside is not read');
  assert.deepEqual(errors.map(String), [`${join(ws.root, '.orchestrator/templates/stolen.yaml')}:1: .orchestrator/templates/stolen.yaml is a link that leads outside the workspace; it is not read`]);
});

test('a templates folder that is a link to outside the workspace is reported, and the built-ins still work', async (t) => {
  const root = await mkdtemp(join(tmpdir(), 'templates-test-'));
  const outside = await mkdtemp(join(tmpdir(), 'templates-outside-'));
  t.after(() => Promise.all([rm(root, { recursive: true, force: true }), rm(outside, { recursive: true, force: true })]));
  await writeFile(join(outside, 'x.yaml'), 'id: from_outside');
  await mkdir(join(root, '.orchestrator'));
  await symlink(outside, join(root, '.orchestrator', 'templates'));
  const { templates, errors } = await loadTemplates(BUILTIN_TEMPLATES, root);
  assert.deepEqual(templates.map((x) => x.id).sort(), BUILTIN_IDS);
  assert.equal(errors.length, 1);
  assert.match(String(errors[0]), /\.orchestrator\/templates is a link that leads outside the workspace; its files are not read/);
});
