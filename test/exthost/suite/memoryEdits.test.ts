import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { applyMemoryEdits } from '../../../src/cli/memoryOutput';
import type { MemoryEdit } from '../../../src/core/memory/types';
import type { RunEvent } from '../../../src/core/run/events';
import type { TaskOrchestratorApi } from '../../../src/vscode/extension';
import { activateExtension, workspaceFolder } from './helpers';

const SECTION = '## Checkout (2026-10-02)\n\n- One query per cart.\n';
/** The files as they are when the edits are applied; a missing one is absent. */
const CASES: Record<string, string | undefined> = {
  'memory-cases/no-trailing-newline.md': '# Notes\n\nlast line',
  'memory-cases/trailing-newline.md': '# Notes\n',
  'memory-cases/empty.md': '',
  'memory-cases/missing.md': undefined,
};

function edit(file: string, proposedOn: string): MemoryEdit {
  return { path: file, kind: 'append', baseContent: proposedOn, text: `\n${SECTION}`, description: `Add to ${file}` };
}

/** A finished run whose journal proposes `edits`, as the engine writes it. */
function journalRun(root: string, runId: string, edits: readonly MemoryEdit[]): void {
  const at = new Date().toISOString();
  const events: RunEvent[] = [
    { type: 'RunStarted', at, runId, request: 'Memory edits test', mode: 'local', workspace: root },
    ...edits.map((e): RunEvent => ({ type: 'MemoryEditProposed', at, edit: e })),
    { type: 'RunCompleted', at },
  ];
  const dir = path.join(root, '.orchestrator', 'runs');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${runId}.jsonl`), events.map((e) => JSON.stringify(e)).join('\n') + '\n');
}

function writeCases(root: string): void {
  mkdirSync(path.join(root, 'memory-cases'), { recursive: true });
  for (const [file, text] of Object.entries(CASES)) if (text !== undefined) writeFileSync(path.join(root, file), text);
}

suite('Memory edits applied in VS Code', () => {
  let api: TaskOrchestratorApi;
  let scratch: string;
  const config = () => vscode.workspace.getConfiguration('taskOrchestrator');

  suiteSetup(async () => {
    api = (await activateExtension()).api;
    scratch = mkdtempSync(path.join(tmpdir(), 'exthost-memory-'));
    await config().update('autoApplyMemoryUpdates', true, vscode.ConfigurationTarget.Global);
  });

  suiteTeardown(async () => {
    await config().update('autoApplyMemoryUpdates', undefined, vscode.ConfigurationTarget.Global);
    rmSync(scratch, { recursive: true, force: true });
    rmSync(path.join(workspaceFolder().fsPath, 'memory-cases'), { recursive: true, force: true });
  });

  test('give the same bytes as the CLI for the same edits (no trailing newline, empty file, missing file)', async () => {
    const root = workspaceFolder().fsPath;
    const edits = Object.keys(CASES).map((file) => edit(file, '# Notes\n'));
    writeCases(root);
    journalRun(root, 'memory-bytes-test', edits);
    assert.equal(await api.memoryEdits.review('memory-bytes-test'), true);

    const cliRoot = path.join(scratch, 'cli');
    writeCases(cliRoot);
    assert.deepEqual(applyMemoryEdits(cliRoot, edits).refused, []);
    for (const file of Object.keys(CASES)) {
      const inVsCode = readFileSync(path.join(root, file), 'utf8');
      assert.equal(inVsCode, readFileSync(path.join(cliRoot, file), 'utf8'), `${file} differs between VS Code and the CLI`);
      assert.ok(inVsCode.endsWith(SECTION), `${file}: ${JSON.stringify(inVsCode)}`);
    }
    assert.equal(readFileSync(path.join(root, 'memory-cases/no-trailing-newline.md'), 'utf8'), `# Notes\n\nlast line\n\n${SECTION}`);
  });

  test('refuse an edit to a symbolic link that leads outside the workspace, and apply the others', async () => {
    const root = workspaceFolder().fsPath;
    const outside = path.join(scratch, 'outside.md');
    writeFileSync(outside, '# not yours\n');
    mkdirSync(path.join(root, 'memory-cases'), { recursive: true });
    symlinkSync(outside, path.join(root, 'memory-cases', 'leak.md'));
    const edits = [edit('memory-cases/leak.md', ''), edit('memory-cases/kept.md', '')];
    journalRun(root, 'memory-link-test', edits);

    const built = await api.memoryEdits.build('memory-link-test', false);
    assert.deepEqual(built?.paths, ['memory-cases/kept.md']);
    assert.match(built?.refused[0] ?? '', /memory-cases\/leak\.md.*leads outside the workspace/);
    assert.equal(await api.memoryEdits.review('memory-link-test'), true);
    assert.equal(readFileSync(outside, 'utf8'), '# not yours\n', 'the file outside the workspace is untouched');
    assert.ok(existsSync(path.join(root, 'memory-cases', 'kept.md')));
  });
});
