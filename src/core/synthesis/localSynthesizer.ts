import { ZERO_USAGE } from '../model/port';
import type { Synthesizer } from '../run/ports';
import { failedDomains, type RunState } from '../run/state';
import { bySeverity, findingsByDomain, where } from './findings';
import { plural } from '../kernel/format';

/** The answer assembled from the findings alone: what a user gets with no model. */
export class LocalSynthesizer implements Synthesizer {
  async synthesize(state: RunState): Promise<{ text: string; usage: typeof ZERO_USAGE }> {
    return { text: renderLocalSynthesis(state), usage: ZERO_USAGE };
  }
}

export function renderLocalSynthesis(state: RunState): string {
  const domains = findingsByDomain(state);
  const all = domains.flatMap((d) => d.findings.map((f) => ({ coordinator: d.coordinator, finding: f })));
  const lines: string[] = [];
  const names = domains.map((d) => d.coordinator);
  lines.push(`**${state.request}** — ${plural(all.length, 'finding')} from ${names.length > 0 ? names.join(', ') : 'no coordinator'}${state.mode === 'local' ? ' (local analysis, no model)' : ''}.`);
  const missing = failedDomains(state);
  if (missing.length > 0) {
    lines.push('', `**Incomplete:** ${missing.map((f) => f.coordinator).join(', ')} could not report, so this answer says nothing about ${missing.length === 1 ? 'that domain' : 'those domains'}.`);
  }
  for (const d of domains) {
    lines.push('', `### ${capitalize(d.coordinator)}`, d.summary);
    for (const f of [...d.findings].sort(bySeverity)) {
      lines.push(`- **[${f.severity}] ${f.title}**${where(f) ? ` (\`${where(f)}\`)` : ''} — ${f.detail}`);
    }
  }
  if (state.flags.length > 0) {
    lines.push('', '### Flags');
    for (const f of state.flags) lines.push(`- ${f.record.type} from ${f.record.raisedBy.coordinator}: ${f.status}${f.note ? ` — ${f.note}` : ''}`);
  }
  const top = [...all].sort((a, b) => bySeverity(a.finding, b.finding)).slice(0, 5);
  if (top.length > 0) {
    lines.push('', '### What to do first');
    top.forEach(({ coordinator, finding }, i) => lines.push(`${i + 1}. ${finding.title} (${coordinator}${where(finding) ? `, ${where(finding)}` : ''})`));
  }
  const failed = state.tasks.filter((t) => t.status === 'failed');
  if (failed.length > 0) {
    lines.push('', '### Not done', ...failed.map((t) => `- ${t.spec.id}. ${t.spec.title}: ${t.failure?.message}`));
  }
  return lines.join('\n');
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
