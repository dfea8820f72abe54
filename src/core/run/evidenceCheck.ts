import type { CoordinatorReport, Evidence } from '../kernel/contract';
import { errorMessage } from '../kernel/format';
import { isWorkspaceAccessError, redactSecrets, type Workspace, type WorkspaceAccessError } from '../workspace';
import type { CheckedEvidence, CheckedReport, EvidenceCheck } from './evidence';

/** "Within a few lines": how far from the cited line an excerpt may be found. */
export const EXCERPT_NEAR_LINES = 3;

/**
 * Checks every location a report cites against the workspace: the path stays inside the root once
 * links are resolved, the file is one the coordinators may see (not a secret, not excluded), the
 * line exists, and the excerpt (when given) is within a few lines of it. Reads go through the
 * workspace, so the same confinement and budgets apply as for the model's own reads.
 */
export async function checkReportEvidence(workspace: Workspace, report: CoordinatorReport, signal?: AbortSignal): Promise<CheckedReport> {
  const findings = [];
  for (const finding of report.findings) {
    const evidence: CheckedEvidence[] = [];
    for (const cited of finding.evidence) evidence.push({ ...cited, check: await checkEvidence(workspace, cited, signal) });
    findings.push({ ...finding, evidence });
  }
  return { ...report, findings };
}

export async function checkEvidence(workspace: Workspace, evidence: Evidence, signal?: AbortSignal): Promise<EvidenceCheck> {
  const last = evidence.endLine ?? evidence.line;
  if (last < evidence.line) return unverified('line', `the range ${evidence.line}-${last} ends before it starts`);
  let slice;
  try {
    slice = await workspace.readFile(
      evidence.file,
      { startLine: Math.max(1, evidence.line - EXCERPT_NEAR_LINES), endLine: last + EXCERPT_NEAR_LINES },
      signal,
    );
  } catch (error) {
    signal?.throwIfAborted();
    return isWorkspaceAccessError(error) ? refused(error, evidence) : unverified('unreadable', `the file could not be read (${errorMessage(error)})`);
  }
  if (last > slice.totalLines && slice.countStopped) {
    return unverified('unreadable', `the file is too large to reach line ${last} in one read (${slice.countStopped})`);
  }
  if (last > slice.totalLines) {
    return unverified('line', `line ${last} is past the end of the file (${slice.totalLines} lines)`);
  }
  if (evidence.excerpt !== undefined && !(excerptFound(evidence.excerpt, slice.text) || (await foundInRawText(workspace, evidence, slice.startLine, slice.endLine)))) {
    return unverified('excerpt', `the excerpt is not within ${EXCERPT_NEAR_LINES} lines of line ${evidence.line}`);
  }
  return { verified: true };
}

/**
 * The lines read have their secrets replaced by placeholders, so an excerpt quoting part of a
 * secret ("sk_l…") is also looked for in the file's own text. Only whether it is there comes out.
 */
async function foundInRawText(workspace: Workspace, evidence: Evidence, startLine: number, endLine: number): Promise<boolean> {
  let raw: string;
  try {
    raw = await workspace.readRaw(evidence.file);
  } catch {
    return false;
  }
  return excerptFound(evidence.excerpt ?? '', raw.split(/\r?\n/).slice(startLine - 1, endLine).join('\n'));
}

function refused(error: WorkspaceAccessError, evidence: Evidence): EvidenceCheck {
  switch (error.reason) {
    case 'outside':
    case 'absolute':
      return unverified('path', 'the path is outside the workspace');
    case 'secret':
      return unverified('hidden', error.secretKind ? `the file holds a ${error.secretKind} and is never read` : 'the file is a secret and is never read');
    case 'excluded':
      return unverified('hidden', 'the file is excluded (gitignored, dependencies or generated files)');
    case 'not_found':
      return unverified('missing', 'no such file in the workspace');
    case 'past_end': {
      const lines = /has (\d+) lines/.exec(error.message)?.[1];
      return unverified('line', `line ${evidence.line} is past the end of the file${lines ? ` (${lines} lines)` : ''}`);
    }
    case 'binary':
      // A visible binary file (an image, a bundle) is its own evidence: there is no line to quote.
      return evidence.line === 1 && evidence.excerpt === undefined && evidence.endLine === undefined
        ? { verified: true }
        : unverified('line', 'the file is binary: it has no lines to cite');
    case 'invalid':
      // A folder, a device, a NUL byte in the path.
      return unverified('unreadable', 'not a readable text file');
    case 'too_large':
      return unverified('unreadable', 'the file is too large to read');
  }
}

function unverified(problem: Extract<EvidenceCheck, { verified: false }>['problem'], reason: string): EvidenceCheck {
  return { verified: false, problem, reason };
}

/**
 * Whether the excerpt is in the lines read, whitespace aside. A model quoting a shortened line
 * writes "…" or "..." where it left something out: each part must be there. A whole secret in the
 * excerpt is replaced by its placeholder, as in the lines read.
 */
function excerptFound(excerpt: string, text: string): boolean {
  const haystack = squeeze(text);
  // "djan…(63 chars)": what was left out may be described in brackets after the ellipsis.
  const parts = redactSecrets(excerpt).text.split(/(?:\.{3,}|…)(?:\s*\([^)]*\))?/).map(squeeze).filter((part) => part !== '');
  return parts.every((part) => haystack.includes(part));
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
