import { counted, thousands } from '../kernel/format';

/**
 * What a run's plan says of the project memory its coordinators receive: the type kept in the
 * plan and the sentence every surface shows. Apart from the selection itself (selection.ts), so a
 * surface can describe it without loading the memory reader and its parser.
 */

/**
 * What of the project memory the coordinators of one run receive. Chosen once per run from the
 * request and kept in the run's plan, so every coordinator call of the run, and of its resume, sends
 * the same bytes (the end of the cached prompt prefix). Nothing is left out without saying so.
 */
export interface MemorySelection {
  /** The text every coordinator receives, omissions stated in it. */
  readonly text: string;
  readonly budgetTokens: number;
  /** Estimated tokens of `text`, and of all project memory rendered whole. */
  readonly tokens: number;
  readonly totalTokens: number;
  /** Sections of all memory, and how many are in `text` (a section inside an included one counts as included). */
  readonly sections: number;
  readonly includedSections: number;
  /** Memory files read only in part (over the size limit), one sentence each. */
  readonly notes: readonly string[];
}

/** Enough for a CLAUDE.md that follows the advice to keep it short, with room to spare; a setting changes it. */
export const DEFAULT_MEMORY_TOKEN_BUDGET = 8000;

/** One line on what the coordinators get of project memory, for the plan in chat, the CLI and the checklist. */
export function describeMemorySelection(selection: MemorySelection): string {
  const notes = selection.notes.length > 0 ? ` ${selection.notes.join(' ')}` : '';
  if (selection.sections === 0 && selection.tokens === selection.totalTokens) return `Project memory: none.${notes}`;
  if (selection.includedSections === selection.sections && selection.tokens === selection.totalTokens) {
    return `Project memory: all ${counted(selection.sections, 'section')} (about ${thousands(selection.tokens)} tokens) go to every coordinator.${notes}`;
  }
  const left = selection.sections - selection.includedSections;
  return `Project memory: ${thousands(selection.includedSections)} of ${counted(selection.sections, 'section')} (about ${thousands(selection.tokens)} of ${thousands(selection.totalTokens)} tokens, budget ${thousands(selection.budgetTokens)}) go to every coordinator; ${counted(left, 'section')} not included, which coordinators can read with read_file.${notes}`;
}
