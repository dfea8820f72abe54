// Lint rules that keep the architecture visible: the engine (src/core) never imports VS Code at
// runtime, the webview only talks through src/protocol, and nothing reaches into the hosts.
import tseslint from 'typescript-eslint';

const vscodeRuntime = {
  name: 'vscode',
  allowTypeImports: true,
  message: 'src/core, src/protocol, src/webview and src/cli run without VS Code: use `import type` or move the code to src/vscode.',
};

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
    files: ['src/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [vscodeRuntime],
        patterns: [{ group: ['**/vscode/**', '**/cli/**', '**/webview/**', '**/protocol/**'], message: 'src/core depends on nothing of ours outside itself.' }],
      }],
    },
  },
  {
    files: ['src/cli/**/*.ts', 'src/protocol/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [vscodeRuntime],
        patterns: [{ group: ['**/vscode/**', '**/webview/**'], message: 'hosts do not import each other.' }],
      }],
    },
  },
  {
    files: ['src/webview/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'the webview runs in a browser frame; talk to the host through src/protocol.' }],
        patterns: [{ group: ['**/core/**', '**/vscode/**', '**/cli/**'], message: 'the webview imports src/protocol only.' }],
      }],
    },
  },
  {
    files: ['test/**/*.ts', 'test/**/*.mjs', 'scripts/**/*.mjs', 'bin/**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
