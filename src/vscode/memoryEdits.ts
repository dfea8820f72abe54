import * as vscode from 'vscode';
import { applyMemoryEdit } from '../core/memory/applyEdit';
import { isMemoryEditApplied } from '../core/memory/appliedEdits';
import type { MemoryEdit } from '../core/memory/types';
import { resolveInWorkspace } from '../core/workspace/pathGuard';
import type { RunService } from './runService';
import type { OrchestratorSettings } from './settings';

export interface BuiltMemoryEdit {
  readonly edit: vscode.WorkspaceEdit;
  /** Files the edit touches, workspace-relative. */
  readonly paths: readonly string[];
  /** One line per file, as shown in the Refactor Preview (and the log). */
  readonly entries: readonly { readonly path: string; readonly action: 'append' | 'create'; readonly needsConfirmation: boolean }[];
  /** Edits refused (a path leading outside the workspace, through `..` or a link), each with its reason. */
  readonly refused: readonly string[];
  /** Files that already hold the run's section (applied before): left out of the edit. */
  readonly alreadyApplied: readonly string[];
}

/**
 * Turns a run's proposed memory edits into ONE WorkspaceEdit. An existing file gets an insert at the
 * end of its CURRENT text (the open document, so unsaved changes stay), by the rule the CLI uses
 * too (`applyMemoryEdit`); a missing one is created. With `needsConfirmation` every entry goes
 * through the Refactor Preview.
 */
export async function buildMemoryWorkspaceEdit(
  edits: readonly MemoryEdit[],
  workspaceFolder: vscode.Uri,
  options: { readonly needsConfirmation: boolean },
): Promise<BuiltMemoryEdit> {
  const workspaceEdit = new vscode.WorkspaceEdit();
  const paths: string[] = [];
  const entries: { path: string; action: 'append' | 'create'; needsConfirmation: boolean }[] = [];
  const refused: string[] = [];
  const alreadyApplied: string[] = [];
  for (const memoryEdit of edits) {
    let target: vscode.Uri;
    try {
      target = vscode.Uri.file(resolveInWorkspace(workspaceFolder.fsPath, memoryEdit.path));
    } catch (error) {
      refused.push(`Refused the memory update for "${memoryEdit.path}": ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const metadata: vscode.WorkspaceEditEntryMetadata = {
      needsConfirmation: options.needsConfirmation,
      label: 'Memory update',
      description: memoryEdit.description,
    };
    if (await exists(target)) {
      const document = await vscode.workspace.openTextDocument(target);
      const current = document.getText();
      if (isMemoryEditApplied(current, memoryEdit)) {
        alreadyApplied.push(memoryEdit.path);
        continue;
      }
      workspaceEdit.insert(target, document.positionAt(current.length), applyMemoryEdit(current, memoryEdit).slice(current.length), metadata);
      entries.push({ path: memoryEdit.path, action: 'append', needsConfirmation: options.needsConfirmation });
    } else {
      workspaceEdit.createFile(target, { ignoreIfExists: true }, metadata);
      workspaceEdit.insert(target, new vscode.Position(0, 0), applyMemoryEdit(undefined, memoryEdit), metadata);
      entries.push({ path: memoryEdit.path, action: 'create', needsConfirmation: options.needsConfirmation });
    }
    paths.push(memoryEdit.path);
  }
  return { edit: workspaceEdit, paths, entries, refused, alreadyApplied };
}

/** Whether a file or folder is there (any failure to stat it counts as not). */
export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** "Review memory updates": the Refactor Preview for a run's proposals (or a direct apply when configured). */
export class MemoryEditService {
  constructor(
    private readonly runs: RunService,
    private readonly settings: () => OrchestratorSettings,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** The edits land in the folder the run belongs to. */
  async build(runId: string, needsConfirmation: boolean): Promise<BuiltMemoryEdit | undefined> {
    const state = await this.runs.loadRun(runId);
    if (!state || state.memoryEdits.length === 0) return undefined;
    return buildMemoryWorkspaceEdit(state.memoryEdits, vscode.Uri.file(state.workspace), { needsConfirmation });
  }

  async review(runId: string | undefined): Promise<boolean> {
    const id = runId ?? (await this.runs.newestRunId());
    if (!id) {
      void vscode.window.showInformationMessage('No run yet: memory updates are proposed at the end of a run.');
      return false;
    }
    const autoApply = this.settings().autoApplyMemoryUpdates;
    const built = await this.build(id, !autoApply);
    for (const reason of built?.refused ?? []) {
      this.log.warn(reason);
      void vscode.window.showWarningMessage(reason);
    }
    if (!built || built.paths.length === 0) {
      const already = built?.alreadyApplied ?? [];
      void vscode.window.showInformationMessage(
        already.length > 0 ? `Run ${id}'s memory updates are already applied (${already.join(', ')}).` : `Run ${id} proposed no memory updates.`,
      );
      return false;
    }
    this.log.info(`memory updates for run ${id}: ${built.paths.join(', ')}${autoApply ? ' (applied without review: autoApplyMemoryUpdates)' : ''}`);
    const targets = built.edit.entries().map(([uri]) => uri);
    const dirtyBefore = new Set(vscode.workspace.textDocuments.filter((d) => d.isDirty).map((d) => d.uri.toString()));
    const applied = await vscode.workspace.applyEdit(built.edit);
    if (applied) await saveUnlessUserWasEditing(targets, dirtyBefore);
    return applied;
  }
}

/**
 * Memory files land on disk, except where the user has unsaved changes of their own: saving those
 * would write their half-done edit too, so that editor stays dirty and saving stays their call.
 */
async function saveUnlessUserWasEditing(targets: readonly vscode.Uri[], dirtyBefore: ReadonlySet<string>): Promise<void> {
  for (const uri of targets) {
    if (dirtyBefore.has(uri.toString())) continue;
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (document?.isDirty) await document.save();
  }
}
