import type { FileKind } from '../workspace/leftOut';
import { kindByPath } from '../workspace/sourcePriority';
import type { AnalyzerContext } from './types';

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

const MAINTENANCE_FOLDERS = ['migrations', 'migrate', 'old_migrations', 'seeds', 'seeders', 'factories', 'fixtures', 'script', 'scripts', 'bin'];

/**
 * Code an operator runs now and then rather than code that answers users: migrations, seeds, data
 * backfills (rake tasks, manage.py and artisan commands), scripts. An N+1 there makes a job
 * slower, not a page; the N+1 analyzers leave it out.
 */
export function isMaintenancePath(path: string): boolean {
  const parts = path.split('/');
  const dirs = parts.slice(0, -1);
  return dirs.some((p) => MAINTENANCE_FOLDERS.includes(p))
    || /(^|\/)(?:lib\/tasks|management\/commands|Console\/Commands|alembic\/versions)\//.test(path)
    || /\.rake$|(^|\/)seeds?\.(?:rb|py|js|ts)$/.test(path);
}

/** Schema and data migrations of any framework. */
export function isMigrationPath(path: string): boolean {
  return path.split('/').slice(0, -1).some((p) => p === 'migrations' || p === 'migrate' || p === 'old_migrations')
    || /(^|\/)alembic\/versions\//.test(path);
}

/** Larger files are generated or data; scanning them costs time and precision. */
export const MAX_SOURCE_BYTES = 512 * 1024;

export async function readIfSmall(ctx: AnalyzerContext, path: string): Promise<string | undefined> {
  try {
    if ((await ctx.size(path)) > MAX_SOURCE_BYTES) return undefined;
    return await ctx.read(path);
  } catch {
    return undefined; // unreadable files are skipped: an analyzer reports what it could read
  }
}
