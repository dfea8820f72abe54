import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { compareStrings } from '../kernel/compare';
import { filesInWorkspaceFolder } from '../workspace/pathGuard';
import { templateExtensionSchema, templateSchema, type Template, type TemplateExtension } from './templateSchema';

/** A template file that could not be used, with the place to fix it. */
export class TemplateError {
  constructor(
    readonly file: string,
    /** 1-based. */
    readonly line: number,
    readonly message: string,
    readonly column?: number,
  ) {}

  toString(): string {
    return `${this.file}:${this.line}: ${this.message}`;
  }
}

export interface LoadedTemplates {
  readonly templates: Template[];
  readonly errors: TemplateError[];
}

/** A file that adds examples to another template, and where its `extends` is, to report an unknown id. */
export interface LoadedExtension extends TemplateExtension {
  readonly source: string;
  readonly line: number;
}

export interface ParsedTemplateFile {
  readonly template?: Template;
  readonly extension?: LoadedExtension;
  readonly errors: TemplateError[];
}

type Path = readonly PropertyKey[];

/** "tasks[2]", "delegation.layers[0][1]": the path as a YAML author reads it. */
export function formatPath(path: Path): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text ? `.${String(key)}` : String(key);
  }
  return text;
}

/** 1-based, as `yaml`'s LineCounter gives it. */
interface Position {
  readonly line: number;
  readonly col: number;
}

/** Where the node at `path` starts; a missing node is reported at its closest existing parent. */
function positionOf(doc: Document, lineCounter: LineCounter, path: Path, unknownKey?: string): Position {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
    if (!isNode(node) || !node.range) continue;
    if (unknownKey !== undefined && depth === path.length && isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === unknownKey);
      if (pair && isNode(pair.key) && pair.key.range) return lineCounter.linePos(pair.key.range[0]);
    }
    return lineCounter.linePos(node.range[0]);
  }
  return { line: 1, col: 1 };
}

function issueErrors(file: string, doc: Document, lineCounter: LineCounter, issues: readonly z.core.$ZodIssue[]): TemplateError[] {
  return issues.map((issue) => {
    const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
    const { line, col } = positionOf(doc, lineCounter, issue.path, unknownKey);
    const where = formatPath(issue.path);
    const message = issue.code === 'invalid_type' && / received (undefined|null)$/.test(issue.message)
      ? (where ? 'required field is missing' : 'the file is empty: a template needs id, version, class, title, precedence and tasks')
      : issue.message;
    return new TemplateError(file, line, where ? `${where}: ${message}` : message, col);
  });
}

/** Parses one template file's text (a template, or an `extends` file); `file` is only used to name it in errors. */
export function parseTemplate(file: string, text: string): ParsedTemplateFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      errors: doc.errors.map((error) => {
        const position = lineCounter.linePos(error.pos[0]);
        return new TemplateError(file, position.line, `YAML syntax: ${error.message.split('\n')[0]}`, position.col);
      }),
    };
  }
  const data: unknown = doc.toJS();
  if (typeof data === 'object' && data !== null && 'extends' in data) {
    const extension = templateExtensionSchema.safeParse(data);
    if (!extension.success) return { errors: issueErrors(file, doc, lineCounter, extension.error.issues) };
    return { extension: { ...extension.data, source: file, line: positionOf(doc, lineCounter, [], 'extends').line }, errors: [] };
  }
  const parsed = templateSchema.safeParse(data);
  if (!parsed.success) return { errors: issueErrors(file, doc, lineCounter, parsed.error.issues) };
  return { template: { ...parsed.data, source: file }, errors: [] };
}

const isYaml = (name: string): boolean => /\.ya?ml$/.test(name);

async function yamlFilesIn(folder: string): Promise<string[]> {
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && isYaml(entry.name))
      .map((entry) => join(folder, entry.name))
      .sort(compareStrings);
  } catch {
    return [];
  }
}

/** The workspace's own templates, read through the path guard: a link leading outside is reported, not read. */
async function loadWorkspaceFolder(root: string, signal?: AbortSignal, cache?: TemplateCache): Promise<LoadedFolder> {
  const listing = await filesInWorkspaceFolder(root, '.orchestrator/templates', isYaml);
  const loaded = await loadFiles(listing.files.map((file) => file.real), signal, cache);
  return { ...loaded, errors: [...listing.refused.map((r) => new TemplateError(join(root, r.file), 1, r.message)), ...loaded.errors] };
}

interface LoadedFolder extends LoadedTemplates {
  readonly extensions: LoadedExtension[];
}

