import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import { resolveInWorkspace } from '../../core/workspace/pathGuard';

/**
 * Where a cited `file:line` opens from the chat: the file in its workspace folder with `#L<line>`,
 * which VS Code opens with the line centred. Only a file the one path guard accepts (inside the
 * workspace after resolving links) and that exists gets a link; anything else stays text.
 */
export function locationHref(workspaceRoot: string, file: string, line: number): string | undefined {
  try {
    if (!existsSync(resolveInWorkspace(workspaceRoot, file))) return undefined;
  } catch {
    return undefined;
  }
  const folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.fsPath === workspaceRoot)?.uri ?? vscode.Uri.file(workspaceRoot);
  return vscode.Uri.joinPath(folder, ...file.split('/')).with({ fragment: `L${line}` }).toString();
}
