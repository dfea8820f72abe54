import type { ReadFileOptions, Workspace } from '../workspace/workspace';
import type { TextSearchOptions, TextSearchResult } from '../workspace/textSearch';
import { REGEX_LINE_CHARS } from '../workspace/textSearch';
import { describeLimit } from '../workspace/toolBudget';
import type { ToolRedaction } from './workspaceTools';

/**
 * The text a workspace tool answers the model with, and what the user is told it left out. Every
 * limit that leaves something out says so in the answer: the model can narrow its request, and
 * nothing goes missing without a word.
 */
export interface ToolAnswer {
  readonly content: string;
  readonly redactions?: readonly ToolRedaction[];
  readonly withheld?: readonly { readonly path: string; readonly kind: string }[];
  readonly matchesInSecrets?: number;
  readonly cut?: string;
}

/** Names listed in a note before "and N more". */
const NAMES_IN_NOTE = 5;

export async function listFilesAnswer(ws: Workspace, glob: string | undefined, signal?: AbortSignal): Promise<ToolAnswer> {
  const pattern = glob ?? '**/*';
  const { files, truncated } = await ws.listFiles(pattern, undefined, signal);
  if (files.length === 0) return { content: `No files match '${pattern}'.${truncated ? ' [The listing stopped early; narrow the glob.]' : ''}` };
  const note = truncated ? `\n[Only the first ${files.length} files are shown; narrow the glob to see the rest.]` : '';
  return { content: files.join('\n') + note, cut: truncated ? `${files.length} files shown, the listing was cut` : undefined };
}

export async function readFileAnswer(ws: Workspace, file: string, range: ReadFileOptions, signal?: AbortSignal): Promise<ToolAnswer> {
  const slice = await ws.readFile(file, range, signal);
  if (slice.totalLines === 0) return { content: `[${slice.path} is empty.]` };
  const width = Math.max(4, String(slice.endLine).length);
  const body = slice.text
    .split('\n')
    .map((line, index) => `${String(slice.startLine + index).padStart(width, ' ')}| ${line}`)
    .join('\n');
  const redactions = slice.redactions.map((r) => ({ path: slice.path, line: r.line, kind: r.kind }));
  const notes: string[] = [];
  const whole = slice.startLine === 1 && slice.endLine === slice.totalLines && !slice.countStopped;
  if (slice.countStopped) {
    notes.push(`[Lines ${slice.startLine}-${slice.endLine} of at least ${slice.totalLines} in ${slice.path}: ${slice.countStopped}.]`);
  } else if (!whole) {
    const more = slice.truncated && slice.endLine < slice.totalLines ? ` Output was cut; continue with start_line ${slice.endLine + 1}.` : '';
    notes.push(`[Lines ${slice.startLine}-${slice.endLine} of ${slice.totalLines} in ${slice.path}.${more}]`);
  }
  if (redactions.length > 0) {
    const where = redactions.map((r) => `${r.kind} (line ${r.line})`).join(', ');
    notes.push(`[Secrets are shown as placeholders: ${where}. The values are hidden; the places are real.]`);
  }
  return { content: [body, ...notes].join('\n'), redactions };
}

export async function searchTextAnswer(ws: Workspace, query: string, options: TextSearchOptions, signal?: AbortSignal): Promise<ToolAnswer> {
  const result = await ws.searchText(query, options, signal);
  const scope = options.glob ? ` in files matching '${options.glob}'` : '';
  const lines = result.matches.map((match) => `${match.path}:${match.line}: ${match.text}`);
  const redactions = result.matches.flatMap((m) => m.redacted.map((kind) => ({ path: m.path, line: m.line, kind })));
  const cut = budgetNote(result, ws);
  const notes = [
    result.stoppedBy === 'results' ? `[Stopped at ${result.matches.length} matches; make the query more specific or add a glob.]` : '',
    cut ? `[Searched ${result.filesSearched} of ${result.filesTotal} files before ${cut}; narrow the glob or the query to search the rest.]` : '',
    result.listingCut ? '[The file listing stopped early (too many files or out of time); narrow the glob to reach the rest.]' : '',
    result.tooLarge.length > 0 ? `[Not searched, too large: ${names(result.tooLarge)}; read them with start_line and end_line.]` : '',
    ...result.withheld.map((w) => `[Matches in ${w.path} are not shown: the file holds a ${w.kind}.]`),
    result.insideSecrets > 0 ? `[${result.insideSecrets} match${result.insideSecrets === 1 ? '' : 'es'} fell inside secrets and ${result.insideSecrets === 1 ? 'is' : 'are'} not shown.]` : '',
    result.longLines > 0 ? `[${result.longLines} line${result.longLines === 1 ? ' was' : 's were'} longer than ${REGEX_LINE_CHARS} characters; the regex saw only their start.]` : '',
    redactions.length > 0 ? '[Secrets in these lines are shown as placeholders; the values are hidden, the places are real.]' : '',
  ].filter(Boolean);
  const head = lines.length > 0 ? lines.join('\n') : `No matches for '${query}'${scope}.`;
  return {
    content: [head, ...notes].join('\n'),
    redactions,
    withheld: result.withheld,
    matchesInSecrets: result.insideSecrets,
    cut: cut ? `searched ${result.filesSearched} of ${result.filesTotal} files before ${cut}` : undefined,
  };
}

function budgetNote(result: TextSearchResult, ws: Workspace): string | undefined {
  if (result.stoppedBy === undefined || result.stoppedBy === 'results') return undefined;
  return describeLimit(result.stoppedBy, ws.budget);
}

function names(paths: readonly string[]): string {
  const shown = paths.slice(0, NAMES_IN_NOTE).join(', ');
  return paths.length > NAMES_IN_NOTE ? `${shown} and ${paths.length - NAMES_IN_NOTE} more` : shown;
}
