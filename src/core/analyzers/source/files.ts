import type { FileKind } from '../../workspace/leftOut';
import { kindByPath } from '../../workspace/sourcePriority';
import type { AnalyzerContext } from '../types';
import { maskSource, type Lang, type MaskedSource } from './mask';

const LANG_BY_EXT: Record<string, Lang> = {
  js: 'js', jsx: 'js', mjs: 'js', cjs: 'js', ts: 'js', tsx: 'js', mts: 'js', cts: 'js',
  py: 'py', rb: 'rb', php: 'php', sql: 'sql',
};

export function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function dirName(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

export function languageOf(path: string): Lang {
  return LANG_BY_EXT[extensionOf(path)] ?? 'other';
}

/** Kinds of file (as the workspace sorts them, see kindByPath) that are not what the user wrote. */
const NOT_WRITTEN_HERE: ReadonlySet<FileKind> = new Set(['build output', 'minified', 'generated', 'vendored']);
/** Installed packages and caches: the walk never lists them, but a file list handed in may. */
const INSTALLED_SEGMENTS = new Set(['node_modules', '.venv', 'venv', '__pycache__']);

/**
 * Build output, bundles, generated and vendored code (`dist/`, `*.min.js`, `__generated__/`,
 * `vendor/`, `third_party/`…): not what the user wrote, and costly to analyze — a 17,600-file
 * `third_party/` tree held the event loop for seconds.
 */
export function isGenerated(path: string): boolean {
  return NOT_WRITTEN_HERE.has(kindByPath(path)) || path.split('/').slice(0, -1).some((p) => INSTALLED_SEGMENTS.has(p));
}

/** Tests and fixtures hold fake credentials and deliberate bad code by design. */
export function isTestPath(path: string): boolean {
  const parts = path.toLowerCase().split('/');
  const name = parts[parts.length - 1];
  return parts.slice(0, -1).some((p) => ['test', 'tests', 'spec', '__tests__', 'fixtures', '__fixtures__', 'e2e'].includes(p))
    || /\.(test|spec)\.[cm]?[jt]sx?$/.test(name)
    || /^test_.*\.py$|_test\.py$|^tests\.py$|_spec\.rb$|Test\.php$/.test(name);
}

/** Larger files are generated or data; scanning them costs time and precision. */
export const MAX_SOURCE_BYTES = 512 * 1024;

export interface SourceFile {
  readonly path: string;
  readonly lang: Lang;
  readonly src: MaskedSource;
}

/** Hand-written source files of the given languages (not generated, not oversized), masked. */
export async function loadSources(
  ctx: AnalyzerContext,
  langs: readonly Lang[],
  options: { includeTests?: boolean; filter?: (path: string) => boolean } = {},
  signal?: AbortSignal,
): Promise<SourceFile[]> {
  const out: SourceFile[] = [];
  for (const path of ctx.files) {
    const lang = languageOf(path);
    if (!langs.includes(lang) || isGenerated(path)) continue;
    if (!options.includeTests && isTestPath(path)) continue;
    if (options.filter && !options.filter(path)) continue;
    signal?.throwIfAborted();
    const text = await readIfSmall(ctx, path);
    if (text !== undefined) out.push({ path, lang, src: maskSource(text, lang) });
  }
  return out;
}

export async function readIfSmall(ctx: AnalyzerContext, path: string): Promise<string | undefined> {
  try {
    if ((await ctx.size(path)) > MAX_SOURCE_BYTES) return undefined;
    return await ctx.read(path);
  } catch {
    return undefined; // unreadable files are skipped: an analyzer reports what it could read
  }
}

export function excerptOf(src: MaskedSource, line: number): string {
  const text = src.lineText(line);
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}
