import { CLEAR_SIMILARITY, MIN_PROBABILITY } from './classifier/thresholds';
import type { Checklist, Classification, ClassificationExplanation } from './types';

/**
 * How a plan's template choice reads, worked out once for every surface (CLI, chat, task tree,
 * audit): plain text, to be escaped by whoever renders it as Markdown.
 */
export interface ClassificationSummary {
  /** "bug_fix@1.1.0, confidence 0.72; runner-up simple (0.31 against 0.64)": the runner-up's score, then the chosen one's. */
  readonly headline: string;
  /** Present when the classifier was unsure: what to tell the user and which template to offer. */
  readonly lowConfidence?: { readonly message: string; readonly alternative?: string };
  /** Why, one reason a line: the examples it resembled, the signals read, what the model said. */
  readonly reasons: readonly string[];
  /** How strongly the request resembles the chosen template's examples, when examples decided (or nothing did). */
  readonly match?: { readonly strength: MatchStrength; readonly score: number };
}

/** `clear`: its nearest examples are clearly alike; `weak`: the nearest there are, but not clearly; `none`: no template's examples are near. */
export type MatchStrength = 'clear' | 'weak' | 'none';

const score = (value: number) => value.toFixed(2);

export function summarizeClassification(c: Classification): ClassificationSummary {
  const e = c.explanation;
  if (!e) return { headline: `${c.templateId}@${c.templateVersion}`, reasons: [c.matchedRule] };
  // Both scores, so a runner-up that scores higher (a template set aside: an incident with no sign of one) reads as such.
  const own = e.scores.find((s) => s.templateId === c.templateId);
  const runnerUp = e.runnerUp ? `; runner-up ${e.runnerUp.templateId} (${score(e.runnerUp.score)}${own ? ` against ${score(own.score)}` : ''})` : '';
  const how: Record<typeof e.basis, string> = {
    override: 'chosen with --template',
    model: 'chosen by the model',
    incident: 'an incident',
    rule: "the template's own rule",
    examples: `confidence ${score(e.confidence)}`,
    fallback: 'no template is near',
  };
  const headline = `${c.templateId}@${c.templateVersion}, ${how[e.basis]}${runnerUp}`;
  const reasons: string[] = [];
  const chosen = e.examples.filter((x) => x.templateId === c.templateId);
  if (chosen.length > 0) reasons.push(`resembles ${chosen.map((x) => `"${x.example}" (${score(x.similarity)})`).join(', ')}`);
  const other = e.examples.find((x) => x.templateId !== c.templateId);
  if (other) reasons.push(`nearest ${other.templateId} example: "${other.example}" (${score(other.similarity)})`);
  const match = matchOf(c.templateId, e);
  if (match?.strength === 'weak') {
    reasons.push(`matches no template well: its nearest examples are ${score(match.score)} alike (a clear match is ${score(CLEAR_SIMILARITY)} or more)`);
  } else if (match?.strength === 'none') {
    reasons.push(`matches no template: none fits clearly (the best has a ${score(match.score)} share, under ${score(MIN_PROBABILITY)}); planned from the fallback template`);
  }
  reasons.push(...e.signals);
  if (e.model) reasons.push(e.model.note);
  if (e.localChoice && e.basis === 'override') reasons.push(`the classifier would have chosen ${e.localChoice}`);
  const alternative = e.alternative;
  const lowConfidence = e.lowConfidence
    ? {
      message: e.basis === 'model'
        ? `The classifier was unsure (confidence ${score(e.confidence)}); the model chose ${c.templateId}.`
        : `Low confidence (${score(e.confidence)}): this request could also be ${alternative ?? 'another template'}.`,
      ...(alternative !== undefined ? { alternative } : {}),
    }
    : undefined;
  return { headline, ...(lowConfidence ? { lowConfidence } : {}), reasons, ...(match ? { match } : {}) };
}

/** Only a choice made by resemblance has a strength: a rule, an incident, the user or the model decided otherwise. */
function matchOf(templateId: string, e: ClassificationExplanation): ClassificationSummary['match'] {
  if (e.basis === 'fallback') return { strength: 'none', score: e.scores[0]?.score ?? 0 };
  if (e.basis !== 'examples') return undefined;
  // How alike the chosen template's nearest examples are (the scores are the classifier's probabilities, not resemblance).
  const nearest = e.examples.filter((x) => x.templateId === templateId);
  const alike = nearest.length === 0 ? 0 : Math.round((nearest.reduce((sum, x) => sum + x.similarity, 0) / nearest.length) * 100) / 100;
  return { strength: alike >= CLEAR_SIMILARITY ? 'clear' : 'weak', score: alike };
}

/** "database (the workspace has no database code)", for the plan's domain line. */
export function describeLeftOutDomains(checklist: Pick<Checklist, 'leftOutDomains'>): string | undefined {
  const leftOut = checklist.leftOutDomains ?? [];
  return leftOut.length === 0 ? undefined : leftOut.map((d) => `${d.name} (${d.reason})`).join(', ');
}

/** The plan's classification as plain text lines, for the CLI and anything else that prints text. */
export function classificationLines(checklist: Pick<Checklist, 'classification' | 'domains' | 'leftOutDomains' | 'priority'>, request: string, command = 'task-orchestrator plan'): string[] {
  const summary = summarizeClassification(checklist.classification);
  const lines = [`Template ${summary.headline}${checklist.priority === 'critical' ? ', priority critical' : ''}`];
  for (const reason of summary.reasons) lines.push(`  · ${reason}`);
  if (summary.lowConfidence) {
    lines.push(`  ⚠ ${summary.lowConfidence.message}`);
    if (summary.lowConfidence.alternative) lines.push(`    Plan it as ${summary.lowConfidence.alternative}: ${command} --template ${summary.lowConfidence.alternative} ${JSON.stringify(request)}`);
  }
  const leftOut = describeLeftOutDomains(checklist);
  lines.push(`Domains: ${checklist.domains.join(', ') || 'none'}${leftOut ? `; left out: ${leftOut}` : ''}`);
  return lines;
}
