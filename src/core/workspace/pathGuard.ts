import { realpath } from 'node:fs/promises';
import * as path from 'node:path';
import { WorkspaceAccessError } from './errors';
import { normalizeRelative, realPathOfNearestExisting } from './paths';
import { splitPath } from './walk';

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
