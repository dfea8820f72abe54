import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as TreeSitter from '@vscode/tree-sitter-wasm';

/** The tree-sitter grammars the analyzers read; each is `tree-sitter-<name>.wasm` in the package. */
export const GRAMMARS = ['javascript', 'typescript', 'tsx', 'python', 'ruby', 'php'] as const;
export type Grammar = (typeof GRAMMARS)[number];

export interface SyntaxRuntime {
  readonly parser: TreeSitter.Parser;
  language(grammar: Grammar): TreeSitter.Language;
}

export class SyntaxRuntimeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SyntaxRuntimeError';
  }
}

/**
 * The folder holding tree-sitter.js and the grammar .wasm files. A build copies them to
 * `dist/tree-sitter/` beside the bundles (the packaged extension has no node_modules); tests and
 * development under tsx read them from the npm package. Required at run time, never bundled: the
 * runtime and its grammars load only where analysis runs (the analyzer worker), on first use.
 */
export function locateWasmDir(from = __dirname): string {
  for (let dir = from, i = 0; i < 4; i++, dir = dirname(dir)) {
    const beside = join(dir, 'tree-sitter');
    if (existsSync(join(beside, 'tree-sitter.js'))) return beside;
  }
  try {
    const requireHere = createRequire(join(from, 'index.js'));
    return join(dirname(requireHere.resolve('@vscode/tree-sitter-wasm/package.json')), 'wasm');
  } catch {
    throw new SyntaxRuntimeError(`tree-sitter runtime not found beside ${from} nor as the @vscode/tree-sitter-wasm package; rebuild (npm run build) or reinstall (npm ci).`);
  }
}

let loading: Promise<SyntaxRuntime> | undefined;

/**
 * Loads the tree-sitter runtime and the grammars once per thread. The WASM module is global to the
 * thread by nature, so the promise is shared rather than passed around.
 */
export function loadSyntaxRuntime(): Promise<SyntaxRuntime> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined; // a failed load (missing files) may succeed after a rebuild
    throw error;
  });
  return loading;
}

async function load(): Promise<SyntaxRuntime> {
  const dir = locateWasmDir();
  const requireRuntime = createRequire(join(dir, 'tree-sitter.js'));
  const ts = requireRuntime(join(dir, 'tree-sitter.js')) as typeof TreeSitter;
  await ts.Parser.init({ locateFile: (file: string) => join(dir, file) });
  const languages = new Map<Grammar, TreeSitter.Language>();
  for (const grammar of GRAMMARS) {
    languages.set(grammar, await ts.Language.load(readFileSync(join(dir, `tree-sitter-${grammar}.wasm`))));
  }
  const parser = new ts.Parser();
  return {
    parser,
    language(grammar) {
      const language = languages.get(grammar);
      if (!language) throw new SyntaxRuntimeError(`no grammar ${grammar}`);
      return language;
    },
  };
}
