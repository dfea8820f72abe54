import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadTemplates, matchTemplate, parseTemplate, type Template } from '../../src/core/plan';
import { discoverPatterns, type RunShape } from '../../src/core/patterns';
import { TEMPLATES } from './engineHarness';

const ROOT = '/work/shop';

let builtins: Template[] | undefined;
async function templates(): Promise<Template[]> {
  builtins ??= (await loadTemplates(TEMPLATES)).templates;
  return builtins;
}

let n = 0;
function run(request: string, shape: Partial<RunShape> = {}): RunShape {
  n++;
  return {
    runId: `20261130-1000${String(n).padStart(2, '0')}-abc${n}`, request, status: 'completed', startedAt: `2026-11-30T10:00:${String(n).padStart(2, '0')}.000Z`,
    templateId: 'simple', requestClass: 'simple', domains: ['backend'], flags: ['DATABASE_INVESTIGATION'], ...shape,
  };
}

const SHIPPING = ['Change the shipping costs for the UK', 'Change the shipping fees for Switzerland', 'Update the shipping costs for Austria'];

/** The proposal's YAML, read back by the template loader as if it had been saved in the workspace. */
function saved(text: string, id: string): Template {
  const parsed = parseTemplate(join(ROOT, '.orchestrator', 'templates', `${id}.yaml`), text);
  assert.deepEqual(parsed.errors.map(String), []);
  assert.ok(parsed.template);
  return parsed.template;
}

test('three runs planned as simple or complex with one shape and subject make a candidate, whose template reads back with their requests as examples', async () => {
  const runs = [
    run(SHIPPING[0]), run(SHIPPING[1], { templateId: 'complex', requestClass: 'complex' }), run(SHIPPING[2]),
    run('Explain the search endpoint'), // same shape, another subject
    run('Fix the typo on the login page', { domains: ['frontend'], flags: [] }),
  ];
  const report = discoverPatterns({ runs, templates: await templates(), workspaceRoot: ROOT });
  assert.equal(report.minRuns, 3);
  assert.equal(report.candidates.length, 1, JSON.stringify(report.candidates.map((c) => c.id)));
  const [candidate] = report.candidates;
  assert.equal(candidate.id, 'learned-shipping');
  assert.equal(candidate.words[0], 'shipping');
  assert.deepEqual(candidate.runs.map((r) => r.request), SHIPPING);
  assert.deepEqual(candidate.plannedAs, ['complex', 'simple']);
  assert.deepEqual([candidate.domains, candidate.flags], [['backend'], ['DATABASE_INVESTIGATION']]);
  assert.equal(candidate.proposal.path, '.orchestrator/templates/learned-shipping.yaml');

  const template = saved(candidate.proposal.text, candidate.id);
  assert.equal(template.id, 'learned-shipping');
  assert.equal(template.class, 'pattern');
  assert.deepEqual(template.examples, SHIPPING);
  assert.deepEqual(template.delegation.include, ['backend']);
  // Planned like the runs were: the tasks of the generic template most of them used (simple).
  assert.deepEqual(template.tasks, (await templates()).find((t) => t.id === 'simple')?.tasks);
  // The runs behind it are named in the file, for whoever reviews it.
  for (const r of candidate.runs) assert.ok(candidate.proposal.text.includes(`#   ${r.runId}  ${r.request}`), r.runId);
});

