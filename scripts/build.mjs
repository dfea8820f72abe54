// Bundles the extension, the Progress webview, the CLI and the extension-host tests with esbuild,
// and copies the built-in templates next to the bundle so a packaged extension finds them.
//   node scripts/build.mjs [--watch] [--production]
import * as esbuild from 'esbuild';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { copyClassifierModel, extensionBundles, zodWithoutLocales } from './bundles.mjs';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  plugins: [zodWithoutLocales],
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  absWorkingDir: root,
  target: 'node20',
};

const builds = [
  ...extensionBundles(common),
  {
    ...common,
    entryPoints: ['src/webview/main.ts'],
    outfile: 'dist/webview/dashboard.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  },
];

// Local analysis runs in a worker thread, in a bundle of its own: the extension host's bundle
// does not carry the analyzers, and the tree-sitter runtime and grammars are loaded from
// dist/tree-sitter/ by the worker on first use, never bundled.
builds.push({
  ...common,
  entryPoints: ['src/core/analyzers/worker/entry.ts'],
  outfile: 'dist/analyzer-worker.js',
  platform: 'node',
  format: 'cjs',
  external: ['@vscode/tree-sitter-wasm'],
});

if (existsSync(join(root, 'src/cli/main.ts'))) {
  builds.push({
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
  });
} else {
  console.warn('build: src/cli/main.ts does not exist yet; skipping dist/cli.js');
}

// suite/ runs in a trusted window, restricted/ in one opened in Restricted Mode, multiRoot/ in one with
// two workspace folders (test/exthost/runner.mjs).
const suitesIn = (folder) => {
  const dir = join(root, 'test/exthost', folder);
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.test.ts')).map((f) => `test/exthost/${folder}/${f}`) : [];
};
if (existsSync(join(root, 'test/exthost/index.ts'))) {
  // A suite deleted or moved must not keep running from an earlier build.
  rmSync(join(dist, 'test', 'exthost'), { recursive: true, force: true });
  builds.push({
    ...common,
    entryPoints: ['test/exthost/index.ts', 'test/exthost/restrictedIndex.ts', 'test/exthost/multiRootIndex.ts', ...suitesIn('suite'), ...suitesIn('restricted'), ...suitesIn('multiRoot')],
    outdir: 'dist/test/exthost',
    outbase: 'test/exthost',
    platform: 'node',
    format: 'cjs',
    // mocha loads suite files by path at run time; it is resolved from the repo's node_modules.
    external: ['vscode', 'mocha'],
  });
}

function copyTemplates() {
  const from = join(root, 'templates');
  const to = join(dist, 'templates');
  rmSync(to, { recursive: true, force: true });
  if (!existsSync(from)) {
    console.warn('build: templates/ does not exist yet; the packaged extension would have no built-in templates');
    return;
  }
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from).filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))) cpSync(join(from, name), join(to, name));
}

/** The tree-sitter runtime and the grammars the analyzers read, beside the worker bundle. */
const TREE_SITTER_FILES = ['tree-sitter.js', 'tree-sitter.wasm', ...['javascript', 'typescript', 'tsx', 'python', 'ruby', 'php'].map((g) => `tree-sitter-${g}.wasm`)];

function copyTreeSitter() {
  const from = join(root, 'node_modules', '@vscode', 'tree-sitter-wasm', 'wasm');
  const to = join(dist, 'tree-sitter');
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  for (const name of TREE_SITTER_FILES) cpSync(join(from, name), join(to, name));
}

/** A production build must not leave a stale source map from an earlier dev build in the package. */
function removeSourceMaps(dir) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) removeSourceMaps(full);
    else if (entry.name.endsWith('.map')) rmSync(full);
  }
}

const started = Date.now();
if (production) removeSourceMaps(dist);
copyTemplates();
copyClassifierModel(dist);
copyTreeSitter();
if (watch) {
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
  console.log('build: watching for changes…');
} else {
  const results = await Promise.allSettled(builds.map((options) => esbuild.build(options)));
  const failed = results.filter((r) => r.status === 'rejected');
  if (failed.length > 0) {
    for (const f of failed) console.error(f.reason instanceof Error ? f.reason.message : f.reason);
    process.exit(1);
  }
  console.log(`build: ${builds.map((b) => b.outfile ?? b.outdir).join(', ')} in ${Date.now() - started} ms`);
}
