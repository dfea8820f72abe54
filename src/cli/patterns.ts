import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { errorMessage, plural } from '../core/kernel/format';
import type { Orchestrator } from '../core/orchestrator';
import { candidatesHeading, coverage, describeCandidate, noCandidates, relationLabel, type CandidatePattern, type PatternReport } from '../core/patterns';
import { resolveInWorkspace } from '../core/workspace/pathGuard';

/**
 * `task-orchestrator patterns`: the workspace's learned patterns and the candidates its runs
 * suggest. A candidate's template is a proposal, like a memory update: `--patch` prints it as a
 * patch to review (`| git apply`), `--apply` saves it; nothing is written otherwise.
 */

export interface PatternsCommand {
  readonly cwd: string;
  /** Candidate ids to patch or apply; none: every candidate. */
  readonly ids: readonly string[];
  readonly json: boolean;
  readonly patch: boolean;
  readonly apply: boolean;
  readonly minRuns?: number;
}

interface Output {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

export async function patternsCommand(command: PatternsCommand, orchestrator: Orchestrator, root: string, io: Output): Promise<number> {
  const report = await orchestrator.patterns({ minRuns: command.minRuns });
  for (const warning of report.warnings) io.err(`warning: ${warning}\n`);
  const unknown = command.ids.filter((id) => !report.candidates.some((c) => c.id === id));
  if (unknown.length > 0) {
    const known = report.candidates.map((c) => c.id).join(', ') || 'none';
    io.err(`task-orchestrator: no candidate pattern ${unknown.join(', ')} (candidates: ${known})\n`);
    return 1;
  }
  const chosen = command.ids.length > 0 ? report.candidates.filter((c) => command.ids.includes(c.id)) : report.candidates;
  if (command.patch) {
    io.out(templatesPatch(chosen));
    return 0;
  }
  if (command.apply) return applyTemplates(root, chosen, io);
  io.out(command.json ? `${JSON.stringify(report, null, 2)}\n` : `${renderPatterns(report)}\n`);
  return 0;
}

export function renderPatterns(report: PatternReport): string {
  const lines: string[] = [];
  if (report.learned.length > 0) {
    lines.push('Learned patterns (.orchestrator/templates):');
    for (const p of report.learned) {
      lines.push(`  ${p.templateId} — ${p.title}, ${plural(p.examples, 'example')} (${p.file})`);
      for (const run of p.runs) lines.push(`    ${relationLabel(run.relation).padEnd(12)}  ${run.runId}  ${run.status.padEnd(9)}  ${run.request}`);
      if (p.runs.length === 0) lines.push('    no runs yet');
    }
    lines.push('');
  }
  if (report.candidates.length > 0) {
    lines.push(`${candidatesHeading(report)}:`);
    for (const c of report.candidates) {
      lines.push(`  ${c.id} — ${describeCandidate(c)}`);
      for (const run of c.runs) lines.push(`    ${run.runId}  ${run.request}`);
    }
    lines.push('', 'Review a proposed template: task-orchestrator patterns [ID…] --patch | git apply   (or --apply to save it)');
  } else {
    lines.push(noCandidates(report));
  }
  lines.push(coverage(report));
  return lines.join('\n');
}

/** New files as a patch `git apply` takes, paths relative to the workspace (like memory updates). */
export function templatesPatch(candidates: readonly CandidatePattern[]): string {
  return candidates.map((c) => createTwoFilesPatch('/dev/null', `b/${c.proposal.path}`, '', c.proposal.text)).join('');
}

/** Saves each proposed template; one that exists already, or leads outside the workspace, is refused and the others go ahead. */
function applyTemplates(root: string, candidates: readonly CandidatePattern[], io: Output): number {
  if (candidates.length === 0) {
    io.out('No candidate patterns to save.\n');
    return 0;
  }
  let refused = 0;
  for (const { proposal } of candidates) {
    try {
      const target = resolveInWorkspace(root, proposal.path);
      mkdirSync(dirname(target), { recursive: true });
      // 'wx': never over another file of that name (written since the proposal, or by hand).
      writeFileSync(target, proposal.text, { encoding: 'utf8', flag: 'wx' });
      io.out(`Saved ${proposal.path}: requests like these are planned from ${proposal.templateId} now.\n`);
    } catch (error) {
      refused++;
      const reason = (error as NodeJS.ErrnoException).code === 'EEXIST' ? 'the file exists already; move it away or edit it by hand' : errorMessage(error);
      io.err(`Refused ${proposal.path}: ${reason}\n`);
    }
  }
  return refused > 0 ? 1 : 0;
}
