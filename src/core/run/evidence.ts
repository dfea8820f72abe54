import type { CoordinatorReport, Evidence, Finding } from '../kernel/contract';
import type { RunState } from './state';
import { SEVERITIES } from '../kernel/contract';
import { codeSpan, escapeMarkdown } from '../kernel/untrustedText';

/**
 * Evidence a coordinator cites is checked against the workspace when its delegation completes
 * (`evidenceCheck.ts`), and the verdict travels with it in the journal. What it means to a user is
 * worked out here, once, for every surface: a location is shown as a link or counted as cited only
 * when verified; unverified evidence is kept for the audit and says why it is unverified.
 */

/** Why a cited location could not be verified. */
export type EvidenceProblem = 'path' | 'hidden' | 'missing' | 'line' | 'excerpt' | 'unreadable';

export type EvidenceCheck =
  | { readonly verified: true }
  | { readonly verified: false; readonly problem: EvidenceProblem; readonly reason: string };

/** `check` is absent on evidence journaled before evidence was checked: it counts as unverified. */
export type CheckedEvidence = Evidence & { readonly check?: EvidenceCheck };
export type CheckedFinding = Omit<Finding, 'evidence'> & { evidence: CheckedEvidence[] };
export type CheckedReport = Omit<CoordinatorReport, 'findings'> & { findings: CheckedFinding[] };
/** What ranking and the verified/unverified questions need of a finding (a merged finding has it too). */
export type RankedFinding = Pick<Finding, 'severity'> & { readonly evidence: readonly CheckedEvidence[] };

export function isVerified(evidence: CheckedEvidence): boolean {
  return evidence.check?.verified === true;
}

/** Why it is unverified, in words ("line 4242 is past the end of the file (28 lines)"). */
export function unverifiedReason(evidence: CheckedEvidence): string {
  const check = evidence.check;
  if (check === undefined) return 'not checked (recorded before evidence was checked)';
  return check.verified ? '' : check.reason;
}

/** "src/cart.js:26" or "src/cart.js:26-30", as written: a label, never an address. */
export function evidenceLocation(evidence: Evidence): string {
  return `${evidence.file}:${evidence.line}${evidence.endLine !== undefined && evidence.endLine !== evidence.line ? `-${evidence.endLine}` : ''}`;
}

/** The location and, when it is unverified, the word and why: what every surface shows. */
export function evidenceLabel(evidence: CheckedEvidence): string {
  const where = evidenceLocation(evidence);
  return isVerified(evidence) ? where : `${where} (unverified: ${unverifiedReason(evidence)})`;
}

/** The label as Markdown: the location as code (never a link), the unverified reason as text. */
export function evidenceMarkdown(evidence: CheckedEvidence): string {
  const where = codeSpan(evidenceLocation(evidence));
  return isVerified(evidence) ? where : `${where} (unverified: ${escapeMarkdown(unverifiedReason(evidence))})`;
}

export interface EvidenceCounts {
  readonly verified: number;
  readonly unverified: number;
}

export function countEvidence(findings: readonly CheckedFinding[]): EvidenceCounts {
  const all = findings.flatMap((f) => f.evidence);
  const verified = all.filter(isVerified).length;
  return { verified, unverified: all.length - verified };
}

/** "2 verified / 1 unverified": a delegation's evidence line. */
export function describeEvidenceCounts(counts: EvidenceCounts): string {
  return `${counts.verified} verified / ${counts.unverified} unverified`;
}

/** Distinct verified `file:line` locations: what counts as cited. */
export function citedLocations(findings: readonly CheckedFinding[]): string[] {
  return [...new Set(findings.flatMap((f) => f.evidence.filter(isVerified).map((e) => `${e.file}:${e.line}`)))];
}

/** The finding with only its verified evidence: what may reach project memory. */
export function withVerifiedEvidenceOnly(finding: CheckedFinding): CheckedFinding {
  return { ...finding, evidence: finding.evidence.filter(isVerified) };
}

export function hasVerifiedEvidence(finding: RankedFinding): boolean {
  return finding.evidence.some(isVerified);
}

/** Cited evidence, none of it verified: a claim the workspace does not back. */
export function onlyUnverifiedEvidence(finding: RankedFinding): boolean {
  return finding.evidence.length > 0 && !hasVerifiedEvidence(finding);
}

/**
 * The order findings are presented and acted on: those the workspace backs first, then by
 * severity. A finding with no verified evidence ranks below every verified one, however severe it says it is.
 */
export function byEvidenceThenSeverity(a: RankedFinding, b: RankedFinding): number {
  const backed = Number(hasVerifiedEvidence(b)) - Number(hasVerifiedEvidence(a));
  return backed !== 0 ? backed : SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity);
}

/**
 * Whether `file:line` lies in a location some completed report cited and the workspace check
 * verified: the only locations model text may link to. Paths compare as written, less a leading "./".
 */
export function isVerifiedLocation(state: RunState): (file: string, line: number) => boolean {
  const verified = state.tasks.flatMap((t) => (t.delegation?.status === 'completed' ? t.delegation.report?.findings ?? [] : []))
    .flatMap((f) => f.evidence.filter(isVerified));
  return (file, line) => verified.some((e) => samePath(e.file, file) && e.line <= line && line <= Math.max(e.line, e.endLine ?? e.line));
}

function samePath(a: string, b: string): boolean {
  const plain = (p: string) => p.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  return plain(a) === plain(b);
}
