import * as vscode from 'vscode';
import { Disposable } from '../lifecycle';
import type { RunService } from '../runService';
import { renderTaskDetails } from './taskDetails';

export const DETAILS_SCHEME = 'task-orchestrator';

/** Read-only Markdown documents `task-orchestrator:/<runId>/task-<taskId>/<name>.md`, kept in step with the run. */
export class TaskDetailsProvider extends Disposable implements vscode.TextDocumentContentProvider {
  private readonly _onDidChange = this._register(new vscode.EventEmitter<vscode.Uri>());
  readonly onDidChange = this._onDidChange.event;

  constructor(private readonly runs: RunService) {
    super();
    this._register(runs.onDidChangeRun((change) => {
      for (const doc of vscode.workspace.textDocuments) {
        if (doc.uri.scheme === DETAILS_SCHEME && parseDetailsUri(doc.uri)?.runId === change.runId) this._onDidChange.fire(doc.uri);
      }
    }));
  }

  /**
   * The task's address; with its title, the last part names the task, so the preview's tab reads "Preview 3. Find the cause.md"
   * rather than "Preview task-3.md" for every task.
   */
  static uriFor(runId: string, taskId: string, title?: string): vscode.Uri {
    const name = title === undefined ? '' : tabName(taskId, title);
    return vscode.Uri.from({ scheme: DETAILS_SCHEME, path: `/${encodeURIComponent(runId)}/task-${encodeURIComponent(taskId)}${name ? `/${name}` : ''}.md` });
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const parsed = parseDetailsUri(uri);
    if (!parsed) return `Not a task details address: ${uri.toString()}\n`;
    const state = await this.runs.loadRun(parsed.runId);
    if (!state) return `# Run ${parsed.runId}\n\nThe journal of this run could not be read.\n`;
    return renderTaskDetails(state, parsed.taskId);
  }
}

/** Longest tab name kept: the rest of a long title is cut at a word and marked with "…". */
const TAB_NAME_LENGTH = 60;

/** "3. Find the cause", in characters a path and a tab title take as they are (a title may come from a flag a model raised). */
function tabName(taskId: string, title: string): string {
  const plain = `${taskId}. ${title}`.replace(/[^\p{L}\p{N} .,()'-]+/gu, ' ').replace(/\s+/g, ' ').trim();
  if (plain.length <= TAB_NAME_LENGTH) return plain;
  const cut = plain.slice(0, TAB_NAME_LENGTH);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), TAB_NAME_LENGTH / 2)).trim()}…`;
}

function parseDetailsUri(uri: vscode.Uri): { runId: string; taskId: string } | undefined {
  // "/<run>/task-<id>.md", or "/<run>/task-<id>/<name>.md" with the task's name for the tab.
  const match = /^\/([^/]+)\/task-([^/]+)(?:\/[^/]*)?\.md$/.exec(uri.path);
  return match ? { runId: decodeURIComponent(match[1]), taskId: decodeURIComponent(match[2]) } : undefined;
}
