import { promises as fs, type Dirent } from 'node:fs';
import * as path from 'node:path';
import { memoize } from '../kernel/memoize';
import { isIgnoredByGitignore, type ExclusionRules, type GitignoreLevel } from './exclusion';
import { splitPath } from './paths';
import type { ToolBudget } from './toolBudget';

/** A folder's entries, sorted by name; none when it cannot be read. */
export type ListDirectory = (absolutePath: string) => Promise<Dirent[]>;

export interface WalkContext {
  readonly root: string;
  readonly listDirectory: ListDirectory;
  readonly rules: ExclusionRules;
  /** The real path of a link target relative to the real root, or undefined if it leaves the workspace. */
  realRelative(absolutePath: string): Promise<string | undefined>;
  /** Stops the walk after this many directory entries, so a huge tree cannot stall a tool call. */
  readonly maxEntries: number;
  /** Told of every folder the walk enters, with all its entries (hidden ones included). */
  readonly onFolder?: (relative: string, entries: readonly Dirent[]) => void;
  /** Cancellation, yielding and the deadline of the call the walk serves; the walk stops early when it runs out. */
  readonly budget: ToolBudget;
}

export interface WalkStats {
  entriesSeen: number;
  stoppedEarly: boolean;
}

/**
 * Yields workspace-relative file paths under `startDir` (in directory order, not globally sorted),
 * skipping excluded folders before entering them. Linked folders are not followed (they can form
 * cycles); linked files are kept when their target is inside the workspace and not hidden.
 */
export async function* walkFiles(
  context: WalkContext,
  startDir: string,
  startLevels: Promise<readonly GitignoreLevel[]>,
  stats: WalkStats,
): AsyncGenerator<string> {
  // Each folder's listing is requested as soon as the folder is found (the first one while the
  // gitignore files above it are still being read), so listings are read concurrently while the
  // walk itself keeps its depth-first, name-ordered output.
  const list = (dir: string) => context.listDirectory(path.join(context.root, ...splitPath(dir)));
  const pending: { dir: string; levels: readonly GitignoreLevel[] | Promise<readonly GitignoreLevel[]>; entries: Promise<Dirent[]> }[] = [
    { dir: startDir, levels: startLevels, entries: list(startDir) },
  ];
  while (pending.length > 0) {
    await context.budget.pace();
    if (context.budget.outOfTime()) {
      stats.stoppedEarly = true;
      return;
    }
    const { dir, levels: inheritedLevels, entries: listing } = pending.pop()!;
    const [entries, inherited] = await Promise.all([listing, inheritedLevels]);
    context.onFolder?.(dir, entries);
    // A folder's own .gitignore applies to what is inside it; read it only when the listing has one.
    const ownLevel = dir !== startDir && entries.some((e) => e.name === '.gitignore') ? await context.rules.loadLevel(dir) : undefined;
    const levels = ownLevel ? [...inherited, ownLevel] : inherited;
    const subdirectories: { dir: string; levels: readonly GitignoreLevel[]; entries: Promise<Dirent[]> }[] = [];
    for (const entry of entries) {
      // A folder of tens of thousands of files is checked in slices too.
      if (context.budget.due) await context.budget.pace();
      if (++stats.entriesSeen > context.maxEntries) {
        stats.stoppedEarly = true;
        return;
      }
      const relative = dir === '' ? entry.name : `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (isHidden(context, levels, relative, true)) continue;
        subdirectories.push({ dir: relative, levels, entries: list(relative) });
      } else if (entry.isFile()) {
        if (!isHidden(context, levels, relative, false)) yield relative;
      } else if (entry.isSymbolicLink()) {
        if (isHidden(context, levels, relative, false)) continue;
        if (await isReadableLinkedFile(context, relative)) yield relative;
      }
    }
    // Reverse so the stack visits folders in name order.
    for (const sub of subdirectories.reverse()) pending.push(sub);
  }
}

function isHidden(context: WalkContext, levels: readonly GitignoreLevel[], relative: string, isDirectory: boolean): boolean {
  return context.rules.staticVerdict(relative, isDirectory) !== undefined
    || isIgnoredByGitignore(levels, relative, isDirectory);
}

async function isReadableLinkedFile(context: WalkContext, relative: string): Promise<boolean> {
  const absolute = path.join(context.root, ...splitPath(relative));
  try {
    if (!(await fs.stat(absolute)).isFile()) return false;
  } catch {
    return false; // dangling link
  }
  const target = await context.realRelative(absolute);
  return target !== undefined && (await context.rules.verdict(target, false)) === undefined;
}

/**
 * Listings shared by the walks of one plan (the workspace's files and the project memory), so each
 * folder is read once however many walks pass through it.
 */
export function sharedDirectoryListing(): ListDirectory {
  return memoize(readDirectory);
}

export async function readDirectory(absolute: string): Promise<Dirent[]> {
  try {
    const entries = await fs.readdir(absolute, { withFileTypes: true });
    return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return []; // unreadable or vanished while walking: nothing to show
  }
}
