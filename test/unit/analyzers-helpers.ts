import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createFsAnalyzerContext } from '../../src/core/analyzers/fs-context';
import type { AnalyzerContext, AnalyzerFinding } from '../../src/core/analyzers/types';

export const FIXTURES = join(__dirname, '..', 'fixtures', 'analyzers');
export const EXAMPLES = join(__dirname, '..', '..', 'examples');

/** Files under `root`, workspace-relative, skipping what a workspace never hands to analyzers. */
export function walk(root: string): string[] {
  const out: string[] = [];
  (function visit(dir: string) {
    for (const name of readdirSync(dir).sort()) {
      if (name === 'node_modules' || name === '.git' || name.startsWith('.env')) continue;
      const full = join(dir, name);
      if (statSync(full).isDirectory()) visit(full);
      else out.push(relative(root, full).split('\\').join('/'));
    }
  })(root);
  return out;
}

export function contextFor(root: string): AnalyzerContext {
  return createFsAnalyzerContext(root, walk(root));
}

export function fixture(name: string): AnalyzerContext {
  return contextFor(join(FIXTURES, name));
}

/** "file:line" of each finding's first evidence, for compact assertions. */
export function places(findings: readonly AnalyzerFinding[]): string[] {
  return findings.map((f) => `${f.evidence[0]?.file}:${f.evidence[0]?.line}`);
}

/** An in-memory workspace: `files` maps paths to text; `sizes` overrides sizes (for bundles and images). */
export function memoryContext(files: Record<string, string>, sizes: Record<string, number> = {}): AnalyzerContext {
  const paths = [...new Set([...Object.keys(files), ...Object.keys(sizes)])].sort();
  return {
    files: paths,
    async read(path) {
      if (!(path in files)) throw new Error(`unreadable: ${path}`);
      return files[path];
    },
    async size(path) {
      return sizes[path] ?? Buffer.byteLength(files[path] ?? '');
    },
  };
}
