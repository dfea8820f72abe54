import { test } from 'node:test';
import assert from 'node:assert/strict';
import { projectMemoryOf } from '../../src/core/memory/index';
import { buildChecklist, classificationLines, LinearModel, loadTemplates, summarizeClassification, type Template } from '../../src/core/plan/index';
import { TEMPLATES } from './engineHarness';

let builtins: Template[] | undefined;
async function plan(request: string, templates?: Template[]) {
  builtins ??= (await loadTemplates(TEMPLATES)).templates;
  return buildChecklist({ request, memory: projectMemoryOf([]), templates: templates ?? builtins, coordinators: [], files: ['backend/src/server.js'] });
}

test('a request that matches no template well says so, and how strongly it matched', async () => {
  // "everyone" reads as everyone affected, and nothing else of an incident is there: not even the model makes one of it.
  const vague = await plan('purple elephants dance for everyone');
  const summary = summarizeClassification(vague.classification);
  assert.equal(summary.match?.strength, 'weak');
  assert.ok(summary.match && summary.match.score < 0.3, JSON.stringify(summary.match));
  const lines = classificationLines(vague, vague.request).join('\n');
  assert.match(lines, /· matches no template well: its nearest examples are 0\.\d\d alike \(a clear match is 0\.30 or more\)/);
  // The emergency template fit best, but "everyone" alone (no harm) is no sign of an incident.
  assert.match(lines, /· emergency set aside: no sign of an incident/);

  const clear = summarizeClassification((await plan('Make the product page load faster')).classification);
  assert.equal(clear.match?.strength, 'clear');
  assert.ok(!clear.reasons.some((r) => r.startsWith('matches no template')));
});

test('with nothing near at all the fallback template is used, and the plan says it matched no template', async () => {
  // Templates whose examples share nothing with the request, and a classifier that knows none of them: none fits clearly.
  const all = (builtins ??= (await loadTemplates(TEMPLATES)).templates);
  const narrow = all.map((t) => ({ ...t, examples: t.id === 'simple' ? undefined : ['zzz qqq'] }));
  const knowsNone = new LinearModel({ version: 4, trainedOn: 'none', templates: ['other'], domains: [], bias: [0], scale: 1000, features: '', weights: '' });
  const checklist = buildChecklist({
    request: 'Please explain how the product search endpoint works', memory: projectMemoryOf([]), templates: narrow, coordinators: [], files: ['backend/src/server.js'], classifier: knowsNone,
  });
  assert.equal(checklist.classification.explanation?.basis, 'fallback');
  const summary = summarizeClassification(checklist.classification);
  assert.equal(summary.match?.strength, 'none');
  assert.match(summary.reasons.join('\n'), /matches no template: none fits clearly \(the best has a 0\.\d\d share, under 0\.25\); planned from the fallback template/);
  assert.match(summary.lowConfidence?.message ?? '', /Low confidence/);
});
