import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectMemoryOf, type ProjectMemory } from '../../src/core/memory/index';
import { estimateTokens, selectMemory } from '../../src/core/memory/selection';
import { describeMemorySelection } from '../../src/core/memory/selectionSummary';
import { buildScenario, reportReply, textReply } from '../fake-api/scenarioBuilders';
import { copyExample, engineFor, fakeApi, messagesPosts, modelRun } from './engineHarness';

const TOPICS = ['search', 'cart', 'invoices', 'login', 'shipping', 'refunds', 'coupons', 'reviews', 'emails', 'webhooks'];

/** A CLAUDE.md that grew over two years: `count` dated entries, one of them about the checkout. */
function grownMemory(count: number, checkoutAt: number): string {
  const entries = Array.from({ length: count }, (_, i) => {
    const topic = i === checkoutAt ? 'checkout' : TOPICS[i % TOPICS.length];
    return `## ${topic} fix ${i} (2025-03-${String((i % 28) + 1).padStart(2, '0')})\n\nThe ${topic} handler was slow in services/${topic}/handler${i}.ts; we moved the lookup out of the loop and added an index on ${topic}_id. Latency went from ${200 + (i % 50)} ms to ${20 + (i % 10)} ms.\n`;
  });
  return `# Shop — project memory\n\nMoney is an integer number of cents everywhere.\n\n${entries.join('\n')}`;
}

function memoryOf(content: string): ProjectMemory {
  return projectMemoryOf([{ path: 'CLAUDE.md', content, origin: 'claude-md' }]);
}

test('memory that fits the budget goes to the coordinators whole, as it always did', () => {
  const memory = projectMemoryOf([
    { path: 'CLAUDE.md', content: '# Shop\n\nCents everywhere.\n', origin: 'claude-md' },
    { path: 'modules/cart.md', content: '# Cart\n\nTotals in cart.js.\n', origin: 'module-note' },
  ]);
  const selection = selectMemory(memory, 'Make the checkout faster', 8000);
  assert.equal(selection.text, 'Project memory (CLAUDE.md, imports and module notes):\n\n--- CLAUDE.md ---\n# Shop\n\nCents everywhere.\n\n--- modules/cart.md ---\n# Cart\n\nTotals in cart.js.');
  assert.equal(selection.includedSections, selection.sections);
  assert.match(describeMemorySelection(selection), /all 2 sections .* go to every coordinator/);
});

test('with 1,000 sections the coordinators get the related ones within the budget, and are told what was left out', () => {
  const memory = memoryOf(grownMemory(1000, 737));
  const selection = selectMemory(memory, 'Make the checkout faster', 4000);
  assert.ok(selection.totalTokens > 40_000, `all memory is ${selection.totalTokens} tokens`);
  assert.ok(selection.tokens <= 4000, `${selection.tokens} tokens sent`);
  assert.equal(estimateTokens(selection.text), selection.tokens);
  assert.match(selection.text, /## checkout fix 737 \(2025-03-10\)\n\nThe checkout handler was slow/, 'the related entry is sent whole');
  assert.match(selection.text, /Money is an integer number of cents/, 'general guidance at the top of CLAUDE.md fills the rest of the budget');
  assert.match(selection.text, /--- CLAUDE\.md, lines \d+–\d+ ---/, 'each excerpt says where it is, for read_file');
  const left = selection.sections - selection.includedSections;
  assert.ok(left > 900);
  assert.match(selection.text, new RegExp(`${left.toLocaleString('en-US')} sections of project memory are not included above .* read_file`));
  assert.match(describeMemorySelection(selection), new RegExp(`${selection.includedSections} of 1,001 sections .*budget 4,000.*; ${left.toLocaleString('en-US')} sections not included`));
  assert.deepEqual(selectMemory(memory, 'Make the checkout faster', 4000), selection, 'the same request and memory choose the same bytes');
  assert.doesNotMatch(selectMemory(memory, 'Speed up the coupons', 4000).text, /checkout fix 737/);
});

test('related sections that do not fit are named, with their lines, so the model can read them', () => {
  const memory = memoryOf(grownMemory(400, 5).replace(/## (\w+) fix (\d+)/g, (all, topic: string, i: string) => (Number(i) % 3 === 0 ? `## checkout ${topic} fix ${i}` : all)));
  const selection = selectMemory(memory, 'checkout', 1500);
  assert.match(selection.text, /Related to this request but not included:\n- CLAUDE\.md:\d+ checkout/);
  assert.match(selection.text, /- and \d+ more/);
});

test('every coordinator of a run gets the same memory bytes chosen by the plan, and a resume sends them again', async (t) => {
  const root = copyExample(t, 'shop');
  writeFileSync(join(root, 'CLAUDE.md'), grownMemory(1000, 420));
  const report = { summary: 'ok', findings: [] };
  const answers = [reportReply('backend', report), reportReply('database', report), reportReply('frontend', report), reportReply('infrastructure', report), textReply('synthesis', 'Done.')];
  const api = await fakeApi(t, buildScenario([reportReply('database', report, { latencyMs: 10_000 }), ...answers]));
  const engine = engineFor(root);
  const options = modelRun(api, { memoryTokenBudget: 3000 });
  const plan = await engine.plan('Make the checkout faster', options);
  assert.match(plan.checklist.memory?.text ?? '', /checkout fix 420/);
  const controller = new AbortController();
  const handle = await engine.start('Make the checkout faster', options, controller.signal);
  await waitFor(() => messagesPosts(api).some((r) => r.coordinator === 'database'));
  controller.abort();
  const stopped = await handle.done;
  const chosen = stopped.checklist?.memory?.text ?? '(none)';
  assert.match(chosen, /checkout fix 420/);

  // The memory changes before the resume: the resumed calls still send what the run chose.
  appendFileSync(join(root, 'CLAUDE.md'), '\n## checkout rewritten later\n\nA different text.\n');
  api.setScenario(buildScenario(answers));
  // Resumed with another budget: the run's choice stands.
  const resumed = await (await engine.resume(stopped.runId, modelRun(api, { memoryTokenBudget: 100_000 }), new AbortController().signal)).done;
  assert.equal(resumed.status, 'completed', resumed.failure?.message);
  const calls = messagesPosts(api).filter((r) => r.coordinator !== 'synthesis');
  assert.ok(calls.length >= 3, `${calls.length} coordinator calls`);
  for (const call of calls) {
    const system = (call.body as { system: { text: string }[] }).system[0].text;
    // The system prompt is the contract, the memory, then the coordinators' briefs.
    const memoryBlock = system.slice(0, system.indexOf('\n\n## The coordinators of this run'));
    assert.ok(memoryBlock.endsWith(chosen), `${call.coordinator} got the plan's memory`);
    assert.ok(estimateTokens(memoryBlock) < 3000 + 2000, 'the budget bounds the prompt');
  }
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  assert.ok(condition(), 'timed out waiting');
}
