import { escapeMarkdown } from '../../core/kernel/untrustedText';
import { plural } from '../../core/kernel/format';
import { candidatesHeading, coverage, describeCandidate, noCandidates, relationLabel } from '../../core/patterns/describe';
import type { PatternReport } from '../../core/patterns';
import { REVIEW_LEARNED_TEMPLATE } from '../patterns/ids';

/**
 * `/patterns` in the chat: learned patterns and candidates with the runs behind each, from the
 * core's descriptions (requests are escaped: they are what people typed), and a button per
 * candidate that opens its template in the Refactor Preview.
 */

export function patternsMarkdown(report: PatternReport): string {
  const out: string[] = [];
  if (report.learned.length > 0) {
    out.push('**Learned patterns** (`.orchestrator/templates`)', '');
    for (const p of report.learned) {
      out.push(`- \`${p.templateId}\` — ${escapeMarkdown(p.title)}, ${plural(p.examples, 'example')} (\`${p.file}\`)`);
      for (const run of p.runs) out.push(`  - ${relationLabel(run.relation)} \`${run.runId}\` (${run.status}): ${escapeMarkdown(run.request)}`);
      if (p.runs.length === 0) out.push('  - no runs yet');
    }
    out.push('');
  }
  if (report.candidates.length > 0) {
    out.push(`**${escapeMarkdown(candidatesHeading(report))}**`, '');
    for (const c of report.candidates) {
      out.push(`- \`${c.id}\` — ${escapeMarkdown(describeCandidate(c))}`);
      for (const run of c.runs) out.push(`  - \`${run.runId}\`: ${escapeMarkdown(run.request)}`);
    }
    out.push('', 'A candidate becomes a template only when you apply it in the Refactor Preview.');
  } else {
    out.push(escapeMarkdown(noCandidates(report)));
  }
  out.push('', `*${escapeMarkdown(coverage(report))}*`);
  return `${out.join('\n')}\n\n`;
}

export function patternButtons(report: PatternReport): { command: string; title: string; arguments: unknown[] }[] {
  return report.candidates.map((c) => ({ command: REVIEW_LEARNED_TEMPLATE, title: `Review template ${c.id}`, arguments: [c.id] }));
}
