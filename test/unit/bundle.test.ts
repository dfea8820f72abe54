import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as esbuild from 'esbuild';
import { extensionBundles, ON_FIRST_USE } from '../../scripts/bundles.mjs';
import { REPO } from './engineHarness';

/** The byte budget of what activating the extension parses: dist/extension.js as packaged (minified). */
const ACTIVATION_BUDGET = 300 * 1024;

test('activation parses at most 300 KB: the engine, the Anthropic SDK, yaml, markdown-it and zod\'s locales load on first use', async (t) => {
  const [extension] = extensionBundles({ bundle: true, minify: true, sourcemap: false, logLevel: 'silent', absWorkingDir: REPO, target: 'node20' });
  const result = await esbuild.build({ ...extension, write: false, metafile: true });
  const [bundle] = result.outputFiles;
  t.diagnostic(`dist/extension.js (production): ${Math.round(bundle.contents.length / 1024)} KB of a ${ACTIVATION_BUDGET / 1024} KB budget`);
  assert.ok(bundle.contents.length <= ACTIVATION_BUDGET, `${bundle.contents.length} bytes`);
  const inputs = Object.keys(result.metafile.inputs);
  for (const lazy of ['node_modules/@anthropic-ai/sdk/', 'node_modules/yaml/', 'node_modules/markdown-it/', 'node_modules/re2js/', 'node_modules/zod/v4/locales/de.js', 'src/core/orchestrator.ts', 'src/core/memory/reader.ts']) {
    assert.ok(!inputs.some((input) => input.includes(lazy)), `${lazy} is in the activation bundle`);
  }
  for (const { outfile } of ON_FIRST_USE) assert.ok(bundle.text.includes(`require("./${outfile.slice('dist/'.length)}")`), `${outfile} is required on first use`);
});
