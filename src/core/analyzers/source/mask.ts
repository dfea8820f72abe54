/**
 * Blanks comments (and, in `bare`, string contents) while keeping every offset and line number, so
 * analyzers can match patterns on code without tripping over commented-out code or braces in strings.
 */

export type Lang = 'js' | 'py' | 'rb' | 'php' | 'sql' | 'other';

export interface MaskedSource {
  /** The file as read. */
  readonly text: string;
  /** Comments blanked, strings kept. */
  readonly code: string;
  /** Comments and string contents blanked (quotes kept). */
  readonly bare: string;
  /** 1-based line number of an offset. */
  lineAt(index: number): number;
  /** The original text of a 1-based line, trimmed. */
  lineText(line: number): string;
}

export function maskSource(text: string, lang: Lang): MaskedSource {
  const code = text.split('');
  const bare = text.split('');
  const blank = (target: string[], from: number, to: number) => {
    for (let i = from; i < to && i < target.length; i++) if (target[i] !== '\n') target[i] = ' ';
  };
  const comment = (from: number, to: number) => { blank(code, from, to); blank(bare, from, to); };
  const string = (from: number, to: number) => blank(bare, from, to);

  if (lang !== 'other') new Scanner(text, lang, comment, string).scanCode(0, false);

  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const lines = text.split('\n');
  return {
    text,
    code: code.join(''),
    bare: bare.join(''),
    lineAt(index: number): number {
      let lo = 0, hi = lineStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineStarts[mid] <= index) lo = mid; else hi = mid - 1;
      }
      return lo + 1;
    },
    lineText: (line: number) => (lines[line - 1] ?? '').trim(),
  };
}

const REGEX_PRECEDERS = new Set(['(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}', ';', '+', '-', '*', '%', '<', '>', '~', '^']);

class Scanner {
  constructor(
    private readonly s: string,
    private readonly lang: Exclude<Lang, 'other'>,
    private readonly comment: (from: number, to: number) => void,
    private readonly string: (from: number, to: number) => void,
  ) {}

  /** Scans code from `i`; when `untilBrace`, stops after the `}` closing a template `${`. Returns the end offset. */
  scanCode(i: number, untilBrace: boolean): number {
    const s = this.s;
    let depth = 0;
    while (i < s.length) {
      const c = s[i];
      const next = s[i + 1];
      if (untilBrace) {
        if (c === '{') depth++;
        else if (c === '}') { if (depth === 0) return i + 1; depth--; }
      }
      if (this.startsLineComment(i)) { i = this.skipLineComment(i); continue; }
      if ((this.lang === 'js' || this.lang === 'php' || this.lang === 'sql') && c === '/' && next === '*') {
        const end = s.indexOf('*/', i + 2);
        const stop = end < 0 ? s.length : end + 2;
        this.comment(i, stop);
        i = stop;
        continue;
      }
      if (this.lang === 'rb' && c === '=' && s.startsWith('=begin', i) && (i === 0 || s[i - 1] === '\n')) {
        const end = s.indexOf('\n=end', i);
        const stop = end < 0 ? s.length : end + 5;
        this.comment(i, stop);
        i = stop;
        continue;
      }
      if (c === '\'' || c === '"' || (c === '`' && this.lang === 'js')) { i = this.scanString(i); continue; }
      if (this.lang === 'js' && c === '/' && this.regexCanStartAt(i)) { i = this.skipRegex(i); continue; }
      i++;
    }
    return i;
  }

  private startsLineComment(i: number): boolean {
    const s = this.s;
    switch (this.lang) {
      case 'js': return s[i] === '/' && s[i + 1] === '/';
      case 'php': return (s[i] === '/' && s[i + 1] === '/') || (s[i] === '#' && s[i + 1] !== '[');
      case 'sql': return s[i] === '-' && s[i + 1] === '-';
      case 'py': case 'rb': return s[i] === '#';
    }
  }

  private skipLineComment(i: number): number {
    const end = this.s.indexOf('\n', i);
    const stop = end < 0 ? this.s.length : end;
    this.comment(i, stop);
    return stop;
  }

  private scanString(i: number): number {
    const s = this.s;
    const quote = s[i];
    if (this.lang === 'py' && s.startsWith(quote.repeat(3), i)) {
      const end = s.indexOf(quote.repeat(3), i + 3);
      const stop = end < 0 ? s.length : end + 3;
      this.string(i + 3, stop - 3);
      return stop;
    }
    // SQL double quotes delimit identifiers, which are code.
    if (this.lang === 'sql' && quote === '"') {
      const end = s.indexOf('"', i + 1);
      return end < 0 ? s.length : end + 1;
    }
    let j = i + 1;
    while (j < s.length) {
      const c = s[j];
      if (c === '\\' && this.lang !== 'sql') { j += 2; continue; }
      if (c === quote) {
        if (this.lang === 'sql' && s[j + 1] === quote) { j += 2; continue; }
        break;
      }
      if (quote === '`' && c === '$' && s[j + 1] === '{') {
        this.string(i + 1, j);
        const after = this.scanCode(j + 2, true);
        this.string(j, after);
        i = after - 1;
        j = after;
        continue;
      }
      if (c === '\n' && quote !== '`' && this.lang !== 'sql' && this.lang !== 'rb' && this.lang !== 'php') break;
      j++;
    }
    this.string(i + 1, Math.min(j, s.length));
    return Math.min(j + 1, s.length);
  }

  private regexCanStartAt(i: number): boolean {
    const s = this.s;
    if (s[i + 1] === '/' || s[i + 1] === '*') return false;
    let k = i - 1;
    while (k >= 0 && (s[k] === ' ' || s[k] === '\t')) k--;
    if (k < 0 || s[k] === '\n') return true;
    if (REGEX_PRECEDERS.has(s[k])) return true;
    const word = /(?:return|typeof|case|in|of|yield|await)$/.exec(s.slice(Math.max(0, k - 6), k + 1));
    return word !== null && !/[\w$]/.test(s[k - word[0].length] ?? '');
  }

  private skipRegex(i: number): number {
    const s = this.s;
    let j = i + 1;
    let inClass = false;
    while (j < s.length && s[j] !== '\n') {
      const c = s[j];
      if (c === '\\') { j += 2; continue; }
      if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      else if (c === '/' && !inClass) break;
      j++;
    }
    if (s[j] !== '/') return i + 1; // not a regex after all: a division
    this.string(i + 1, j);
    return j + 1;
  }
}

/** Offset of the bracket closing the one at `open` (same kind), scanning masked text; -1 if unbalanced. */
export function matchBracket(bare: string, open: number): number {
  const pairs: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
  const opener = bare[open];
  const closer = pairs[opener];
  if (!closer) return -1;
  let depth = 0;
  for (let i = open; i < bare.length; i++) {
    if (bare[i] === opener) depth++;
    else if (bare[i] === closer) { depth--; if (depth === 0) return i; }
  }
  return -1;
}

export function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}
