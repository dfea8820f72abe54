import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import type { MemoryEdit } from '../core/memory/types';

/**
 * Memory edits leave the CLI either as a patch for review (the default) or written with --apply.
 * Either way an edit lands on the file's current text, so changes made since the run are kept.
 */

export function resolveInside(root: string, path: string): string {
  const full = resolve(root, path);
  const rel = relative(resolve(root), full);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) throw new Error(`refusing to write outside the workspace: ${path}`);
  return full;
}

function currentText(root: string, edit: MemoryEdit): string | undefined {
  try {
    return readFileSync(resolveInside(root, edit.path), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function editedText(current: string | undefined, edit: MemoryEdit): string {
  if (current === undefined) return edit.kind === 'create' ? edit.text : edit.text.replace(/^\n+/, '');
  if (edit.kind === 'create') return current + (current.endsWith('\n') || current === '' ? '\n' : '\n\n') + edit.text;
  return current + edit.text;
}

export function memoryPatch(root: string, edits: readonly MemoryEdit[]): string {
  return edits
    .map((edit) => {
      const current = currentText(root, edit);
      return createTwoFilesPatch(current === undefined ? '/dev/null' : `a/${edit.path}`, `b/${edit.path}`, current ?? '', editedText(current, edit));
    })
    .join('');
}

export function applyMemoryEdits(root: string, edits: readonly MemoryEdit[]): string[] {
  return edits.map((edit) => {
    const target = resolveInside(root, edit.path);
    const next = editedText(currentText(root, edit), edit);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, next, 'utf8');
    return edit.path;
  });
}
