import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Anthropic from '@anthropic-ai/sdk';
import { coordinatorReportSchema } from '../../src/core/kernel/contract';
import { loadScenario, startFakeApi } from '../fake-api/server';
import { SUBMIT_REPORT_TOOL, withLatency } from '../fake-api/scenarioBuilders';

const root = join(import.meta.dirname, '..', '..');
const scenarioFile = (name: string) => join(root, 'test', 'fake-api', 'scenarios', name);
const shop = join(root, 'examples', 'shop');
const OPTS = { timeout: 15_000 };

for (const name of ['checkout.yaml', 'security.yaml']) {
  test(`${name}: every submitted report satisfies the coordinator contract and cites real shop lines`, () => {
    const scenario = loadScenario(scenarioFile(name));
    for (const reply of scenario.replies) {
      for (const block of reply.respond) {
        if (!('toolUse' in block) || block.toolUse.name !== SUBMIT_REPORT_TOOL) continue;
        const report = coordinatorReportSchema.parse(block.toolUse.input);
        for (const evidence of report.findings.flatMap((finding) => finding.evidence)) {
          const file = join(shop, evidence.file);
          assert.ok(existsSync(file), `${reply.id} cites ${evidence.file}, which examples/shop does not have`);
          const lines = readFileSync(file, 'utf8').split('\n');
          assert.ok((evidence.endLine ?? evidence.line) <= lines.length, `${reply.id} cites ${evidence.file}:${evidence.line} past its end`);
          const firstLine = evidence.excerpt?.split('\n')[0]?.trim();
          if (firstLine) assert.equal(lines[evidence.line - 1]?.trim(), firstLine, `${reply.id}: excerpt is not at ${evidence.file}:${evidence.line}`);
        }
      }
    }
  });
}

test('checkout.yaml plays the backend → database hand-off through the real SDK', OPTS, async () => {
  const api = await startFakeApi({ scenario: scenarioFile('checkout.yaml') });
  try {
    const anthropic = new Anthropic({ apiKey: 'sk-test', baseURL: api.baseURL, maxRetries: 0 });
    // Who asks is in the request, worded as the engine words it.
    const as = (coordinator: string) => ({
      model: 'claude-sonnet-4-6', max_tokens: 2048,
      system: coordinator === 'synthesis' ? 'You are the synthesis step of a task orchestrator.' : `You are the ${coordinator} coordinator.`,
    });
    const first = await anthropic.messages.stream({ ...as('backend'), messages: [{ role: 'user', content: 'Make the checkout faster' }] }).finalMessage();
    const read = first.content.find((block) => block.type === 'tool_use');
    assert.ok(read?.type === 'tool_use' && read.name === 'read_file');
    assert.deepEqual(read.input, { path: 'backend/src/cart.js' });

    const second = await anthropic.messages.stream({
      ...as('backend'),
      messages: [
        { role: 'user', content: 'Make the checkout faster' },
        { role: 'assistant', content: first.content },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: read.id, content: '26| const { rows } = ...' }] },
      ],
    }).finalMessage();
    const submitted = second.content.find((block) => block.type === 'tool_use');
    assert.ok(submitted?.type === 'tool_use' && submitted.name === SUBMIT_REPORT_TOOL);
    const backendReport = coordinatorReportSchema.parse(submitted.input);
    assert.equal(backendReport.flags[0]?.type, 'DATABASE_INVESTIGATION');
    assert.equal(backendReport.flags[0]?.targetDomain, 'database');

    const withFinding = `Findings from coordinators that already ran:\n- backend: ${backendReport.summary}\n  - [high] ${backendReport.findings[0]?.title}`;
    await anthropic.messages.create({ ...as('database'), messages: [{ role: 'user', content: withFinding }] });
    await anthropic.messages.create({ ...as('database'), messages: [{ role: 'user', content: 'Check the cart tables' }] });
    const synthesis = await anthropic.messages.create({ ...as('synthesis'), messages: [{ role: 'user', content: 'Summarise' }] });
    const answer = synthesis.content.map((block) => (block.type === 'text' ? block.text : '')).join('');
    for (const domain of ['backend', 'database', 'frontend']) assert.match(answer, new RegExp(domain));

    assert.deepEqual(api.requests.map((r) => r.matchedReply), [
      'backend-read-cart', 'backend-report', 'database-report', 'database-report-without-backend-context', 'synthesis',
    ]);
  } finally {
    await api.close();
  }
});

test('security.yaml, slowed with withLatency, answers security with a critical SECURITY_BREACH', OPTS, async () => {
  const slowed = withLatency(loadScenario(scenarioFile('security.yaml')), 20);
  assert.ok(slowed.replies.every((reply) => reply.latencyMs === 20));
  const api = await startFakeApi({ scenario: slowed });
  try {
    const anthropic = new Anthropic({ apiKey: 'k', baseURL: api.baseURL, maxRetries: 0 });
    const message = await anthropic.messages.create({
      model: 'claude-sonnet-4-6', max_tokens: 100, system: 'You are the security coordinator.',
      messages: [{ role: 'user', content: 'Review the security of product search' }],
    });
    const report = message.content.find((block) => block.type === 'tool_use');
    assert.ok(report?.type === 'tool_use');
    const parsed = coordinatorReportSchema.parse(report.input);
    assert.equal(parsed.findings[0]?.title, 'SQL injection in product search');
    assert.equal(parsed.flags[0]?.type, 'SECURITY_BREACH');
    assert.equal(parsed.flags[0]?.priority, 'critical');
  } finally {
    await api.close();
  }
});

test('the CLI prints its URL first and stops on SIGTERM', OPTS, async () => {
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'test', 'fake-api', 'cli.ts'), '--scenario', scenarioFile('security.yaml'), '--quiet'], {
    cwd: root, stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const firstLine = await new Promise<string>((resolve, reject) => {
      let buffered = '';
      child.stdout.on('data', (chunk: Buffer) => {
        buffered += chunk.toString();
        if (buffered.includes('\n')) resolve(buffered.split('\n')[0] ?? '');
      });
      child.once('exit', (code) => reject(new Error(`cli exited with ${code} before printing its URL`)));
    });
    const match = /^FAKE_API_URL=(http:\/\/127\.0\.0\.1:\d+)$/.exec(firstLine);
    assert.ok(match, `first line was "${firstLine}"`);
    const response = await fetch(`${match[1]}/v1/nope`, { method: 'POST' });
    assert.equal(response.status, 404);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
});
