/**
 * SQL has no grammar among the tree-sitter packages the analyzers load, and migration SQL needs
 * little: comments and string contents blanked (offsets and lines kept), so `DEFAULT 'x REFERENCES
 * y'` or a commented-out column is not read as a key. Double-quoted, backticked and bracketed names
 * are identifiers and stay.
 */
export function blankSqlLiterals(sql: string): string {
  const out = sql.split('');
  const blank = (from: number, to: number) => { for (let i = from; i < to; i++) if (out[i] !== '\n') out[i] = ' '; };
  let i = 0;
  while (i < sql.length) {
    const c = sql[i];
    if (c === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      const stop = end < 0 ? sql.length : end;
      blank(i, stop);
      i = stop;
    } else if (c === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      const stop = end < 0 ? sql.length : end + 2;
      blank(i, stop);
      i = stop;
    } else if (c === '\'') {
      let j = i + 1;
      while (j < sql.length && !(sql[j] === '\'' && sql[j + 1] !== '\'')) j += sql[j] === '\'' ? 2 : 1;
      blank(i + 1, j);
      i = j + 1;
    } else if (c === '$' && /^\$\w*\$/.test(sql.slice(i, i + 40))) {
      const tag = /^\$\w*\$/.exec(sql.slice(i, i + 40))![0];
      const end = sql.indexOf(tag, i + tag.length);
      const stop = end < 0 ? sql.length : end;
      blank(i + tag.length, stop);
      i = stop + tag.length;
    } else if (c === '"' || c === '`' || c === '[') {
      const close = c === '[' ? ']' : c;
      const end = sql.indexOf(close, i + 1);
      i = end < 0 ? sql.length : end + 1;
    } else {
      i++;
    }
  }
  return out.join('');
}

/** Offset of the parenthesis closing the one at `open`; -1 if unbalanced. */
export function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') { depth--; if (depth === 0) return i; }
  }
  return -1;
}
