import type { Analyzer, AnalyzerFinding } from '../types';
import { extensionOf } from '../files';

const BUILD_DIRS = new Set(['dist', 'build', 'out', '.next', 'public/build']);
const KB = 1024;
export const JS_BUDGET_BYTES = 250 * KB;
export const CSS_BUDGET_BYTES = 100 * KB;
export const IMAGE_BUDGET_BYTES = 200 * KB;

const kb = (bytes: number) => `${Math.round(bytes / KB)} KB`;

function isDocumentation(path: string): boolean {
  return path.split('/').slice(0, -1).some((p) => /^(?:docs?|documentation|\.github|screenshots)$/i.test(p));
}

function inBuildOutput(path: string): boolean {
  return path.split('/').slice(0, -1).some((p) => BUILD_DIRS.has(p));
}

/**
 * Built bundles over budget (JS > 250 KB, CSS > 100 KB per file, before compression). No flag:
 * the bundle is the frontend's own to split; no other domain has work to do about it.
 */
export const bundleSizeAnalyzer: Analyzer = {
  id: 'frontend.bundle-size',
  domain: 'frontend',
  description: 'Built JS bundles over 250 KB and CSS over 100 KB in dist/build/out folders',
  async run(ctx, signal) {
    const findings: AnalyzerFinding[] = [];
    for (const path of ctx.files.filter(inBuildOutput)) {
      const ext = extensionOf(path);
      const budget = ['js', 'mjs', 'cjs'].includes(ext) ? JS_BUDGET_BYTES : ext === 'css' ? CSS_BUDGET_BYTES : undefined;
      if (budget === undefined) continue;
      signal?.throwIfAborted();
      const size = await ctx.size(path);
      if (size <= budget) continue;
      findings.push({
        analyzer: 'frontend.bundle-size',
        title: `Bundle ${path} is ${kb(size)} (budget ${kb(budget)})`,
        detail: `${path} weighs ${kb(size)}, over the ${kb(budget)} budget for one ${ext === 'css' ? 'stylesheet' : 'script'}: `
          + 'every first visit downloads and parses all of it before the page is interactive. '
          + 'Split it (dynamic import() for routes and rarely used widgets), drop heavy or unused dependencies, and check it is minified.',
        severity: 'medium',
        evidence: [{ file: path, line: 1 }],
        memoryNote: `${path} was ${kb(size)} (budget ${kb(budget)}).`,
      });
    }
    return findings;
  },
};

/** Raster images over 200 KB; SVG and modern formats (webp, avif) are left alone. */
export const imageSizeAnalyzer: Analyzer = {
  id: 'frontend.image-size',
  domain: 'frontend',
  description: 'PNG/JPEG/GIF images over 200 KB',
  async run(ctx, signal) {
    const findings: AnalyzerFinding[] = [];
    const seen = new Set<string>();
    // Screenshots in documentation are not served to users.
    const images = ctx.files.filter((p) => ['png', 'jpg', 'jpeg', 'gif'].includes(extensionOf(p)) && !isDocumentation(p));
    // Sources before build output, so a copied image is reported where it can be fixed.
    for (const path of [...images.filter((p) => !inBuildOutput(p)), ...images.filter(inBuildOutput)]) {
      signal?.throwIfAborted();
      const size = await ctx.size(path);
      const name = path.slice(path.lastIndexOf('/') + 1);
      // A copy of the same image in the build output is the same problem, reported once.
      if (size <= IMAGE_BUDGET_BYTES || (inBuildOutput(path) && seen.has(`${name}:${size}`))) continue;
      seen.add(`${name}:${size}`);
      findings.push({
        analyzer: 'frontend.image-size',
        title: `Unoptimized image ${path} (${kb(size)})`,
        detail: `${path} is ${kb(size)}. Compress it and serve a resized WebP/AVIF (with srcset for smaller screens); most photos fit in well under ${kb(IMAGE_BUDGET_BYTES)}.`,
        severity: 'low',
        evidence: [{ file: path, line: 1 }],
      });
    }
    return findings;
  },
};