async function loadFiles(files: readonly string[], signal?: AbortSignal, cache?: TemplateCache): Promise<LoadedFolder> {
  const templates: Template[] = [];
  const extensions: LoadedExtension[] = [];
  const errors: TemplateError[] = [];
  // Read together, then parsed in file order, so which file wins an id clash stays deterministic.
  const texts = await Promise.all(files.map((file) => readFile(file, 'utf8').catch((error: unknown) => error as Error)));
  for (const [i, file] of files.entries()) {
    // A cold parse of a template takes a few milliseconds: one file per turn of the event loop, so
    // parsing them never adds up with the other planning work into one long stretch on the host thread.
    if (i > 0 && !cache?.has(file, texts[i])) await nextTurn();
    signal?.throwIfAborted();
    const text = texts[i];
    if (text instanceof Error) {
      errors.push(new TemplateError(file, 1, `cannot be read: ${text.message}`));
      continue;
    }
    const result = cache ? cache.parse(file, text) : parseTemplate(file, text);
    errors.push(...result.errors);
    if (result.extension) extensions.push(result.extension);
    if (!result.template) continue;
    const earlier = templates.find((t) => t.id === result.template?.id);
    if (earlier) {
      errors.push(new TemplateError(file, 1, `id '${earlier.id}' is already used by ${earlier.source}; this file is ignored`));
      continue;
    }
    templates.push(result.template);
  }
  return { templates, extensions, errors };
}

/**
 * The built-in templates, then the workspace's own in <workspace>/.orchestrator/templates: a workspace
 * template with a built-in id replaces it (keeping the built-in's examples unless it gives its own),
 * a new id adds one, and an `extends` file adds examples to the template it names. Invalid files are
 * reported and skipped, so one bad file never takes the built-ins down with it.
 */
export async function loadTemplates(builtinDir: string, workspaceRoot?: string, signal?: AbortSignal, cache?: TemplateCache): Promise<LoadedTemplates> {
  const empty: LoadedFolder = { templates: [], extensions: [], errors: [] };
  const [builtin, workspace] = await Promise.all([
    yamlFilesIn(builtinDir).then((files) => loadFiles(files, signal, cache)),
    workspaceRoot === undefined ? empty : loadWorkspaceFolder(workspaceRoot, signal, cache),
  ]);
  const builtinById = new Map(builtin.templates.map((t) => [t.id, t]));
  const own = workspace.templates.map((t) => (t.examples === undefined && builtinById.get(t.id)?.examples ? { ...t, examples: builtinById.get(t.id)?.examples } : t));
  const overridden = new Set(own.map((t) => t.id));
  const templates = [...builtin.templates.filter((t) => !overridden.has(t.id)), ...own];
  const errors = [...builtin.errors, ...workspace.errors];
  for (const extension of [...builtin.extensions, ...workspace.extensions]) {
    const index = templates.findIndex((t) => t.id === extension.extends);
    if (index < 0) {
      const known = templates.map((t) => t.id).sort(compareStrings).join(', ');
      errors.push(new TemplateError(extension.source, extension.line, `extends '${extension.extends}', but no template has that id (known: ${known}); its examples are not used`));
      continue;
    }
    const target = templates[index];
    templates[index] = { ...target, examples: [...(target.examples ?? []), ...extension.examples] };
  }
  return { templates, errors };
}

/**
 * A digest of everything in the templates that can change a plan (not where the files are): with the
 * request and the memory digest, the key under which a model's template choice is remembered.
 */
export function templatesDigest(templates: readonly Template[]): string {
  const data = [...templates].sort((a, b) => compareStrings(a.id, b.id)).map(({ source: _source, ...rest }) => rest);
  // Keys sorted: the same template reads the same whichever order its fields were written or merged in.
  const canonical = JSON.stringify(data, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => compareStrings(a, b)))
      : value);
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16);
}

/**
 * Parsed templates by file, reused while the file's text is unchanged. Files are still read on every
 * load, so an edited template takes effect on the next request; only the parse is saved.
 */
export class TemplateCache {
  private readonly byFile = new Map<string, { readonly text: string; readonly result: ReturnType<typeof parseTemplate> }>();

  /** Whether `file` with this text was parsed before (a hit costs nothing). */
  has(file: string, text: string | Error): boolean {
    return typeof text === 'string' && this.byFile.get(file)?.text === text;
  }

  parse(file: string, text: string): ReturnType<typeof parseTemplate> {
    const hit = this.byFile.get(file);
    if (hit?.text === text) return hit.result;
    const result = parseTemplate(file, text);
    this.byFile.set(file, { text, result });
    return result;
  }
}
