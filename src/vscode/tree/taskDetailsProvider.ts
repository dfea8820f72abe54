import * as vscode from 'vscode';
import { Disposable } from '../lifecycle';
import type { RunService } from '../runService';
import { renderTaskDetails } from './taskDetails';

export const DETAILS_SCHEME = 'task-orchestrator';

/** Read-only Markdown documents `task-orchestrator:/<runId>/<taskId>.md`, kept in step with the run. */
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

  static uriFor(runId: string, taskId: string): vscode.Uri {
    return vscode.Uri.from({ scheme: DETAILS_SCHEME, path: `/${encodeURIComponent(runId)}/task-${encodeURIComponent(taskId)}.md` });
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const parsed = parseDetailsUri(uri);
    if (!parsed) return `Not a task details address: ${uri.toString()}\n`;
    const state = await this.runs.loadRun(parsed.runId);
    if (!state) return `# Run ${parsed.runId}\n\nThe journal of this run could not be read.\n`;
    return renderTaskDetails(state, parsed.taskId);
  }
}

function parseDetailsUri(uri: vscode.Uri): { runId: string; taskId: string } | undefined {
  const match = /^\/([^/]+)\/task-([^/]+)\.md$/.exec(uri.path);
  return match ? { runId: decodeURIComponent(match[1]), taskId: decodeURIComponent(match[2]) } : undefined;
}
