import { parseDocument } from 'yaml';
import { z } from 'zod';
import { deriveKeywords, WORKSPACE_TOOL_NAMES, type CoordinatorDefinition, type CoordinatorFileProblem } from './definition';

/**
 * One coordinator file in Claude Code's subagent format: YAML front matter between '---' lines
 * (name, description, optional tools and model), then the system prompt as the body.
 */

function requiredString(key: string): (issue: { input?: unknown }) => string {
  return (issue) => (issue.input === undefined ? `${key} is required` : `${key} must be a string`);
}

const frontMatterSchema = z.object({
  name: z
    .string({ error: requiredString('name') })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'name must be lowercase letters, digits and hyphens, such as "api-reviewer"'),
  description: z.string({ error: requiredString('description') }).trim().min(1, 'description must not be empty'),
  tools: z.union([z.string(), z.array(z.string())], { error: 'tools must be a comma-separated string or a list of names' }).optional(),
  model: z.string({ error: 'model must be a string' }).trim().min(1).optional(),
});

/** Claude Code's read-only tool names, mapped to ours. */
const READ_ONLY_TOOL_MAP: Readonly<Record<string, string>> = {
  Read: 'read_file',
  Grep: 'search_text',
  Glob: 'list_files',
  LS: 'list_files',
  read_file: 'read_file',
  search_text: 'search_text',
  list_files: 'list_files',
};

export type CoordinatorFileParse =
  | { readonly ok: true; readonly coordinator: CoordinatorDefinition; readonly warnings: CoordinatorFileProblem[] }
  | { readonly ok: false; readonly error: CoordinatorFileProblem };

/** Parses one file's text; `file` is its workspace-relative path, used as `source` and in problems. */
export function parseCoordinatorFile(text: string, file: string): CoordinatorFileParse {
  const split = splitFrontMatter(text);
  if (!split) {
    return fail(file, 1, "has no YAML front matter: start the file with a '---' line, then name and description, then a closing '---' line");
  }
  const document = parseDocument(split.frontMatter);
  if (document.errors.length > 0) {
    const first = document.errors[0];
    const line = first.linePos ? first.linePos[0].line + split.frontMatterFirstLine - 1 : split.frontMatterFirstLine;
    return fail(file, line, `has invalid YAML front matter: ${first.message.split(' at line')[0].split('\n')[0]}`);
  }
  const parsed = frontMatterSchema.safeParse(document.toJS() ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
    const line = key ? lineOfKey(split.frontMatter, key, split.frontMatterFirstLine) : undefined;
    return fail(file, line ?? split.frontMatterFirstLine, `has invalid front matter: ${issue.message}`);
  }
  const systemPrompt = split.body.trim();
  if (systemPrompt === '') {
    return fail(file, split.bodyFirstLine, 'has no system prompt: write the instructions for the coordinator below the front matter');
  }
  const warnings: CoordinatorFileProblem[] = [];
  const tools = mapTools(parsed.data.tools, file, lineOfKey(split.frontMatter, 'tools', split.frontMatterFirstLine), warnings);
  const model = parsed.data.model === 'inherit' ? undefined : parsed.data.model;
  return {
    ok: true,
    coordinator: {
      name: parsed.data.name,
      description: parsed.data.description,
      systemPrompt,
      keywords: deriveKeywords(parsed.data.name, parsed.data.description),
      tools,
      ...(model ? { model } : {}),
      source: file,
    },
    warnings,
  };
}

/** Keeps the read-only tools; write tools are dropped because coordinators never change files. */
function mapTools(
  declared: string | string[] | undefined,
  file: string,
  line: number | undefined,
  warnings: CoordinatorFileProblem[],
): string[] {
  if (declared === undefined) return [...WORKSPACE_TOOL_NAMES];
  const names = (Array.isArray(declared) ? declared : declared.split(','))
    .map((name) => name.trim().replace(/\(.*\)$/s, '').trim())
    .filter((name) => name !== '');
  const tools: string[] = [];
  const dropped: string[] = [];
  for (const name of names) {
    const mapped = READ_ONLY_TOOL_MAP[name];
    if (mapped === undefined) dropped.push(name);
    else if (!tools.includes(mapped)) tools.push(mapped);
  }
  if (dropped.length > 0) {
    warnings.push({
      file,
      line,
      message: `tools ${dropped.join(', ')} are not available: coordinators only read the workspace (${WORKSPACE_TOOL_NAMES.join(', ')})`,
    });
  }
  if (tools.length === 0) {
    warnings.push({ file, line, message: 'no read-only tools are left, so this coordinator can only answer from its prompt and project memory' });
  }
  return tools;
}

interface FrontMatterSplit {
  readonly frontMatter: string;
  /** 1-based file line of the first front matter line. */
  readonly frontMatterFirstLine: number;
  readonly body: string;
  readonly bodyFirstLine: number;
}

function splitFrontMatter(text: string): FrontMatterSplit | undefined {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return undefined;
  const closing = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (closing < 0) return undefined;
  return {
    frontMatter: lines.slice(1, closing).join('\n'),
    frontMatterFirstLine: 2,
    body: lines.slice(closing + 1).join('\n'),
    bodyFirstLine: closing + 2,
  };
}

function lineOfKey(frontMatter: string, key: string, firstLine: number): number | undefined {
  const index = frontMatter.split('\n').findIndex((line) => line.startsWith(`${key}:`));
  return index < 0 ? undefined : firstLine + index;
}

function fail(file: string, line: number | undefined, message: string): CoordinatorFileParse {
  return { ok: false, error: { file, ...(line !== undefined ? { line } : {}), message: `${file} ${message}` } };
}
