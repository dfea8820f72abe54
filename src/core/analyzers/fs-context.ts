import { promises as fs } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { AnalyzerContext } from './types';

export class WorkspacePathError extends Error {
  constructor(readonly path: string) {
    super(`"${path}" is outside the workspace; analyzers only read files listed in the workspace.`);
    this.name = 'WorkspacePathError';
  }
}

/**
 * Node fs implementation of the analyzer's view of a workspace. Reads are cached: several analyzers
 * read the same sources in one local run.
 */
export function createFsAnalyzerContext(root: string, files: readonly string[]): AnalyzerContext {
  const texts = new Map<string, Promise<string>>();
  const sizes = new Map<string, Promise<number>>();
  const absolute = (path: string): string => {
    const full = resolve(root, path);
    const rel = relative(resolve(root), full);
    if (rel.startsWith('..') || isAbsolute(rel)) throw new WorkspacePathError(path);
    return full;
  };
  return {
    files,
    read(path) {
      if (!texts.has(path)) texts.set(path, Promise.resolve().then(() => fs.readFile(absolute(path), 'utf8')));
      return texts.get(path)!;
    },
    size(path) {
      if (!sizes.has(path)) sizes.set(path, Promise.resolve().then(async () => (await fs.stat(absolute(path))).size));
      return sizes.get(path)!;
    },
  };
}
