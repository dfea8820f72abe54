import { isMemoryEditApplied, proposeMemoryEdits } from '../memory';
import { isSnapshotCurrent, readMemorySnapshot, type MemorySnapshot } from '../memory/snapshot';
import type { MemoryEdit, ProjectMemory } from '../memory/types';
import type { MemoryProposal, MemoryProposalKind, MemoryProposer } from '../run/ports';
import type { Workspace } from '../workspace';
import type { RunState } from '../run/state';
import { bySeverity, findingsByDomain, where } from './findings';
import { plural } from '../kernel/format';

/**
 * Turns a run's findings into proposed memory edits against the files as they are now. The text is
 * derived from run state and the run's start date only, so a resumed run proposes the same edits.
 */
export class FindingsMemoryProposer implements MemoryProposer {
  /**
   * `snapshot` is the memory read while planning: reused as long as its files are unchanged on disk.
   * `workspace` decides which folders hold nested memory when it is read again.
   */
  constructor(private readonly root: string, private snapshot?: MemorySnapshot, private readonly workspace?: Workspace) {}

  /** What the run has to add to memory; a file that already holds this run's section (applied since) gets nothing. */
  async propose(state: RunState, kind: MemoryProposalKind): Promise<MemoryProposal> {
    const memory = await this.currentMemory();
    const content = new Map(memory.files.map((f) => [f.path, f.content]));
    const all = this.edits(state, kind, memory);
    const applied = all.filter((edit) => isMemoryEditApplied(content.get(edit.path), edit));
    return { edits: all.filter((edit) => !applied.includes(edit)), alreadyApplied: applied.map((edit) => edit.path) };
  }

  private edits(state: RunState, kind: MemoryProposalKind, memory: ProjectMemory): MemoryEdit[] {
    const date = state.startedAt.slice(0, 10);
    const base = { memory, request: state.request, date, runId: state.runId };
    switch (kind) {
      case 'claude_md':
        return proposeMemoryEdits({ ...base, ...problemSolutionResult(state), moduleNotes: [] }).filter((e) => e.path === 'CLAUDE.md');
      case 'module_notes':
        return proposeMemoryEdits({ ...base, ...problemSolutionResult(state), moduleNotes: moduleNotes(state, memory) }).filter((e) => e.path.startsWith('modules/'));
      case 'incident':
        return proposeMemoryEdits({ ...base, problem: '', solution: '', result: '', title: `Security incident: ${state.request}`, moduleNotes: incidentNotes(state) })
          .filter((e) => e.path === 'modules/security.md');
      case 'postmortem':
        return proposeMemoryEdits({ ...base, problem: '', solution: '', result: '', title: `Post-mortem: ${state.request}`, moduleNotes: postmortemNotes(state) })
          .filter((e) => e.path === 'modules/incidents.md');
    }
  }

  /** Every edit is computed against the current text: memory is read again when a file changed. */
  private async currentMemory(): Promise<ProjectMemory> {
    if (!this.snapshot || !(await isSnapshotCurrent(this.root, this.snapshot))) this.snapshot = await readMemorySnapshot(this.root, { workspace: this.workspace });
    return this.snapshot.memory;
  }
}

function problemSolutionResult(state: RunState): { problem: string; solution: string; result: string } {
  const domains = findingsByDomain(state);
  const findings = domains.flatMap((d) => d.findings.map((f) => ({ coordinator: d.coordinator, f }))).sort((a, b) => bySeverity(a.f, b.f));
  const problem = [
    `Request: "${state.request}".`,
    ...findings.slice(0, 6).map(({ coordinator, f }) => `- ${f.title} (${coordinator}${where(f) ? `, \`${where(f)}\`` : ''}).`),
  ].join('\n');
  const solution = findings.length === 0
    ? 'No change identified.'
    : findings.slice(0, 6).map(({ f }, i) => `${i + 1}. ${f.detail || f.title}`).join('\n');
  const flags = state.flags.map((f) => `${f.record.type} (${f.record.raisedBy.coordinator} → ${f.record.targetDomain ?? 'review'})`);
  const result = [
    `Run ${state.runId}${state.mode === 'local' ? ' (local analyzers)' : ''}: ${plural(findings.length, 'finding')} from ${domains.map((d) => d.coordinator).join(', ') || 'no coordinator'}.`,
    flags.length > 0 ? `Flags: ${flags.join(', ')}.` : '',
    'Proposed changes await review; record the measured effect here once they ship.',
  ].filter(Boolean).join(' ');
  return { problem, solution, result };
}

/**
 * Notes the coordinators asked to keep. A note lands in the module file it names when that file
 * exists; otherwise in the module note most related to the request (so "checkout" notes join
 * modules/payment.md rather than a new file per domain); otherwise in a new file of its own.
 */
function moduleNotes(state: RunState, memory: ProjectMemory): { module: string; note: string }[] {
  const moduleOf = (file: string) => /^modules\/([a-z0-9_-]+)\.md$/i.exec(file)?.[1]?.toLowerCase();
  const existing = new Set(memory.files.map((f) => moduleOf(f.path)).filter((m): m is string => m !== undefined));
  const related = state.checklist?.relatedMemory.map((m) => moduleOf(m.file)).find((m) => m !== undefined);
  const notes: { module: string; note: string }[] = [];
  for (const task of state.tasks) {
    for (const n of task.delegation?.report?.memoryNotes ?? []) {
      const named = n.module?.toLowerCase();
      const module = named && existing.has(named) ? named : related ?? named;
      if (module) notes.push({ module, note: n.note });
    }
  }
  return notes;
}

function incidentNotes(state: RunState): { module: string; note: string }[] {
  return state.flags
    .filter((f) => f.record.type === 'SECURITY_BREACH')
    .map((f) => ({
      module: 'security',
      note: `${f.record.reason} (raised by ${f.record.raisedBy.coordinator}${f.record.finding && where(f.record.finding) ? `, ${where(f.record.finding)}` : ''}); status: ${f.status}.`,
    }));
}

function postmortemNotes(state: RunState): { module: string; note: string }[] {
  const items = [
    'Root cause: confirm how the problem reached production and since when.',
    'Impact: list affected data, users and time window.',
    'Fix: verify the change that closes it, with a regression test.',
    'Prevention: add a check (review rule, analyzer, CI step) that would have caught it.',
  ];
  const failed = state.tasks.filter((t) => t.status === 'failed').map((t) => `Unfinished: ${t.spec.title} — ${t.failure?.message}`);
  return [...items, ...failed].map((note) => ({ module: 'incidents', note: `[ ] ${note}` }));
}
