// The fault matrix end to end (#9 item 6), shared by cliFaults-*.test.ts (split so each file stays
// within the per-file test timeout on a loaded machine): every fault the fake API can inject, on the backend
// coordinator of the checkout run, through the real CLI. A fault that happens once is retried or
// re-issued and the run completes (exit 0); one that keeps happening fails the backend task cleanly
// with its reason, the run fails (exit 1), and the journal on disk says the same as the output —
// what the chat and the Tasks tree show when they load it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { faultReply, reportReply, textReply } from '../fake-api/scenarioBuilders';
import { engineFor } from './engineHarness';
import { runCheckout } from './cliProcess';
import { ChatRunRenderer } from '../../src/vscode/chat/runRenderer';
import { renderRunAudit } from '../../src/core/audit/runAudit';
import { escapeMarkdown } from '../../src/core/kernel/untrustedText';

type ReplyInput = ReturnType<typeof faultReply>;
type FaultInput = Parameters<typeof faultReply>[1];

const WORDS = [{ text: 'Looking at how the cart total is computed before checkout.' }];
const READ_CART = [{ toolUse: { name: 'read_file', input: { path: 'backend/src/cart.js' } } }];
const CUT_REPORT = { summary: 'cartTotal() runs one products query per cart item, so checkout ti', findings: [] };

interface FaultCase {
  readonly name: string;
  /** The backend's bad answer; `times` is set by the variant (once, or every time). */
  readonly reply: (times: number | undefined) => ReplyInput;
  /** The failure kind when it keeps happening; absent when there is no "once" that recovers (a refusal is final). */
  readonly kind: string;
  readonly recovers: boolean;
  /** What the reason must say, where the kind alone does not tell. */
  readonly reason?: RegExp;
  readonly env?: NodeJS.ProcessEnv;
}

const fault = (spec: FaultInput, respond?: typeof WORDS | typeof READ_CART) => (times: number | undefined): ReplyInput =>
  faultReply('backend', spec, { times, ...(respond ? { respond } : {}) });

export const CASES: readonly FaultCase[] = [
  { name: '429 with retry-after', reply: fault({ kind: 'http', status: 429, retryAfter: 1 }), kind: 'rate_limit', recovers: true },
  { name: '529 overloaded', reply: fault({ kind: 'http', status: 529 }), kind: 'overloaded', recovers: true },
  { name: '500 server error', reply: fault({ kind: 'http', status: 500 }), kind: 'server', recovers: true },
  { name: 'connection reset', reply: fault({ kind: 'reset' }), kind: 'network', recovers: true },
  { name: 'dropped mid-stream', reply: fault({ kind: 'drop', afterEvents: 4 }, WORDS), kind: 'dropped', recovers: true },
  { name: 'truncated stream', reply: fault({ kind: 'truncate', afterEvents: 4 }, WORDS), kind: 'dropped', recovers: true },
  { name: 'stalled stream', reply: fault({ kind: 'stall', afterEvents: 2 }, WORDS), kind: 'stalled', recovers: true, env: { TASK_ORCHESTRATOR_STALL_TIMEOUT: '1' } },
  { name: 'SSE error event', reply: fault({ kind: 'sseError', afterEvents: 2, errorType: 'overloaded_error', message: 'Overloaded' }, WORDS), kind: 'overloaded', recovers: true },
  { name: 'malformed tool JSON', reply: fault({ kind: 'malformedJson' }, READ_CART), kind: 'dropped', reason: /tool call whose input is not valid JSON/, recovers: true },
  { name: 'max_tokens in the middle of the report', reply: (times) => reportReply('backend', CUT_REPORT, { stopReason: 'max_tokens', times }), kind: 'cut_off', recovers: true },
  { name: 'a refusal', reply: (times) => ({ ...textReply('backend', "I can't help with that.", { times }), stopReason: 'refusal' }), kind: 'refused', recovers: false },
];

/** One test per fault that recovers once, one per fault that keeps happening. */
export function faultTests(cases: readonly FaultCase[]): void {
  for (const c of cases) {
    if (c.recovers) {
      test(`${c.name}, once: retried, and the run completes; exit 0`, async (t) => {
        const { root, result, backend } = await runCheckout(t, [c.reply(1)], [], c.env);
        assert.equal(result.code, 0, result.stderr + result.stdout.slice(-1500));
        assert.ok(backend.length >= 2, `the backend was asked again after the fault (${backend.length} requests)`);
        const state = await engineFor(root).loadRun(runIdOf(result.stdout));
        assert.equal(state.status, 'completed');
        assert.equal(state.tasks.find((task) => task.delegation?.coordinator === 'backend')?.status, 'completed');
      });
    }

    test(`${c.name}, every time: the backend task fails with its reason, the run fails cleanly and is saved; exit 1`, async (t) => {
      const { root, result } = await runCheckout(t, [c.reply(undefined)], [], c.env);
      assert.equal(result.code, 1, result.stderr + result.stdout.slice(-1500));
      const state = await engineFor(root).loadRun(runIdOf(result.stdout));
      assert.equal(state.status, 'failed');
      const backend = state.tasks.find((task) => task.delegation?.coordinator === 'backend')!;
      assert.equal(backend.status, 'failed');
      assert.equal(backend.failure?.kind, c.kind, backend.failure?.message);
      const reason = backend.failure!.message;
      if (c.reason) assert.match(reason, c.reason);
      // The CLI's line for the task, then its closing word on the run.
      assert.ok(result.stdout.includes(`Delegate to backend coordinator — failed: ${reason}`), result.stdout.slice(-2000));
      assert.match(result.stdout, /\nFailed: 1 task\(s\) failed: /);
      // The others finished: a failed coordinator does not take the run down with it.
      assert.deepEqual(state.tasks.filter((task) => task.status !== 'completed' && task.status !== 'skipped').map((task) => task.spec.id), [backend.spec.id]);
      // What the chat shows for the saved run: the failed delegation and why.
      const chat: string[] = [];
      new ChatRunRenderer({ markdown: (text) => chat.push(text), progress: () => {}, button: () => {}, hrefFor: () => undefined }).finish(state);
      assert.ok(chat.join('').includes(`**backend** (task ${backend.spec.id}) failed: ${escapeMarkdown(reason)}`), chat.join(''));
      assert.ok(renderRunAudit(state).includes(`- Status: failed — ${escapeMarkdown(state.failure!.message)}`));
    });
  }
}

function runIdOf(stdout: string): string {
  const match = /^Run (\S+)/m.exec(stdout);
  assert.ok(match, `the CLI names its run:\n${stdout.slice(0, 500)}`);
  return match[1];
}
