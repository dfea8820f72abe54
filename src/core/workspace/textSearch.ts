import { WorkspaceAccessError } from './errors';
import { errorMessage } from '../kernel/format';

export interface TextSearchOptions {
  /** Only search files matching this glob (same rules as `listFiles`). */
  readonly glob?: string;
  /** Treat `query` as a JavaScript regular expression instead of literal text. */
  readonly regex?: boolean;
  readonly caseSensitive?: boolean;
  readonly maxResults?: number;
}

export interface TextMatch {
  readonly path: string;
  /** 1-based line number. */
  readonly line: number;
  /** The matching line, trimmed, at most EXCERPT_CHARS characters around the match. */
  readonly text: string;
}

export const EXCERPT_CHARS = 200;
/**
 * Regexes only see this much of a line: minified bundles have megabyte lines, and a backtracking
 * pattern over one of them would freeze the extension host.
 */
const REGEX_LINE_CHARS = 4000;

/** Returns the index of the first match in the line, or -1. */
export type LineMatcher = (line: string) => number;

export function createLineMatcher(query: string, options: TextSearchOptions): LineMatcher {
  if (query.length === 0) {
    throw new WorkspaceAccessError('invalid', query, 'The search query is empty; pass the text (or regex) to look for.');
  }
  if (options.regex) {
    let pattern: RegExp;
    try {
      pattern = new RegExp(query, options.caseSensitive ? 'u' : 'iu');
    } catch (error) {
      const detail = errorMessage(error);
      throw new WorkspaceAccessError(
        'invalid',
        query,
        `The query is not a valid regular expression (${detail}); fix it, or search for literal text with regex set to false.`,
      );
    }
    return (line) => line.slice(0, REGEX_LINE_CHARS).search(pattern);
  }
  if (options.caseSensitive) return (line) => line.indexOf(query);
  const lowered = query.toLowerCase();
  return (line) => line.toLowerCase().indexOf(lowered);
}

/** A short excerpt of a line that keeps the match visible even in a very long line. */
export function excerptAround(line: string, matchIndex: number): string {
  const trimmedStart = line.length - line.trimStart().length;
  const trimmed = line.trim();
  if (trimmed.length <= EXCERPT_CHARS) return trimmed;
  const matchInTrimmed = Math.max(0, matchIndex - trimmedStart);
  const from = Math.max(0, Math.min(matchInTrimmed - 60, trimmed.length - EXCERPT_CHARS));
  return trimmed.slice(from, from + EXCERPT_CHARS);
}
