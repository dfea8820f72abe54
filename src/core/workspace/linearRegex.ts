import { RE2JS } from 're2js';
import { WorkspaceAccessError } from './errors';

/**
 * Regular expressions written by a model run on RE2 (re2js, pure JavaScript): matching time grows
 * with the text, never exponentially, so `(a+)+$` cannot freeze the extension host. RE2 has no
 * backreferences or lookaround; those are refused with a message the model can act on, and the few
 * JavaScript spellings RE2 writes differently are translated.
 */

/**
 * RE2's "program size" bounds the work per character. Above this a pattern can still take seconds on
 * one long line (a `{1,1000}` repeat costs a thousand steps per character), so it is refused.
 */
export const MAX_PROGRAM_SIZE = 600;

export interface LinearRegex {
  /** True when the pattern matches somewhere in `text`. */
  test(text: string): boolean;
  /** Index of the first match in `text`, or -1. */
  search(text: string): number;
}

export function compileLinearRegex(query: string, caseSensitive: boolean): LinearRegex {
  const { source, flags } = splitLiteral(query);
  const unsupported = unsupportedSyntax(source);
  if (unsupported) throw invalid(query, unsupported);
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(translate(source, flags), caseSensitive && !flags.includes('i') ? 0 : RE2JS.CASE_INSENSITIVE);
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).replace(/^error parsing regexp: /, '').replace('`(?i)', '`');
    throw invalid(query, `it is not valid here (${detail}). search_text uses RE2 syntax, which is JavaScript's without backreferences or lookaround`);
  }
  if (compiled.programSize() > MAX_PROGRAM_SIZE) {
    throw invalid(query, `it is too complex to run on every line (size ${compiled.programSize()}, limit ${MAX_PROGRAM_SIZE}); use smaller repeat counts than {1,1000} or fewer alternatives`);
  }
  return {
    test: (text) => compiled.test(text),
    search: (text) => {
      const matcher = compiled.matcher(text);
      return matcher.find() ? matcher.start() : -1;
    },
  };
}

function invalid(source: string, why: string): WorkspaceAccessError {
  return new WorkspaceAccessError(
    'invalid',
    source,
    `The regular expression cannot be used: ${why}. Fix it, or search for literal text with regex set to false.`,
  );
}

/** What RE2 cannot do, named for the model, or undefined. Escapes and character classes are skipped over. */
function unsupportedSyntax(source: string): string | undefined {
  let inClass = false;
  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (char === '\\') {
      const next = source[index + 1] ?? '';
      if (!inClass && (/[1-9]/.test(next) || next === 'k')) {
        return `backreferences such as \\1 or \\k<name> need backtracking, which search_text does not do; match the repeated text itself, or find candidates and read the lines`;
      }
      index++;
    } else if (inClass) {
      if (char === ']') inClass = false;
    } else if (char === '[') {
      inClass = true;
      if (source[index + 1] === '^') index++;
    } else if (char === '(' && /^\(\?(?:=|!|<=|<!)/.test(source.slice(index, index + 4))) {
      return `lookahead and lookbehind ((?=…), (?!…), (?<=…), (?<!…)) are not supported; match the surrounding text instead, or search more broadly and read the lines`;
    }
  }
  return undefined;
}

/**
 * A query written as a JavaScript literal, `/pattern/flags`, is the pattern with those flags. Only
 * flags JavaScript knows count, so a path such as `/api/users` stays a plain pattern.
 */
function splitLiteral(query: string): { source: string; flags: string } {
  const literal = /^\/(.+)\/([dgimsuvy]*)$/s.exec(query);
  if (!literal || new Set(literal[2]).size !== literal[2].length) return { source: query, flags: '' };
  return { source: literal[1], flags: literal[2] };
}

/**
 * JavaScript spellings RE2 writes differently: `\uXXXX`, `\u{X}`, `[^]` (any character), and the
 * flags that change matching within a line (`s`: dot matches line breaks, `m`: ^ and $ per line;
 * `i` is the case option; g, y, d, u and v change nothing for a yes/no match per line).
 */
function translate(source: string, flags: string): string {
  const inline = [...flags].filter((flag) => flag === 's' || flag === 'm').join('');
  return (inline ? `(?${inline})` : '') + source
    .replace(/\\u\{([0-9A-Fa-f]{1,6})\}|\\u([0-9A-Fa-f]{4})|\\\\/g, (whole: string, braced?: string, plain?: string) => {
      const hex = braced ?? plain;
      return hex ? `\\x{${hex}}` : whole;
    })
    .replace(/(^|[^\\])\[\^\]/g, '$1[\\s\\S]');
}
