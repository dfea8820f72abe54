import { compareStrings } from '../kernel/compare';
import { rankSections, type RankedSection } from '../memory/priorWork';
import type { ProjectMemory } from '../memory/types';
import { allStems, containsKeyword, contentStems } from '../memory/words';
import { builtinModel } from './classifier/builtinModel';
import { strongestLabels } from './classifier/decidingWords';
import { workFeatures } from './classifier/linearFeatures';
import type { LinearModel } from './classifier/model';
import { modelScores, readRequest } from './classifier/reading';
import { analyzeText } from './meaning/analysis';
import type { ConceptMatch } from './meaning/concepts';
import type { LeftOutDomain } from './types';
import { workspaceSignals } from './workspaceSignals';

export interface CoordinatorDescription {
  readonly name: string;
  readonly description: string;
  readonly keywords?: readonly string[];
}

export interface IdentifiedDomain {
  readonly name: string;
  /** The signals that named this domain, for the user and the journal. */
  readonly reasons: readonly string[];
}

/**
 * Words that point at a domain when a project memory section uses them. The request itself is read
 * more broadly, by meaning (meaning/domainLexicon.ts); memory is held to these strong words, because a
 * section mentions many things in passing.
 */
export const DOMAIN_KEYWORDS: Readonly<Record<string, readonly string[]>> = {
  backend: ['api', 'endpoint', 'server', 'checkout', 'cart', 'payment', 'handler', 'route', 'search', 'service', 'backend', 'webhook', 'controller', 'middleware'],
  database: ['sql', 'query', 'queries', 'index', 'migration', 'database', 'db', 'postgres', 'postgresql', 'mysql', 'sqlite', 'schema', 'table', 'orm', 'transaction', 'n+1'],
  frontend: ['ui', 'page', 'bundle', 'css', 'react', 'button', 'frontend', 'render', 'component', 'browser', 'layout', 'form', 'client side', 'javascript bundle'],
  infrastructure: ['docker', 'deploy', 'deployment', 'ci', 'kubernetes', 'k8s', 'container', 'infra', 'infrastructure', 'terraform', 'pipeline', 'production', 'outage', 'server down'],
  security: ['security', 'auth', 'authentication', 'authorization', 'injection', 'xss', 'csrf', 'secret', 'vulnerability', 'breach', 'leak', 'password', 'token', 'permission', 'hacked'],
};

/** Description words that say nothing about which requests a coordinator is for. */
const GENERIC_DESCRIPTION_WORDS: ReadonlySet<string> = new Set(
  ['code', 'coordinator', 'review', 'handle', 'file', 'project', 'work', 'domain', 'related', 'issue', 'change', 'anything', 'everything', 'team', 'expert', 'specialist', 'responsible', 'question', 'answer', 'finding', 'report']
    .flatMap((word) => contentStems(word)),
);
const MEMORY_SECTIONS_CONSULTED = 3;

/**
 * A section counts as evidence only when it is clearly about the request: its heading names a request
 * word, or its body shares at least half the request's words (and two or more). Passing mentions
 * ("data access through db.js", "the last production build") otherwise pulled in every domain.
 */
function isAbout({ match }: RankedSection, requestStems: ReadonlySet<string>): boolean {
  if (match.heading.length > 0) return true;
  const shared = match.body.length;
  return shared >= 2 && shared * 2 >= requestStems.size;
}

function descriptionTerms(description: string): string[] {
  const terms = contentStems(description).filter((stem) => stem.length >= 4 && !GENERIC_DESCRIPTION_WORDS.has(stem));
  return [...new Set(terms)];
}

/**
 * Whether a coordinator's keyword says a request is for it. Words about what is wrong ("slow",
 * "error", "outage") say nothing about where, so they route nowhere; and a built-in domain does not
 * claim a word the request lexicon gives to another domain ("login" is the backend's, not security's).
 */
function routesTo(domain: string, keyword: string, builtin: boolean): boolean {
  const meaning = analyzeText(keyword);
  if (meaning.intents.length > 0 || meaning.urgency.some((m) => m.concept !== 'hypothetical')) return false;
  return !builtin || meaning.domains.every((m) => m.concept === domain);
}

