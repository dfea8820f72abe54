import { promises as fs } from 'node:fs';
import { join, resolve } from 'node:path';
import { realPathInWorkspace } from '../workspace/pathGuard';
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
  let realRoot: Promise<string> | undefined;
  // The workspace's path guard, links resolved: a listed file that is a link leading out is not read.
  const absolute = async (path: string): Promise<string> => {
    realRoot ??= fs.realpath(resolve(root));
    const lexical = join(await realRoot, path);
    try {
      // A file that vanished since the listing stays missing: the read says so.
      return (await realPathInWorkspace(await realRoot, lexical)) ?? lexical;
    } catch {
      throw new WorkspacePathError(path);
    }
  };
  return {
    files,
    read(path) {
      if (!texts.has(path)) texts.set(path, absolute(path).then((real) => fs.readFile(real, 'utf8')));
      return texts.get(path)!;
    },
    size(path) {
      if (!sizes.has(path)) sizes.set(path, absolute(path).then(async (real) => (await fs.stat(real)).size));
      return sizes.get(path)!;
    },
  };
}
