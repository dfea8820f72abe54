import { ZERO_USAGE } from '../model/port';
import type { Synthesizer } from '../run/ports';
import { runTitle } from '../run/display';
import { failedDomains, type RunState } from '../run/state';
import { escapeMarkdown } from '../kernel/untrustedText';
import { safeInlineMarkdown } from '../kernel/safeMarkdown';
import { evidenceMarkdown } from '../run/evidence';
import { findingsByDomain, mergeFindings, type MergedFinding } from './findings';
import { omittedLine, scopeForAnswer } from './answerScope';
import { plural } from '../kernel/format';

/** The answer assembled from the findings alone: what a user gets with no model. */
export class LocalSynthesizer implements Synthesizer {
  async synthesize(state: RunState): Promise<{ text: string; usage: typeof ZERO_USAGE }> {
    return { text: renderLocalSynthesis(state), usage: ZERO_USAGE };
  }
}

/**
 * Each finding once, those the workspace backs first, then most severe first (the order to work in), with every coordinator that saw
 * it; then what the flags led to and what was not done. The request is named by its title only.
 */
export function renderLocalSynthesis(state: RunState): string {
  const findings = mergeFindings(state);
  const coordinators = [...new Set(state.tasks.filter((t) => t.delegation?.status === 'completed').map((t) => t.delegation!.coordinator))];
  const from = coordinators.length > 0 ? coordinators.join(', ') : 'no coordinator';
  const local = state.mode === 'local' ? ' (local analysis, no model)' : '';
  const lines = [`**${escapeMarkdown(runTitle(state.request))}** — ${plural(findings.length, 'finding')} from ${from}${local}${findings.length > 1 ? ', most severe first:' : '.'}`];
  const missing = failedDomains(state);
  if (missing.length > 0) {
    lines.push('', `**Incomplete:** ${missing.map((f) => f.coordinator).join(', ')} could not report, so this answer says nothing about ${missing.length === 1 ? 'that domain' : 'those domains'}.`);
  }
  if (findings.length === 0 && state.mode === 'local') lines.push('', ...nothingFoundLines(state));
  const scope = scopeForAnswer(findings);
  if (findings.length > 0) lines.push('', ...scope.detailed.map((f, i) => findingLines(f, i + 1)));
  if (scope.listed.length > 0) lines.push('', '**Also found**', '', ...scope.listed.map((f, i) => briefLine(f, scope.detailed.length + i + 1)));
  const omitted = omittedLine(scope.omitted, state.runId);
  if (omitted) lines.push('', omitted);
  const flags = state.flags.filter((f) => f.note);
  if (flags.length > 0) lines.push('', '**Flags**', '', ...flags.map((f) => `- ${escapeMarkdown(f.note ?? '')}`));
  const failed = state.tasks.filter((t) => t.status === 'failed');
  if (failed.length > 0) lines.push('', '**Not done**', '', ...failed.map((t) => `- ${t.spec.id}. ${escapeMarkdown(t.spec.title)}: ${escapeMarkdown(t.failure?.message ?? '')}`));
  return lines.join('\n');
}

/**
 * No finding from the local checks is not a clean bill: they look for known patterns only. The
 * answer says so and lists what ran, from each coordinator's summary, so "0 findings" is not read as
 * "nothing is wrong".
 */
function nothingFoundLines(state: RunState): string[] {
  const ran = findingsByDomain(state).map((d) => `- ${escapeMarkdown(d.summary)}`);
  return [
    'The local checks found none of the problems they look for. They match known patterns and do not read the code as a model does, so this does not mean there is nothing to find. What ran:',
    '',
    ...ran,
    '',
    'With a model (an Anthropic API key, or a chat model in VS Code) the coordinators read the code the request is about.',
  ];
}

/** Its locations as code, never links; an unverified one says so and why (it ranks last). */
function findingLines(f: MergedFinding, n: number): string {
  return `${briefLine(f, n)}\n   ${safeInlineMarkdown(f.detail.replace(/\s*\n\s*/g, ' '))}`;
}

/** "3. **[medium] Title** — `file:line` · database": a finding named, without its detail; an unverified location says so. */
function briefLine(f: MergedFinding, n: number): string {
  const at = f.evidence.length > 0 ? ` — ${f.evidence.map(evidenceMarkdown).join(', ')}` : '';
  return `${n}. **[${f.severity}] ${escapeMarkdown(f.title)}**${at} · ${f.coordinators.join(', ')}`;
}
