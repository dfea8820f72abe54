import { z } from 'zod';
import { WORKSPACE_TOOL_NAMES } from '../coordinators/definition';
import type { ToolDefinition } from '../model/port';
import { WorkspaceAccessError } from '../workspace/errors';
import type { Workspace } from '../workspace/workspace';
import { errorMessage } from '../kernel/format';

/**
 * The read-only tools a coordinator's model gets over the workspace. The definitions are part of
 * the prompt-cache prefix: they are frozen literals, so their JSON is the same bytes on every call.
 */

export const workspaceToolDefinitions: readonly ToolDefinition[] = deepFreeze([
  {
    name: 'list_files',
    description:
      'List files in the workspace, sorted, as paths relative to the workspace root. '
      + "Filter with a glob such as 'src/**/*.ts'; a glob without '/' (such as '*.sql') matches file names at any depth. "
      + 'Secret files (.env, keys, credentials), gitignored files, node_modules and .git are never listed. '
      + 'Long listings are cut; narrow the glob to see more.',
    inputSchema: {
      type: 'object',
      properties: {
        glob: { type: 'string', description: "Glob relative to the workspace root. Default '**/*' (every file)." },
      },
      additionalProperties: false,
    },
  },
  {
    name: 'read_file',
    description:
      'Read a text file from the workspace. The path is relative to the workspace root. '
      + "Every line comes back prefixed with its 1-based line number ('  12| code'); cite these numbers as evidence. "
      + 'To read part of a file pass start_line and end_line (1-based, inclusive); large files can only be read in ranges. '
      + 'Secret files (.env, keys, credentials) and gitignored files are not readable.',
    inputSchema: {
      type: 'object',
      properties: {
        path: { type: 'string', description: "Path relative to the workspace root, such as 'src/orders/service.ts'." },
        start_line: { type: 'integer', minimum: 1, description: 'First line to read, 1-based, inclusive. Default 1.' },
        end_line: { type: 'integer', minimum: 1, description: 'Last line to read, 1-based, inclusive. Default: the end of the file.' },
      },
      required: ['path'],
      additionalProperties: false,
    },
  },
  {
    name: 'search_text',
    description:
      'Search the text of workspace files and get matching lines as path:line: text, paths relative to the workspace root. '
      + 'Case-insensitive. The query is literal text unless regex is true (JavaScript regular expression syntax). '
      + 'Restrict the files searched with a glob. Secret and gitignored files are not searched. At most 50 matches are returned.',
    inputSchema: {
      type: 'object',
      properties: {
        query: { type: 'string', description: 'Text to find, or a regular expression when regex is true.' },
        glob: { type: 'string', description: "Only search files matching this glob, such as 'src/**/*.ts'." },
        regex: { type: 'boolean', description: 'Treat query as a regular expression. Default false.' },
      },
      required: ['query'],
      additionalProperties: false,
    },
  },
]);

/** The definitions a coordinator may use, in the fixed order, as the same frozen objects (same bytes). */
export function workspaceToolDefinitionsFor(allowedTools: readonly string[]): readonly ToolDefinition[] {
  return workspaceToolDefinitions.filter((definition) => allowedTools.includes(definition.name));
}

const listFilesInput = z.object({ glob: z.string().optional() });
const readFileInput = z.object({
  path: z.string().min(1),
  start_line: z.number().int().min(1).optional(),
  end_line: z.number().int().min(1).optional(),
});
const searchTextInput = z.object({
  query: z.string().min(1),
  glob: z.string().optional(),
  regex: z.boolean().optional(),
});

export interface WorkspaceToolResult {
  readonly content: string;
  readonly isError: boolean;
}

export type WorkspaceToolExecutor = (name: string, input: unknown, signal?: AbortSignal) => Promise<WorkspaceToolResult>;

const SEARCH_LIMIT = 50;

/**
 * Runs one workspace tool call, limited to `allowedTools` (a coordinator's `tools`). Every failure the model can fix (bad input, a refused path) comes back
 * as an error result written for the model, never as an exception; only cancellation throws.
 */
