// Generated run journals for the scale figures: long ones (many events in one run) and many short
// ones (a workspace's history). Events have the shapes and sizes a real run writes.
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import type { RunEvent } from '../src/core/run/events';
import type { Checklist, TaskSpec } from '../src/core/plan/types';

const COORDINATORS = ['backend', 'database', 'frontend', 'security', 'infrastructure', 'backend'];

function checklist(request: string): Checklist {
  const delegates: TaskSpec[] = COORDINATORS.map((coordinator, i) => ({
    id: String(5 + i), kind: 'delegate', title: `Delegate to ${coordinator} coordinator`, coordinator, batch: Math.floor(i / 3),
  }));
  const tasks: TaskSpec[] = [
    { id: '1', kind: 'analyze_request', title: 'Analyze the request' },
    { id: '2', kind: 'check_memory', title: 'Check CLAUDE.md and module notes for prior work' },
    { id: '3', kind: 'identify_domains', title: 'Identify the domains involved' },
    { id: '4', kind: 'plan_delegation', title: 'Plan the delegation' },
    ...delegates,
    { id: '11', kind: 'check_flags', title: 'Check flags' },
    { id: '12', kind: 'synthesize', title: 'Synthesize the findings' },
    { id: '13', kind: 'update_claude_md', title: 'Propose a CLAUDE.md update' },
    { id: '14', kind: 'respond', title: 'Respond' },
  ];
  return {
    request, normalizedRequest: request.toLowerCase(), priority: 'normal', domains: [...new Set(COORDINATORS)],
    classification: { requestClass: 'pattern', templateId: 'performance_optimization', templateVersion: '1.2.0', matchedRule: 'keyword: faster' },
    delegations: delegates.map((t) => ({ coordinator: t.coordinator!, taskId: t.id, batch: t.batch!, dependsOn: [], reasons: ['keyword'] })),
    tasks, relatedMemory: [], memoryDigest: 'sha256:0f3c',
  };
}

const report = (coordinator: string) => ({
  summary: `${coordinator}: cartTotal() runs one products query per cart item, so checkout time grows with the cart.`,
  findings: Array.from({ length: 3 }, (_, i) => ({
    title: `Finding ${i + 1} of ${coordinator}`,
    detail: 'cartTotal() loops over the cart items and awaits a query for each one; a 30-item cart makes 30 sequential round trips. One query joining cart_items to products would do.',
    severity: 'high' as const,
    evidence: [{ file: 'backend/src/cart.js', line: 26 + i, excerpt: "const { rows } = await db.query('SELECT price FROM products WHERE id = $1', [item.product_id]);" }],
  })),
  flags: [], memoryNotes: [],
});

const usage = { inputTokens: 3100, outputTokens: 240, cacheCreationInputTokens: 0, cacheReadInputTokens: 1800 };

/**
 * One run of `total` events: six delegations whose progress fills the rest, a resume every 50,000
 * events, and a completed end, as a run with long delegations and many sessions would leave.
 */
export function* longRunEvents(runId: string, total: number, startedAt = Date.UTC(2026, 0, 1)): Generator<RunEvent> {
  let clock = startedAt;
  const at = () => new Date((clock += 7)).toISOString();
  const plan = checklist('Make the checkout faster');
  yield { type: 'RunStarted', at: at(), runId, request: plan.request, mode: 'model', modelId: 'claude-sonnet-4-6', workspace: '/work/shop' };
  yield { type: 'PlanCreated', at: at(), checklist: plan };
  const fixed = 2 + 4 * 2 + COORDINATORS.length * 4 + 4 * 2 + 1;
  const perDelegation = Math.max(0, Math.floor((total - fixed) / COORDINATORS.length));
  let emitted = 2;
  for (const id of ['1', '2', '3', '4']) {
    yield { type: 'TaskStarted', at: at(), taskId: id };
    yield { type: 'TaskCompleted', at: at(), taskId: id, evidence: `Step ${id} done` };
    emitted += 2;
  }
  for (const [i, coordinator] of COORDINATORS.entries()) {
    const taskId = String(5 + i);
    yield { type: 'TaskStarted', at: at(), taskId };
    yield { type: 'DelegationStarted', at: at(), taskId, coordinator, prompt: `Request: Make the checkout faster\n${'Context line for the coordinator. '.repeat(60)}` };
    emitted += 2;
    for (let n = 0; n < perDelegation; n++) {
      if (emitted % 50_000 === 0) yield { type: 'RunResumed', at: at(), requeuedTaskIds: [] };
      else yield { type: 'DelegationProgress', at: at(), taskId, coordinator, message: `${coordinator}: read_file backend/src/cart.js (turn ${n + 1}, ${n % 7} tool calls so far)` };
      emitted++;
    }
    yield { type: 'DelegationCompleted', at: at(), taskId, coordinator, report: report(coordinator), usage, durationMs: 4200 };
    yield { type: 'TaskCompleted', at: at(), taskId, evidence: `${coordinator} reported 3 findings and 0 flags` };
    emitted += 2;
  }
  for (const id of ['11', '12', '13', '14']) {
    yield { type: 'TaskStarted', at: at(), taskId: id };
    if (id === '12') yield { type: 'SynthesisCompleted', at: at(), text: 'Checkout is slow because of the per-item query. '.repeat(20), usage };
    yield { type: 'TaskCompleted', at: at(), taskId: id, evidence: `Step ${id} done` };
  }
  yield { type: 'RunCompleted', at: at() };
}

/** Writes the journal; returns how many events it holds (about `total`). */
export async function writeLongJournal(dir: string, runId: string, total: number): Promise<number> {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${runId}.jsonl`);
  const out = createWriteStream(path);
  let buffer: string[] = [];
  let count = 0;
  for (const event of longRunEvents(runId, total)) {
    count++;
    buffer.push(JSON.stringify(event));
    if (buffer.length === 5_000) {
      if (!out.write(buffer.join('\n') + '\n')) await once(out, 'drain');
      buffer = [];
    }
  }
  if (buffer.length > 0) out.write(buffer.join('\n') + '\n');
  out.end();
  await once(out, 'finish');
  return count;
}

/** `count` finished runs of about 60 events each, started a minute apart. */
export function writePastRuns(dir: string, count: number): string[] {
  mkdirSync(dir, { recursive: true });
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const runId = `20260101-${String(100000 + i)}-past${String(i).padStart(4, '0')}`;
    const lines = [...longRunEvents(runId, 60, Date.UTC(2026, 0, 1) + i * 60_000)].map((e) => JSON.stringify(e));
    writeFileSync(join(dir, `${runId}.jsonl`), lines.join('\n') + '\n');
    ids.push(runId);
  }
  return ids;
}
