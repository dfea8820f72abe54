import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TaskOrchestratorApi } from '../../../src/vscode/extension';

export const EXTENSION_ID = 'task-orchestrator.task-orchestrator';

export async function activateExtension(): Promise<{ api: TaskOrchestratorApi; extension: vscode.Extension<TaskOrchestratorApi> }> {
  const extension = vscode.extensions.getExtension<TaskOrchestratorApi>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not installed in the test host`);
  const api = await extension.activate();
  return { api, extension };
}

export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need a workspace folder (a copy of examples/shop)');
  return folder.uri;
}

/** Waits for a condition the UI reaches asynchronously; bounded, so a broken wiring fails the test. */
export async function eventually<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
