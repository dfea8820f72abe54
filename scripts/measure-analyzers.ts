// Runs the local coordinators over projects nobody here wrote, for the precision table of
// docs/analyzers.md. Read-only: the projects are only listed and read.
//   node --import tsx scripts/measure-analyzers.ts <corpus-folder> [--verdicts docs/analyzer-verdicts.json] [--json]
// <corpus-folder> holds one folder per project (a git checkout or an exported tree). Each finding
// is printed with a key (project, analyzer, file:line); a verdicts file maps keys to true/false
// with the reason, and the table counts them. Findings without a verdict are listed as unjudged.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import { createFsAnalyzerContext } from '../src/core/analyzers/fs-context';
import { analyzers } from '../src/core/analyzers/registry';
import type { AnalyzerFinding } from '../src/core/analyzers/types';
import { Workspace } from '../src/core/workspace';

interface Verdict { readonly true: boolean; readonly why: string }
type Verdicts = Record<string, Verdict>;

const { values, positionals } = parseArgs({ allowPositionals: true, options: { verdicts: { type: 'string' }, json: { type: 'boolean', default: false } } });
const corpus = positionals[0];
if (!corpus || !existsSync(corpus)) {
  process.stderr.write('usage: node --import tsx scripts/measure-analyzers.ts <corpus-folder> [--verdicts file] [--json]\n');
  process.exit(2);
}
const verdicts: Verdicts = values.verdicts ? JSON.parse(readFileSync(values.verdicts, 'utf8')) as Verdicts : {};

/** The commit a project was exported from: a `.commit` file beside it, or its git HEAD. */
function commitOf(dir: string): string {
  const marker = join(dir, '.commit');
  if (existsSync(marker)) return readFileSync(marker, 'utf8').trim();
  try {
    return execFileSync('git', ['-C', dir, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

/** A finding's key in the verdicts file: project, file:line and title (several findings may share a line). */
function keyOf(project: string, f: AnalyzerFinding): string {
  return `${project} ${f.evidence[0]?.file}:${f.evidence[0]?.line} ${f.title}`;
}

async function measure(project: string, dir: string) {
  const workspace = new Workspace(dir);
  const listing = await workspace.listFiles('**/*', 200_000);
  const ctx = createFsAnalyzerContext(dir, listing.files);
  const findings: AnalyzerFinding[] = [];
  const times: Record<string, number> = {};
  for (const analyzer of analyzers) {
    const started = performance.now();
    findings.push(...await analyzer.run(ctx));
    times[analyzer.id] = Math.round(performance.now() - started);
  }
  const judged = findings.map((f) => ({ key: keyOf(project, f), analyzer: f.analyzer, verdict: verdicts[keyOf(project, f)] }));
  const truePositives = judged.filter((j) => j.verdict?.true === true).length;
  const falsePositives = judged.filter((j) => j.verdict?.true === false).length;
  return {
    project, commit: commitOf(dir), files: listing.files.length, findings: findings.length, true: truePositives, false: falsePositives,
    precision: truePositives + falsePositives > 0 ? truePositives / (truePositives + falsePositives) : null,
    unjudged: judged.filter((j) => !j.verdict).map((j) => j.key),
    judged, times,
  };
}

async function main(): Promise<void> {
  const projects = readdirSync(corpus).filter((name) => statSync(join(corpus, name)).isDirectory()).sort();
  const results: Awaited<ReturnType<typeof measure>>[] = [];
  for (const project of projects) results.push(await measure(project, join(corpus, project)));
  if (values.json) {
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    return;
  }
  const lines = ['| Project | Commit | Files | Findings | True | False | Precision |', '| --- | --- | --- | --- | --- | --- | --- |'];
  for (const r of results) {
    lines.push(`| ${r.project} | \`${r.commit.slice(0, 12)}\` | ${r.files} | ${r.findings} | ${r.true} | ${r.false} | ${r.precision === null ? '—' : `${Math.round(r.precision * 100)} %`} |`);
  }
  const sum = (k: 'findings' | 'true' | 'false') => results.reduce((n, r) => n + r[k], 0);
  const t = sum('true');
  const f = sum('false');
  lines.push(`| **all** | | ${results.reduce((n, r) => n + r.files, 0)} | ${sum('findings')} | ${t} | ${f} | ${t + f > 0 ? `${Math.round((t / (t + f)) * 100)} %` : '—'} |`);
  for (const r of results) {
    lines.push('', `${r.project}:`);
    for (const j of r.judged) lines.push(`  ${j.verdict ? (j.verdict.true ? 'TRUE ' : 'FALSE') : '???  '} ${j.key} [${j.analyzer}]${j.verdict ? ` — ${j.verdict.why}` : ''}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`measure-analyzers failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
