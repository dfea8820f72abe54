import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { withFileLock } from '../core/kernel/fileLock';
import { applyMemoryEdit } from '../core/memory/applyEdit';
import { isMemoryEditApplied } from '../core/memory/appliedEdits';
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
  /** Paths that already hold the run's section (applied before, or the same from another run): left as they are. */
  readonly alreadyApplied: readonly string[];
}

interface PlannedEdit {
  readonly edit: MemoryEdit;
  readonly target: string;
  readonly current: string | undefined;
}

function plan(root: string, edits: readonly MemoryEdit[]): { planned: PlannedEdit[]; refused: string[]; alreadyApplied: string[] } {
  const planned: PlannedEdit[] = [];
  const refused: string[] = [];
  const alreadyApplied: string[] = [];
  for (const edit of edits) {
    let target: string;
    try {
      target = resolveInWorkspace(root, edit.path);
    } catch (error) {
      refused.push(`Refused the memory update for "${edit.path}": ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const current = currentText(target);
    if (isMemoryEditApplied(current, edit)) alreadyApplied.push(edit.path);
    else planned.push({ edit, target, current });
  }
  return { planned, refused, alreadyApplied };
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
  const { planned, refused, alreadyApplied } = plan(root, edits);
  const patch = planned
    .map(({ edit, current }) =>
      createTwoFilesPatch(current === undefined ? '/dev/null' : `a/${edit.path}`, `b/${edit.path}`, current ?? '', applyMemoryEdit(current, edit)))
    .join('');
  return { patch, paths: planned.map((p) => p.edit.path), refused, alreadyApplied };
}

/**
 * Writes the edits not yet in their files, holding `lockPath` from reading them to writing them: a
 * second `--apply` of the same run, at once or later, finds the run's sections and writes nothing twice.
 */
export function applyMemoryEdits(root: string, edits: readonly MemoryEdit[], lockPath = join(root, '.orchestrator', 'runs', 'memory-edits.lock')): MemoryOutcome {
  mkdirSync(dirname(lockPath), { recursive: true });
  return withFileLock(lockPath, () => {
    const { planned, refused, alreadyApplied } = plan(root, edits);
    for (const { edit, target, current } of planned) {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, applyMemoryEdit(current, edit), 'utf8');
    }
    return { paths: planned.map((p) => p.edit.path), refused, alreadyApplied };
  });
}
