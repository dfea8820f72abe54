import type { RunEvent } from '../../../src/core/run/events';
import { foldEvents, type RunState } from '../../../src/core/run/state';
import type { Checklist } from '../../../src/core/plan/types';
import { ZERO_USAGE } from '../../../src/core/model/port';

/** A small checkout run, as events, folded the way every view sees it. */
export const checklist: Checklist = {
  request: 'Make the checkout faster',
  normalizedRequest: 'make the checkout faster',
  classification: { requestClass: 'complex', templateId: 'performance_optimization', templateVersion: '1', matchedRule: 'keyword: faster' },
  priority: 'normal',
  domains: ['backend', 'database'],
  delegations: [],
  tasks: [
    { id: '1', kind: 'analyze_request', title: 'Analyze the request' },
    { id: '2', kind: 'delegate', title: 'Delegate to backend', coordinator: 'backend', batch: 0 },
    { id: '3', kind: 'delegate', title: 'Delegate to database', coordinator: 'database', batch: 0 },
    { id: '4', kind: 'synthesize', title: 'Synthesize' },
  ],
  relatedMemory: [],
  memoryDigest: 'x',
};

const at = (second: number): string => `2026-11-24T10:00:${String(second).padStart(2, '0')}.000Z`;

export function checkoutEvents(): RunEvent[] {
  return [
    { type: 'RunStarted', at: at(0), runId: 'run-1', request: checklist.request, mode: 'model', modelId: 'claude', workspace: '/ws' },
    { type: 'PlanCreated', at: at(1), checklist },
    { type: 'TaskStarted', at: at(1), taskId: '1' },
    { type: 'TaskCompleted', at: at(2), taskId: '1', evidence: 'classified' },
    { type: 'TaskStarted', at: at(2), taskId: '2' },
    { type: 'DelegationStarted', at: at(2), taskId: '2', coordinator: 'backend', prompt: 'Find why checkout is slow' },
    {
      type: 'DelegationCompleted', at: at(5), taskId: '2', coordinator: 'backend', durationMs: 2400,
      usage: { ...ZERO_USAGE, inputTokens: 2000, outputTokens: 1100 },
      report: {
        summary: 'Checkout runs one query per cart line.',
        findings: [{ title: 'N+1 query in checkout', detail: 'Loop over `items` with <b>await</b> db.query', severity: 'high', evidence: [{ file: 'backend/src/checkout.js', line: 42, check: { verified: true } }] }],
        flags: [], memoryNotes: [],
      },
    },
    { type: 'TaskCompleted', at: at(5), taskId: '2', evidence: 'report' },
    {
      type: 'FlagRaised', at: at(5),
      flag: { id: 'f1', type: 'DATABASE_INVESTIGATION', reason: 'orders table lacks an index', priority: 'high', raisedBy: { taskId: '2', coordinator: 'backend' }, known: true },
    },
    { type: 'TaskAdded', at: at(6), task: { id: '2a', kind: 'delegate', title: 'Investigate the orders index', coordinator: 'database', parentId: '2', flagId: 'f1' } },
    { type: 'TaskStarted', at: at(6), taskId: '3' },
    { type: 'DelegationStarted', at: at(6), taskId: '3', coordinator: 'database', prompt: 'Check the orders queries' },
  ];
}

export function checkoutState(events: RunEvent[] = checkoutEvents()): RunState {
  const state = foldEvents(events);
  if (!state) throw new Error('no state');
  return state;
}
