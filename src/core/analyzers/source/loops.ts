import { indentOf, matchBracket, type Lang, type MaskedSource } from './mask';

/** A loop whose body runs once per item; offsets are into the masked text. */
export interface LoopRange {
  readonly headerLine: number;
  /** Body offsets [start, end): code here runs per iteration. The loop header is not part of it. */
  readonly start: number;
  readonly end: number;
  /** The loop variable(s) and the iterated expression, when the syntax names them. */
  readonly variable?: string;
  readonly iterable?: string;
}

export function findLoops(src: MaskedSource, lang: Lang): LoopRange[] {
  switch (lang) {
    case 'js': case 'php': return braceLoops(src, lang);
    case 'py': return [...indentLoops(src, /^(\s*)(?:async\s+)?for\s+(.+?)\s+in\s+(.+):/, /^(\s*)while\s+.+:/), ...comprehensions(src)];
    case 'rb': return rubyLoops(src);
    default: return [];
  }
}

function braceLoops(src: MaskedSource, lang: 'js' | 'php'): LoopRange[] {
  const loops: LoopRange[] = [];
  const bare = src.bare;
  const statement = lang === 'php' ? /\b(for|foreach|while)\s*\(/g : /\b(for(?:\s+await)?|while)\s*\(/g;
  for (const m of bare.matchAll(statement)) {
    const open = m.index + m[0].length - 1;
    const close = matchBracket(bare, open);
    if (close < 0) continue;
    const header = src.code.slice(open + 1, close);
    const of = /^\s*(?:const|let|var)?\s*([\w${}\s,[\]]+?)\s+(?:of|in)\s+([\s\S]+)$/.exec(header)
      ?? /^\s*([\s\S]+?)\s+as\s+([\s\S]+)$/.exec(header);
    const iterable = lang === 'php' && of ? of[1] : of?.[2];
    const variable = lang === 'php' && of ? of[2] : of?.[1];
    const body = statementAfter(bare, close + 1);
    loops.push({ headerLine: src.lineAt(m.index), start: body.start, end: body.end, variable: variable?.trim(), iterable: iterable?.trim() });
  }
  for (const m of bare.matchAll(/\bdo\s*\{/g)) {
    const open = m.index + m[0].length - 1;
    const close = matchBracket(bare, open);
    if (close > 0) loops.push({ headerLine: src.lineAt(m.index), start: open + 1, end: close });
  }
  const callback = lang === 'php'
    ? /(?:->\s*(?:each|map|transform|filter|flatMap)|\barray_map|\barray_walk)\s*\(/g
    : /\.\s*(?:forEach|map|flatMap|reduce|filter|some|every)\s*\(/g;
  for (const m of bare.matchAll(callback)) {
    const open = m.index + m[0].length - 1;
    const close = matchBracket(bare, open);
    if (close < 0) continue;
    const receiver = /([\w$.\]\)]+)\s*$/.exec(src.code.slice(Math.max(0, m.index - 80), m.index))?.[1];
    const param = /^\s*(?:async\s*)?\(?\s*([\w$]+)/.exec(src.code.slice(open + 1, close))?.[1];
    loops.push({ headerLine: src.lineAt(m.index), start: open + 1, end: close, variable: param, iterable: receiver });
  }
  return loops;
}

/** The statement after a loop header: a braced block or a single statement. */
function statementAfter(bare: string, from: number): { start: number; end: number } {
  let i = from;
  while (i < bare.length && /\s/.test(bare[i])) i++;
  if (bare[i] === '{') {
    const close = matchBracket(bare, i);
    return { start: i + 1, end: close < 0 ? bare.length : close };
  }
  if (bare[i] === ':') { // PHP alternative syntax: foreach (...): ... endforeach;
    const end = bare.slice(i).search(/\bend(?:foreach|for|while)\b/);
    return { start: i + 1, end: end < 0 ? bare.length : i + end };
  }
  const semicolon = bare.indexOf(';', i);
  return { start: i, end: semicolon < 0 ? bare.length : semicolon + 1 };
}

/** Python-style loops whose body is the following more-indented lines (or the rest of the header line). */
function indentLoops(src: MaskedSource, forPattern: RegExp, whilePattern: RegExp): LoopRange[] {
  const loops: LoopRange[] = [];
  const lines = src.bare.split('\n');
  const codeLines = src.code.split('\n');
  let offset = 0;
  const starts = lines.map((l) => { const s = offset; offset += l.length + 1; return s; });
  lines.forEach((line, n) => {
    const m = forPattern.exec(line) ?? whilePattern.exec(line);
    if (!m) return;
    const indent = m[1].length;
    const colon = line.indexOf(':', m[0].length - 1);
    const headerEnd = starts[n] + colon + 1;
    let last = n;
    for (let k = n + 1; k < lines.length; k++) {
      if (lines[k].trim() === '') continue;
      if (indentOf(lines[k]) <= indent) break;
      last = k;
    }
    const end = starts[last] + lines[last].length;
    const header = forPattern.exec(codeLines[n]);
    loops.push({ headerLine: n + 1, start: headerEnd, end, variable: header?.[2].trim(), iterable: header?.[3].trim() });
  });
  return loops;
}

/** `[f(x) for x in xs]`: the expression before `for` runs per item. */
function comprehensions(src: MaskedSource): LoopRange[] {
  const loops: LoopRange[] = [];
  const bare = src.bare;
  for (const m of bare.matchAll(/[^\n\S]for\s+([\w, ]+?)\s+in\s/g)) {
    const lineStart = bare.lastIndexOf('\n', m.index) + 1;
    if (bare.slice(lineStart, m.index).trim() === '') continue; // a for statement, not a comprehension
    let depth = 0;
    let open = -1;
    for (let i = m.index; i >= 0; i--) {
      const c = bare[i];
      if (c === ')' || c === ']' || c === '}') depth++;
      else if (c === '(' || c === '[' || c === '{') { if (depth === 0) { open = i; break; } depth--; }
    }
    if (open < 0) continue;
    const close = matchBracket(bare, open);
    const inPart = src.code.slice(m.index + m[0].length, close < 0 ? undefined : close);
    const iterable = inPart.split(/\bif\b/)[0].trim();
    loops.push({ headerLine: src.lineAt(m.index), start: open + 1, end: m.index, variable: m[1].trim(), iterable });
  }
  return loops;
}

const RUBY_ITERATORS = 'each|each_with_index|each_with_object|map|collect|flat_map|select|reject|find_each|find_in_batches|each_slice|times|sum|filter_map';

function rubyLoops(src: MaskedSource): LoopRange[] {
  const loops: LoopRange[] = [];
  const lines = src.bare.split('\n');
  const codeLines = src.code.split('\n');
  let offset = 0;
  const starts = lines.map((l) => { const s = offset; offset += l.length + 1; return s; });
  const block = new RegExp(`^(\\s*)(.*?)\\.(?:${RUBY_ITERATORS})\\b(?:\\([^)]*\\))?\\s*(do|\\{)\\s*(?:\\|([^|]*)\\|)?`);
  lines.forEach((line, n) => {
    const code = codeLines[n];
    const m = block.exec(line);
    const statement = /^(\s*)(?:for\s+(\w+)\s+in\s+(.+?)(?:\s+do)?|while\s.+|until\s.+)\s*$/.exec(line);
    if (!m && !statement) return;
    const indent = (m ?? statement)![1].length;
    if (m && m[3] === '{') {
      const open = starts[n] + line.indexOf('{', m[1].length + m[2].length);
      const close = matchBracket(src.bare, open);
      if (close > 0) {
        const vars = block.exec(code)?.[4];
        loops.push({ headerLine: n + 1, start: open + 1, end: close, variable: vars?.trim(), iterable: block.exec(code)?.[2].trim() });
        return;
      }
    }
    let last = n;
    for (let k = n + 1; k < lines.length; k++) {
      if (lines[k].trim() === '') continue;
      if (indentOf(lines[k]) <= indent) break;
      last = k;
    }
    const start = starts[n] + line.length;
    const end = starts[last] + lines[last].length;
    if (m) {
      const header = block.exec(code);
      loops.push({ headerLine: n + 1, start, end, variable: header?.[4]?.trim(), iterable: header?.[2].trim() });
    } else {
      const header = /^\s*for\s+(\w+)\s+in\s+(.+?)(?:\s+do)?\s*$/.exec(code);
      loops.push({ headerLine: n + 1, start, end, variable: header?.[1], iterable: header?.[2] });
    }
  });
  return loops;
}
