// The prompt cache and what runs cost, for `npm run bench`: the checkout scenario with its token
// usage left to the fake API's prompt-cache emulation (not the figures scripted in the scenario),
// so the cached share is what the engine's own prompts earn; and the cache warm-up of a batch
// (its siblings wait for the first answer to begin) against starting them all at once.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnthropicModelClient } from '../src/core/model/anthropic';
import { Orchestrator } from '../src/core/orchestrator';
import type { TokenUsage } from '../src/core/model/port';
import { runCost } from '../src/core/cost/rollup';
import { cachedShare, promptTokens } from '../src/core/cost/pricing';
import { formatUsd } from '../src/core/cost/describe';
import type { RunState } from '../src/core/run/state';
import { startFakeApi, loadScenario, type RecordedRequest } from '../test/fake-api/server';
import { cacheBlockTokens } from '../test/fake-api/promptCache';
import { withLatency, type Scenario } from '../test/fake-api/scenarioBuilders';

const REPO = join(__dirname, '..');

export interface CacheRunFigures {
  readonly wallMs: number;
  readonly usd: number;
  /** Of the coordinators' prompt tokens, the share read from cache: all calls, and all but the run's first. */
  readonly coordinatorCachedShare: number;
  readonly coordinatorCachedShareAfterFirst: number;
  readonly runCachedShare: number;
  readonly calls: number;
  /** Each coordinator call after the run's first: what of its prompt was not read from cache, by part. */
  readonly paidInFull: readonly CallBreakdown[];
}

export interface CallBreakdown {
  /** "database 5a turn 1". */
  readonly call: string;
  readonly promptTokens: number;
  /** Written to the cache or sent uncached: what the call paid for at full price or more. */
  readonly notReadTokens: number;
  /** Parts of the prompt that were not read, e.g. "own part 28", "report 147", "tool_result 399". */
  readonly parts: readonly string[];
}

export interface CacheFigures {
  readonly checkout: CacheRunFigures;
  /** The other scripted runs, once each (their cache figures do not vary from run to run). */
  readonly security: CacheRunFigures;
  readonly hostile: CacheRunFigures;
  /** All of each call's latency before its first event (as the rest of the bench), then a streamed answer. */
  readonly audit: { readonly warmUp: CacheRunFigures; readonly allAtOnce: CacheRunFigures };
  readonly auditStreamed: { readonly firstEventMs: number; readonly eventDelayMs: number; readonly warmUp: CacheRunFigures; readonly allAtOnce: CacheRunFigures };
}

/** The scenario with its scripted usage removed: the emulated prompt cache answers instead. */
function unscripted(scenario: Scenario): Scenario {
  return { ...scenario, replies: scenario.replies.map(({ usage: _usage, ...reply }) => reply) };
}

const sum = (usages: readonly TokenUsage[], pick: (u: TokenUsage) => number) => usages.reduce((total, u) => total + pick(u), 0);

/** What a block of the request is, for the breakdown: the first message's shared part, reports and own part, then the conversation. */
function blockLabels(body: RecordedRequest['body']): string[] {
  const labels: string[] = [...(body.tools ?? []).map(() => 'tools'), ...(body.system ?? []).map(() => 'system')];
  (body.messages as { role: string; content: { type: string; name?: string }[] }[]).forEach((message, m) => {
    message.content.forEach((block, b) => {
      if (m === 0) labels.push(b === 0 && message.content.length > 1 ? 'shared part' : b === message.content.length - 1 ? 'own part' : 'report');
      else labels.push(block.type === 'text' ? `${message.role} text` : block.type);
    });
  });
  return labels;
}

