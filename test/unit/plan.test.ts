import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { projectMemoryOf, readProjectMemory, type ProjectMemory } from '../../src/core/memory/index';
import { buildChecklist, loadTemplates, PlanningError, workspaceSignals, type PlanInput, type TaskSpec, type Template } from '../../src/core/plan/index';

const BUILTIN_TEMPLATES = join(import.meta.dirname, '..', '..', 'templates');
const SHOP = join(import.meta.dirname, '..', 'fixtures', 'plan', 'shop');
const SHOP_FILES = [
  'CLAUDE.md',
  'Dockerfile',
  'backend/src/checkout.js',
  'backend/src/server.js',
  'db/migrations/001_create_products.sql',
  'frontend/src/Checkout.jsx',
  'frontend/src/styles.css',
  'modules/payment.md',
];

async function shopInput(request: string, overrides: Partial<PlanInput> = {}): Promise<PlanInput> {
  const { templates, errors } = await loadTemplates(BUILTIN_TEMPLATES);
  assert.deepEqual(errors.map(String), []);
  return { request, memory: await readProjectMemory(SHOP), templates, coordinators: [], files: SHOP_FILES, ...overrides };
}

const kinds = (input: PlanInput) => buildChecklist(input).tasks.map((t) => t.kind);

test('the same request planned twice gives byte-identical checklists, whatever order the templates come in', async () => {
  const input = await shopInput('  Make the   checkout faster ');
  const first = JSON.stringify(buildChecklist(input));
  const second = JSON.stringify(buildChecklist({ ...input, templates: [...input.templates].reverse(), files: [...SHOP_FILES].reverse() }));
  assert.equal(first, second);
  assert.equal(buildChecklist(input).normalizedRequest, 'Make the checkout faster');
});

test('requests are classified by meaning, and the plan says why', async () => {
  const cases: [string, string, string][] = [
    ['Make the checkout faster', 'performance_optimization', 'examples'],
    ['Review the security of product search', 'security_review', 'examples'],
    ['Production is down: customer data leak', 'emergency', 'incident'],
    ['The cart total is broken for discounts', 'bug_fix', 'examples'],
    ['Add a wishlist', 'new_feature', 'examples'],
    ['Explain how the search endpoint and the product page fit together', 'complex', 'examples'],
    ['Explain the search endpoint', 'simple', 'examples'],
  ];
  for (const [request, templateId, basis] of cases) {
    const { classification } = buildChecklist(await shopInput(request));
    assert.deepEqual([classification.templateId, classification.explanation?.basis], [templateId, basis], request);
  }
  const faster = buildChecklist(await shopInput('Make the checkout faster')).classification;
  assert.match(faster.matchedRule, /^nearest examples: "Make the checkout faster"/);
  assert.ok((faster.explanation?.confidence ?? 0) >= 0.3 && faster.explanation?.lowConfidence === false, JSON.stringify(faster.explanation));
  const emergency = buildChecklist(await shopInput('Production is down: customer data leak')).classification;
  assert.match(emergency.matchedRule, /^incident: .*a service down \("is down"\).*data exposed \("leak"\)/);
});

test('an emergency is critical and adds incident tasks around the usual ones', async () => {
  const input = await shopInput('Production is down: customer data leak');
  const checklist = buildChecklist(input);
  assert.equal(checklist.priority, 'critical');
  assert.equal(checklist.classification.requestClass, 'emergency');
  const order = kinds(input);
  assert.equal(order[1], 'set_priority_critical');
  assert.equal(order[order.indexOf('synthesize') + 1], 'document_incident');
  assert.equal(order[order.length - 2], 'create_postmortem');
  assert.equal(order[order.length - 1], 'respond');
  assert.ok(checklist.domains.includes('security') && checklist.domains.includes('infrastructure'));
});

test('"Make the checkout faster" goes to backend, then the containers, then frontend; the database waits for evidence', async () => {
  const checklist = buildChecklist(await shopInput('Make the checkout faster'));
  assert.deepEqual(checklist.domains, ['backend', 'frontend', 'infrastructure']);
  const describe = (t: TaskSpec) => [t.id, t.kind, t.coordinator ?? '', t.batch ?? '', (t.dependsOn ?? []).join(',')].join(' ').trim();
  assert.deepEqual(checklist.tasks.map(describe), [
    '1 analyze_request',
    '2 check_memory',
    '3 identify_domains',
    '4 plan_delegation',
    '5 delegate backend 0',
    '6 process_response backend  5',
    '7 delegate infrastructure 1 5',
    '8 process_response infrastructure  7',
    '9 delegate frontend 2 5,7',
    '10 process_response frontend  9',
    '11 check_flags',
    '12 synthesize',
    '13 update_claude_md',
    '14 update_module_notes',
    '15 respond',
  ]);
  assert.deepEqual(
    checklist.delegations.map((d) => [d.coordinator, d.taskId, d.batch, d.dependsOn]),
    [
      ['backend', '5', 0, []],
      ['infrastructure', '7', 1, ['5']],
      ['frontend', '9', 2, ['5', '7']],
    ],
  );
  const backend = checklist.delegations[0];
  assert.ok(backend.reasons.includes('request: "checkout"'), backend.reasons.join('; '));
  assert.ok(backend.reasons.some((r) => r.startsWith('memory: CLAUDE.md › Checkout')), backend.reasons.join('; '));
  assert.ok(checklist.delegations[2].reasons.some((r) => r.includes('always involves frontend')));
  assert.ok(checklist.delegations[1].reasons.some((r) => r.startsWith('workspace: a Dockerfile')), checklist.delegations[1].reasons.join('; '));
  assert.equal(checklist.tasks[4].title, 'Delegate to backend coordinator');
  assert.equal(checklist.tasks[5].title, 'Process backend findings');
  assert.equal(checklist.relatedMemory[0].heading, 'Checkout (2026-09-14)');
  assert.equal(checklist.memoryDigest, (await readProjectMemory(SHOP)).digest);
});

