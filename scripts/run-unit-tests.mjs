// Runs every test/unit/**/*.test.ts under node's test runner with tsx (Node 20 has no type stripping).
// Usage: node scripts/run-unit-tests.mjs [filter-substring]
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = join(import.meta.dirname, '..');
const filter = process.argv[2];
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full);
    else if (name.endsWith('.test.ts')) files.push(relative(root, full));
  }
})(join(root, 'test', 'unit'));
const selected = filter ? files.filter((f) => f.includes(filter)) : files;
if (selected.length === 0) {
  console.error(`no unit test files${filter ? ` match "${filter}"` : ''}`);
  process.exit(1);
}
// Three minutes a test file: a guard against a hang, not a speed target. The crash tests' files (a CLI killed and
// resumed, several times) took 55-62 s alone, and a minute cut off their last flow or failed them on a busy CI machine.
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-timeout=180000', ...selected], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