/** Per coordinator call after the first, which parts of its prompt were written or sent uncached instead of read. */
function breakdown(state: RunState, requests: readonly RecordedRequest[]): CallBreakdown[] {
  const usage = new Map(state.tasks.flatMap((t) => (t.turns ?? []).map((turn) => [`${t.spec.id}#${turn.record.index}`, turn.record.usage] as const)));
  const calls = requests.filter((r) => r.path === '/v1/messages' && r.taskId !== undefined);
  return calls.slice(1).flatMap((request) => {
    const turn = 1 + request.body.messages.filter((m: { role: string }) => m.role === 'assistant').length;
    const u = usage.get(`${request.taskId}#${turn}`);
    if (!u) return [];
    const labels = blockLabels(request.body);
    const notRead = new Map<string, number>();
    let end = 0;
    cacheBlockTokens(request.body).forEach((tokens, i) => {
      end += tokens;
      if (end > u.cacheReadInputTokens) notRead.set(labels[i], (notRead.get(labels[i]) ?? 0) + tokens);
    });
    return [{
      call: `${request.coordinator} ${request.taskId} turn ${turn}`,
      promptTokens: promptTokens(u),
      notReadTokens: u.cacheCreationInputTokens + u.inputTokens,
      parts: [...notRead].map(([label, tokens]) => `${label} ${tokens}`),
    }];
  });
}

function figures(state: RunState, wallMs: number, requests: readonly RecordedRequest[]): CacheRunFigures {
  // Coordinator turns in checklist order; the first one of the run can only write the cache.
  const turns = state.tasks.filter((t) => t.spec.kind === 'delegate').flatMap((t) => (t.turns ?? []).map((turn) => turn.record.usage));
  const share = (usages: readonly TokenUsage[]) => sum(usages, (u) => u.cacheReadInputTokens) / Math.max(1, sum(usages, promptTokens));
  const cost = runCost(state);
  return {
    wallMs: Math.round(wallMs),
    usd: cost.total.usd,
    coordinatorCachedShare: share(turns),
    coordinatorCachedShareAfterFirst: share(turns.slice(1)),
    runCachedShare: cachedShare(cost.total.usage) ?? 0,
    calls: cost.total.calls,
    paidInFull: breakdown(state, requests),
  };
}

const SHOP = join(REPO, 'examples', 'shop');

/** One run on a fresh fake API (an empty prompt cache) in a fresh copy of the workspace (the shop by default). */
async function freshRun(scenario: Scenario, request: string, options: { parallelLimit: number; warmCacheFirst: boolean }, workspace = SHOP): Promise<CacheRunFigures> {
  const api = await startFakeApi({ scenario });
  const root = mkdtempSync(join(tmpdir(), 'orchestrator-bench-cache-'));
  cpSync(workspace, root, { recursive: true });
  try {
    const engine = new Orchestrator({ workspaceRoot: root, builtinTemplatesDir: join(REPO, 'templates') });
    const model = new AnthropicModelClient({ apiKey: 'bench', baseURL: api.baseURL, maxRetries: 0 });
    const started = performance.now();
    const state = await (await engine.start(request, {
      model, models: { planner: 'claude-sonnet-4-6', coordinator: 'claude-sonnet-4-6' }, ...options,
    }, new AbortController().signal)).done;
    if (state.status !== 'completed') throw new Error(`bench run ${state.status}: ${state.failure?.message}`);
    return figures(state, performance.now() - started, api.requests);
  } finally {
    await api.close();
    rmSync(root, { recursive: true, force: true });
  }
}

/** Median by wall time of `repeats` fresh runs: the cache figures are the same in each, the times are not. */
async function medianRun(scenario: Scenario, request: string, options: { parallelLimit: number; warmCacheFirst: boolean }, repeats: number): Promise<CacheRunFigures> {
  const runs: CacheRunFigures[] = [];
  for (let i = 0; i < repeats; i++) runs.push(await freshRun(scenario, request, options));
  runs.sort((a, b) => a.wallMs - b.wallMs);
  return runs[Math.floor(runs.length / 2)];
}

