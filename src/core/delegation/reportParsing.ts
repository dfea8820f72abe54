import type { z } from 'zod';
import { coordinatorReportSchema, type CoordinatorReport } from '../kernel/contract';
import { errorMessage } from '../kernel/format';

/**
 * Reading a report: the input of a `submit_report` call, or a JSON report a model wrote as text
 * (bare or in a ```json fence). Prose is not a report, whatever it says.
 */

export type ReportParse = { readonly ok: true; readonly report: CoordinatorReport } | { readonly ok: false; readonly problem: string };

export function parseReportInput(input: unknown): ReportParse {
  const parsed = coordinatorReportSchema.safeParse(input);
  if (parsed.success) return { ok: true, report: parsed.data };
  return { ok: false, problem: describeIssues(parsed.error.issues) };
}

/** A JSON report written as text; undefined when the text is not JSON at all. */
export function parseReportText(text: string): ReportParse | undefined {
  const json = jsonCandidate(text);
  if (json === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { ok: false, problem: `the reply looked like JSON but could not be parsed (${errorMessage(error)})` };
  }
  return parseReportInput(value);
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
