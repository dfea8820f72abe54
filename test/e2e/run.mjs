// Runs the end-to-end tests (test/e2e/**/*.e2e.mjs and *.e2e.ts) one file at a time under node's
// test runner; each drives its own code-server + Chromium through ./harness.mjs.
//   node test/e2e/run.mjs [filter-substring]
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ensureTestVSCode } from '../../scripts/vscode-test/setup.mjs';

const root = join(import.meta.dirname, '..', '..');
const filter = process.argv[2];
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full);
    else if (/\.e2e\.(mjs|ts)$/.test(name)) files.push(relative(root, full));
  }
})(import.meta.dirname);
const selected = filter ? files.filter((file) => file.includes(filter)) : files;
if (selected.length === 0) {
  console.error(`no e2e test files${filter ? ` match "${filter}"` : ''}`);
  process.exit(1);
}
// Install (or reuse) code-server once up front rather than racing inside the first test's timeout.
await ensureTestVSCode();
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-timeout=300000', ...selected],
  { cwd: root, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
