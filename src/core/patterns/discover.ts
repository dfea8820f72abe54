import { join, relative, sep } from 'node:path';
import { compareStrings } from '../kernel/compare';
import { matchTemplate } from '../plan/classify';
import { normalizeText } from '../memory/words';
import type { Template } from '../plan/templateSchema';
import type { RequestClass } from '../plan/types';
import { proposeTemplate, type TemplateProposal } from './proposal';
import type { RunShape } from './runShape';
import { subjectStems, surfaceWord } from './subjectWords';

/**
 * Finds recurring kinds of work in finished runs. Runs the templates could only call "simple" or
 * "complex", that were delegated to the same domains, raised the same flags and keep naming the
 * same subject, are a kind of work the project has: at `minRuns` of them, a template for it is
 * proposed, with their requests as its examples. Pure: the same runs and templates give the same
 * report on every machine.
 */

export const DEFAULT_MIN_RUNS = 3;
/** Classes that say only how big a request is, not what kind of work it is. */
const GENERIC_CLASSES: ReadonlySet<RequestClass> = new Set(['simple', 'complex']);

export interface PatternRun {
  readonly runId: string;
  readonly request: string;
  readonly startedAt: string;
  readonly status: RunShape['status'];
  /** The template the run was planned from. */
  readonly templateId: string;
}

/** Runs that share a shape and a subject, and the template proposed for them. */
export interface CandidatePattern {
  /** The id the proposed template gets, unique among the templates. */
  readonly id: string;
  /** The subject words every one of its runs names, strongest first, as written. */
  readonly words: readonly string[];
  readonly domains: readonly string[];
  readonly flags: readonly string[];
  /** The generic templates its runs were planned from. */
  readonly plannedAs: readonly string[];
  /** Oldest first. */
  readonly runs: readonly PatternRun[];
  readonly proposal: TemplateProposal;
}

/** A pattern template of the workspace and the runs behind it. */
export interface LearnedPattern {
  readonly templateId: string;
  readonly title: string;
  /** Workspace-relative, forward slashes. */
  readonly file: string;
  readonly examples: number;
  /** `example`: the run's request is one of its examples (what it was learned from); `planned`: planned from it. Oldest first. */
  readonly runs: readonly (PatternRun & { readonly relation: 'example' | 'planned' })[];
}

export interface PatternReport {
  /** The workspace folder whose runs and templates these are: where a proposal is saved. */
  readonly workspaceRoot: string;
  readonly minRuns: number;
  readonly learned: readonly LearnedPattern[];
  readonly candidates: readonly CandidatePattern[];
  /** Completed runs looked at, and how many of them the templates could only call simple or complex. */
  readonly completedRuns: number;
  readonly genericRuns: number;
}

export interface DiscoveryInput {
  readonly runs: readonly RunShape[];
  readonly templates: readonly Template[];
  readonly workspaceRoot: string;
  /** Runs of one shape and subject it takes to propose a template (at least 2). */
  readonly minRuns?: number;
}

export function discoverPatterns(input: DiscoveryInput): PatternReport {
  const minRuns = Math.max(2, Math.floor(input.minRuns ?? DEFAULT_MIN_RUNS));
  const completed = input.runs.filter((r) => r.status === 'completed');
  const generic = completed.filter((r) => isGeneric(r, input.templates));
  const byShape = new Map<string, RunShape[]>();
  for (const run of [...generic].sort(byStart)) {
    const key = JSON.stringify([run.domains, run.flags]);
    byShape.set(key, [...(byShape.get(key) ?? []), run]);
  }
  const taken = new Set(input.templates.map((t) => t.id));
  const candidates: CandidatePattern[] = [];
  for (const key of [...byShape.keys()].sort(compareStrings)) {
    for (const group of subjectGroups(byShape.get(key) ?? [], minRuns)) {
      const candidate = toCandidate(group, input.templates, taken);
      taken.add(candidate.id);
      candidates.push(candidate);
    }
  }
  return {
    workspaceRoot: input.workspaceRoot,
    minRuns,
    learned: learnedPatterns(input),
    candidates: candidates.sort((a, b) => b.runs.length - a.runs.length || compareStrings(a.id, b.id)),
    completedRuns: completed.length,
    genericRuns: generic.length,
  };
}

/**
 * Planned from a generic template, and still so with today's templates: a run whose request an
 * applied pattern (or any other template since) now claims is no longer a candidate.
 */
function isGeneric(run: RunShape, templates: readonly Template[]): boolean {
  if (!GENERIC_CLASSES.has(run.requestClass)) return false;
  const now = matchTemplate(templates, { request: normalizeText(run.request), domainCount: run.domains.length });
  return GENERIC_CLASSES.has(now.template.class);
}

