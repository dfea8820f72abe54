import type { Analyzer, AnalyzerContext, AnalyzerFinding } from '../types';
import { grammarOf, loadProgram } from '../program/load';
import { baseName, dirName, isGenerated, readIfSmall } from '../files';

const FRAMEWORKS = ['react', 'react-dom', 'vue', 'svelte', '@angular/core', 'preact', 'solid-js', 'next', 'nuxt', '@sveltejs/kit'];

/** Heavy libraries with lighter, tree-shakeable alternatives. lodash is only heavy when imported whole. */
const HEAVY: Readonly<Record<string, string>> = {
  moment: 'moment is about 290 KB minified with its locales and cannot be tree-shaken; date-fns or dayjs (2 KB) cover the usual needs',
  'moment-timezone': 'moment-timezone ships the timezone database (about 900 KB); Intl.DateTimeFormat handles time zones natively',
  jquery: 'jquery (about 90 KB) duplicates what the DOM and the UI framework already do',
  lodash: 'importing lodash whole pulls all of it (about 70 KB minified) into the bundle; import single functions (lodash/debounce) or use lodash-es',
  underscore: 'underscore duplicates what modern JavaScript provides natively',
};

/**
 * Packages used through configuration or tooling rather than imports from the source, and database
 * drivers an ORM loads by name (`pg` for Sequelize, Knex, Prisma's adapter) or a client it generates.
 */
const USED_WITHOUT_IMPORT = /^(@types\/|typescript$|vite$|webpack|@vitejs\/|@babel\/|babel-|eslint|prettier|postcss|autoprefixer|tailwindcss|react-scripts$|next$|nuxt$|sass$|less$|core-js$|regenerator-runtime$|@sveltejs\/|svelte$|pg$|pg-native$|pg-hstore$|mysql2?$|mariadb$|sqlite3$|better-sqlite3$|tedious$|oracledb$|@prisma\/client$)/;

interface PackageJson { dependencies?: Record<string, string>; scripts?: Record<string, string> }

export const frontendDependenciesAnalyzer: Analyzer = {
  id: 'frontend.dependencies',
  domain: 'frontend',
  description: 'Heavy dependencies (moment, whole lodash, jquery) and dependencies never imported in a frontend package',
  async run(ctx, signal) {
    const findings: AnalyzerFinding[] = [];
    for (const manifest of ctx.files.filter((p) => baseName(p) === 'package.json' && !isGenerated(p))) {
      signal?.throwIfAborted();
      const text = await readIfSmall(ctx, manifest);
      const pkg = parse(text);
      const deps = Object.keys(pkg?.dependencies ?? {});
      if (!text || !deps.some((d) => FRAMEWORKS.includes(d))) continue; // not a frontend package
      const imports = await importsUnder(ctx, dirName(manifest), signal);
      const scripts = scriptWords(pkg?.scripts);
      const peers = await peersOfInstalled(ctx, dirName(manifest));
      const lineOf = (dep: string) => Math.max(1, text.split('\n').findIndex((l) => l.includes(`"${dep}"`)) + 1);
      for (const dep of deps) {
        const used = imports.has(dep) || runByScript(dep, scripts) || (imports.jsx && (dep === 'react' || dep === 'react-dom'));
        const heavy = HEAVY[dep];
        // lodash imported per function (lodash/debounce) is fine; whole or unused, it is weight.
        if (heavy && (dep !== 'lodash' || !used || imports.wholeLodash)) {
          findings.push(finding(manifest, lineOf(dep), `Heavy dependency ${dep}${used ? '' : ' (never imported)'}`,
            `${heavy}.${used ? '' : ` It is not imported anywhere under ${dirName(manifest) || 'the package'}: remove it from dependencies.`}`, 'medium', text));
        } else if (!used && !USED_WITHOUT_IMPORT.test(dep) && !peers.has(dep)) {
          findings.push(finding(manifest, lineOf(dep), `Unused dependency ${dep}`,
            `${dep} is listed in dependencies of ${manifest} but never imported or required under ${dirName(manifest) || 'the package'}; remove it so it cannot end up in the bundle or the install.`, 'low', text));
        }
      }
    }
    return findings;
  },
};

function finding(file: string, line: number, title: string, detail: string, severity: 'low' | 'medium', text: string): AnalyzerFinding {
  return { analyzer: 'frontend.dependencies', title, detail, severity, evidence: [{ file, line, excerpt: text.split('\n')[line - 1]?.trim() }] };
}

