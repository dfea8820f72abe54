import type { SourceFile } from './files';
import { indentOf, matchBracket } from './mask';

/** A named function (or method) and the offsets of its body in its file. */
export interface FunctionRange {
  readonly name: string;
  readonly file: SourceFile;
  readonly start: number;
  readonly end: number;
}

const NOT_FUNCTIONS = new Set(['if', 'for', 'while', 'switch', 'catch', 'function', 'return', 'with', 'constructor']);

export function findFunctions(file: SourceFile): FunctionRange[] {
  if (file.lang === 'py') return pythonFunctions(file);
  if (file.lang !== 'js' && file.lang !== 'php') return [];
  const { bare } = file.src;
  const out: FunctionRange[] = [];
  const patterns = [
    /\bfunction\s*\*?\s*(\w+)\s*\(/g,
    /\b(?:const|let|var)\s+(\w+)\s*=\s*(?:async\s+)?(?:function\b[^(]*\(|\([^)]*\)\s*=>|\w+\s*=>)/g,
    /^[ \t]*(?:(?:public|private|protected|static|async)\s+)*(\w+)\s*\([^)]*\)\s*(?::\s*[^{\n]+)?\{/gm,
    /\b(\w+)\s*:\s*(?:async\s+)?(?:function\b[^(]*\(|\([^)]*\)\s*=>)/g,
  ];
  for (const re of patterns) {
    for (const m of bare.matchAll(re)) {
      if (NOT_FUNCTIONS.has(m[1])) continue;
      const body = bodyAfter(bare, m.index + m[0].length - 1);
      if (body) out.push({ name: m[1], file, start: body.start, end: body.end });
    }
  }
  return out;
}

/** The function body after its signature: a braced block, or an arrow's expression. `from` is the signature's last character. */
function bodyAfter(bare: string, from: number): { start: number; end: number } | undefined {
  if (bare[from] === '{') return blockAt(bare, from);
  let i = from + 1;
  if (bare[from] === '(') {
    const close = matchBracket(bare, from);
    if (close < 0) return undefined;
    i = close + 1;
    const brace = /^\s*(?::[^{=;]*)?(=>)?\s*\{/.exec(bare.slice(i));
    return brace ? blockAt(bare, i + brace[0].length - 1) : undefined;
  }
  while (i < bare.length && /\s/.test(bare[i])) i++;
  if (bare[i] === '{') return blockAt(bare, i);
  if (bare[i] === '(') { const close = matchBracket(bare, i); return close < 0 ? undefined : { start: i, end: close + 1 }; }
  const end = bare.slice(i).search(/[;\n]/);
  return { start: i, end: end < 0 ? bare.length : i + end };
}

function blockAt(bare: string, open: number): { start: number; end: number } | undefined {
  const close = matchBracket(bare, open);
  return close < 0 ? undefined : { start: open + 1, end: close };
}

function pythonFunctions(file: SourceFile): FunctionRange[] {
  const out: FunctionRange[] = [];
  const lines = file.src.bare.split('\n');
  let offset = 0;
  const starts = lines.map((l) => { const s = offset; offset += l.length + 1; return s; });
  lines.forEach((line, n) => {
    const m = /^(\s*)(?:async\s+)?def\s+(\w+)\s*\(/.exec(line);
    if (!m) return;
    let last = n;
    for (let k = n + 1; k < lines.length; k++) {
      if (lines[k].trim() === '') continue;
      if (indentOf(lines[k]) <= m[1].length) break;
      last = k;
    }
    out.push({ name: m[2], file, start: starts[n] + line.length, end: starts[last] + lines[last].length });
  });
  return out;
}
