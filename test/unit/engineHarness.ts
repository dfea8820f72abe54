// Shared set-up for engine tests: a scratch copy of a sample project, the fake API, an Orchestrator
// whose real AnthropicModelClient talks to the fake API through baseURL.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { AnthropicModelClient } from '../../src/core/model/anthropic';
import { Orchestrator, type OrchestratorConfig } from '../../src/core/orchestrator';
import { startFakeApi, type FakeApi } from '../fake-api/server';
import type { Scenario, ScenarioInput } from '../fake-api/scenarioBuilders';

export const REPO = join(__dirname, '..', '..');
export const TEMPLATES = join(REPO, 'templates');
export const SCENARIOS = join(REPO, 'test', 'fake-api', 'scenarios');

export function copyExample(t: TestContext, name: 'shop' | 'library'): string {
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

export function modelOrchestrator(api: FakeApi, root: string, overrides: Partial<OrchestratorConfig> = {}): Orchestrator {
  return new Orchestrator({
    workspaceRoot: root,
    builtinTemplatesDir: TEMPLATES,
    model: new AnthropicModelClient({ apiKey: 'sk-test-key', baseURL: api.baseURL, maxRetries: 0, idleTimeoutMs: 5000 }),
    models: { planner: 'claude-sonnet-4-6', coordinator: 'claude-sonnet-4-6' },
    parallelLimit: 3,
    ...overrides,
  });
}

export function localOrchestrator(root: string): Orchestrator {
  return new Orchestrator({
    workspaceRoot: root,
    builtinTemplatesDir: TEMPLATES,
    models: { planner: 'none', coordinator: 'none' },
    parallelLimit: 3,
  });
}

export function messagesPosts(api: FakeApi) {
  return api.requests.filter((r) => r.path === '/v1/messages');
}
