import { plural } from '../kernel/format';
import { SEVERITIES, type Severity } from '../kernel/contract';

/** Findings an answer describes in full: enough for "what to do first". */
const DETAILED = 10;
/** Findings after those, named in one line each. */
const LISTED = 30;

/**
 * Which of a run's findings (most important first) an answer details, which it names in a line,
 * and how many it leaves to the run's report. A local run over a large project can report hundreds
 * of findings: the answer stays readable and says what it left out, so nothing is dropped silently.
 */
export interface AnswerScope<T> {
  readonly detailed: readonly T[];
  readonly listed: readonly T[];
  readonly omitted: readonly T[];
}

export function scopeForAnswer<T>(findings: readonly T[]): AnswerScope<T> {
  return { detailed: findings.slice(0, DETAILED), listed: findings.slice(DETAILED, DETAILED + LISTED), omitted: findings.slice(DETAILED + LISTED) };
}

/** "… and 53 more findings (12 medium, 41 low), in the run's report (`task-orchestrator report RUN`, or Export Run (Markdown))." */
export function omittedLine(omitted: readonly { readonly severity: Severity }[], runId: string): string | undefined {
  if (omitted.length === 0) return undefined;
  const counts = new Map<Severity, number>();
  for (const f of omitted) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
  const bySeverity = [...SEVERITIES].reverse().filter((s) => counts.has(s)).map((s) => `${counts.get(s)} ${s}`).join(', ');
  return `… and ${plural(omitted.length, 'more finding')} (${bySeverity}), in the run's report (\`task-orchestrator report ${runId}\`, or Export Run (Markdown)).`;
}
