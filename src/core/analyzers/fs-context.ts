import { readFileSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { workspacePathOf } from '../workspace/pathGuard';
import type { AnalyzerContext } from './types';

export class WorkspacePathError extends Error {
  constructor(readonly path: string) {
    super(`"${path}" is outside the workspace; analyzers only read files listed in the workspace.`);
    this.name = 'WorkspacePathError';
  }
}

/**
 * Node fs implementation of the analyzer's view of a workspace. Reads are cached: several analyzers
 * read the same sources in one local run. They are synchronous on purpose: this context lives in the
 * analyzer worker (or a test, the bench, a script), never on the extension host's thread, and a
 * synchronous read of a small file costs a fraction of a promise round trip through libuv's pool
 * (a 10,000-file workspace is read several times faster).
 */
export function createFsAnalyzerContext(root: string, files: readonly string[]): AnalyzerContext {
  const texts = new Map<string, Promise<string>>();
  const sizes = new Map<string, Promise<number>>();
  let realRoot: string | undefined;
  // The workspace's path guard, links resolved: a listed file that is a link leading out is not read.
  const absolute = (path: string): string => {
    realRoot ??= realpathSync.native(resolve(root));
    const lexical = join(realRoot, path);
    if (workspacePathOf(realRoot, lexical) === undefined) throw new WorkspacePathError(path);
    let real: string;
    try {
      real = realpathSync.native(lexical);
    } catch {
      // A file that vanished since the listing stays missing: the read says so.
      return lexical;
    }
    if (workspacePathOf(realRoot, real) === undefined) throw new WorkspacePathError(path);
    return real;
  };
  return {
    files,
    read(path) {
      if (!texts.has(path)) texts.set(path, Promise.resolve().then(() => readFileSync(absolute(path), 'utf8')));
      return texts.get(path)!;
    },
    size(path) {
      if (!sizes.has(path)) sizes.set(path, Promise.resolve().then(() => statSync(absolute(path)).size));
      return sizes.get(path)!;
    },
  };
}
