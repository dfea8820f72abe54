import type { Token } from 'markdown-it';

/**
 * Claude Code's import syntax: `@path/to/file.md` at the start of a line or after whitespace (so an
 * e-mail address is not an import), in prose only: code spans and code blocks are examples, not imports.
 */
const IMPORT_PATTERN = /(?:^|\s)@((?:\.{1,2}\/|[\p{L}\p{N}_~-])[^\s`'"<>()[\]{}]*)/gu;
/** Sentence punctuation that ends a path written in prose ("see @docs/api.md."). */
const TRAILING_PUNCTUATION = /[.,;:!?]+$/;

function textOf(tokens: readonly Token[]): string[] {
  const texts: string[] = [];
  for (const token of tokens) {
    if (token.type === 'inline') {
      // A newline between blocks, so the end of one paragraph never glues onto the next.
      texts.push('\n', ...textOf(token.children ?? []), '\n');
    } else if (token.type === 'text') {
      texts.push(token.content);
    } else if (token.type === 'softbreak' || token.type === 'hardbreak') {
      texts.push('\n');
    }
  }
  return texts;
}

/** The import targets written in a file (its markdown tokens), as written (relative to the importing file), in order, unique. */
export function findImports(tokens: readonly Token[]): string[] {
  const prose = textOf(tokens).join('');
  const found: string[] = [];
  for (const match of prose.matchAll(IMPORT_PATTERN)) {
    const target = match[1].replace(TRAILING_PUNCTUATION, '');
    if (target.length > 0 && !found.includes(target)) found.push(target);
  }
  return found;
}