export function createWorkspaceToolExecutor(
  ws: Workspace,
  allowedTools: readonly string[] = WORKSPACE_TOOL_NAMES,
): WorkspaceToolExecutor {
  return async (name, input, signal) => {
    signal?.throwIfAborted();
    if (!allowedTools.includes(name)) {
      const available = allowedTools.length > 0 ? `The tools you can use are ${allowedTools.join(', ')}.` : 'You have no workspace tools.';
      return failure(`Unknown tool '${name}'. ${available}`);
    }
    try {
      switch (name) {
        case 'list_files': {
          const parsed = parseInput(name, listFilesInput, input);
          return typeof parsed === 'string' ? failure(parsed) : success(await listFiles(ws, parsed.glob));
        }
        case 'read_file': {
          const parsed = parseInput(name, readFileInput, input);
          return typeof parsed === 'string' ? failure(parsed) : success(await readFile(ws, parsed));
        }
        case 'search_text': {
          const parsed = parseInput(name, searchTextInput, input);
          return typeof parsed === 'string' ? failure(parsed) : success(await searchText(ws, parsed));
        }
        default:
          return failure(`Unknown tool '${name}'. The workspace tools are ${WORKSPACE_TOOL_NAMES.join(', ')}.`);
      }
    } catch (error) {
      signal?.throwIfAborted();
      if (error instanceof WorkspaceAccessError) return failure(error.message);
      const detail = errorMessage(error);
      return failure(`${name} could not complete (${detail}); try another path or a narrower request.`);
    }
  };
}

async function listFiles(ws: Workspace, glob: string | undefined): Promise<string> {
  const pattern = glob ?? '**/*';
  const { files, truncated } = await ws.listFiles(pattern);
  if (files.length === 0) return `No files match '${pattern}'.`;
  const note = truncated ? `\n[Only the first ${files.length} files are shown; narrow the glob to see the rest.]` : '';
  return files.join('\n') + note;
}

async function readFile(ws: Workspace, input: z.infer<typeof readFileInput>): Promise<string> {
  const slice = await ws.readFile(input.path, { startLine: input.start_line, endLine: input.end_line });
  if (slice.totalLines === 0) return `[${slice.path} is empty.]`;
  const width = Math.max(4, String(slice.endLine).length);
  const body = slice.text
    .split('\n')
    .map((line, index) => `${String(slice.startLine + index).padStart(width, ' ')}| ${line}`)
    .join('\n');
  const whole = slice.startLine === 1 && slice.endLine === slice.totalLines;
  if (whole) return body;
  const more = slice.truncated && slice.endLine < slice.totalLines
    ? ` Output was cut; continue with start_line ${slice.endLine + 1}.`
    : '';
  return `${body}\n[Lines ${slice.startLine}-${slice.endLine} of ${slice.totalLines} in ${slice.path}.${more}]`;
}

async function searchText(ws: Workspace, input: z.infer<typeof searchTextInput>): Promise<string> {
  const matches = await ws.searchText(input.query, { glob: input.glob, regex: input.regex ?? false, maxResults: SEARCH_LIMIT });
  const scope = input.glob ? ` in files matching '${input.glob}'` : '';
  if (matches.length === 0) return `No matches for '${input.query}'${scope}.`;
  const lines = matches.map((match) => `${match.path}:${match.line}: ${match.text}`).join('\n');
  const note = matches.length >= SEARCH_LIMIT
    ? `\n[Stopped at ${SEARCH_LIMIT} matches; make the query more specific or add a glob.]`
    : '';
  return lines + note;
}

/** The parsed input, or a message telling the model what was wrong with it. */
function parseInput<T>(tool: string, schema: z.ZodType<T>, input: unknown): T | string {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'input'}: ${issue.message}`)
    .join('; ');
  return `Invalid input for ${tool}: ${problems}. Check the tool's input schema and call it again.`;
}

function success(content: string): WorkspaceToolResult {
  return { content, isError: false };
}

function failure(content: string): WorkspaceToolResult {
  return { content, isError: true };
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const nested of Object.values(value)) deepFreeze(nested);
    Object.freeze(value);
  }
  return value;
}
