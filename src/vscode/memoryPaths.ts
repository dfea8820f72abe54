import * as path from 'node:path';

/** Pure helpers for applying memory edits; no `vscode` so they are unit-tested directly. */

export class MemoryPathError extends Error {
  constructor(readonly editPath: string) {
    super(`Refused the memory update for "${editPath}": it points outside the workspace folder. Memory files must live inside the workspace.`);
    this.name = 'MemoryPathError';
  }
}

/** The absolute path of a workspace-relative memory file, refusing anything that escapes the folder. */
export function resolveInsideWorkspace(workspaceRoot: string, relativePath: string): string {
  if (relativePath.length === 0 || path.isAbsolute(relativePath) || /^[a-z]:/i.test(relativePath)) throw new MemoryPathError(relativePath);
  const root = path.resolve(workspaceRoot);
  const resolved = path.resolve(root, relativePath);
  const rel = path.relative(root, resolved);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) throw new MemoryPathError(relativePath);
  return resolved;
}

/** The text to insert at the end of the file's current content, keeping a line break between them. */
export function textToAppend(currentText: string, appended: string): string {
  if (currentText.length === 0 || currentText.endsWith('\n') || appended.startsWith('\n')) return appended;
  return `\n${appended}`;
}
