import { describeMemorySelection } from '../memory/selection';
import type { Checklist } from './types';

/**
 * What the run works from and what it leaves out, one sentence each: the project memory the
 * coordinators receive and the files the workspace listing kept. Shown with the plan in chat, the
 * CLI and the checklist, so nothing is left out without the user being told.
 */
export function planScope(checklist: Pick<Checklist, 'memory'>): string[] {
  const lines: string[] = [];
  if (checklist.memory) lines.push(describeMemorySelection(checklist.memory));
  return lines;
}