/** Domain → keywords, from the built-in lists and the coordinators the user defined. */
export function domainKeywordTable(coordinators: readonly CoordinatorDescription[]): Map<string, { keyword: string; from: string }[]> {
  const table = new Map<string, { keyword: string; from: string }[]>();
  for (const [domain, keywords] of Object.entries(DOMAIN_KEYWORDS)) {
    table.set(domain, keywords.map((keyword) => ({ keyword, from: 'built-in' })));
  }
  const sorted = [...coordinators].sort((a, b) => compareStrings(a.name, b.name));
  for (const coordinator of sorted) {
    const builtin = coordinator.name in DOMAIN_KEYWORDS;
    // Built-in domains already have curated keywords; a description's words would only add noise.
    const own = coordinator.keywords ?? (builtin ? [] : [coordinator.name, ...descriptionTerms(coordinator.description)]);
    const entries = table.get(coordinator.name) ?? [];
    for (const keyword of own) {
      if (!routesTo(coordinator.name, keyword, builtin)) continue;
      if (!entries.some((e) => e.keyword === keyword)) entries.push({ keyword, from: `coordinator ${coordinator.name}` });
    }
    table.set(coordinator.name, entries);
  }
  return table;
}

function addReason(found: Map<string, string[]>, domain: string, reason: string): void {
  const reasons = found.get(domain) ?? [];
  if (!reasons.includes(reason)) reasons.push(reason);
  found.set(domain, reasons);
}

export interface DomainSuggestionInput {
  readonly request: string;
  readonly memory: ProjectMemory;
  readonly coordinators: readonly CoordinatorDescription[];
  /** The trained classifier; the built-in one unless another is given. */
  readonly classifier?: LinearModel;
}

/**
 * The model's probability that a request needs a domain, from which the domain is suggested. Well
 * below even odds on purpose: a domain left out is work nobody looks at, one too many costs a
 * coordinator's look. Set from 5-fold cross-validation on the bank (1447 requests, test set 3
 * included): 0.25 → 0.15 raised domain recall from 92.9 % to 93.8 % (its set-3 part 80.8 → 82.7 %)
 * for 0.08 more domains per request (1.19 → 1.27); 0.1 gave 94.3 % for 1.31, per-domain values no more.
 * Then from leave-one-source-out (npm run bench:classifier -- --groups, 571 requests, 2026-12-01,
 * with the model's l2 raised): 0.15, 0.12 and 0.1 gave 90.2, 91.7 and 93.3 % for 1.40, 1.46 and 1.51
 * extra domains per request; at 0.1 a memory section mentioned in passing adds a domain again.
 * 0.11 since the bank took in blind sets 14 and 15 (8,743 requests, 5-fold CV): recall 98.6 → 98.7 % (+15 requests) for
 * 1.55 → 1.58 extra domains per request; at 0.12 "Review the security of product search" lost its search page (frontend 0.112).
 */
const DOMAIN_PROBABILITY = 0.11;

/**
 * Domains the trained model reads in the request, with the words that made it think so; given the
 * chosen template, read as that kind of work ("customers" in a new feature need a page; in a bug, not
 * necessarily), when the model knows the template.
 */
function modelDomains(request: string, model: LinearModel, templateId?: string): [string, string][] {
  const reading = readRequest(request);
  const asWork = templateId !== undefined && model.knowsTemplate(templateId);
  const scores = asWork ? model.score(new Map([...reading.features, ...workFeatures(templateId, reading.analysis)])) : modelScores(model, request);
  return [...scores.domains]
    .filter(([, p]) => p >= DOMAIN_PROBABILITY)
    .map(([domain, p]) => {
      const words = strongestLabels(reading, scores.contributions(domain));
      return [domain, `request: reads as ${domain} work${asWork ? ` for ${templateId}` : ''} (${p.toFixed(2)}${words.length > 0 ? `: ${words.join(', ')}` : ''})`];
    });
}

/** How a domain word of the request reads in a reason: its own words, and what a typo was read as. */
function requestReason(match: ConceptMatch): string {
  if (match.how === 'typo') return `request: "${match.words}" (read as "${match.term}")`;
  if (match.how === 'compound') return `request: "${match.words}" (contains "${match.term}")`;
  return `request: "${match.words}"`;
}

/**
 * Domains the request itself points at: what it is about (browser and pages → frontend, tables and
 * queries → database, …, in any of the languages the classifier reads), the keywords and descriptions
 * of the user's coordinators, and the project memory sections most related to it.
 */
