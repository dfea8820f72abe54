import { realpathSync } from 'node:fs';
import * as path from 'node:path';
import { WorkspaceAccessError } from './errors';

/** Workspace-relative, forward slashes, no '.' segments, '' for the root; refuses what is not. */
export function normalizeRelative(requested: string): string {
  if (requested.includes('\0')) {
    throw new WorkspaceAccessError('invalid', requested, 'The path contains a NUL byte; pass a plain workspace-relative path.');
  }
  const slashed = requested.replace(/\\/g, '/');
  if (path.posix.isAbsolute(slashed) || path.win32.isAbsolute(requested)) {
    throw new WorkspaceAccessError(
      'absolute',
      requested,
      `Path '${requested}' is absolute; use a path relative to the workspace root, such as 'src/index.ts'.`,
    );
  }
  const normalized = path.posix.normalize(slashed === '' ? '.' : slashed).replace(/\/+$/, '');
  if (normalized === '..' || normalized.startsWith('../')) {
    throw new WorkspaceAccessError(
      'outside',
      requested,
      `Path '${requested}' is outside the workspace; use a path relative to the workspace root.`,
    );
  }
  return normalized === '.' || normalized === '' ? '' : normalized;
}

export function normalizeGlob(glob: string): string {
  const trimmed = glob.trim() === '' ? '**/*' : glob.trim().replace(/\\/g, '/');
  if (trimmed.split('/').includes('..')) normalizeRelative(trimmed); // throws 'outside' when it escapes
  if (path.posix.isAbsolute(trimmed)) normalizeRelative(trimmed); // throws 'absolute'
  return trimmed.startsWith('./') ? trimmed.slice(2) : trimmed;
}

/** realpath of the deepest existing ancestor, with the missing tail appended. */
export function realPathOfNearestExisting(absolute: string): string {
  const missing: string[] = [];
  let current = absolute;
  for (;;) {
    try {
      return path.join(realpathSync(current), ...missing.reverse());
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return absolute;
      missing.push(path.basename(current));
      current = parent;
    }
  }
}

/** 'a/b/c' → ['a', 'b', 'c']; '' (the root) → []. */
export function splitPath(relative: string): string[] {
  return relative === '' ? [] : relative.split('/');
}
