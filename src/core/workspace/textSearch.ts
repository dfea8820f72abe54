import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { WorkspaceAccessError } from './errors';
import { looksBinary, splitLines, stripBom } from './fileText';
import { compileLinearRegex } from './linearRegex';
import { findSecrets, keyFileKind, placeholder, redactMatches } from './secretText';
import type { BudgetLimit, ToolBudget } from './toolBudget';

export interface TextSearchOptions {
  /** Only search files matching this glob (same rules as `listFiles`). */
  readonly glob?: string;
  /** Treat `query` as a regular expression (RE2 syntax, see linearRegex.ts) instead of literal text. */
  readonly regex?: boolean;
  readonly caseSensitive?: boolean;
  readonly maxResults?: number;
}

export interface TextMatch {
  readonly path: string;
  /** 1-based line number. */
  readonly line: number;
  /** The matching line, trimmed, at most EXCERPT_CHARS characters around the match, secrets replaced. */
  readonly text: string;
  /** Kinds of the secrets replaced in `text`. */
  readonly redacted: readonly string[];
}

/** What a search found, and everything it did not look at or does not show, with the reason. */
export interface TextSearchResult {
  readonly matches: readonly TextMatch[];
  /** Files searched to the end, of `filesTotal` visible files matching the glob. */
  readonly filesSearched: number;
  readonly filesTotal: number;
  /** Why the search ended before every file was searched: enough matches, or a budget ran out. */
  readonly stoppedBy?: 'results' | BudgetLimit;
  /** True when listing the files stopped early (too many entries, or out of time). */
  readonly listingCut: boolean;
  /** Files over the size limit for a search, not searched. */
  readonly tooLarge: readonly string[];
  /** Files whose content is a key: their matches are never shown. */
  readonly withheld: readonly { readonly path: string; readonly kind: string }[];
  /** Matches that fell inside a secret and are not shown. */
  readonly insideSecrets: number;
  /** Lines longer than REGEX_LINE_CHARS, searched by a regex only up to that length. */
  readonly longLines: number;
}

export const EXCERPT_CHARS = 200;
/**
 * A regex sees this much of a line. RE2 is linear, but a complex pattern still costs many steps per
 * character, and one call on a megabyte line of a minified bundle cannot be interrupted.
 */
export const REGEX_LINE_CHARS = 4000;

/** Finds a query in one line: `test` to filter, `index` for where the match starts (-1 for none). */
export interface LineMatcher {
  test(line: string): boolean;
  index(line: string): number;
  /** Characters of a line the matcher looks at. */
  readonly lineLimit: number;
}

export function createLineMatcher(query: string, options: TextSearchOptions): LineMatcher {
  if (query.length === 0) {
    throw new WorkspaceAccessError('invalid', query, 'The search query is empty; pass the text (or regex) to look for.');
  }
  if (options.regex) {
    const pattern = compileLinearRegex(query, options.caseSensitive ?? false);
    return {
      test: (line) => pattern.test(line.slice(0, REGEX_LINE_CHARS)),
      index: (line) => pattern.search(line.slice(0, REGEX_LINE_CHARS)),
      lineLimit: REGEX_LINE_CHARS,
    };
  }
  const index = options.caseSensitive
    ? (line: string) => line.indexOf(query)
    : ((lowered) => (line: string) => line.toLowerCase().indexOf(lowered))(query.toLowerCase());
  return { test: (line) => index(line) >= 0, index, lineLimit: Number.POSITIVE_INFINITY };
}

export interface SearchScope {
  readonly root: string;
  /** Visible files matching the glob, in path order. */
  readonly files: readonly string[];
  readonly listingCut: boolean;
  /** Files larger than this are not searched. */
  readonly maxFileBytes: number;
  readonly maxResults: number;
}

/**
 * Searches `scope.files` line by line within `budget`. A file's secrets are only looked for when it
 * has a match; the match must still be there once they are replaced, so the search cannot be used to
 * read a secret one guess at a time.
 */
export async function searchFiles(scope: SearchScope, matcher: LineMatcher, budget: ToolBudget): Promise<TextSearchResult> {
  const matches: TextMatch[] = [];
  const tooLarge: string[] = [];
  const withheld: { path: string; kind: string }[] = [];
  let filesSearched = 0;
  let insideSecrets = 0;
  let longLines = 0;
  let stoppedBy: TextSearchResult['stoppedBy'];
  const result = (): TextSearchResult => ({
    matches, filesSearched, filesTotal: scope.files.length, stoppedBy, listingCut: scope.listingCut, tooLarge, withheld, insideSecrets, longLines,
  });

  for (const file of scope.files) {
    await budget.pace();
    const absolute = path.join(scope.root, ...file.split('/'));
    const stats = await fs.stat(absolute).catch(() => undefined);
    if (!stats?.isFile()) continue;
    if (stats.size > scope.maxFileBytes) {
      tooLarge.push(file);
      continue;
    }
    if (!budget.admit(stats.size)) break;
    const buffer = await fs.readFile(absolute).catch(() => undefined);
    if (!buffer || looksBinary(buffer)) continue;
    const text = stripBom(buffer.toString('utf8'));
    const lines = splitLines(text);
    const hits: number[] = [];
    let finished = true;
    for (let index = 0; index < lines.length; index++) {
      if (budget.due) {
        await budget.pace();
        if (budget.outOfTime()) {
          finished = false;
          break;
        }
      }
      if (lines[index].length > matcher.lineLimit) longLines++;
      if (matcher.test(lines[index])) hits.push(index);
    }
    if (finished) filesSearched++;
    if (hits.length > 0) {
      const secrets = findSecrets(text, path.posix.basename(file));
      const kind = keyFileKind(text, secrets);
      if (kind) {
        withheld.push({ path: file, kind });
      } else {
        const shown = secrets.length > 0 ? splitLines(redactMatches(text, secrets).text) : lines;
        for (const index of hits) {
          const at = matcher.index(shown[index]);
          if (at < 0) {
            insideSecrets++;
            continue;
          }
          matches.push({ path: file, line: index + 1, text: excerptAround(shown[index], at), redacted: redactedKinds(shown[index], lines[index], secrets) });
          if (matches.length >= scope.maxResults) {
            stoppedBy = 'results';
            return result();
          }
        }
      }
    }
    if (!finished) break;
  }
  stoppedBy ??= budget.exhausted;
  return result();
}

/** The kinds of secret replaced in one line (nothing when the line was not changed). */
function redactedKinds(shown: string, original: string, secrets: readonly { kind: string }[]): string[] {
  if (shown === original) return [];
  return [...new Set(secrets.map((s) => s.kind))].filter((kind) => shown.includes(placeholder(kind)));
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
