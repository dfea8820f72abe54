// Shared set-up for scheduler tests: a checklist of delegations in batches, a report that cites a
// location, and a RunStore + Scheduler over an in-memory journal with a delegate function of the test's.
import type { CoordinatorReport } from '../../src/core/kernel/contract';
import type { Checklist, TaskSpec } from '../../src/core/plan/types';
import { MemoryJournal } from '../../src/core/run/journal';
import type { Delegator, EvidenceChecker, MemoryProposer, Synthesizer } from '../../src/core/run/ports';
import { RunStore } from '../../src/core/run/runStore';
import { Scheduler } from '../../src/core/run/scheduler';
import { ZERO_USAGE } from '../../src/core/model/port';

export function checklist(delegations: { coordinator: string; batch: number }[]): Checklist {
  const tasks: TaskSpec[] = [
    { id: '1', kind: 'analyze_request', title: 'Analyze the request' },
    { id: '2', kind: 'check_memory', title: 'Check memory for prior work' },
  ];
  let n = 3;
  const batches = [...new Set(delegations.map((d) => d.batch))].sort();
  const delegateIds: Record<number, string[]> = {};
  for (const batch of batches) {
    const earlier = batches.filter((b) => b < batch).flatMap((b) => delegateIds[b]);
    delegateIds[batch] = [];
    for (const d of delegations.filter((x) => x.batch === batch)) {
      const id = String(n++);
      delegateIds[batch].push(id);
      tasks.push({ id, kind: 'delegate', title: `Delegate to ${d.coordinator}`, coordinator: d.coordinator, batch, dependsOn: earlier });
    }
    for (const d of delegations.filter((x) => x.batch === batch)) {
      tasks.push({ id: String(n++), kind: 'process_response', title: `Process ${d.coordinator} findings`, coordinator: d.coordinator, batch });
    }
  }
  tasks.push({ id: String(n++), kind: 'check_flags', title: 'Check flags' }, { id: String(n++), kind: 'synthesize', title: 'Synthesize' }, { id: String(n++), kind: 'respond', title: 'Respond' });
  return {
    request: 'r', normalizedRequest: 'r', priority: 'normal', domains: delegations.map((d) => d.coordinator),
    classification: { requestClass: 'complex', templateId: 'complex', templateVersion: '1.0.0', matchedRule: 'test' },
    delegations: tasks.filter((t) => t.kind === 'delegate').map((t) => ({ coordinator: t.coordinator!, taskId: t.id, batch: t.batch!, dependsOn: t.dependsOn ?? [], reasons: [] })),
    tasks, relatedMemory: [], memoryDigest: 'x',
  };
}

/** A report with one finding citing `a.js:<line>` (3 unless given). */
export function report(summary: string, flags: CoordinatorReport['flags'] = [], line = 3): CoordinatorReport {
  return { summary, findings: [{ title: `${summary} finding`, detail: 'd', severity: 'high', evidence: [{ file: 'a.js', line }] }], flags, memoryNotes: [] };
}

const synthesizer: Synthesizer = { synthesize: async (s) => ({ text: `answer from ${s.tasks.filter((t) => t.delegation?.report).length}`, usage: ZERO_USAGE }) };
const memory: MemoryProposer = { propose: async () => ({ edits: [], alreadyApplied: [] }) };
/** Every cited location holds: these tests are about scheduling, evidence checks have their own. */
const evidence: EvidenceChecker = {
  check: async (r) => ({ ...r, findings: r.findings.map((f) => ({ ...f, evidence: f.evidence.map((e) => ({ ...e, check: { verified: true } as const })) })) }),
};

export function setup(cl: Checklist, delegate: Delegator['delegate']) {
  const journal = new MemoryJournal();
  const store = new RunStore(journal);
  store.emit('RunStarted', { runId: 'run1', request: 'r', mode: 'local', workspace: '/w' });
  store.emit('PlanCreated', { checklist: cl });
  const scheduler = new Scheduler(store, {
    delegator: { delegate }, synthesizer, memory, evidence, parallelLimit: 3,
    coordinators: ['backend', 'database', 'frontend', 'security', 'infrastructure'],
  });
  return { journal, store, scheduler };
}

