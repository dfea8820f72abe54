// Lint rules that keep the architecture visible (docs/architecture.md draws the same picture):
// - src/core never imports VS Code at runtime, nor anything of ours outside itself;
// - inside src/core, folders form layers and a folder imports only lower layers (types included);
// - src/vscode and src/cli import core and protocol, never each other or the webview;
// - src/protocol imports nothing of ours; src/webview imports src/protocol only;
// - no runtime import cycle anywhere in src/.
import { readdirSync } from 'node:fs';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const vscodeRuntime = {
  name: 'vscode',
  allowTypeImports: true,
  message: 'src/core, src/protocol, src/webview and src/cli run without VS Code: use `import type` or move the code to src/vscode.',
};

/** The MCP SDK and what it pulls in (express, hono, ajv, …) belong to the CLI's bundle, never the extension's. */
const mcpOutsideCli = {
  group: ['@modelcontextprotocol/*'],
  message: 'The MCP SDK belongs to the CLI bundle (task-orchestrator mcp): keep it out of src/core and the extension\'s activation bundle.',
};

/**
 * The layers of src/core, lowest first. A folder may import the folders of lower layers only:
 * never its own layer's other folders, never a higher one. orchestrator.ts wires everything;
 * enginePool.ts keeps one Orchestrator per workspace folder for a host.
 */
const CORE_LAYERS = [
  ['kernel'],
  ['workspace', 'model'],
  ['memory', 'cost'],
  ['plan', 'analyzers'],
  ['run'],
  ['coordinators'],
  ['delegation', 'synthesis', 'audit', 'patterns'],
  ['runOptions.ts', 'runPlanning.ts'],
  ['orchestrator.ts'],
  ['enginePool.ts'],
];

const corePath = (name) => `./src/core/${name}`;

// A folder or file of src/core without a layer would escape the rules: say so instead.
const unlayered = readdirSync(new URL('./src/core/', import.meta.url)).filter((name) => !CORE_LAYERS.flat().includes(name));
if (unlayered.length > 0) {
  throw new Error(`src/core/${unlayered.join(', src/core/')}: give it a layer in CORE_LAYERS (eslint.config.mjs) and docs/architecture.md.`);
}

function coreLayerZones() {
  return CORE_LAYERS.flatMap((layer, level) => {
    const below = CORE_LAYERS.slice(0, level).flat();
    const notBelow = CORE_LAYERS.slice(level).flat();
    return layer.map((name) => ({
      target: corePath(name),
      from: notBelow.filter((other) => other !== name).map(corePath),
      message: `src/core/${name} ${below.length ? `may import only ${below.join(', ')}` : 'imports nothing of ours'} (the layer order in docs/architecture.md).`,
    }));
  }).filter((zone) => zone.from.length > 0);
}

const hostZones = [
  { target: './src/core', from: ['./src/vscode', './src/cli', './src/webview', './src/protocol'], message: 'src/core depends on nothing of ours outside itself.' },
  { target: './src/vscode', from: ['./src/cli', './src/webview'], message: 'src/vscode imports src/core and src/protocol only.' },
  { target: './src/cli', from: ['./src/vscode', './src/webview'], message: 'src/cli imports src/core only.' },
  { target: './src/protocol', from: ['./src/core', './src/vscode', './src/cli', './src/webview'], message: 'src/protocol owns its message shapes and imports nothing of ours.' },
  { target: './src/webview', from: ['./src/core', './src/vscode', './src/cli'], message: 'the webview imports src/protocol only.' },
];

export default tseslint.config(
  { ignores: ['test/fixtures/**', 'dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'examples/**', 'test-results/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json'] })],
      // no-cycle parses the imported files too, and they are TypeScript.
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...hostZones, ...coreLayerZones()] }],
      // Type-only imports are erased, so only runtime cycles count; the layer zones above forbid
      // type imports against the direction as well.
      'import-x/no-cycle': 'error',
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: [vscodeRuntime] }] },
  },
  {
    files: ['src/core/**/*.ts', 'src/protocol/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: [vscodeRuntime], patterns: [mcpOutsideCli] }] },
  },
  {
    files: ['src/vscode/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [mcpOutsideCli] }] },
  },
  {
    files: ['src/webview/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'the webview runs in a browser frame; talk to the host through src/protocol.' }],
        patterns: [mcpOutsideCli],
      }],
    },
  },
  {
    files: ['test/**/*.ts', 'test/**/*.mjs', 'scripts/**/*.mjs', 'bin/**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
