import { z } from 'zod';
import { WORKSPACE_TOOL_NAMES } from '../coordinators/definition';
import type { ToolDefinition } from '../model/port';
import { WorkspaceAccessError, type WorkspaceAccessReason } from '../workspace/errors';
import { describeRedactions } from '../workspace/secretText';
import type { Workspace } from '../workspace/workspace';
import { errorMessage } from '../kernel/format';
import { listFilesAnswer, readFileAnswer, searchTextAnswer, type ToolAnswer } from './workspaceToolAnswers';

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
      + 'Secret files (.env, keys, credentials, files whose content is a key) and gitignored files are not readable; '
      + "secrets inside other files are shown as placeholders such as '[redacted: AWS access key]' (the value is hidden, the line is real).",
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
      + 'Case-insensitive. The query is literal text unless regex is true: then RE2 syntax, which is JavaScript regular expression syntax '
      + 'without backreferences or lookahead/lookbehind. Restrict the files searched with a glob. Secret and gitignored files are not searched, '
      + 'and secrets in matching lines are shown as placeholders. At most 50 matches are returned; a search that runs out of time says how far it got.',
    inputSchema: {
      type: 'object',
      properties: {
        query: { type: 'string', description: 'Text to find, or a regular expression when regex is true.' },
        glob: { type: 'string', description: "Only search files matching this glob, such as 'src/**/*.ts'." },
        regex: { type: 'boolean', description: 'Treat query as a regular expression (RE2 syntax). Default false.' },
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

/** A secret replaced by a placeholder in a tool result. */
export interface ToolRedaction {
  readonly path: string;
  readonly line: number;
  readonly kind: string;
}

/**
 * What a tool call answered, and for the user what it kept from the model: the secrets it replaced,
 * the files it withheld, why it refused, where a budget cut it short. `note` says the same in one line.
 */
export interface WorkspaceToolResult {
  readonly content: string;
  readonly isError: boolean;
  readonly redactions?: readonly ToolRedaction[];
  /** Files whose matches were held back because the whole file is a secret. */
  readonly withheld?: readonly { readonly path: string; readonly kind: string }[];
  /** Search matches not shown because they fell inside a secret. */
  readonly matchesInSecrets?: number;
  /** Why the workspace refused the call (a secret, a path outside the workspace, an excluded file). */
  readonly refused?: string;
  /** The limit that ended the call before it was complete. */
  readonly cut?: string;
  /** The outcome in words for the user ("refused: the file holds a private key"), when there is one worth telling. */
  readonly note?: string;
}

export type WorkspaceToolExecutor = (name: string, input: unknown, signal?: AbortSignal) => Promise<WorkspaceToolResult>;

const SEARCH_LIMIT = 50;

/**
 * Runs one workspace tool call, limited to `allowedTools` (a coordinator's `tools`). Every failure the
 * model can fix (bad input, a refused path) comes back as an error result written for the model,
 * never as an exception; only cancellation throws.
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
          return typeof parsed === 'string' ? failure(parsed) : success(await listFilesAnswer(ws, parsed.glob, signal));
        }
        case 'read_file': {
          const parsed = parseInput(name, readFileInput, input);
          if (typeof parsed === 'string') return failure(parsed);
          return success(await readFileAnswer(ws, parsed.path, { startLine: parsed.start_line, endLine: parsed.end_line }, signal));
        }
        case 'search_text': {
          const parsed = parseInput(name, searchTextInput, input);
          if (typeof parsed === 'string') return failure(parsed);
          return success(await searchTextAnswer(ws, parsed.query, { glob: parsed.glob, regex: parsed.regex ?? false, maxResults: SEARCH_LIMIT }, signal));
        }
        default:
          return failure(`Unknown tool '${name}'. The workspace tools are ${WORKSPACE_TOOL_NAMES.join(', ')}.`);
      }
    } catch (error) {
      signal?.throwIfAborted();
      if (error instanceof WorkspaceAccessError) return refusal(error);
      const detail = errorMessage(error);
      return failure(`${name} could not complete (${detail}); try another path or a narrower request.`);
    }
  };
}

/** Why a refusal protects the user, in their words; other access errors (a missing file, bad input) are not refusals. */
const REFUSAL_REASONS: Partial<Record<WorkspaceAccessReason, string>> = {
  secret: 'its name marks it as a secret (keys, credentials, environment values)',
  outside: 'the path is outside the workspace',
  absolute: 'the path is absolute, outside the workspace',
  excluded: 'the path is excluded (gitignored, dependencies or generated files)',
};

function refusal(error: WorkspaceAccessError): WorkspaceToolResult {
  const refused = error.secretKind ? `the file holds a ${error.secretKind}` : REFUSAL_REASONS[error.reason];
  if (!refused) return failure(error.message);
  return { content: error.message, isError: true, refused, note: `refused: ${refused}` };
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

function success(answer: ToolAnswer): WorkspaceToolResult {
  const { content, redactions = [], withheld = [], matchesInSecrets = 0, cut } = answer;
  const notes = [
    redactions.length > 0 ? `${describeRedactions(redactions)} redacted` : '',
    withheld.length > 0 ? `matches withheld from ${withheld.map((w) => `${w.path} (${w.kind})`).join(', ')}` : '',
    matchesInSecrets > 0 ? `${matchesInSecrets} match${matchesInSecrets === 1 ? '' : 'es'} inside secrets not shown` : '',
    cut ? `cut short: ${cut}` : '',
  ].filter(Boolean);
  return {
    content,
    isError: false,
    ...(redactions.length > 0 ? { redactions } : {}),
    ...(withheld.length > 0 ? { withheld } : {}),
    ...(matchesInSecrets > 0 ? { matchesInSecrets } : {}),
    ...(cut ? { cut } : {}),
    ...(notes.length > 0 ? { note: notes.join('; ') } : {}),
  };
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
