import * as vscode from 'vscode';
import { applyMemoryEdit } from '../core/memory/applyEdit';
import { isMemoryEditApplied } from '../core/memory/appliedEdits';
import type { MemoryEdit } from '../core/memory/types';
import type { RunState } from '../core/run/state';
import { resolveInWorkspace } from '../core/workspace/pathGuard';
import type { RunService } from './runService';
import type { OrchestratorSettings } from './settings';
import { errorMessage } from '../core/kernel/format';

export interface BuiltMemoryEdit {
  readonly edit: vscode.WorkspaceEdit;
  /** Files the edit touches, workspace-relative. */
  readonly paths: readonly string[];
  /** One line per file, as shown in the Refactor Preview (and the log): none needs confirmation, so all arrive ticked. */
  readonly entries: readonly { readonly path: string; readonly action: 'append' | 'create'; readonly needsConfirmation: false }[];
  /** The edit opens the Refactor Preview (through its one confirmation entry) rather than applying at once. */
  readonly review: boolean;
  /** Edits refused (a path leading outside the workspace, through `..` or a link), each with its reason. */
  readonly refused: readonly string[];
  /** Files that already hold what the run proposes (applied before): left out of the edit. */
  readonly alreadyApplied: readonly string[];
}

/** Which of a run's proposals are still to apply, by the files as they are now. */
export interface MemoryEditStatus {
  readonly pending: readonly MemoryEdit[];
  /** Paths whose file already holds the proposed text. */
  readonly applied: readonly string[];
}

/**
 * Turns a run's proposed memory edits into ONE WorkspaceEdit. An existing file gets an insert at the
 * end of its CURRENT text (the open document, so unsaved changes stay), by the rule the CLI uses
 * too (`applyMemoryEdit`); a missing one is created; a file that already holds it is left out.
 *
 * With `review`, the Refactor Preview opens with every change ticked, so its diff shows the change
 * at once: VS Code 1.139 opens the preview when some entry of the edit needs confirmation and
 * leaves exactly those entries unticked. So the changes do not need confirmation; one extra entry
 * does, a "create if missing" of the workspace folder itself, which the preview does not list
 * (it exists) and which does nothing even if applied.
 */
export async function buildMemoryWorkspaceEdit(
  edits: readonly MemoryEdit[],
  workspaceFolder: vscode.Uri,
  options: { readonly review: boolean },
): Promise<BuiltMemoryEdit> {
  const workspaceEdit = new vscode.WorkspaceEdit();
  const paths: string[] = [];
  const entries: { path: string; action: 'append' | 'create'; needsConfirmation: false }[] = [];
  const refused: string[] = [];
  const alreadyApplied: string[] = [];
  for (const memoryEdit of edits) {
    let target: vscode.Uri;
    try {
      target = vscode.Uri.file(resolveInWorkspace(workspaceFolder.fsPath, memoryEdit.path));
    } catch (error) {
      refused.push(`Refused the memory update for "${memoryEdit.path}": ${errorMessage(error)}`);
      continue;
    }
    const metadata: vscode.WorkspaceEditEntryMetadata = { needsConfirmation: false, label: 'Memory update', description: memoryEdit.description };
    const document = (await exists(target)) ? await vscode.workspace.openTextDocument(target) : undefined;
    if (document) {
      const current = document.getText();
      if (isMemoryEditApplied(current, memoryEdit)) {
        alreadyApplied.push(memoryEdit.path);
        continue;
      }
      workspaceEdit.insert(target, document.positionAt(current.length), applyMemoryEdit(current, memoryEdit).slice(current.length), metadata);
      entries.push({ path: memoryEdit.path, action: 'append', needsConfirmation: false });
    } else {
      workspaceEdit.createFile(target, { ignoreIfExists: true }, metadata);
      workspaceEdit.insert(target, new vscode.Position(0, 0), applyMemoryEdit(undefined, memoryEdit), metadata);
      entries.push({ path: memoryEdit.path, action: 'create', needsConfirmation: false });
    }
    paths.push(memoryEdit.path);
  }
  const review = options.review && paths.length > 0;
  if (review) workspaceEdit.createFile(workspaceFolder, { ignoreIfExists: true }, { needsConfirmation: true, label: 'Review memory updates' });
  return { edit: workspaceEdit, paths, entries, refused, alreadyApplied, review };
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

async function currentText(root: string, path: string): Promise<string | undefined> {
  try {
    const uri = vscode.Uri.file(resolveInWorkspace(root, path));
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    return open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/** "Review memory updates": the Refactor Preview for a run's proposals (or a direct apply when configured). */
export class MemoryEditService {
  private readonly _onDidApply = new vscode.EventEmitter<string>();
  /** A run's memory updates were written (its id): views that offer them look again. */
  readonly onDidApply = this._onDidApply.event;

  constructor(
    private readonly runs: RunService,
    private readonly settings: () => OrchestratorSettings,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  dispose(): void {
    this._onDidApply.dispose();
  }

  /** Which of the run's proposals its files do not hold yet. */
  async status(state: RunState): Promise<MemoryEditStatus> {
    const pending: MemoryEdit[] = [];
    const applied: string[] = [];
    for (const edit of state.memoryEdits) {
      if (isMemoryEditApplied(await currentText(state.workspace, edit.path), edit)) applied.push(edit.path);
      else pending.push(edit);
    }
    return { pending, applied };
  }

  /** The edits land in the folder the run belongs to. */
  async build(runId: string, review: boolean): Promise<BuiltMemoryEdit | undefined> {
    const state = await this.runs.loadRun(runId);
    if (!state || state.memoryEdits.length === 0) return undefined;
    return buildMemoryWorkspaceEdit(state.memoryEdits, vscode.Uri.file(state.workspace), { review });
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
        already.length > 0 ? `Memory updates already applied: ${already.join(', ')} hold what run ${id} proposed.` : `Run ${id} proposed no memory updates.`,
      );
      return false;
    }
    this.log.info(`memory updates for run ${id}: ${built.paths.join(', ')}${autoApply ? ' (applied without review: autoApplyMemoryUpdates)' : ''}`);
    const targets = built.edit.entries().map(([uri]) => uri);
    const dirtyBefore = new Set(vscode.workspace.textDocuments.filter((d) => d.isDirty).map((d) => d.uri.toString()));
    const applied = await vscode.workspace.applyEdit(built.edit);
    if (!applied) return false;
    await saveUnlessUserWasEditing(targets, dirtyBefore);
    await this.confirm(id);
    return true;
  }

  /** Says what was written (the user may have unticked some changes in the preview). */
  private async confirm(runId: string): Promise<void> {
    const state = await this.runs.loadRun(runId);
    if (!state) return;
    const { applied, pending } = await this.status(state);
    this._onDidApply.fire(runId);
    if (applied.length === 0) return;
    const written = state.memoryEdits.filter((e) => applied.includes(e.path)).map((e) => e.description.replace(/^Add /, 'added ').replace(/^Create /, 'created '));
    const left = pending.length > 0 ? ` Not applied: ${pending.map((e) => e.path).join(', ')}.` : '';
    this.log.info(`memory updates of run ${runId} written: ${applied.join(', ')}`);
    void vscode.window.showInformationMessage(`Memory updated: ${written.join('; ')}.${left}`);
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
