import type { z } from 'zod';
import { coordinatorReportSchema, type CoordinatorReport, type RaisedFlag } from '../kernel/contract';
import { errorMessage } from '../kernel/format';

/**
 * Reading a report out of a coordinator's plain reply, for models that answer in text instead of
 * calling `submit_report`: JSON (bare or in a ```json fence), or free text with `FLAG:` lines.
 */

export type ReportParse = { readonly ok: true; readonly report: CoordinatorReport } | { readonly ok: false; readonly problem: string };

/** Flag types that are urgent by their nature, whatever the free text says. */
const CRITICAL_FLAG_TYPES: ReadonlySet<string> = new Set(['SECURITY_BREACH']);

// "FLAG: TYPE — reason", optionally bulleted or bold; the separator may be an em dash, en dash, hyphen or colon.
const FLAG_LINE = /^\s*(?:[-*•]\s+)?\**\s*FLAG\s*\**\s*[:\-–—]\s*\**\s*([A-Z][A-Z0-9_]*)\s*\**\s*(?:(?:—|–|-|:)\s*(.*))?$/;

export function parseReportInput(input: unknown): ReportParse {
  const parsed = coordinatorReportSchema.safeParse(input);
  if (parsed.success) return { ok: true, report: parsed.data };
  return { ok: false, problem: describeIssues(parsed.error.issues) };
}

/** Turns a final text reply into a report: JSON if the reply is JSON, free text otherwise. */
export function parseReportText(text: string): ReportParse {
  const json = jsonCandidate(text);
  if (json !== undefined) {
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch (error) {
      const reason = errorMessage(error);
      return { ok: false, problem: `the reply looked like JSON but could not be parsed (${reason})` };
    }
    return parseReportInput(value);
  }
  const report = parseFreeTextReport(text);
  return report ? { ok: true, report } : { ok: false, problem: 'the reply had no report: it was empty' };
}

/** Free text becomes the summary; `FLAG:` lines become flags. Undefined when there is nothing to use. */
export function parseFreeTextReport(text: string): CoordinatorReport | undefined {
  const flags = extractFlagLines(text);
  const prose = text
    .split(/\r?\n/)
    .filter((line) => !FLAG_LINE.test(line))
    .join('\n')
    .trim();
  if (prose === '' && flags.length === 0) return undefined;
  const summary = prose !== '' ? prose : `Raised ${flags.map((flag) => flag.type).join(', ')}.`;
  return { summary, findings: [], flags, memoryNotes: [] };
}

export function extractFlagLines(text: string): RaisedFlag[] {
  const flags: RaisedFlag[] = [];
  for (const line of text.split(/\r?\n/)) {
    const match = FLAG_LINE.exec(line);
    if (!match) continue;
    const type = match[1];
    const reason = (match[2] ?? '').replace(/\*+$/, '').trim();
    flags.push({
      type,
      reason: reason !== '' ? reason : 'no reason given',
      priority: CRITICAL_FLAG_TYPES.has(type) ? 'critical' : 'normal',
    });
  }
  return flags;
}

/** "findings[0].severity: Invalid option …; summary: Too small …" — written for the model to fix. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`).join('; ');
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(report)';
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text;
}

function jsonCandidate(text: string): string | undefined {
  const fenced = /```(?:json)?\s*\n([\s\S]*?)```/.exec(text);
  if (fenced && fenced[1].trim().startsWith('{')) return fenced[1].trim();
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) return trimmed;
  return undefined;
}
