import type { AnalyzerContext } from '../types';
import { isGenerated, isTestPath, readIfSmall } from '../files';
import { loadSyntaxRuntime, type Grammar, type SyntaxRuntime } from '../syntax/runtime';
import { parseTree } from '../syntax/tree';
import { javascriptModel } from './javascript';
import type { FileModel, Lang } from './model';
import { phpModel } from './php';
import { pythonModel } from './python';
import { ModuleIndex } from './resolve';
import { rubyModel } from './ruby';

const GRAMMAR_BY_EXTENSION: Readonly<Record<string, Grammar>> = {
  js: 'javascript', jsx: 'javascript', mjs: 'javascript', cjs: 'javascript',
  ts: 'typescript', mts: 'typescript', cts: 'typescript', tsx: 'tsx',
  py: 'python', rb: 'ruby', rake: 'ruby', php: 'php',
};

const MODEL_BY_GRAMMAR: Readonly<Record<Grammar, (path: string, text: string, root: ReturnType<typeof parseTree>) => FileModel>> = {
  javascript: javascriptModel, typescript: javascriptModel, tsx: javascriptModel,
  python: pythonModel, ruby: rubyModel, php: phpModel,
};

export function grammarOf(path: string): Grammar | undefined {
  if (path.endsWith('.d.ts')) return undefined; // declarations: no code runs there
  const dot = path.lastIndexOf('.');
  return dot < 0 ? undefined : GRAMMAR_BY_EXTENSION[path.slice(dot + 1).toLowerCase()];
}

export function langOf(grammar: Grammar): Lang {
  return grammar === 'python' ? 'py' : grammar === 'ruby' ? 'rb' : grammar === 'php' ? 'php' : 'js';
}

/** The hand-written source of a workspace as models, with the module index that links them. */
export interface Program {
  readonly files: ReadonlyMap<string, FileModel>;
  readonly modules: ModuleIndex;
  /** Source files that were not modelled and why (too large, minified): said, not dropped silently. */
  readonly skipped: readonly { readonly path: string; readonly reason: string }[];
  /** Any parseable file, tests included, modelled on demand (the eager set leaves tests out). */
  model(path: string): Promise<FileModel | undefined>;
}

/** A minified or generated file: long lines. Parsing it costs time and finds nothing a person wrote. */
function looksMinified(text: string): boolean {
  if (text.length < 2000) return false;
  const lines = text.split('\n', 50);
  return lines.reduce((sum, l) => sum + l.length, 0) / lines.length > 300;
}

const programs = new WeakMap<AnalyzerContext, Promise<Program>>();

/** The program of a context if an analyzer already loaded it; never starts a load. */
export function loadedProgram(ctx: AnalyzerContext): Promise<Program> | undefined {
  return programs.get(ctx);
}

/**
 * Every analyzer of a run reads the same program: it is parsed once per analyzer context (one per
 * run), however many analyzers and domains ask for it.
 */
export function loadProgram(ctx: AnalyzerContext, signal?: AbortSignal): Promise<Program> {
  let program = programs.get(ctx);
  if (!program) {
    program = buildProgram(ctx, signal);
    programs.set(ctx, program);
    program.catch(() => programs.delete(ctx)); // an aborted or failed load is not remembered
  }
  return program;
}

async function buildProgram(ctx: AnalyzerContext, signal?: AbortSignal): Promise<Program> {
  const sources = ctx.files.filter((p) => grammarOf(p) && !isGenerated(p) && !isTestPath(p));
  const runtime: SyntaxRuntime | undefined = sources.length > 0 ? await loadSyntaxRuntime() : undefined;
  const files = new Map<string, FileModel>();
  const skipped: { path: string; reason: string }[] = [];
  const modelOf = async (path: string, rt: SyntaxRuntime): Promise<FileModel | undefined> => {
    const text = await readIfSmall(ctx, path);
    if (text === undefined) { skipped.push({ path, reason: 'unreadable or over 512 KB' }); return undefined; }
    if (looksMinified(text)) { skipped.push({ path, reason: 'minified' }); return undefined; }
    const grammar = grammarOf(path)!;
    return MODEL_BY_GRAMMAR[grammar](path, text, parseTree(rt, grammar, text));
  };
  for (const path of sources) {
    signal?.throwIfAborted();
    const model = await modelOf(path, runtime!);
    if (model) files.set(path, model);
  }
  const extra = new Map<string, Promise<FileModel | undefined>>();
  const tsconfigs = new Map<string, string>();
  for (const path of ctx.files.filter((p) => /(^|\/)[tj]sconfig(?:\.[\w-]+)?\.json$/.test(p) && !isGenerated(p))) {
    const text = await readIfSmall(ctx, path);
    if (text !== undefined) tsconfigs.set(path, text);
  }
  return {
    files,
    modules: new ModuleIndex(files, ctx.files, tsconfigs),
    skipped,
    model(path) {
      if (files.has(path)) return Promise.resolve(files.get(path));
      if (!grammarOf(path)) return Promise.resolve(undefined);
      if (!extra.has(path)) extra.set(path, loadSyntaxRuntime().then((rt) => modelOf(path, rt)));
      return extra.get(path)!;
    },
  };
}
