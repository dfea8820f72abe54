// Proves the harness: a real workbench opens on a folder, shows its files, runs a command from the
// Command Palette, and is screenshotted. Installs E2E_VSIX (or dist/task-orchestrator.vsix from
// `npm run package` when there is one) so a package that code-server refuses also fails here.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { repoRoot } from '../../scripts/vscode-test/setup.mjs';
import { withWorkbench } from './harness.mjs';

function vsixUnderTest() {
  if (process.env.E2E_VSIX) return [process.env.E2E_VSIX];
  const packaged = join(repoRoot, 'dist', 'task-orchestrator.vsix');
  return existsSync(packaged) ? [packaged] : [];
}

const folder = mkdtempSync(join(tmpdir(), 'e2e-smoke-folder-'));
writeFileSync(join(folder, 'NOTES.md'), '# Smoke\n');
after(() => rmSync(folder, { recursive: true, force: true }));

test('the workbench opens the folder and runs a Command Palette command', async () => {
  await withWorkbench({ name: 'smoke', folder, vsixPaths: vsixUnderTest() }, async (workbench) => {
    const { page } = workbench;
    await page.getByRole('treeitem', { name: 'NOTES.md' }).waitFor({ state: 'visible', timeout: 30_000 });

    await workbench.runCommand('File: New Untitled Text File');
    await page.getByRole('tab', { name: /^Untitled-1/ }).waitFor({ state: 'visible', timeout: 15_000 });

    const shot = await workbench.screenshot('workbench');
    assert.ok(shot.endsWith('workbench.png'));
    await assert.rejects(workbench.runCommand('No Such Command Exists Here', { timeoutMs: 3_000 }), /No command titled/);
  });
});
