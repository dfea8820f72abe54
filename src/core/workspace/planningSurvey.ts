import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { LeftOut } from './leftOut';
import { prioritizeFiles } from './sourcePriority';
import { ToolBudget, UNLIMITED } from './toolBudget';
import { splitPath } from './paths';
import type { ListDirectory } from './walk';
import type { Workspace } from './workspace';

/** Files local analysis looks at, at most: beyond it, source is kept first and the rest is counted. */
export const ANALYZED_FILES_LIMIT = 20_000;
/** Directory entries the planning walk visits, at most (a 200,000-file monorepo has fewer). */
const PLANNING_WALK_ENTRIES = 1_000_000;
const GITATTRIBUTES = '.gitattributes';

/** What the run's file list holds of the workspace, and what it left out. Journaled with the plan. */
export interface WorkspaceScope {
  /** Visible files the walk found. */
  readonly files: number;
  /** Files local analysis and planning look at. */
  readonly analyzed: number;
  readonly limit: number;
  readonly leftOut: readonly LeftOut[];
  /** Folders kept first because the request names what is in them (absent in plans made before). */
  readonly preferred?: readonly string[];
  /** The walk reached its entry limit: files past it were not seen. */
  readonly walkStopped: boolean;
  readonly walkLimit: number;
}

export interface PlanningSurvey {
  /** The files kept for planning and local analysis, sorted. */
  readonly files: readonly string[];
  /** Files named as asked (nested memory), in visible folders. */
  readonly named: readonly string[];
  readonly scope: WorkspaceScope;
}

/**
 * One walk of the workspace for a plan: every visible file, the files named `names`, and the
 * `.gitattributes` files that mark generated and vendored code; then the files kept for analysis
 * (see `prioritizeFiles`). Gives the event loop its turns throughout.
 */
export async function surveyForPlanning(
  workspace: Workspace,
  names: ReadonlySet<string>,
  options: { readonly listDirectory?: ListDirectory; readonly signal?: AbortSignal; readonly relevant?: (file: string) => boolean } = {},
): Promise<PlanningSurvey> {
  const survey = await workspace.survey(new Set([...names, GITATTRIBUTES]), { ...options, maxEntries: PLANNING_WALK_ENTRIES });
  const attributeFiles = survey.named.filter((file) => path.posix.basename(file) === GITATTRIBUTES);
  const gitattributes = await Promise.all(attributeFiles.map(async (file) => ({
    path: file,
    text: await readFile(path.join(workspace.root, ...splitPath(file)), 'utf8').catch(() => ''),
  })));
  const prioritized = await prioritizeFiles(
    { root: workspace.root, files: survey.files, limit: ANALYZED_FILES_LIMIT, gitattributes, relevant: options.relevant },
    new ToolBudget(UNLIMITED, options.signal),
  );
  return {
    files: prioritized.files,
    named: survey.named.filter((file) => names.has(path.posix.basename(file))),
    scope: {
      files: prioritized.total, analyzed: prioritized.files.length, limit: prioritized.limit, leftOut: prioritized.leftOut,
      ...(prioritized.preferred.length > 0 ? { preferred: prioritized.preferred } : {}),
      walkStopped: survey.walkStopped, walkLimit: PLANNING_WALK_ENTRIES,
    },
  };
}
