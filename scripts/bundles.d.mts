// Types of scripts/bundles.mjs for the TypeScript that uses it (the bundle test, the bench).
import type { BuildOptions, Plugin } from 'esbuild';

export const zodWithoutLocales: Plugin;
export const ON_FIRST_USE: readonly { readonly importer: string; readonly specifier: string; readonly entry: string; readonly outfile: string }[];
export function extensionBundles(common: BuildOptions): BuildOptions[];
export function copyClassifierModel(bundleDir: string): void;
