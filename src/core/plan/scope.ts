import { thousands } from '../kernel/format';
import { describeMemorySelection } from '../memory/selectionSummary';
import { describeLeftOut } from '../workspace/leftOut';
import type { WorkspaceScope } from '../workspace/planningSurvey';
import type { Checklist } from './types';

/**
 * What the run works from and what it leaves out, one sentence each: the project memory the
 * coordinators receive and the files the workspace listing kept. Shown with the plan in chat, the
 * CLI and the checklist, so nothing is left out without the user being told.
 */
export function planScope(checklist: Pick<Checklist, 'memory' | 'workspace'>): string[] {
  const lines: string[] = [];
  if (checklist.memory) lines.push(describeMemorySelection(checklist.memory));
  if (checklist.workspace) lines.push(...describeWorkspaceScope(checklist.workspace));
  return lines;
}

/** Nothing when every file is looked at; otherwise how many are, and what was left out by kind and folder. */
export function describeWorkspaceScope(scope: WorkspaceScope): string[] {
  const lines: string[] = [];
  if (scope.leftOut.length > 0) {
    lines.push(
      `Workspace: ${thousands(scope.files)} files, over the ${thousands(scope.limit)}-file limit; local analysis looks at ${thousands(scope.analyzed)} files, the project's own source first` +
      `${scope.preferred?.length ? `, beginning with the folders the request names (${scope.preferred.join(', ')})` : ''}. ` +
      `Left out: ${describeLeftOut(scope.leftOut).join('; ')}.`,
    );
  }
  if (scope.walkStopped) {
    lines.push(`Workspace: the listing stopped after ${thousands(scope.walkLimit)} entries; files past that were not seen. Exclude large folders (taskOrchestrator.exclude or .gitignore) to see the rest.`);
  }
  return lines;
}