export function suggestDomains(input: DomainSuggestionInput): Map<string, string[]> {
  const table = domainKeywordTable(input.coordinators);
  const domains = [...table.keys()].sort(compareStrings);
  const found = new Map<string, string[]>();
  for (const match of analyzeText(input.request).domains) addReason(found, match.concept, requestReason(match));
  for (const [domain, reason] of modelDomains(input.request, input.classifier ?? builtinModel())) addReason(found, domain, reason);
  const requestStems = allStems(input.request);
  for (const domain of domains) {
    for (const { keyword, from } of table.get(domain) ?? []) {
      if (from === 'built-in' || !containsKeyword(requestStems, keyword)) continue;
      addReason(found, domain, `request: "${keyword}" (${from})`);
    }
  }
  const requestContent = new Set(contentStems(input.request));
  const related = rankSections(input.memory, input.request)
    .filter((ranked) => isAbout(ranked, requestContent))
    .slice(0, MEMORY_SECTIONS_CONSULTED);
  for (const { section } of related) {
    const sectionStems = allStems(`${section.heading}\n${section.body}`);
    for (const domain of domains) {
      const hit = (table.get(domain) ?? []).find(({ keyword }) => containsKeyword(sectionStems, keyword));
      if (hit) addReason(found, domain, `memory: ${section.file} › ${section.heading} mentions "${hit.keyword}"`);
    }
  }
  return found;
}

export interface DomainIdentificationInput extends DomainSuggestionInput {
  readonly files: readonly string[];
  /** Domains the chosen template always involves, and the template's id for the reason. */
  readonly include?: readonly string[];
  /** Domains the chosen template looks at only when named or on a coordinator's evidence: its kind of work does not add them. */
  readonly onEvidence?: readonly string[];
  readonly templateId?: string;
}

/** Domains that are parts of a system and need its code; security and the user's own coordinators apply to any. */
const CODE_DOMAINS: ReadonlySet<string> = new Set(['backend', 'database', 'frontend', 'infrastructure']);

export interface DomainIdentification {
  /** The domains to delegate to, each with its reasons, sorted by name. */
  readonly domains: IdentifiedDomain[];
  /** Domains named but not delegated, because the workspace has no code for them. */
  readonly leftOut: LeftOutDomain[];
}

/**
 * The domains to delegate to. A part of the system the workspace does not have (a frontend in an API
 * project) is left out and named as such; when the file list says nothing about any domain, nothing
 * is left out, as there is nothing to go on.
 */
export function identifyDomains(input: DomainIdentificationInput, suggested = suggestDomains(input)): DomainIdentification {
  const found = new Map([...suggested].map(([domain, reasons]) => [domain, [...reasons]]));
  if (input.templateId !== undefined) {
    // Read as the chosen kind of work: it may add a domain (not one the template leaves to evidence), and it says more than the
    // first reading, which it replaces.
    for (const [domain, reason] of modelDomains(input.request, input.classifier ?? builtinModel(), input.templateId)) {
      if (!found.has(domain) && input.onEvidence?.includes(domain)) continue;
      const reasons = found.get(domain)?.filter((r) => !r.startsWith(`request: reads as ${domain} work (`));
      if (reasons) found.set(domain, reasons);
      addReason(found, domain, reason);
    }
  }
  const signals = workspaceSignals(input.files);
  const leftOut: LeftOutDomain[] = [];
  for (const domain of input.include ?? []) {
    // A template's infrastructure is looked at where there is some (containers, compose files, CI
    // workflows, deployment code), even when the file list says nothing about the other domains.
    if (domain === 'infrastructure' && !signals.infrastructure && !found.has(domain)) {
      leftOut.push({ name: domain, reason: 'the workspace has no infrastructure code' });
      continue;
    }
    addReason(found, domain, `template${input.templateId ? ` ${input.templateId}` : ''} always involves ${domain}`);
  }
  if (Object.keys(signals).length > 0) {
    for (const domain of [...found.keys()].sort(compareStrings)) {
      if (!CODE_DOMAINS.has(domain) || signals[domain]) continue;
      found.delete(domain);
      leftOut.push({ name: domain, reason: `the workspace has no ${domain} code` });
    }
  }
  if (found.size === 0) {
    // Nothing named a domain the workspace has: ask the one with the most code rather than no one.
    const withCode = Object.keys(signals).sort((a, b) => signals[b].length - signals[a].length || compareStrings(a, b));
    const fallback = withCode[0] ?? 'backend';
    addReason(found, fallback, leftOut.length > 0 ? 'fallback: the domains the request names have no code here' : 'fallback: the request names no domain');
  }
  for (const [domain, reasons] of found) {
    for (const reason of signals[domain] ?? []) if (!reasons.includes(reason)) reasons.push(reason);
  }
  const domains = [...found.keys()].sort(compareStrings).map((name) => ({ name, reasons: found.get(name) as string[] }));
  return { domains, leftOut: leftOut.sort((a, b) => compareStrings(a.name, b.name)) };
}