function parse(text: string | undefined): PackageJson | undefined {
  if (!text) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as PackageJson) : undefined;
  } catch {
    return undefined; // a broken manifest is not this analyzer's finding
  }
}

/** Words of the npm scripts: the commands they run. */
function scriptWords(scripts: Record<string, string> | undefined): Set<string> {
  return new Set(Object.values(scripts ?? {}).flatMap((cmd) => String(cmd).split(/[\s&|;()]+/)).filter((w) => /^[\w@./-]+$/.test(w)));
}

/**
 * A dependency whose command a script runs: `vite build` runs vite, `email build` react-email's
 * `email`, `svgr` @svgr/cli's, `sequelize db:migrate` sequelize-cli's.
 */
function runByScript(dep: string, words: ReadonlySet<string>): boolean {
  const last = dep.split('/').pop() ?? dep;
  const scope = dep.startsWith('@') ? dep.slice(1).split('/')[0] : undefined;
  return words.has(dep) || words.has(last) || (last === 'cli' && scope !== undefined && words.has(scope))
    || [...words].some((w) => w.length >= 4 && (last.endsWith(`-${w}`) || last === `${w}-cli`));
}

/**
 * Peer dependencies of the installed packages, from the lockfile: react-is for styled-components,
 * y-protocols for the Yjs bindings are declared by the app without being imported by it. (A yarn v1
 * lockfile does not record peers; then nothing is known.)
 */
async function peersOfInstalled(ctx: AnalyzerContext, dir: string): Promise<Set<string>> {
  const names = new Set<string>();
  const prefix = dir ? `${dir}/` : '';
  for (const lock of ['package-lock.json', 'yarn.lock', 'pnpm-lock.yaml'].map((n) => `${prefix}${n}`).filter((p) => ctx.files.includes(p))) {
    const text = await ctx.read(lock).catch(() => '');
    if (lock.endsWith('package-lock.json')) {
      try {
        const packages = (JSON.parse(text) as { packages?: Record<string, { peerDependencies?: object }> }).packages ?? {};
        for (const info of Object.values(packages)) for (const name of Object.keys(info.peerDependencies ?? {})) names.add(name);
      } catch {
        // a lockfile that does not parse says nothing
      }
      continue;
    }
    // yarn berry and pnpm: entries indented under each package's `peerDependencies:` key.
    let peerIndent = -1;
    for (const line of text.split('\n')) {
      const indent = line.length - line.trimStart().length;
      if (/^\s*peerDependencies:\s*$/.test(line)) { peerIndent = indent; continue; }
      if (peerIndent < 0) continue;
      if (line.trim() === '' || indent <= peerIndent) { peerIndent = -1; continue; }
      const name = /^\s*['"]?(@?[\w.-]+(?:\/[\w.-]+)?)['"]?:/.exec(line)?.[1];
      if (name) names.add(name);
    }
  }
  return names;
}

/** Package names imported by the source, style and markup files under `dir`, and whether JSX is written there (React's automatic runtime imports react itself). */
async function importsUnder(ctx: AnalyzerContext, dir: string, signal?: AbortSignal): Promise<Set<string> & { wholeLodash: boolean; jsx: boolean }> {
  const names = Object.assign(new Set<string>(), { wholeLodash: false, jsx: false });
  const add = (spec: string) => {
    if (/^[./]/.test(spec)) return;
    const bare = spec.replace(/^~/, '');
    names.add(bare.startsWith('@') ? bare.split('/').slice(0, 2).join('/') : bare.split('/')[0]);
    if (bare === 'lodash') names.wholeLodash = true;
  };
  const prefix = dir ? `${dir}/` : '';
  const program = await loadProgram(ctx, signal);
  for (const path of ctx.files.filter((p) => p.startsWith(prefix) && !isGenerated(p))) {
    if (/\.[jt]sx$/.test(path)) names.jsx = true;
    if (grammarOf(path)) {
      const model = await program.model(path);
      for (const spec of model?.imports ?? []) add(spec);
    } else if (/\.(vue|svelte|astro|css|scss|sass|less|html)$/.test(path)) {
      // Single-file components and style sheets are not parsed; their import lines are plain enough to read as text.
      const text = (await readIfSmall(ctx, path)) ?? '';
      for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*|@import\s+(?:url\()?|@use\s+)['"]([^'"]+)['"]/g)) add(m[1]);
    }
  }
  return names;
}

