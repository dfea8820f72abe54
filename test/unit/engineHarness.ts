// Shared set-up for engine tests: a scratch copy of a sample project, the fake API, an Orchestrator
// whose real AnthropicModelClient talks to the fake API through baseURL.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { AnthropicModelClient } from '../../src/core/model/anthropic';
import { Orchestrator, type RunOptions } from '../../src/core/orchestrator';
import { startFakeApi, type FakeApi } from '../fake-api/server';
import type { Scenario, ScenarioInput } from '../fake-api/scenarioBuilders';

export const REPO = join(__dirname, '..', '..');
export const TEMPLATES = join(REPO, 'templates');
export const SCENARIOS = join(REPO, 'test', 'fake-api', 'scenarios');

export function copyExample(t: TestContext, name: 'shop' | 'library' | 'invoices' | 'inventory' | 'tracker'): string {
  const dir = mkdtempSync(join(tmpdir(), `orchestrator-${name}-`));
  cpSync(join(REPO, 'examples', name), dir, { recursive: true });
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export async function fakeApi(t: TestContext, scenario: Scenario | ScenarioInput | string): Promise<FakeApi> {
  const api = await startFakeApi({ scenario });
  t.after(() => api.close());
  return api;
}

/** The engine of a workspace, as hosts build it: what a run talks to comes with each run. */
export function engineFor(root: string): Orchestrator {
  return new Orchestrator({ workspaceRoot: root, builtinTemplatesDir: TEMPLATES });
}

/** A run whose real AnthropicModelClient talks to the fake API. */
export function modelRun(api: FakeApi, overrides: Partial<RunOptions> = {}): RunOptions {
  return {
    model: new AnthropicModelClient({ apiKey: 'sk-test-key', baseURL: api.baseURL, maxRetries: 0, idleTimeoutMs: 5000 }),
    models: { planner: 'claude-sonnet-4-6', coordinator: 'claude-sonnet-4-6' },
    parallelLimit: 3,
    ...overrides,
  };
}

/** A run with no model: the local analyzers answer. */
export const LOCAL_RUN: RunOptions = {};

export function messagesPosts(api: FakeApi) {
  return api.requests.filter((r) => r.path === '/v1/messages');
}
