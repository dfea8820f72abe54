import * as assert from 'node:assert/strict';
import { activateExtension } from './helpers';

suite('Activation', () => {
  test('activating loads only dist/extension.js; the engine, the Anthropic SDK and markdown-it wait for first use', async () => {
    const { api } = await activateExtension();
    const { activation } = api;
    // Printed, not asserted: a timing on a shared machine says little. This build is not minified;
    // test/unit/bundle.test.ts holds the packaged (minified) dist/extension.js to the 300 KB budget.
    console.log(`activation: ${activation.ms.toFixed(1)} ms; code loaded: ${activation.files.map((f) => `${f.file} ${Math.round(f.bytes / 1024)} KB`).join(', ')} (unminified test build)`);
    assert.deepEqual(activation.files.map((f) => f.file), ['dist/extension.js']);
  });
});