export async function measureCache(latencyMs: number, audit: { scenario: Scenario; request: string }, repeats = 5): Promise<CacheFigures> {
  const checkout = withLatency(unscripted(loadScenario(join(REPO, 'test', 'fake-api', 'scenarios', 'checkout.yaml'))), latencyMs);
  const auditScenario = withLatency(unscripted(audit.scenario), latencyMs);
  // A real answer streams: the wait before its first event is a part of the call, not all of it.
  const firstEventMs = Math.round(latencyMs / 5);
  const eventDelayMs = Math.round(latencyMs / 10);
  const streamed = withLatency(unscripted(audit.scenario), firstEventMs, eventDelayMs);
  const scripted = (name: string) => withLatency(unscripted(loadScenario(join(REPO, 'test', 'fake-api', 'scenarios', name))), latencyMs);
  return {
    checkout: await medianRun(checkout, 'Make the checkout faster', { parallelLimit: 3, warmCacheFirst: true }, repeats),
    security: await freshRun(scripted('security.yaml'), 'Review the security of product search', { parallelLimit: 3, warmCacheFirst: true }),
    hostile: await freshRun(
      scripted('hostile.yaml'), 'Review the security of the payment and deploy configuration', { parallelLimit: 3, warmCacheFirst: true },
      join(REPO, 'test', 'fixtures', 'hostile'),
    ),
    audit: {
      warmUp: await medianRun(auditScenario, audit.request, { parallelLimit: 4, warmCacheFirst: true }, repeats),
      allAtOnce: await medianRun(auditScenario, audit.request, { parallelLimit: 4, warmCacheFirst: false }, repeats),
    },
    auditStreamed: {
      firstEventMs,
      eventDelayMs,
      warmUp: await medianRun(streamed, audit.request, { parallelLimit: 4, warmCacheFirst: true }, repeats),
      allAtOnce: await medianRun(streamed, audit.request, { parallelLimit: 4, warmCacheFirst: false }, repeats),
    },
  };
}

const pct = (share: number) => `${(share * 100).toFixed(1)} %`;

export function cacheReport(f: CacheFigures): string[] {
  const c = f.checkout;
  const tradeOff = (w: CacheRunFigures, a: CacheRunFigures) =>
    `${a.usd > 0 ? pct(1 - w.usd / a.usd) : '—'} cheaper, ×${(w.wallMs / Math.max(1, a.wallMs)).toFixed(2)} the wall time`;
  const s = f.auditStreamed;
  const { warmUp, allAtOnce } = f.audit;
  return [
    'Prompt cache and cost (usage from the fake API\'s cache emulation, Sonnet 4.6 list prices; fresh cache per run)',
    `  checkout: coordinator input from cache ${pct(c.coordinatorCachedShareAfterFirst)} after the first call (goal ≥ 95 %) ${c.coordinatorCachedShareAfterFirst >= 0.95 ? 'OK' : 'BELOW GOAL'}; ${pct(c.coordinatorCachedShare)} with it`,
    `  checkout: run cost ${formatUsd(c.usd)} for ${c.calls} calls, ${pct(c.runCachedShare)} of all input from cache`,
    `  checkout: what each coordinator call after the first did not read from cache (written or uncached), in tokens of its prompt:`,
    ...c.paidInFull.map((b) => `    ${b.call}: ${b.notReadTokens} of ${b.promptTokens}${b.parts.length > 0 ? ` (${b.parts.join(', ')})` : ''}`),
    ...(['security', 'hostile'] as const).map((name) => {
      const r = f[name];
      return `  ${name}: coordinator input from cache ${pct(r.coordinatorCachedShareAfterFirst)} after the first call, ${pct(r.coordinatorCachedShare)} with it; run cost ${formatUsd(r.usd)} for ${r.calls} calls`;
    }),
    `  audit batch, warm-up on:  ${warmUp.wallMs} ms, ${formatUsd(warmUp.usd)}, coordinator input from cache ${pct(warmUp.coordinatorCachedShare)}`,
    `  audit batch, all at once: ${allAtOnce.wallMs} ms, ${formatUsd(allAtOnce.usd)}, coordinator input from cache ${pct(allAtOnce.coordinatorCachedShare)}`,
    `  warm-up trade-off: ${tradeOff(warmUp, allAtOnce)} (all the latency before the first event: the worst case for warming up)`,
    `  streamed answers (${s.firstEventMs} ms to the first event, ${s.eventDelayMs} ms between events): warm-up ${s.warmUp.wallMs} ms, all at once ${s.allAtOnce.wallMs} ms: ${tradeOff(s.warmUp, s.allAtOnce)}`,
  ];
}
