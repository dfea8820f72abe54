import { statSync } from 'node:fs';
import * as path from 'node:path';

/** What activating the extension cost: its time, and the extension's own code it loaded (the rest loads on first use). */
export interface ActivationCost {
  readonly ms: number;
  /** The extension's files in the module cache when activation ended, relative to the extension, with their sizes. */
  readonly files: readonly { readonly file: string; readonly bytes: number }[];
  readonly bytes: number;
}

/** Measured at the end of `activate`; `startedAt` is `performance.now()` at its start. */
export function activationCost(extensionPath: string, startedAt: number): ActivationCost {
  const ms = performance.now() - startedAt;
  const own = path.join(extensionPath, 'dist') + path.sep;
  // Extension-host tests are bundled under dist/test; they are not the extension's code.
  const tests = path.join(own, 'test') + path.sep;
  const files = Object.keys(require.cache)
    .filter((file) => file.startsWith(own) && !file.startsWith(tests))
    .map((file) => ({ file: path.relative(extensionPath, file).split(path.sep).join('/'), bytes: sizeOf(file) }));
  return { ms, files, bytes: files.reduce((sum, f) => sum + f.bytes, 0) };
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
