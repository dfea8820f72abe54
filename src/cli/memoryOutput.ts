import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { applyMemoryEdit } from '../core/memory/applyEdit';
import type { MemoryEdit } from '../core/memory/types';
import { resolveInWorkspace } from '../core/workspace/pathGuard';

/**
 * Memory edits leave the CLI either as a patch for review (the default) or written with --apply.
 * Either way an edit lands on the file's current text by the rule VS Code uses too
 * (`applyMemoryEdit`), so changes made since the run are kept. An edit whose path leads outside the
 * workspace (through `..` or a symbolic link) is refused and reported, and the others go ahead.
 */

export interface MemoryOutcome {
  /** Workspace-relative paths written (or put in the patch). */
  readonly paths: readonly string[];
  /** One sentence per refused edit. */
  readonly refused: readonly string[];
}

interface PlannedEdit {
  readonly edit: MemoryEdit;
  readonly target: string;
  readonly current: string | undefined;
}

function plan(root: string, edits: readonly MemoryEdit[]): { planned: PlannedEdit[]; refused: string[] } {
  const planned: PlannedEdit[] = [];
  const refused: string[] = [];
  for (const edit of edits) {
    let target: string;
    try {
      target = resolveInWorkspace(root, edit.path);
    } catch (error) {
      refused.push(`Refused the memory update for "${edit.path}": ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    planned.push({ edit, target, current: currentText(target) });
  }
  return { planned, refused };
}

function currentText(target: string): string | undefined {
  try {
    return readFileSync(target, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export function memoryPatch(root: string, edits: readonly MemoryEdit[]): MemoryOutcome & { readonly patch: string } {
  const { planned, refused } = plan(root, edits);
  const patch = planned
    .map(({ edit, current }) =>
      createTwoFilesPatch(current === undefined ? '/dev/null' : `a/${edit.path}`, `b/${edit.path}`, current ?? '', applyMemoryEdit(current, edit)))
    .join('');
  return { patch, paths: planned.map((p) => p.edit.path), refused };
}

export function applyMemoryEdits(root: string, edits: readonly MemoryEdit[]): MemoryOutcome {
  const { planned, refused } = plan(root, edits);
  for (const { edit, target, current } of planned) {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, applyMemoryEdit(current, edit), 'utf8');
  }
  return { paths: planned.map((p) => p.edit.path), refused };
}
