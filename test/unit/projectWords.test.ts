import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { projectMemoryOf } from '../../src/core/memory/index';
import { buildChecklist, loadTemplates, type Checklist, type Template } from '../../src/core/plan/index';
import { PROJECT_WORD_MIN_FILES, readProjectWords } from '../../src/core/plan/projectWords';

const BUILTIN_TEMPLATES = join(import.meta.dirname, '..', '..', 'templates');
const SHOP_FILES = ['Dockerfile', 'backend/src/server.js', 'db/migrations/001_create_products.sql', 'frontend/src/App.jsx'];
/** A wiki like outline: documents and comments are what it is about. */
const WIKI_FILES = [
  'server/models/Document.ts', 'server/routes/api/documents/documents.ts', 'app/scenes/Document/index.tsx',
  'shared/utils/parseDocumentSlug.ts', 'server/models/Comment.ts', 'app/components/CommentThread.tsx', 'server/routes/api/comments/comments.ts',
  'docs/ARCHITECTURE.md', 'Dockerfile', 'server/migrations/20200101-init.js',
];
/** A forum like laravel.io. */
const FORUM_FILES = [
  'app/Http/Controllers/Forum/ThreadsController.php', 'app/Http/Controllers/Forum/TagsController.php', 'tests/Feature/ForumTest.php',
  'resources/views/layouts/_ads/_forum_sidebar.blade.php', 'database/migrations/2014_create_threads_table.php', 'Dockerfile',
];

/** A status page like uptime-kuma: incidents are records it shows. */
const STATUS_PAGE_FILES = [
  'server/model/incident.js', 'src/components/IncidentEditForm.vue', 'src/components/IncidentHistory.vue', 'db/patch-incident-table.sql',
  'server/model/monitor.js', 'Dockerfile',
];

let builtins: Template[] | undefined;
async function plan(request: string, files: readonly string[]): Promise<Checklist> {
  builtins ??= (await loadTemplates(BUILTIN_TEMPLATES)).templates;
  return buildChecklist({ request, memory: projectMemoryOf([]), templates: builtins, coordinators: [], files });
}

const projectWordSignal = (checklist: Checklist) => checklist.classification.explanation?.signals.find((s) => s.includes("read as this project's own"));

test("in a wiki, slow document search is planned as performance work, and the plan says it read 'documents' as the project's own word", async () => {
  const checklist = await plan('the doc search is super slow when a workspace has lots of documents', WIKI_FILES);
  assert.equal(checklist.classification.templateId, 'performance_optimization');
  assert.match(projectWordSignal(checklist) ?? '', /^"doc", "documents" read as this project's own words, not as documentation: 4 source file paths name them \(e\.g\. server\/models\/Document\.ts\)$/);
  // In the shop nothing is named after documents: the word keeps its usual reading and nothing is said.
  assert.equal(projectWordSignal(await plan('the doc search is super slow when a workspace has lots of documents', SHOP_FILES)), undefined);
});

test('in a forum, slow forum threads are no data posted on a forum: not an incident, not critical', async () => {
  const checklist = await plan('forum threads with lots of replies load really slowly', FORUM_FILES);
  assert.equal(checklist.classification.templateId, 'performance_optimization');
  assert.equal(checklist.priority, 'normal');
  assert.ok(projectWordSignal(checklist)?.includes('not as a place where leaked data is posted'));
  // The domains read the same words: no security coordinator for data that was never posted anywhere.
  assert.ok(!checklist.domains.includes('security'), checklist.domains.join(', '));
});

test('in a wiki, comments that users write are a feature to build, not code comments', async () => {
  const checklist = await plan('we want comments to support emoji reactions', WIKI_FILES);
  assert.equal(checklist.classification.templateId, 'new_feature');
  assert.ok(projectWordSignal(checklist)?.includes('not as code comments'));
});

test('work on the code or its documentation keeps that reading even where the project names the word', () => {
  for (const request of [
    'add code comments to the cart module',
    'add comments to the function that rounds the tax',
    'comment out the debug logging in the importer',
    'update the docs for the API',
    'Document the export endpoint',
    'put a documents section in the README',
  ]) {
    assert.deepEqual(readProjectWords(request, WIKI_FILES), { text: request, reasons: [] }, request);
  }
});

test('a word counts as the project\'s own only when enough source paths name it; documentation folders and prose files do not', () => {
  const request = 'the documents list is slow';
  const few = ['src/Document.ts', 'src/documentList.ts'];
  assert.equal(few.length, PROJECT_WORD_MIN_FILES - 1);
  assert.deepEqual(readProjectWords(request, few).reasons, []);
  assert.equal(readProjectWords(request, [...few, 'src/api/documents.ts']).text, 'the list is slow');
  const docsOnly = ['docs/documents.ts', 'docs/guide/document-api.ts', 'documentation/Documents.ts', 'notes/documents.md', 'README.md'];
  assert.deepEqual(readProjectWords(request, docsOnly).reasons, []);
});

test('on a status page, an incident is a record it shows: a 500 when editing one is a bug, not an emergency; the site itself down still is', async () => {
  const checklist = await plan('editing an incident throws a 500', STATUS_PAGE_FILES);
  assert.equal(checklist.classification.templateId, 'bug_fix');
  assert.equal(checklist.priority, 'normal');
  assert.ok(projectWordSignal(checklist)?.includes('not as an incident in progress'));
  const down = await plan('the status page is down for everyone since the 14:05 deploy, all requests return 502', STATUS_PAGE_FILES);
  assert.equal(down.classification.templateId, 'emergency');
  assert.equal(down.priority, 'critical');
});
