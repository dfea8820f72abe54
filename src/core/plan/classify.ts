import { compareStrings } from '../kernel/compare';
import { allStems, containsKeyword, words } from '../memory/words';
import { exampleIndexFor, type TemplateSimilarity } from './classifier/exampleIndex';
import { readUrgency, type UrgencyReading } from './classifier/urgency';
import { analyzeText } from './meaning/analysis';
import type { MatchRule, Template } from './templateSchema';
import type { Classification, ClassificationBasis, ExampleEvidence, ModelTemplateChoice, TemplateScore } from './types';

export interface ClassificationContext {
  /** The normalized request (case kept). */
  readonly request: string;
  /** How many domains the request, memory or coordinators named. */
  readonly domainCount: number;
  /** A template id the user chose (`--template`): it wins, and the plan says what the classifier would have picked. */
  readonly override?: string;
  /** The model's pick when the classifier was unsure; used only if it names a template. */
  readonly modelChoice?: ModelTemplateChoice;
}

export interface TemplateMatch {
  readonly template: Template;
  readonly classification: Classification;
}

export class PlanningError extends Error {
  override readonly name = 'PlanningError';
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** Below this the nearest examples are not near at all: the fallback template is chosen. */
export const MIN_SIMILARITY = 0.06;
/** Confidence below this is reported as low, and the model may be asked. */
export const LOW_CONFIDENCE = 0.3;
/** A best score this high counts as a clear resemblance; lower ones lower the confidence. */
export const CLEAR_SIMILARITY = 0.3;
/** A possible incident (signals too weak to decide) moves emergency templates up by this much per point. */
const POSSIBLE_INCIDENT_BOOST = 0.04;
const EXAMPLES_SHOWN = 3;

/** Higher precedence first, then id: the order templates are tried in. */
export function templatesInOrder(templates: readonly Template[]): Template[] {
  return [...templates].sort((a, b) => b.precedence - a.precedence || compareStrings(a.id, b.id));
}

/** A template chosen when nothing else is near: marked `fallback`, or one with neither rules nor examples. */
export function isFallback(template: Template): boolean {
  return template.fallback ?? (template.match === undefined && template.examples === undefined);
}

/** Why `rule` matches, or undefined when it does not. Every condition present must hold. */
function ruleMatch(rule: MatchRule, stems: readonly string[], wordCount: number, context: ClassificationContext): string | undefined {
  const why: string[] = [];
  if (rule.anyKeywords) {
    const hit = rule.anyKeywords.find((keyword) => containsKeyword(stems, keyword));
    if (hit === undefined) return undefined;
    why.push(`keyword: ${hit}`);
  }
  if (rule.allKeywords) {
    if (!rule.allKeywords.every((keyword) => containsKeyword(stems, keyword))) return undefined;
    why.push(`keywords: ${rule.allKeywords.join(', ')}`);
  }
  if (rule.regex !== undefined) {
    if (!new RegExp(rule.regex, 'iu').test(context.request)) return undefined;
    why.push(`regex: /${rule.regex}/`);
  }
  if (rule.minDomains !== undefined) {
    if (context.domainCount < rule.minDomains) return undefined;
    why.push(`domains: ${context.domainCount} ≥ ${rule.minDomains}`);
  }
  if (rule.minWords !== undefined) {
    if (wordCount < rule.minWords) return undefined;
    why.push(`words: ${wordCount} ≥ ${rule.minWords}`);
  }
  return why.join(' + ');
}

function matchingRule(template: Template, stems: readonly string[], wordCount: number, context: ClassificationContext): string | undefined {
  if (template.match === undefined) return undefined;
  const rules = Array.isArray(template.match) ? template.match : [template.match];
  for (const rule of rules) {
    const why = ruleMatch(rule, stems, wordCount, context);
    if (why !== undefined) return why;
  }
  return undefined;
}

/** Similarity per template, with a possible incident nudging emergency templates up; best first, ties by precedence then id. */
function similarityScores(templates: readonly Template[], request: string, urgency: UrgencyReading): TemplateSimilarity[] {
  const withExamples = templates.filter((t) => (t.examples?.length ?? 0) > 0);
  if (withExamples.length === 0) return [];
  const index = exampleIndexFor(withExamples.map((t) => ({ templateId: t.id, examples: t.examples ?? [] })));
  const boost = urgency.level === 'possible' ? Math.round(urgency.score * POSSIBLE_INCIDENT_BOOST * 10_000) / 10_000 : 0;
  const byId = new Map(templates.map((t) => [t.id, t]));
  return index
    .score(request)
    .map((s) => (boost > 0 && byId.get(s.templateId)?.class === 'emergency' ? { ...s, score: Math.round((s.score + boost) * 10_000) / 10_000 } : s))
    .sort((a, b) => b.score - a.score || (byId.get(b.templateId)?.precedence ?? 0) - (byId.get(a.templateId)?.precedence ?? 0) || compareStrings(a.templateId, b.templateId));
}

/** 0–1: the winner's lead over the runner-up, relative to its score, damped when nothing is clearly near. */
function confidenceOf(best: number, second: number): number {
  if (best <= 0) return 0;
  const lead = (best - second) / best;
  const closeness = Math.min(1, best / CLEAR_SIMILARITY);
  return Math.round(Math.min(1, lead * 2) * closeness * 100) / 100;
}

interface LocalDecision {
  readonly template: Template;
  readonly basis: Extract<ClassificationBasis, 'incident' | 'rule' | 'examples' | 'fallback'>;
  readonly why: string;
  readonly confidence: number;
  readonly signals: readonly string[];
}

function decideLocally(templates: readonly Template[], context: ClassificationContext, scores: readonly TemplateSimilarity[], urgency: UrgencyReading): LocalDecision {
  const stems = allStems(context.request);
  const wordCount = words(context.request).length;
  const incidentSignals = urgency.signals.map((s) => `incident signal: ${s}`);
  // Decisive first, in precedence order: an incident for an emergency template, or a template's own rule.
  for (const template of templatesInOrder(templates)) {
    if (template.class === 'emergency' && urgency.level === 'incident') {
      return { template, basis: 'incident', why: `incident: ${urgency.signals.join(', ')}`, confidence: Math.min(1, Math.round((urgency.score / 3) * 100) / 100), signals: incidentSignals };
    }
    const rule = matchingRule(template, stems, wordCount, context);
    if (rule !== undefined) return { template, basis: 'rule', why: `rule: ${rule}`, confidence: 1, signals: [...incidentSignals, `rule of ${template.id}: ${rule}`] };
  }
  const byId = new Map(templates.map((t) => [t.id, t]));
  // Resembling an incident's wording is not enough without a single sign of one: a false alarm costs a postmortem.
  const eligible = scores.filter((s) => urgency.level !== 'none' || byId.get(s.templateId)?.class !== 'emergency');
  const best = eligible[0];
  const setAside = scores[0] !== undefined && scores[0] !== best ? [`${scores[0].templateId} set aside: no sign of an incident`] : [];
  if (best && best.score >= MIN_SIMILARITY) {
    const template = byId.get(best.templateId) as Template;
    const nearest = best.nearest.map((h) => `"${h.example}"`).join(', ');
    return { template, basis: 'examples', why: `nearest examples: ${nearest}`, confidence: confidenceOf(best.score, eligible[1]?.score ?? 0), signals: [...incidentSignals, ...setAside] };
  }
  const fallback = templatesInOrder(templates).find(isFallback);
  if (!fallback) {
    throw new PlanningError(
      'No checklist template is near this request and none is a fallback. Keep a template with `fallback: true` (the built-in "simple" one) among the templates.',
    );
  }
  return { template: fallback, basis: 'fallback', why: 'fallback: no template has examples near this request', confidence: 0, signals: [...incidentSignals, ...setAside] };
}

function findTemplate(templates: readonly Template[], id: string, what: string): Template {
  const template = templates.find((t) => t.id === id);
  if (!template) {
    throw new PlanningError(`${what} '${id}' is not a template. Known templates: ${templates.map((t) => t.id).sort(compareStrings).join(', ')}.`);
  }
  return template;
}

/**
 * The template for a request, and why. Pure: the same request, context and templates give the same
 * classification on every machine (scores are rounded before they are compared, and ties go to the
 * higher precedence, then the lower id).
 */
export function matchTemplate(templates: readonly Template[], context: ClassificationContext): TemplateMatch {
  const analysis = analyzeText(context.request);
  const urgency = readUrgency(context.request, analysis);
  const scores = similarityScores(templates, context.request, urgency);
  const local = decideLocally(templates, context, scores, urgency);
  const lowConfidence = local.basis === 'fallback' || (local.basis === 'examples' && local.confidence < LOW_CONFIDENCE);

  let chosen = local.template;
  let basis: ClassificationBasis = local.basis;
  let why = local.why;
  const signals = [...local.signals];
  if (context.override !== undefined) {
    chosen = findTemplate(templates, context.override, 'The template asked for');
    basis = 'override';
    why = `--template ${chosen.id} (the classifier chose ${local.template.id})`;
    signals.push(`chosen by the user: --template ${chosen.id}`);
  } else if (context.modelChoice?.outcome === 'chosen' && context.modelChoice.templateId !== undefined && lowConfidence) {
    const byModel = templates.find((t) => t.id === context.modelChoice?.templateId);
    if (byModel) {
      chosen = byModel;
      basis = 'model';
      why = `${context.modelChoice.note} (the classifier was unsure between ${local.template.id} and ${scores.find((s) => s.templateId !== local.template.id)?.templateId ?? 'none'})`;
    }
  }

  if (context.modelChoice && basis !== 'model') signals.push(context.modelChoice.note);

  const runnerUp: TemplateScore | undefined = scores.find((s) => s.templateId !== chosen.id);
  const alternative = chosen.id !== local.template.id ? local.template.id : runnerUp?.templateId;
  const examples: ExampleEvidence[] = [
    ...(scores.find((s) => s.templateId === chosen.id)?.nearest ?? []).slice(0, EXAMPLES_SHOWN),
    ...(runnerUp ? (scores.find((s) => s.templateId === runnerUp.templateId)?.nearest ?? []).slice(0, 1) : []),
  ];
  const classification: Classification = {
    requestClass: chosen.class,
    templateId: chosen.id,
    templateVersion: chosen.version,
    matchedRule: why,
    explanation: {
      basis,
      confidence: local.confidence,
      // The user chose: nothing to be unsure about, nothing more to offer.
      lowConfidence: lowConfidence && basis !== 'override',
      ...(runnerUp ? { runnerUp: { templateId: runnerUp.templateId, score: runnerUp.score } } : {}),
      ...(alternative !== undefined ? { alternative } : {}),
      scores: scores.map((s) => ({ templateId: s.templateId, score: s.score })),
      examples,
      signals,
      urgency: urgency.level,
      ...(chosen.id !== local.template.id ? { localChoice: local.template.id } : {}),
      ...(context.modelChoice ? { model: context.modelChoice } : {}),
    },
  };
  return { template: chosen, classification };
}
