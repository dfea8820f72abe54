import { isMemoryEditApplied, proposeMemoryEdits } from '../memory';
import { isSnapshotCurrent, readMemorySnapshot, type MemorySnapshot } from '../memory/snapshot';
import type { MemoryEdit, ProjectMemory } from '../memory/types';
import type { MemoryProposal, MemoryProposalKind, MemoryProposer } from '../run/ports';
import type { Workspace } from '../workspace';
import type { RunState } from '../run/state';
import { codeSpan } from '../kernel/untrustedText';
import { isVerified, onlyUnverifiedEvidence } from '../run/evidence';
import { mergeFindings, where } from './findings';
import { filesNamedIn, moduleForFile, moduleNames } from '../memory/moduleRouting';
import { cutAtWord, plural } from '../kernel/format';

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

const MAX_FINDING_LINES = 8;
const LINE_TITLE_LENGTH = 100;
const NOTE_LENGTH = 200;

/**
 * The CLAUDE.md section, short: one line per finding (each problem once, with its location and who
 * found it), most severe first; what is beyond the first eight is counted, not dropped silently.
 */
function problemSolutionResult(state: RunState): { problem: string; solution: string; result: string } {
  // A finding whose every cited location failed its check is not remembered: memory outlives the run.
  const findings = mergeFindings(state).filter((f) => !onlyUnverifiedEvidence(f));
  const lines = findings.slice(0, MAX_FINDING_LINES).map((f) => `- ${cutAtWord(f.title, LINE_TITLE_LENGTH)}${where(f) ? ` — ${codeSpan(where(f))}` : ''} (${f.coordinators.join(', ')})`);
  if (findings.length > MAX_FINDING_LINES) lines.push(`- … and ${plural(findings.length - MAX_FINDING_LINES, 'more finding')} (run ${state.runId})`);
  const coordinators = [...new Set(state.tasks.filter((t) => t.delegation?.status === 'completed').map((t) => t.delegation!.coordinator))];
  return {
    problem: lines.length > 0 ? lines.join('\n') : 'No finding.',
    solution: findings.length === 0 ? 'No change identified.' : `Not applied yet: the findings above, most severe first (run ${state.runId}${state.mode === 'local' ? ', local analyzers' : ''}, from ${coordinators.join(', ')}).`,
    result: 'Record the measured effect here once the changes ship.',
  };
}

/**
 * Notes the coordinators asked to keep, one line each with its location, in the module the files
 * it names belong to (`moduleForFile`); a note that names no file goes to the module its
 * coordinator named when that exists, else to the coordinator's own domain.
 */
function moduleNotes(state: RunState, memory: ProjectMemory): { module: string; note: string; place?: string }[] {
  const existing = moduleNames(memory);
  const notes: { module: string; note: string; place?: string }[] = [];
  for (const task of state.tasks) {
    const report = task.delegation?.status === 'completed' ? task.delegation.report : undefined;
    if (!report) continue;
    // Only a location the workspace check found may be remembered, or choose where a note goes.
    const cited = report.findings.flatMap((f) => f.evidence.filter(isVerified));
    for (const n of report.memoryNotes) {
      const files = filesNamedIn(n.note);
      const file = files[0] ?? cited[0]?.file;
      const chosen = notes.map((x) => x.module);
      const named = n.module?.toLowerCase();
      const module = (file && moduleForFile(file, memory, chosen)) ?? (named && existing.includes(named) ? named : task.delegation!.coordinator);
      const location = files.length === 0 && cited[0] ? ` — \`${cited[0].file}:${cited[0].line}\`` : '';
      const place = /[\w./-]+\.[A-Za-z0-9]+:\d+/.exec(n.note)?.[0] ?? location;
      // Two notes on the same line of the same file say the same thing (backend's and database's query in a loop).
      if (place && notes.some((x) => x.module === module && x.place === place)) continue;
      notes.push({ module, note: `${cutAtWord(n.note, NOTE_LENGTH)}${location}`, place });
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
