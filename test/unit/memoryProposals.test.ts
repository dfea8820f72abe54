// Memory updates are short (one line per finding, with its location) and go to the module the
// files belong to (#10 item 5).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { RunEvent } from '../../src/core/run/events';
import { foldEvents } from '../../src/core/run/state';
import { FindingsMemoryProposer } from '../../src/core/synthesis/memoryProposer';
import { ZERO_USAGE } from '../../src/core/model/port';
import type { CoordinatorReport } from '../../src/core/kernel/contract';
import { copyExample } from './engineHarness';
import { checklist } from './schedulerHarness';

const at = '2026-11-30T10:00:00.000Z';
const long = 'cartTotal() loops over the cart items and awaits a products query for each one; a 30-item cart makes 30 sequential round trips. '.repeat(4);

function delegation(taskId: string, coordinator: string, report: CoordinatorReport): RunEvent[] {
  return [
    { type: 'DelegationStarted', at, taskId, coordinator, prompt: 'p' },
    // As journaled once the workspace check found every cited location.
    { type: 'DelegationCompleted', at, taskId, coordinator, durationMs: 1, usage: ZERO_USAGE, report: { ...report, findings: report.findings.map((f) => ({ ...f, evidence: f.evidence.map((e) => ({ ...e, check: { verified: true } as const })) })) } },
  ];
}

function checkoutRun(root: string) {
  return foldEvents([
    { type: 'RunStarted', at, runId: 'run-7', request: 'Make the checkout faster', mode: 'model', workspace: root },
    { type: 'PlanCreated', at, checklist: { ...checklist([{ coordinator: 'backend', batch: 0 }, { coordinator: 'database', batch: 0 }]), request: 'Make the checkout faster' } },
    ...delegation('3', 'backend', { summary: 's', flags: [], memoryNotes: [], findings: [{ title: 'Cart total issues one query per item', detail: long, severity: 'high', evidence: [{ file: 'backend/src/cart.js', line: 26 }] }] }),
    ...delegation('4', 'database', {
      summary: 's', flags: [],
      findings: [
        { title: 'Query per cart item in cartTotal', detail: long, severity: 'medium', evidence: [{ file: 'backend/src/cart.js', line: 26 }] },
        { title: 'No index on cart_items.product_id', detail: long, severity: 'medium', evidence: [{ file: 'db/migrations/002_create_carts.sql', line: 11 }] },
      ],
      memoryNotes: [{ module: 'payment', note: 'Checkout time depends on the cart total: backend/src/cart.js looks prices up per cart item through cart_items.product_id, which needs an index (db/migrations/002_create_carts.sql:11).' }],
    }),
  ])!;
}

test('the CLAUDE.md section has one line per finding, with its location and every coordinator that saw it', async (t) => {
  const root = copyExample(t, 'shop');
  const { edits } = await new FindingsMemoryProposer(root).propose(checkoutRun(root), 'claude_md');
  const section = edits[0].text;
  assert.match(section, /### Problem\n\n- Cart total issues one query per item — `backend\/src\/cart\.js:26` \(backend, database\)\n- No index on cart_items\.product_id — `db\/migrations\/002_create_carts\.sql:11` \(database\)\n\n### Solution/);
  assert.doesNotMatch(section, /30 sequential round trips/, 'no finding paragraph is copied');
  assert.ok(section.split('\n').every((line) => line.length <= 200), 'every line is short');
});

test('a note about cart.js goes to modules/cart.md, not to the payment module the coordinator named', async (t) => {
  const root = copyExample(t, 'shop');
  const { edits } = await new FindingsMemoryProposer(root).propose(checkoutRun(root), 'module_notes');
  assert.deepEqual(edits.map((e) => e.path), ['modules/cart.md']);
  assert.match(edits[0].text, /^# Cart module\n\n## 2026-11-30 — Make the checkout faster\n<!-- task-orchestrator:run=[\w-]+ -->\n\n- Checkout time depends on the cart total: backend\/src\/cart\.js/);
  assert.equal(readFileSync(join(root, 'modules', 'payment.md'), 'utf8').includes('cart_items'), false);
});
