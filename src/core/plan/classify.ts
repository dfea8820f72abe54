import { compareStrings } from '../kernel/compare';
import { allStems, containsKeyword, words } from '../memory/words';
import type { MatchRule, Template } from './templateSchema';

export interface ClassificationContext {
  /** The normalized request (case kept). */
  readonly request: string;
  /** How many domains the request, memory or coordinators named. */
  readonly domainCount: number;
}

export interface TemplateMatch {
  readonly template: Template;
  readonly matchedRule: string;
}

export class PlanningError extends Error {
  override readonly name = 'PlanningError';
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** Higher precedence first, then id: the order templates are tried in. */
export function templatesInOrder(templates: readonly Template[]): Template[] {
  return [...templates].sort((a, b) => b.precedence - a.precedence || compareStrings(a.id, b.id));
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

/** The first template, in precedence order, whose rule matches the request. */
export function matchTemplate(templates: readonly Template[], context: ClassificationContext): TemplateMatch {
  const stems = allStems(context.request);
  const wordCount = words(context.request).length;
  for (const template of templatesInOrder(templates)) {
    if (template.match === undefined) return { template, matchedRule: 'fallback: no other template matched' };
    const rules = Array.isArray(template.match) ? template.match : [template.match];
    for (const rule of rules) {
      const why = ruleMatch(rule, stems, wordCount, context);
      if (why !== undefined) return { template, matchedRule: why };
    }
  }
  throw new PlanningError(
    'No checklist template matched this request and none is a fallback. Keep a template without `match` (the built-in "simple" one) among the templates.',
  );
}
