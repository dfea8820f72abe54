import { plural } from '../kernel/format';
import type { CandidatePattern, LearnedPattern, PatternReport } from './discover';
import { describeShape } from './runShape';

/** How patterns read, worked out once for the CLI and the chat: plain text, escaped by whoever renders Markdown. */

/** "3 runs planned as complex, simple; they all name "shipping"; backend; flags DATABASE_INVESTIGATION". */
export function describeCandidate(c: CandidatePattern): string {
  const words = c.words.length > 0 ? `they all name ${c.words.map((w) => `"${w}"`).join(', ')}; ` : '';
  return `${plural(c.runs.length, 'run')} planned as ${c.plannedAs.join(', ')}; ${words}${describeShape(c)}`;
}

/** "learned from" for a run whose request is one of the template's examples, "planned by" for a run planned from it. */
export function relationLabel(relation: LearnedPattern['runs'][number]['relation']): string {
  return relation === 'example' ? 'learned from' : 'planned by';
}

/** The heading of the candidates, with the threshold that made them. */
export function candidatesHeading(report: Pick<PatternReport, 'minRuns'>): string {
  return `Candidate patterns (${report.minRuns} or more completed runs planned as simple or complex, with one shape and subject)`;
}

export function noCandidates(report: Pick<PatternReport, 'minRuns'>): string {
  return `No candidate patterns: no ${report.minRuns} completed runs planned as simple or complex share domains, flags and a subject.`;
}

/** "Looked at 12 completed runs; 4 of them would still be planned as simple or complex." */
export function coverage(report: Pick<PatternReport, 'completedRuns' | 'genericRuns'>): string {
  return `Looked at ${plural(report.completedRuns, 'completed run')}; ${report.genericRuns} of them would still be planned as simple or complex.`;
}