test('no candidate below the threshold, across shapes, or from runs that did not complete; the threshold is a setting', async () => {
  const all = await templates();
  const twoOnly = [run(SHIPPING[0]), run(SHIPPING[1])];
  assert.equal(discoverPatterns({ runs: twoOnly, templates: all, workspaceRoot: ROOT }).candidates.length, 0);
  assert.equal(discoverPatterns({ runs: twoOnly, templates: all, workspaceRoot: ROOT, minRuns: 2 }).candidates.length, 1);

  const otherDomains = [run(SHIPPING[0]), run(SHIPPING[1]), run(SHIPPING[2], { domains: ['backend', 'database'] })];
  assert.equal(discoverPatterns({ runs: otherDomains, templates: all, workspaceRoot: ROOT }).candidates.length, 0, 'domains differ');
  const otherFlags = [run(SHIPPING[0]), run(SHIPPING[1]), run(SHIPPING[2], { flags: [] })];
  assert.equal(discoverPatterns({ runs: otherFlags, templates: all, workspaceRoot: ROOT }).candidates.length, 0, 'flags differ');
  const failed = [run(SHIPPING[0]), run(SHIPPING[1]), run(SHIPPING[2], { status: 'failed' })];
  assert.equal(discoverPatterns({ runs: failed, templates: all, workspaceRoot: ROOT }).candidates.length, 0, 'a failed run is no evidence');
  const specific = [run(SHIPPING[0]), run(SHIPPING[1]), run(SHIPPING[2], { templateId: 'bug_fix', requestClass: 'pattern' })];
  assert.equal(discoverPatterns({ runs: specific, templates: all, workspaceRoot: ROOT }).candidates.length, 0, 'a run planned by a kind of work is not generic');
  const verbsOnly = ['Change the port to 8080', 'Change the page title', 'Change the logo colour'].map((r) => run(r));
  assert.equal(discoverPatterns({ runs: verbsOnly, templates: all, workspaceRoot: ROOT }).candidates.length, 0, '"change" says what to do, not what about');
});

test('once its template is saved, the candidate is learned, lists its runs, and a differently worded request is planned from it, the same each time', async () => {
  const runs = SHIPPING.map((r) => run(r));
  const before = discoverPatterns({ runs, templates: await templates(), workspaceRoot: ROOT });
  const learned = saved(before.candidates[0].proposal.text, 'learned-shipping');
  const withLearned = [...(await templates()), learned];
  const after = discoverPatterns({ runs, templates: withLearned, workspaceRoot: ROOT });
  assert.equal(after.candidates.length, 0, 'its runs are claimed by the learned template now');
  assert.deepEqual(after.learned.map((l) => [l.templateId, l.file, l.examples]), [['learned-shipping', '.orchestrator/templates/learned-shipping.yaml', 3]]);
  assert.deepEqual(after.learned[0].runs.map((r) => [r.relation, r.request]), SHIPPING.map((r) => ['example', r]));

  const fourth = 'change shipping fees for Ireland';
  const bare = matchTemplate(await templates(), { request: fourth, domainCount: 1 });
  assert.notEqual(bare.template.id, 'learned-shipping');
  const first = matchTemplate(withLearned, { request: fourth, domainCount: 1 });
  const second = matchTemplate([...withLearned].reverse(), { request: fourth, domainCount: 1 });
  assert.equal(first.template.id, 'learned-shipping');
  assert.deepEqual(second.classification, first.classification);

  // A run planned from it is listed under it.
  const planned = run(fourth, { templateId: 'learned-shipping', requestClass: 'pattern' });
  const listed = discoverPatterns({ runs: [...runs, planned], templates: withLearned, workspaceRoot: ROOT });
  assert.deepEqual(listed.learned[0].runs.at(-1), { runId: planned.runId, request: fourth, startedAt: planned.startedAt, status: 'completed', templateId: 'learned-shipping', relation: 'planned' });
});

test('a proposed id never clashes with a template, and a request that needs quoting stays one example', async () => {
  const runs = ['Update the "orders" report: totals # per day', 'update the invoices report', 'Update the refunds report for finance'].map((r) => run(r));
  const all = await templates();
  const clash = { ...all[0], id: 'learned-report', source: join(ROOT, '.orchestrator', 'templates', 'mine.yaml') };
  const report = discoverPatterns({ runs, templates: [...all, clash], workspaceRoot: ROOT });
  assert.equal(report.candidates.length, 1);
  const { id, proposal } = report.candidates[0];
  assert.equal(id, 'learned-report-2');
  assert.deepEqual(saved(proposal.text, id).examples, runs.map((r) => r.request));
});
