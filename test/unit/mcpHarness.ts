// The MCP server as a client sees it: `node bin/task-orchestrator.js mcp` started by the test with
// the SDK's own Client and StdioClientTransport, and stopped by its PID if it outlives the test.
// bin/ runs dist/cli.js when it exists; so that a test never runs a stale build, the bin script is
// run from a scratch package (bin/, dist/cli.js as cliProcess bundles it from the current sources,
// dist/templates, dist/classifier), laid out as the real one is.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { TestContext } from 'node:test';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { copyClassifierModel } from '../../scripts/bundles.mjs';
import { cliBundle } from './cliProcess';
import { REPO } from './engineHarness';

let packageDir: string | undefined;

function scratchPackage(): string {
  if (packageDir) return packageDir;
  const dir = mkdtempSync(join(tmpdir(), 'task-orchestrator-package-'));
  mkdirSync(join(dir, 'bin'));
  cpSync(join(REPO, 'bin', 'task-orchestrator.js'), join(dir, 'bin', 'task-orchestrator.js'));
  cpSync(join(REPO, 'templates'), join(dir, 'dist', 'templates'), { recursive: true });
  copyClassifierModel(join(dir, 'dist'));
  cpSync(cliBundle(), join(dir, 'dist', 'cli.js'));
  // Runs without a key analyze in a worker whose bundle and tree-sitter files sit beside the CLI's, as in dist/.
  cpSync(join(dirname(cliBundle()), 'analyzer-worker.js'), join(dir, 'dist', 'analyzer-worker.js'));
  cpSync(join(REPO, 'node_modules', '@vscode', 'tree-sitter-wasm', 'wasm'), join(dir, 'dist', 'tree-sitter'), { recursive: true });
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  packageDir = dir;
  return dir;
}

export interface McpSession {
  readonly client: Client;
  readonly pid: number;
  /** What the server wrote to stderr so far. */
  stderr(): string;
  /** Closes the connection (the server's stdin ends) and resolves once the process has exited. */
  close(): Promise<void>;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A connected client of a fresh server for `workspace`; `env` is all the server's environment gets besides PATH and HOME. */
export async function startMcpServer(t: TestContext, workspace: string, env: Record<string, string> = {}): Promise<McpSession> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [join(scratchPackage(), 'bin', 'task-orchestrator.js'), 'mcp', '--cwd', workspace],
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), ...env },
    stderr: 'pipe',
  });
  let stderr = '';
  transport.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const client = new Client({ name: 'task-orchestrator-test', version: '0.0.0' });
  await client.connect(transport);
  const pid = transport.pid;
  assert.ok(pid, 'the server process has a pid');
  t.after(async () => {
    await client.close().catch(() => undefined);
    if (alive(pid)) process.kill(pid, 'SIGKILL');
  });
  return {
    client,
    pid,
    stderr: () => stderr,
    async close() {
      await client.close();
      const deadline = Date.now() + 5000;
      while (alive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    },
  };
}

/** The text parts of a tool result, joined. */
export function resultText(result: object): string {
  const content = ((result as { content?: unknown }).content ?? []) as { type: string; text?: string }[];
  return content.filter((c) => c.type === 'text').map((c) => c.text ?? '').join('\n');
}

export { alive };
