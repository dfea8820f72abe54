import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { startFakeApi, type FakeApi, type Scenario } from '../../fake-api/server';
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

export interface FakeAnthropic {
  readonly api: TaskOrchestratorApi;
  readonly fake: FakeApi;
}

/**
 * Call inside a suite: for its tests the extension has an API key and talks to a fake Anthropic API
 * playing `scenario` (a file of test/fake-api/scenarios, or a scenario built in code); afterwards the
 * key and the endpoint are gone again.
 */
export function useFakeAnthropic(scenario: string | Scenario): FakeAnthropic {
  const held: { api?: TaskOrchestratorApi; fake?: FakeApi } = {};
  const settings = () => vscode.workspace.getConfiguration('taskOrchestrator');
  suiteSetup(async () => {
    const { api, extension } = await activateExtension();
    held.api = api;
    held.fake = await startFakeApi({ scenario: typeof scenario === 'string' ? path.join(extension.extensionPath, 'test', 'fake-api', 'scenarios', scenario) : scenario });
    await settings().update('anthropic.baseUrl', held.fake.baseURL, vscode.ConfigurationTarget.Global);
    await api.apiKeys.store('sk-ant-test-key-for-the-fake-api');
  });
  suiteTeardown(async () => {
    await held.api?.apiKeys.clear();
    await settings().update('anthropic.baseUrl', undefined, vscode.ConfigurationTarget.Global);
    await held.fake?.close();
  });
  return {
    get api() {
      assert.ok(held.api, 'useFakeAnthropic: the suite has not started');
      return held.api;
    },
    get fake() {
      assert.ok(held.fake, 'useFakeAnthropic: the suite has not started');
      return held.fake;
    },
  };
}

/** The text parts of a language-model tool's result, joined. */
export function toolText(result: vscode.LanguageModelToolResult): string {
  return result.content.map((part) => (part instanceof vscode.LanguageModelTextPart ? part.value : '')).join('');
}