interface SubjectGroup {
  readonly runs: readonly RunShape[];
  /** Stems every run names, strongest first. */
  readonly stems: readonly string[];
}

/**
 * Runs of one shape, grouped by the subject they share: the stem named by the most runs goes
 * first (ties: code-unit order), its runs become one group, and the rest are grouped again. Each
 * run lands in one group at most.
 */
function subjectGroups(runs: readonly RunShape[], minRuns: number): SubjectGroup[] {
  const subjects = new Map(runs.map((r) => [r.runId, new Set(subjectStems(r.request))]));
  const groups: SubjectGroup[] = [];
  let pool = [...runs];
  for (;;) {
    const naming = new Map<string, RunShape[]>();
    for (const run of pool) for (const stem of subjects.get(run.runId) ?? []) naming.set(stem, [...(naming.get(stem) ?? []), run]);
    const [best] = [...naming]
      .filter(([, named]) => named.length >= minRuns)
      .sort(([a, x], [b, y]) => y.length - x.length || compareStrings(a, b));
    if (!best) return groups;
    const [stem, members] = best;
    const shared = [...(subjects.get(members[0].runId) ?? [])].filter((s) => members.every((m) => subjects.get(m.runId)?.has(s)));
    groups.push({ runs: members, stems: [stem, ...shared.filter((s) => s !== stem)] });
    const grouped = new Set(members.map((m) => m.runId));
    pool = pool.filter((r) => !grouped.has(r.runId));
  }
}

function toCandidate(group: SubjectGroup, templates: readonly Template[], taken: ReadonlySet<string>): CandidatePattern {
  const requests = group.runs.map((r) => r.request);
  const words = group.stems.map((s) => surfaceWord(s, requests));
  const { domains, flags } = group.runs[0];
  const plannedAs = [...new Set(group.runs.map((r) => r.templateId))].sort(compareStrings);
  const id = uniqueId(`learned-${slug(words.slice(0, 2).join('-')) || slug(domains.join('-')) || 'pattern'}`, taken);
  const runs = group.runs.map(patternRun);
  const base = baseTemplate(group.runs, templates);
  return { id, words, domains, flags, plannedAs, runs, proposal: proposeTemplate({ id, words, domains, flags, runs, base }) };
}

/** The generic template most of the runs were planned from (ties: the higher precedence): the learned one keeps its tasks and layers. */
function baseTemplate(runs: readonly RunShape[], templates: readonly Template[]): Template {
  const count = (id: string) => runs.filter((r) => r.templateId === id).length;
  const used = templates.filter((t) => count(t.id) > 0).sort((a, b) => count(b.id) - count(a.id) || b.precedence - a.precedence || compareStrings(a.id, b.id));
  const fallback = templates.find((t) => t.class === 'complex') ?? templates.find((t) => GENERIC_CLASSES.has(t.class));
  const base = used[0] ?? fallback;
  if (!base) throw new Error('no generic template (simple or complex) to learn a pattern from');
  return base;
}

function learnedPatterns(input: DiscoveryInput): LearnedPattern[] {
  const own = input.templates.filter((t) => t.class === 'pattern' && isInside(t.source, workspaceTemplatesDir(input.workspaceRoot)));
  return own
    .map((template): LearnedPattern => {
      const examples = new Set((template.examples ?? []).map(comparable));
      const runs = [...input.runs]
        .sort(byStart)
        .flatMap((run): LearnedPattern['runs'][number][] => {
          if (run.templateId === template.id) return [{ ...patternRun(run), relation: 'planned' }];
          return examples.has(comparable(run.request)) ? [{ ...patternRun(run), relation: 'example' }] : [];
        });
      return { templateId: template.id, title: template.title, file: relative(input.workspaceRoot, template.source).split(sep).join('/'), examples: examples.size, runs };
    })
    .sort((a, b) => compareStrings(a.templateId, b.templateId));
}

export function workspaceTemplatesDir(workspaceRoot: string): string {
  return join(workspaceRoot, '.orchestrator', 'templates');
}

function isInside(file: string, dir: string): boolean {
  return file.startsWith(dir + sep);
}

function comparable(text: string): string {
  return normalizeText(text).toLowerCase();
}

function patternRun(run: RunShape): PatternRun {
  return { runId: run.runId, request: run.request, startedAt: run.startedAt, status: run.status, templateId: run.templateId };
}

function byStart(a: RunShape, b: RunShape): number {
  return compareStrings(a.startedAt, b.startedAt) || compareStrings(a.runId, b.runId);
}

/** Lowercase letters, digits and "-": what a template id may hold. */
function slug(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);
}

function uniqueId(wanted: string, taken: ReadonlySet<string>): string {
  if (!taken.has(wanted)) return wanted;
  for (let n = 2; ; n++) if (!taken.has(`${wanted}-${n}`)) return `${wanted}-${n}`;
}
