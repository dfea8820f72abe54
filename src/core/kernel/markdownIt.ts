import type markdownItModule from 'markdown-it';

/**
 * markdown-it, required on first use: in the extension it is a bundle of its own
 * (`scripts/bundles.mjs`), so activation does not parse it; the engine and the CLI bundle it.
 */
export function loadMarkdownIt(): typeof markdownItModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
  return require('markdown-it') as typeof markdownItModule;
}
