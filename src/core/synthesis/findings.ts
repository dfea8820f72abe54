import type { Severity } from '../kernel/contract';
import { SEVERITIES } from '../kernel/contract';
import { contentStems } from '../memory/words';
import { byEvidenceThenSeverity, evidenceLocation, isVerified, type CheckedEvidence, type CheckedFinding } from '../run/evidence';
import type { RunState } from '../run/state';

export interface DomainFindings {
  readonly coordinator: string;
  readonly summary: string;
  readonly findings: readonly CheckedFinding[];
}

/** Completed delegations grouped by coordinator, in the order they ran. */
export function findingsByDomain(state: RunState): DomainFindings[] {
  const groups = new Map<string, { summaries: string[]; findings: CheckedFinding[] }>();
  for (const task of state.tasks) {
    const d = task.delegation;
    if (d?.status !== 'completed' || !d.report) continue;
    const group = groups.get(d.coordinator) ?? { summaries: [], findings: [] };
    group.summaries.push(d.report.summary);
    group.findings.push(...d.report.findings);
    groups.set(d.coordinator, group);
  }
  return [...groups.entries()].map(([coordinator, g]) => ({ coordinator, summary: g.summaries.join(' '), findings: dedupe(g.findings) }));
}

/** One problem at one place, however many coordinators reported it. */
export interface MergedFinding {
  /** The title, detail and severity of the most severe report of it (the first, on a tie). */
  readonly title: string;
  readonly detail: string;
  readonly severity: Severity;
  /** Every location cited for it, each once, in the order first cited. */
  readonly evidence: readonly CheckedEvidence[];
  /** Every coordinator that reported it, in the order they did. */
  readonly coordinators: readonly string[];
}

/**
 * The run's findings with the same problem at the same place merged into one: those the workspace
 * backs first, then most severe first (report order on a tie). Two findings are the same when they cite the same first location, or
 * overlapping locations with titles that share most of their words; findings without a location
 * are the same only when their titles are. So "the query in the loop at cart.js:26", reported by
 * backend and again by database, is one finding naming both.
 */
export function mergeFindings(state: RunState): MergedFinding[] {
  const reported: { coordinator: string; finding: CheckedFinding }[] = [];
  for (const task of state.tasks) {
    const d = task.delegation;
    if (d?.status === 'completed' && d.report) for (const finding of d.report.findings) reported.push({ coordinator: d.coordinator, finding });
  }
  const groups: { coordinator: string; finding: CheckedFinding }[][] = [];
  for (const entry of reported) {
    const group = groups.find((g) => g.some((other) => sameProblem(other.finding, entry.finding)));
    if (group) group.push(entry);
    else groups.push([entry]);
  }
  return groups.map(merge).sort(byEvidenceThenSeverity);
}

function merge(group: readonly { coordinator: string; finding: CheckedFinding }[]): MergedFinding {
  const lead = group.reduce((best, e) => (SEVERITIES.indexOf(e.finding.severity) > SEVERITIES.indexOf(best.finding.severity) ? e : best));
  // A location cited twice keeps its verified verdict if either check found it.
  const evidence = new Map<string, CheckedEvidence>();
  for (const { finding } of group) {
    for (const e of finding.evidence) {
      const known = evidence.get(evidenceLocation(e));
      if (!known || (!isVerified(known) && isVerified(e))) evidence.set(evidenceLocation(e), e);
    }
  }
  return {
    title: lead.finding.title,
    detail: lead.finding.detail,
    severity: lead.finding.severity,
    evidence: [...evidence.values()],
    coordinators: [...new Set(group.map((e) => e.coordinator))],
  };
}

function sameProblem(a: CheckedFinding, b: CheckedFinding): boolean {
  const [first, second] = [a.evidence[0], b.evidence[0]];
  if (!first || !second) return a.evidence.length === 0 && b.evidence.length === 0 && titleStems(a).join(' ') === titleStems(b).join(' ');
  if (first.file === second.file && first.line === second.line) return true;
  const overlapping = a.evidence.some((x) => b.evidence.some((y) => x.file === y.file && x.line <= (y.endLine ?? y.line) && y.line <= (x.endLine ?? x.line)));
  return overlapping && similarTitles(a, b);
}

function similarTitles(a: CheckedFinding, b: CheckedFinding): boolean {
  const [x, y] = [new Set(titleStems(a)), new Set(titleStems(b))];
  const shared = [...x].filter((s) => y.has(s)).length;
  return shared > 0 && shared * 2 >= Math.min(x.size, y.size);
}

function titleStems(finding: CheckedFinding): string[] {
  return contentStems(finding.title);
}

/** "a.js:3, b.js:9": the verified locations only, what may be cited as fact or remembered. */
export function where(finding: { readonly evidence: readonly CheckedEvidence[] }): string {
  return finding.evidence.filter(isVerified).map(evidenceLocation).join(', ');
}

function dedupe(findings: readonly CheckedFinding[]): CheckedFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.title}|${f.evidence.map(evidenceLocation).join(', ')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
