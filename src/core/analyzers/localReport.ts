import { coordinatorReportSchema, SEVERITIES, type CoordinatorReport, type MemoryNote, type RaisedFlag } from '../kernel/contract';
import { analyzers as builtInAnalyzers } from './registry';
import type { Analyzer, AnalyzerContext, AnalyzerFinding, Concern } from './types';
import { plural } from '../kernel/format';
import { loadedProgram } from './program/load';

export interface LocalAnalysisOptions {
  readonly request: string;
  /** Extra context for the delegation, e.g. the finding that raised a flag; what it names ranks first. */
  readonly context?: string;
  /** The analyzers to choose from; the built-in registry by default. */
  readonly analyzers?: readonly Analyzer[];
  /** What the request is about: findings that declare only other concerns are left out (a performance request gets no root-user finding). */
  readonly focus?: Concern;
}

const MAX_MEMORY_NOTES = 5;
const SUMMARY_TITLES = 3;

/**
 * The local analysis of one domain: runs its analyzers and answers in the coordinator report
 * contract a model would, so the rest of the run (flags, synthesis, memory) does not care who answered.
 */
export async function runLocalAnalysis(
  domain: string,
  ctx: AnalyzerContext,
  options: LocalAnalysisOptions,
  signal?: AbortSignal,
): Promise<CoordinatorReport> {
  const mine = (options.analyzers ?? builtInAnalyzers).filter((a) => a.domain === domain);
  if (mine.length === 0) {
    return coordinatorReportSchema.parse({ summary: `No local analyzer for ${domain}; a model is needed`, findings: [], flags: [], memoryNotes: [] });
  }
  const found: AnalyzerFinding[] = [];
  for (const analyzer of mine) {
    signal?.throwIfAborted();
    found.push(...await analyzer.run(ctx, signal));
  }
  const relevant = options.focus ? found.filter((f) => !f.concerns || f.concerns.includes(options.focus!)) : found;
  const ordered = rank(dedupe(relevant), contextTerms(options.context ?? ''));

  const flags: RaisedFlag[] = [];
  ordered.forEach((f, findingIndex) => {
    if (f.flag && !flags.some((g) => g.type === f.flag!.type)) flags.push({ ...f.flag, findingIndex });
  });
  const memoryNotes: MemoryNote[] = [...new Set(ordered.flatMap((f) => (f.memoryNote ? [f.memoryNote] : [])))]
    .slice(0, MAX_MEMORY_NOTES)
    .map((note) => ({ module: domain, note }));

  return coordinatorReportSchema.parse({
    summary: summarize(domain, ordered, mine, options.focus) + await leftOut(ctx),
    findings: ordered.map(({ title, detail, severity, evidence }) => ({ title, detail, severity, evidence })),
    flags,
    memoryNotes,
  });
}

const LEFT_OUT_NAMED = 3;

/** Source files the analyzers could not read or parse, said rather than dropped silently. */
async function leftOut(ctx: AnalyzerContext): Promise<string> {
  const program = loadedProgram(ctx);
  const skipped = program ? (await program.catch(() => undefined))?.skipped ?? [] : [];
  if (skipped.length === 0) return '';
  const named = skipped.slice(0, LEFT_OUT_NAMED).map((s) => `${s.path} (${s.reason})`).join(', ');
  const more = skipped.length > LEFT_OUT_NAMED ? ` and ${skipped.length - LEFT_OUT_NAMED} more` : '';
  return ` ${plural(skipped.length, 'source file')} not analyzed: ${named}${more}.`;
}

function summarize(domain: string, findings: readonly AnalyzerFinding[], ran: readonly Analyzer[], focus: Concern | undefined): string {
  if (findings.length === 0) {
    return `Local analysis (no model): no ${focus ? `${focus} ` : ''}findings in ${domain} (${plural(ran.length, 'analyzer')} run: ${ran.map((a) => a.id).join(', ')}).`;
  }
  const titles = findings.slice(0, SUMMARY_TITLES).map((f) => `${f.title} (${f.severity})`).join('; ');
  const more = findings.length > SUMMARY_TITLES ? `; and ${findings.length - SUMMARY_TITLES} more` : '';
  return `Local analysis (no model): ${plural(findings.length, 'finding')} in ${domain}: ${titles}${more}.`;
}

/** Two analyzers reporting the same place with the same title is one finding. */
function dedupe(findings: readonly AnalyzerFinding[]): AnalyzerFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.title}|${f.evidence[0]?.file}:${f.evidence[0]?.line}`;
    return !seen.has(key) && seen.add(key);
  });
}

/** Table names, table.column pairs and file paths named in the context. */
export function contextTerms(context: string): string[] {
  const terms = new Set<string>();
  for (const m of context.matchAll(/[\w./-]+/g)) {
    const token = m[0].replace(/^[./]+|[.:,;]+$/g, '').toLowerCase();
    if (token.length < 3) continue;
    if (/\//.test(token) || /\.\w{1,5}$/.test(token) || /^[a-z0-9]+(?:_[a-z0-9]+)+$/.test(token)) terms.add(token);
    const dotted = /^([a-z]\w*)\.([a-z]\w*)$/.exec(token);
    if (dotted) { terms.add(dotted[1]); terms.add(token); }
  }
  return [...terms];
}

function mentions(f: AnalyzerFinding, terms: readonly string[]): boolean {
  if (terms.length === 0) return false;
  const haystack = [f.title, f.detail, ...f.evidence.flatMap((e) => [e.file, e.excerpt ?? ''])].join('\n').toLowerCase();
  return terms.some((t) => new RegExp(`(^|[^\\w])${t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}($|[^\\w])`).test(haystack));
}

/** Findings about what the context names first, then by severity, file, line and title: the same input gives the same order. */
function rank(findings: readonly AnalyzerFinding[], terms: readonly string[]): AnalyzerFinding[] {
  const severity = (f: AnalyzerFinding) => SEVERITIES.length - SEVERITIES.indexOf(f.severity);
  return findings
    .map((f) => ({ f, named: mentions(f, terms) ? 0 : 1 }))
    .sort((a, b) => a.named - b.named
      || severity(a.f) - severity(b.f)
      || (a.f.evidence[0]?.file ?? '').localeCompare(b.f.evidence[0]?.file ?? '')
      || (a.f.evidence[0]?.line ?? 0) - (b.f.evidence[0]?.line ?? 0)
      || a.f.title.localeCompare(b.f.title))
    .map(({ f }) => f);
}
