import { posix } from 'node:path';
import type { FileModel } from './model';

const JS_EXTENSIONS = ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts'];
/** Path aliases most projects configure (`@/lib/db`, `~/server/db`), tried against the package root and its src/. */
const ALIASES = ['@/', '~/', '#/', '$lib/'];
const ROOT_MARKERS = ['package.json', 'tsconfig.json', 'jsconfig.json'];

/**
 * Finds the project file an import names: relative and aliased JavaScript specifiers, dotted Python
 * modules (relative, or absolute from any package root), and Ruby/PHP classes by name (Rails and
 * Composer autoload them). Anything not in the workspace is a package.
 */
export class ModuleIndex {
  private readonly pythonModules = new Map<string, string[]>();
  private readonly classes = new Map<string, { file: FileModel; cls: number }[]>();
  private readonly roots: ReadonlySet<string>;

  /** tsconfig/jsconfig `paths`: alias prefix (before `*`) → targets (before `*`), relative to the workspace. */
  private readonly aliases: { prefix: string; targets: string[] }[] = [];

  constructor(private readonly files: ReadonlyMap<string, FileModel>, allFiles: readonly string[], tsconfigs: ReadonlyMap<string, string> = new Map()) {
    for (const [path, text] of tsconfigs) this.aliases.push(...pathAliases(path, text));
    this.aliases.sort((a, b) => b.prefix.length - a.prefix.length);
    this.roots = new Set(allFiles.filter((p) => ROOT_MARKERS.includes(posix.basename(p))).map((p) => posix.dirname(p)));
    for (const [path, file] of files) {
      if (path.endsWith('.py')) {
        const parts = path.replace(/\.py$/, '').split('/');
        if (parts[parts.length - 1] === '__init__') parts.pop();
        for (let i = 0; i < parts.length; i++) {
          const dotted = parts.slice(i).join('.');
          this.pythonModules.set(dotted, [...(this.pythonModules.get(dotted) ?? []), path]);
        }
      }
      if (file.lang === 'rb' || file.lang === 'php') {
        for (const cls of file.classes) {
          if (cls.name) this.classes.set(cls.name, [...(this.classes.get(cls.name) ?? []), { file, cls: cls.id }]);
        }
      }
    }
  }

  file(path: string): FileModel | undefined {
    return this.files.get(path);
  }

  /** The project file a JavaScript/TypeScript specifier names, if it is one. */
  javascript(from: string, spec: string): FileModel | undefined {
    const dir = posix.dirname(from);
    if (spec.startsWith('.')) return this.jsCandidate(posix.join(dir, spec));
    for (const alias of this.aliases.filter((a) => spec.startsWith(a.prefix))) {
      for (const target of alias.targets) {
        const found = this.jsCandidate(target + spec.slice(alias.prefix.length));
        if (found) return found;
      }
    }
    const alias = ALIASES.find((a) => spec.startsWith(a));
    const rest = alias ? spec.slice(alias.length) : spec;
    if (!alias && (!spec.includes('/') || spec.startsWith('@'))) return undefined; // a package
    for (const root of this.packageRoots(from)) {
      const found = this.jsCandidate(posix.join(root, rest)) ?? this.jsCandidate(posix.join(root, 'src', rest));
      if (found) return found;
    }
    return undefined;
  }

  private packageRoots(from: string): string[] {
    const roots: string[] = [];
    for (let dir = posix.dirname(from); ; dir = posix.dirname(dir)) {
      if (this.roots.has(dir)) roots.push(dir);
      if (dir === '.' || dir === '/' || dir === '') break;
    }
    if (!roots.includes('.')) roots.push('.');
    return roots;
  }

  private jsCandidate(base: string): FileModel | undefined {
    const normal = posix.normalize(base).replace(/^\.\//, '');
    const stem = normal.replace(/\.(?:m|c)?js$/, '');
    for (const candidate of [normal, ...JS_EXTENSIONS.map((e) => stem + e), ...JS_EXTENSIONS.map((e) => `${normal}/index${e}`)]) {
      const file = this.files.get(candidate);
      if (file) return file;
    }
    return undefined;
  }

  /**
   * The project module a Python import names (`.models`, `..db.session`, `app.core.db`): its file,
   * or for a package folder without __init__.py the folder itself.
   */
  python(from: string, module: string): FileModel | string | undefined {
    const dots = /^\.*/.exec(module)![0].length;
    const rest = module.slice(dots);
    if (dots > 0) {
      let dir = posix.dirname(from);
      for (let i = 1; i < dots; i++) dir = posix.dirname(dir);
      const base = rest ? posix.join(dir, ...rest.split('.')) : dir;
      return this.files.get(`${base}.py`) ?? this.files.get(`${base}/__init__.py`) ?? (rest ? undefined : this.packageOf(base));
    }
    const candidates = this.pythonModules.get(rest) ?? [];
    if (candidates.length <= 1) return candidates[0] ? this.files.get(candidates[0]) : undefined;
    // Several packages end with the same dotted name: the one nearest the importing file.
    const shared = (p: string) => { let i = 0; while (i < p.length && p[i] === from[i]) i++; return i; };
    return this.files.get([...candidates].sort((a, b) => shared(b) - shared(a) || a.length - b.length)[0]);
  }

  /** A submodule of a Python package (`from . import views`): the package's __init__.py or its folder. */
  pythonSubmodule(pkg: FileModel | string, name: string): FileModel | undefined {
    const dir = typeof pkg === 'string' ? pkg : pkg.path.endsWith('__init__.py') ? posix.dirname(pkg.path) : undefined;
    if (dir === undefined) return undefined;
    return this.files.get(posix.join(dir, `${name}.py`)) ?? this.files.get(posix.join(dir, name, '__init__.py'));
  }

  /** A package folder with no __init__.py (namespace package), when it holds Python files. */
  private packageOf(dir: string): string | undefined {
    const prefix = dir === '.' ? '' : `${dir}/`;
    for (const path of this.files.keys()) if (path.startsWith(prefix) && path.endsWith('.py')) return dir;
    return undefined;
  }

  /** Ruby and PHP classes by name (autoloaded); the first when several share it. */
  classNamed(name: string): { file: FileModel; cls: number } | undefined {
    return this.classes.get(name)?.[0];
  }
}

/** The `paths` of a tsconfig.json/jsconfig.json (JSON with comments), as workspace-relative prefixes. */
export function pathAliases(configPath: string, text: string): { prefix: string; targets: string[] }[] {
  let config: { compilerOptions?: { baseUrl?: string; paths?: Record<string, string[]> } };
  try {
    config = JSON.parse(withoutJsonComments(text)) as typeof config;
  } catch {
    return []; // an unreadable config resolves nothing; relative imports still do
  }
  const base = posix.join(posix.dirname(configPath), config.compilerOptions?.baseUrl ?? '.');
  return Object.entries(config.compilerOptions?.paths ?? {}).map(([alias, targets]) => ({
    prefix: alias.replace(/\*$/, ''),
    targets: (Array.isArray(targets) ? targets : []).map((t) => posix.normalize(posix.join(base, String(t).replace(/\*$/, ''))).replace(/^\.\//, '')),
  }));
}

/** JSONC to JSON: comments and trailing commas out, strings untouched (`"@server/*": ["./server/*"]` is not a comment). */
function withoutJsonComments(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const start = i;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      out += text.slice(start, i + 1);
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else {
      out += c;
    }
  }
  return out.replace(/,(\s*[}\]])/g, '$1');
}
