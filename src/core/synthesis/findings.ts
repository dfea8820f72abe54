import type { Finding } from '../kernel/contract';
import { SEVERITIES } from '../kernel/contract';
import type { RunState } from '../run/state';

export interface DomainFindings {
  readonly coordinator: string;
  readonly summary: string;
  readonly findings: readonly Finding[];
}

/** Completed delegations grouped by coordinator, in the order they ran. */
export function findingsByDomain(state: RunState): DomainFindings[] {
  const groups = new Map<string, { summaries: string[]; findings: Finding[] }>();
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

export function bySeverity(a: Finding, b: Finding): number {
  return SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity);
}

export function where(finding: Finding): string {
  return finding.evidence.map((e) => `${e.file}:${e.line}`).join(', ');
}

function dedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.title}|${where(f)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
