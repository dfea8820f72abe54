// How the extension is cut into bundles (used by scripts/build.mjs, the bundle test and the bench):
// dist/extension.js is what activation loads; the rest is loaded on first use.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const root = join(import.meta.dirname, '..');

/**
 * zod's classic API re-exports every locale's error messages (about 260 KB minified); the engine
 * only ever speaks English, so the locales module is replaced by one that has only `en`.
 */
export const zodWithoutLocales = {
  name: 'zod-without-locales',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${join('node_modules', 'zod')}`) ? { path: join(dirname(args.importer), '..', 'locales', 'index.js'), namespace: 'zod-locales' } : undefined);
    build.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(join(dirname(args.path), 'en.js'))};`,
      resolveDir: dirname(args.path),
    }));
  },
};

/**
 * Code the extension loads on first use rather than at activation: each is a bundle of its own
 * beside dist/extension.js, and the import that reaches it becomes a `require` of that file. The
 * engine (planning, memory, analyzers, yaml, markdown-it, RE2, secret rules, zod) is loaded when the
 * first engine is made; the Anthropic SDK when the first Anthropic client is.
 */
export const ON_FIRST_USE = [
  { importer: 'src/core/enginePool.ts', specifier: './orchestrator', entry: 'src/core/orchestrator.ts', outfile: 'dist/engine.js' },
  { importer: 'src/vscode/models/anthropicClientFactory.ts', specifier: '../../core/model/anthropic', entry: 'src/core/model/anthropic.ts', outfile: 'dist/anthropic.js' },
  { importer: 'src/vscode/runService.ts', specifier: '../core/cost/priceSettings', entry: 'src/core/cost/priceSettings.ts', outfile: 'dist/priceSettings.js' },
  { importer: 'src/core/kernel/markdownIt.ts', specifier: 'markdown-it', entry: 'node_modules/markdown-it/dist/markdown-it.cjs.js', outfile: 'dist/markdown-it.js' },
];

const loadedOnFirstUse = {
  name: 'loaded-on-first-use',
  setup(build) {
    build.onResolve({ filter: /^[.\w]/ }, (args) => {
      const lazy = ON_FIRST_USE.find((l) => args.importer === join(root, l.importer) && args.path === l.specifier);
      return lazy ? { path: `./${basename(lazy.outfile)}`, external: true } : undefined;
    });
  },
};

/** The extension's bundles: dist/extension.js and those it loads on first use, with `common` esbuild options. */
export function extensionBundles(common) {
  return [
    {
      ...common,
      entryPoints: ['src/vscode/extension.ts'],
      outfile: 'dist/extension.js',
      platform: 'node',
      format: 'cjs',
      external: ['vscode'],
      plugins: [zodWithoutLocales, loadedOnFirstUse],
    },
    ...ON_FIRST_USE.map((lazy) => ({ ...common, entryPoints: [lazy.entry], outfile: lazy.outfile, platform: 'node', format: 'cjs', external: ['vscode'] })),
  ];
}

/**
 * The classifier's committed model, read at run time from classifier/ beside the bundles
 * (src/core/plan/classifier/builtinModel.ts) rather than bundled: megabytes of JSON the engine
 * bundle would otherwise parse whenever it loads. Copied by the build to dist/, and by the tests
 * and the bench beside the bundles they make.
 */
export function copyClassifierModel(bundleDir) {
  const to = join(bundleDir, 'classifier');
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  for (const name of ['model.json', 'exemplars.json', 'exemplarTerms.txt']) cpSync(join(root, 'src', 'core', 'plan', 'classifier', name), join(to, name));
}
