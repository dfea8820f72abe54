// What every orchestrator e2e test starts from: the packaged extension, a fresh copy of
// examples/shop, and (for model-backed runs) the fake Anthropic API in this process.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { repoRoot } from '../../../scripts/vscode-test/setup.mjs';
import { startFakeApi, type FakeApi } from '../../fake-api/server';
import { withWorkbench, type Workbench } from '../harness.mjs';

export const SCENARIOS_DIR = join(repoRoot, 'test', 'fake-api', 'scenarios');

/** The key the tests hand the extension through ANTHROPIC_API_KEY; the fake API accepts any. */
export const FAKE_KEY = 'sk-ant-e2e-fake';

export class MissingVsixError extends Error {
  constructor(path: string) {
    super(`No packaged extension at ${path}. Run \`npm run package\` first (npm run test:e2e does), or set E2E_VSIX.`);
    this.name = 'MissingVsixError';
  }
}

function vsixUnderTest(): string {
  const path = process.env.E2E_VSIX ?? join(repoRoot, 'dist', 'task-orchestrator.vsix');
  if (!existsSync(path)) throw new MissingVsixError(path);
  return path;
}

export interface ShopWorkspace {
  readonly folder: string;
  read(relativePath: string): string;
  dispose(): void;
}

/** A throwaway copy of a sample workspace (examples/shop unless told) without earlier runs' journals, so every test starts clean. */
function copyShop(testName: string, source = join('examples', 'shop')): ShopWorkspace {
  const root = mkdtempSync(join(tmpdir(), `e2e-${testName}-`));
  const folder = join(root, basename(source));
  cpSync(join(repoRoot, source), folder, {
    recursive: true,
    filter: (path) => !/[\\/](node_modules|\.orchestrator)$/.test(path),
  });
  return {
    folder,
    read: (relativePath) => readFileSync(join(folder, relativePath), 'utf8'),
    dispose: () => (process.env.E2E_KEEP_TEMP ? undefined : rmSync(root, { recursive: true, force: true })),
  };
}

/** Starts the fake API on 127.0.0.1 with a scenario file from test/fake-api/scenarios. */
function startScenario(file: string, log: (line: string) => void = () => {}): Promise<FakeApi> {
  return startFakeApi({ scenario: join(SCENARIOS_DIR, file), log: (line) => process.env.E2E_VERBOSE && log(line) });
}

/** Workbench options that point the extension at the fake API with a key. */
function modelBackedOptions(api: FakeApi): { env: Record<string, string>; settings: Record<string, unknown> } {
  return {
    env: { ANTHROPIC_API_KEY: FAKE_KEY },
    settings: { 'taskOrchestrator.anthropic.baseUrl': api.baseURL },
  };
}

/** YYYY-MM-DD of today, as the memory proposals date their sections. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * A fresh copy of the shop in a real workbench with the extension under test. With a `scenario`
 * the extension has a key and the fake API behind it (`api`); without one it has neither. The
 * workbench, the fake API and the copy are all gone afterwards, whatever happened.
 */
export async function withShopWorkbench(
  options: { name: string; log: (line: string) => void; scenario: string; workspace?: string },
  drive: (context: { workbench: Workbench; shop: ShopWorkspace; api: FakeApi }) => Promise<void>,
): Promise<void>;
export async function withShopWorkbench(
  options: { name: string; log: (line: string) => void; workspace?: string },
  drive: (context: { workbench: Workbench; shop: ShopWorkspace }) => Promise<void>,
): Promise<void>;
/** `workspace`: another sample folder to copy instead of the shop (repository-relative, e.g. test/fixtures/hostile). */
export async function withShopWorkbench(
  options: { name: string; log: (line: string) => void; scenario?: string; workspace?: string },
  drive: (context: { workbench: Workbench; shop: ShopWorkspace; api: FakeApi }) => Promise<void>,
): Promise<void> {
  const shop = copyShop(options.name, options.workspace);
  let api: FakeApi | undefined;
  try {
    api = options.scenario === undefined ? undefined : await startScenario(options.scenario, options.log);
    const backing = api ? modelBackedOptions(api) : {};
    const opened = { name: options.name, log: options.log, folder: shop.folder, vsixPath: vsixUnderTest(), ...backing };
    // The overloads promise `api` only to callers that gave a scenario.
    await withWorkbench(opened, (workbench) => drive({ workbench, shop, api: api as FakeApi }));
  } finally {
    await api?.close();
    shop.dispose();
  }
}
