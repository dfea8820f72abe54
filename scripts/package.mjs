// Builds (minified) and packages the extension as dist/task-orchestrator.vsix. Everything the
// extension needs is bundled, so no node_modules go in (--no-dependencies). Works offline.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`package: ${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

run(process.execPath, [join(root, 'scripts/build.mjs'), '--production']);
const vsce = join(root, 'node_modules/@vscode/vsce/vsce');
// README images stay relative: they ship in the .vsix (docs/screenshots), and there is no public repository to point at.
const args = [vsce, 'package', '--allow-missing-repository', '--no-rewrite-relative-links', '--no-dependencies', '-o', 'dist/task-orchestrator.vsix'];
if (!existsSync(join(root, 'LICENSE')) && !existsSync(join(root, 'LICENSE.md'))) args.push('--skip-license');
run(process.execPath, args);
