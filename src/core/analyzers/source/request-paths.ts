import { baseName, type SourceFile } from './files';
import { matchBracket } from './mask';
import { findFunctions, type FunctionRange } from './functions';

/** Code that runs while a request is being answered: the handler and what it calls. */
export interface RequestPath {
  /** "POST /checkout", or the URL pattern alone when the framework routes every method. */
  readonly route: string;
  readonly file: SourceFile;
  readonly line: number;
  /** Handler body and every function reached from it, as offsets in their files. */
  readonly ranges: readonly { readonly file: SourceFile; readonly start: number; readonly end: number }[];
}

interface Handler { route: string; file: SourceFile; line: number; start: number; end: number; names: string[] }

/**
 * Routes declared with Express-style `app.get('/x', ...)`, Flask/FastAPI decorators and Django
 * `path('x/', views.fn)`; the call graph is followed by name through functions defined in the same
 * file or in files it imports, so a helper with the same name elsewhere is not confused with it.
 */
export function findRequestPaths(sources: readonly SourceFile[], maxDepth = 6): RequestPath[] {
  const functions = sources.flatMap(findFunctions);
  const byName = new Map<string, FunctionRange[]>();
  for (const f of functions) byName.set(f.name, [...(byName.get(f.name) ?? []), f]);
  const imports = new Map(sources.map((s) => [s.path, importedStems(s)]));

  const resolve = (name: string, from: SourceFile): FunctionRange[] => {
    const candidates = byName.get(name) ?? [];
    const stems = imports.get(from.path) ?? new Set<string>();
    return candidates.filter((c) => c.file === from || stems.has(stemOf(c.file.path)));
  };

  return sources.flatMap((file) => handlersIn(file, functions)).map((handler) => {
    const ranges: RequestPath['ranges'][number][] = [{ file: handler.file, start: handler.start, end: handler.end }];
    const visited = new Set<FunctionRange>();
    let frontier: { file: SourceFile; text: string; extra: string[] }[] = [
      { file: handler.file, text: handler.file.src.bare.slice(handler.start, handler.end), extra: handler.names },
    ];
    for (let depth = 0; depth < maxDepth && frontier.length > 0; depth++) {
      const next: typeof frontier = [];
      for (const item of frontier) {
        const names = new Set([...item.extra, ...[...item.text.matchAll(/\b([A-Za-z_$][\w$]*)\b/g)].map((m) => m[1])]);
        for (const name of names) {
          for (const fn of resolve(name, item.file)) {
            if (visited.has(fn)) continue;
            visited.add(fn);
            ranges.push({ file: fn.file, start: fn.start, end: fn.end });
            next.push({ file: fn.file, text: fn.file.src.bare.slice(fn.start, fn.end), extra: [] });
          }
        }
      }
      frontier = next;
    }
    return { route: handler.route, file: handler.file, line: handler.line, ranges };
  });
}

function handlersIn(file: SourceFile, functions: readonly FunctionRange[]): Handler[] {
  const { bare, code } = file.src;
  const out: Handler[] = [];
  if (file.lang === 'js') {
    for (const m of bare.matchAll(/\b\w+\s*\.\s*(get|post|put|patch|delete|all)\s*\(\s*(['"`])/g)) {
      const open = bare.indexOf('(', m.index);
      const close = matchBracket(bare, open);
      const quote = m.index + m[0].length - 1;
      const pathEnd = code.indexOf(m[2], quote + 1);
      const path = code.slice(quote + 1, pathEnd);
      if (close < 0 || !path.startsWith('/')) continue;
      out.push({ route: `${m[1].toUpperCase()} ${path}`, file, line: file.src.lineAt(m.index), start: pathEnd + 1, end: close, names: [] });
    }
  }
  if (file.lang === 'py') {
    for (const m of code.matchAll(/^[ \t]*@\w+\.(route|get|post|put|patch|delete)\s*\(\s*['"]([^'"]+)['"]([^\n]*)\n(?:[ \t]*@[^\n]*\n)*[ \t]*(?:async\s+)?def\s+(\w+)/gm)) {
      const fn = functions.find((f) => f.file === file && f.name === m[4] && f.start > m.index);
      if (!fn) continue;
      const method = m[1] === 'route' ? (/methods\s*=\s*\[\s*['"](\w+)/.exec(m[3])?.[1] ?? 'GET') : m[1];
      out.push({ route: `${method.toUpperCase()} ${m[2]}`, file, line: file.src.lineAt(m.index), start: fn.start, end: fn.end, names: [] });
    }
    for (const m of code.matchAll(/\b(?:re_)?path\s*\(\s*r?['"]([^'"]*)['"]\s*,\s*([\w.]+)(?:\.as_view\(\))?/g)) {
      const view = m[2].split('.').pop()!;
      if (view === 'include') continue;
      // The view is named, not inlined: reaching it is the first step of the call graph.
      out.push({ route: `/${m[1].replace(/^\^|\$$/g, '')}`, file, line: file.src.lineAt(m.index), start: m.index, end: m.index, names: [view] });
    }
  }
  return out;
}

function stemOf(path: string): string {
  return baseName(path).replace(/\.[^.]+$/, '');
}

/** Stems of the files a source imports (`./cart` → cart, `from . import views` → views). */
function importedStems(file: SourceFile): Set<string> {
  const code = file.src.code;
  const stems = new Set<string>();
  const addPath = (spec: string) => stems.add(stemOf(spec === '.' || spec === './' ? 'index' : spec));
  for (const m of code.matchAll(/\brequire\s*\(\s*['"](\.[^'"]*)['"]|\bfrom\s+['"](\.[^'"]*)['"]|\bimport\s+['"](\.[^'"]*)['"]/g)) addPath(m[1] ?? m[2] ?? m[3]);
  if (file.lang === 'py') {
    for (const m of code.matchAll(/^[ \t]*from\s+([.\w]+)\s+import[ \t]+(\([\w, \n]+\)|[\w, \t]+)/gm)) {
      const module = m[1].replace(/^\.+/, '');
      if (module) stems.add(module.split('.').pop()!);
      else for (const name of m[2].replace(/[()]/g, '').split(',')) stems.add(name.trim());
    }
    for (const m of code.matchAll(/^\s*import\s+([\w.]+)/gm)) stems.add(m[1].split('.').pop()!);
  }
  return stems;
}