test('the database joins a checkout plan when the related memory names a database keyword', async () => {
  const memory: ProjectMemory = projectMemoryOf([
    { path: 'CLAUDE.md', content: '# Shop\n\n## Checkout\n\nTotals come from one SQL query per cart line.\n', origin: 'claude-md' },
  ]);
  const checklist = buildChecklist(await shopInput('Make the checkout faster', { memory }));
  assert.deepEqual(checklist.domains, ['backend', 'database', 'frontend', 'infrastructure']);
  const database = checklist.delegations.find((d) => d.coordinator === 'database');
  assert.deepEqual([database?.batch, database?.dependsOn], [1, [checklist.delegations[0].taskId]]);
  assert.ok(database?.reasons.includes('memory: CLAUDE.md › Checkout mentions "sql"'));
  assert.ok(database?.reasons.some((r) => r.startsWith('workspace: .sql files')), 'workspace signals back it up');
});

test('"Review the security of product search and its results page" goes to security, backend, the search query\'s database, the search page and the containers in one batch', async () => {
  const checklist = buildChecklist(await shopInput('Review the security of product search and its results page'));
  assert.deepEqual(checklist.domains, ['backend', 'database', 'frontend', 'infrastructure', 'security']);
  assert.deepEqual(checklist.delegations.map((d) => [d.coordinator, d.batch, d.dependsOn]), [
    ['backend', 0, []],
    ['database', 0, []],
    ['frontend', 0, []],
    ['infrastructure', 0, []],
    ['security', 0, []],
  ]);
});

test('performance, security and emergency requests look at infrastructure only where the workspace has some', async () => {
  const noContainers = SHOP_FILES.filter((f) => !/Dockerfile|compose|\.github\//.test(f));
  for (const request of ['Make the checkout faster', 'Review the security of product search', 'We have a customer data leak']) {
    assert.ok(!buildChecklist(await shopInput(request, { files: noContainers })).domains.includes('infrastructure'), request);
    const withCi = buildChecklist(await shopInput(request, { files: [...noContainers, '.github/workflows/ci.yml'] }));
    assert.ok(withCi.domains.includes('infrastructure'), `${request} with a CI workflow`);
  }
});

test('a user-defined coordinator is chosen by its description', async () => {
  const coordinators = [{ name: 'payments', description: 'PayBridge provider integration, refunds and chargebacks' }];
  const checklist = buildChecklist(await shopInput('Why do refunds take so long?', { coordinators }));
  assert.ok(checklist.domains.includes('payments'), checklist.domains.join(','));
  const withKeywords = [{ name: 'payments', description: 'x', keywords: ['paybridge'] }];
  assert.ok(buildChecklist(await shopInput('Check the PayBridge calls', { coordinators: withKeywords })).domains.includes('payments'));
});

test('workspace signals tell which domains have code, and never add a domain on their own', async () => {
  assert.deepEqual(Object.keys(workspaceSignals(SHOP_FILES)), ['backend', 'database', 'frontend', 'infrastructure']);
  assert.deepEqual(workspaceSignals(['src/index.ts', 'README.md']), {});
  // Only code in db/ and nothing in the request: the database is not brought in.
  const checklist = buildChecklist(await shopInput('Review the security of the Dockerfile'));
  assert.ok(!checklist.domains.includes('database'), 'code in db/ does not bring the database in');
  const search = buildChecklist(await shopInput('Review the security of product search'));
  const database = search.delegations.find((d) => d.coordinator === 'database');
  assert.ok(database?.reasons.some((r) => r.startsWith('request:')), `the database comes from the request, not from db/ alone: ${JSON.stringify(database?.reasons)}`);
});

test('without a fallback template, planning says what to fix', async () => {
  const { templates } = await loadTemplates(BUILTIN_TEMPLATES);
  const withoutFallback: Template[] = templates.filter((t) => t.match !== undefined);
  const input = await shopInput('Explain the search endpoint', { templates: withoutFallback });
  assert.throws(() => buildChecklist(input), (error: unknown) => error instanceof PlanningError && /fallback/.test(error.message));
});

test('a memory section that mentions request words only in passing adds no domain', async () => {
  const memory: ProjectMemory = projectMemoryOf([
    {
      path: 'CLAUDE.md',
      content: '# Shop\n\n## Layout\n\n- `frontend/dist/` is the last production build\n- data access through `db.js` (SQL, React UI)\n',
      origin: 'claude-md',
    },
  ]);
  const request = 'Production is down: customer data leak';
  const checklist = buildChecklist(await shopInput(request, { memory }));
  // What the request itself reads as is the model's; the memory section must add nothing to it.
  assert.deepEqual(checklist.domains, buildChecklist(await shopInput(request, { memory: projectMemoryOf([]) })).domains);
  assert.ok(!checklist.delegations.some((d) => d.reasons.some((r) => r.startsWith('memory'))), JSON.stringify(checklist.delegations.map((d) => d.reasons)));
});
