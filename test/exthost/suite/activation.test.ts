import * as assert from 'node:assert/strict';
import { activateExtension } from './helpers';

suite('Activation', () => {
  test('activating loads only dist/extension.js; the engine, the Anthropic SDK and markdown-it wait for first use', async () => {
    const { api } = await activateExtension();
    const { activation } = api;
    // Printed, not asserted: a timing on a shared machine says little. The bundle test holds the byte budget of the packaged build.
    console.log(`activation: ${activation.ms.toFixed(1)} ms; code loaded: ${activation.files.map((f) => `${f.file} ${Math.round(f.bytes / 1024)} KB`).join(', ')}`);
    assert.deepEqual(activation.files.map((f) => f.file), ['dist/extension.js']);
  });
});
