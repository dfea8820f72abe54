import { readdir, realpath, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { compareStrings } from '../kernel/compare';
import { WorkspaceAccessError } from './errors';
import { normalizeRelative, realPathOfNearestExisting, splitPath } from './paths';

/**
 * The one path guard: every path that comes from a model, a template, a memory file or a user and
 * becomes a file (read, written, linked) goes through here. Symbolic links are resolved before the
 * check, so a link inside the workspace that points outside is refused like `../` is.
 */

/**
 * The real (link-resolved) absolute path of a workspace-relative one, or a WorkspaceAccessError
 * when it is absolute, climbs out with `..`, or leads outside through a link. A path that does not
 * exist yet resolves through its deepest existing folder, so hosts can create files.
 */
export function resolveInWorkspace(root: string, relativePath: string): string {
  const relative = normalizeRelative(relativePath);
  const real = realPathOfNearestExisting(path.join(path.resolve(root), ...splitPath(relative)));
  if (workspacePathOf(realPathOfNearestExisting(path.resolve(root)), real) === undefined) {
    throw new WorkspaceAccessError(
      'outside',
      relativePath,
      `Path '${relativePath}' is a link that leads outside the workspace; only files inside the workspace are used.`,
    );
  }
  return real;
}

/**
 * The same check for an absolute path the engine built itself: its real path, undefined when it
 * does not exist, or a WorkspaceAccessError when it (or a link on the way) leads outside `realRoot`.
 */
export async function realPathInWorkspace(realRoot: string, absolute: string): Promise<string | undefined> {
  if (workspacePathOf(realRoot, absolute) === undefined) throw outsideError(absolute);
  let real: string;
  try {
    real = await realpath(absolute);
  } catch {
    return undefined;
  }
  if (workspacePathOf(realRoot, real) === undefined) throw outsideError(absolute);
  return real;
}

function outsideError(absolute: string): WorkspaceAccessError {
  return new WorkspaceAccessError('outside', absolute, `Path '${absolute}' leads outside the workspace; only files inside the workspace are used.`);
}

/** Forward-slash path of `absolute` relative to `root` ('' for the root), or undefined when it is outside. */
export function workspacePathOf(root: string, absolute: string): string | undefined {
  const relative = path.relative(root, absolute);
  if (relative === '') return '';
  if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}

/** A file of a workspace folder: where it is named in messages and the real path to read. */
export interface GuardedFile {
  /** Workspace-relative, forward slashes: `.claude/agents/reviewer.md`. */
  readonly relative: string;
  readonly real: string;
}

export interface GuardedListing {
  readonly files: GuardedFile[];
  /** Entries the user put there that will not be read, each with why (a link leading outside, a broken link). */
  readonly refused: { readonly file: string; readonly message: string }[];
}

/**
 * The files directly in a workspace folder (templates, agent files) whose names `accept` takes, sorted
 * by name. Links are followed while they stay inside the workspace; a link (or the folder itself)
 * leading outside is refused and listed, never read and never skipped without a word. A folder that
 * does not exist lists nothing.
 */
export async function filesInWorkspaceFolder(root: string, folder: string, accept: (name: string) => boolean): Promise<GuardedListing> {
  const realRoot = await realpath(root).catch(() => path.resolve(root));
  const refused: GuardedListing['refused'] = [];
  let realFolder: string | undefined;
  try {
    realFolder = await realPathInWorkspace(realRoot, path.join(realRoot, ...splitPath(folder)));
  } catch {
    return { files: [], refused: [{ file: folder, message: `${folder} is a link that leads outside the workspace; its files are not read` }] };
  }
  if (realFolder === undefined) return { files: [], refused };
  const entries = await readdir(realFolder, { withFileTypes: true }).catch(() => []);
  const files: GuardedFile[] = [];
  for (const entry of [...entries].sort((a, b) => compareStrings(a.name, b.name))) {
    if (!accept(entry.name)) continue;
    const relative = `${folder}/${entry.name}`;
    const absolute = path.join(realFolder, entry.name);
    if (entry.isFile()) {
      files.push({ relative, real: absolute });
      continue;
    }
    if (!entry.isSymbolicLink()) continue; // a folder named like a file: not a file to read
    try {
      const real = await realPathInWorkspace(realRoot, absolute);
      if (real === undefined) refused.push({ file: relative, message: `${relative} is a broken link; it is not read` });
      else if ((await stat(real)).isFile()) files.push({ relative, real });
    } catch {
      refused.push({ file: relative, message: `${relative} is a link that leads outside the workspace; it is not read` });
    }
  }
  return { files, refused };
}
