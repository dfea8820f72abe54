import { createHash } from 'node:crypto';
import { realpath, stat } from 'node:fs/promises';
import { dirname, join, posix, resolve } from 'node:path';
import { realPathInWorkspace, workspacePathOf } from '../workspace/pathGuard';
import { Workspace } from '../workspace/workspace';
import { isSecretPath } from '../workspace/secretPaths';
import { ToolBudget, UNLIMITED } from '../workspace/toolBudget';
import { readDirectory, type ListDirectory } from '../workspace/walk';
import { compareStrings } from '../kernel/compare';
import { memoize } from '../kernel/memoize';
import { parsedMemoryFile, parseMemoryFileInSlices, readMemoryText, type MemoryText, type ParsedMemoryFile } from './memoryText';
import { Stepped } from '../kernel/stepped';
import type { MemoryFile, ProjectMemory, SkippedImport } from './types';
import { errorMessage } from '../kernel/format';

/** Folders that hold generated files, never the project's own memory (dependencies and .git are never walked). */
const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['dist', 'build', '.orchestrator', '.vscode-test']);
const MAX_IMPORT_DEPTH = 5;
const MODULE_NOTE_PATH = /^modules\/[^/]+\.md$/;

export class MemoryReadError extends Error {
  override readonly name = 'MemoryReadError';
  constructor(readonly root: string, readonly reason: string) {
    super(`Could not read project memory in ${root}: ${reason}`);
  }
}

/** The workspace path of a file (never the root itself), or undefined when it is outside. */
function toWorkspacePath(root: string, absolute: string): string | undefined {
  const path = workspacePathOf(root, absolute);
  return path === '' ? undefined : path;
}

/**
 * Reads memory files, each at most once per read of the project memory. Files are requested as
 * soon as their paths are known and collected later in a fixed order, so the reads overlap while
 * the result stays the same on every run.
 */
type MemoryFileReader = (absolute: string) => Promise<MemoryText | undefined>;

/** The names of nested memory files. */
export const NESTED_MEMORY_NAMES: ReadonlySet<string> = new Set(['CLAUDE.md', 'AGENTS.md']);

/**
 * Memory file names per folder below the root (workspace-relative folders). The workspace walk
 * leaves out gitignored and excluded folders (a virtualenv, vendored code); generated folders are
 * left out by name too, since not every project ignores them.
 */
function nestedMemoryNames(files: readonly string[]): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const file of files) {
    const folder = posix.dirname(file);
    if (folder === '.' || folder.split('/').some((segment) => SKIPPED_FOLDERS.has(segment))) continue;
    found.set(folder, (found.get(folder) ?? new Set()).add(posix.basename(file)));
  }
  return found;
}

class MemoryCollector {
  private readonly files = new Map<string, MemoryFile>();
  private readonly stamps = new Map<string, string>();
  private readonly parsed = new Map<string, ParsedMemoryFile>();
  private readonly skipped: SkippedImport[] = [];

  constructor(private readonly root: string, private readonly reader: MemoryFileReader, private readonly budget: ToolBudget) {}

  /** The memory read, its digest taken file by file with the event loop's turns in between (2 MB of memory is 2 MB to hash). */
  async collected(): Promise<{ memory: ProjectMemory; stamps: ReadonlyMap<string, string> }> {
    const files = [...this.files.values()];
    const digest = await new Stepped(digestSteps(files)).paced(() => this.budget.pace());
    const memory = memoryOf(files, (f) => this.parsed.get(f.path) as ParsedMemoryFile, digest);
    // By importing file (a stable sort keeps each file's imports in the order written).
    const skippedImports = [...this.skipped].sort((a, b) => compareStrings(a.file, b.file));
    return { memory: skippedImports.length > 0 ? { ...memory, skippedImports } : memory, stamps: this.stamps };
  }

  /** Reads `absolute` if present; returns whether it was found (even if already collected). */
  async add(absolute: string, origin: MemoryFile['origin'], followImports: boolean): Promise<boolean> {
    const path = toWorkspacePath(this.root, absolute);
    if (path === undefined) return false;
    if (this.files.has(path)) return true;
    // A memory file that is a link leading out of the workspace is not project memory.
    if (!('real' in (await this.confined(absolute)))) return false;
    const read = await this.reader(absolute);
    if (read === undefined) return false;
    const parsed = await this.keep(path, read, origin);
    if (followImports) await this.followImports(absolute, parsed.imports, 1);
    return true;
  }

  private async keep(path: string, read: MemoryText, origin: MemoryFile['origin']): Promise<ParsedMemoryFile> {
    this.files.set(path, { path, content: read.content, origin, ...(read.cut ? { cut: read.cut } : {}) });
    this.stamps.set(path, read.stamp);
    const parsed = await parseMemoryFileInSlices(path, read.content, this.budget);
    this.parsed.set(path, parsed);
    return parsed;
  }

  private async followImports(importer: string, imports: readonly string[], depth: number): Promise<void> {
    const file = toWorkspacePath(this.root, importer) as string;
    const skip = (target: string, reason: string) => this.skipped.push({ file, target, reason });
    if (depth > MAX_IMPORT_DEPTH) {
      for (const target of imports) skip(target, `imports nest more than ${MAX_IMPORT_DEPTH} deep`);
      return;
    }
    // Home-relative imports point at personal files outside the workspace: never part of the project's memory.
    const located = imports.map((target) =>
      target.startsWith('~') ? Promise.resolve({ reason: 'in the home folder, outside the workspace' }) : this.confined(resolve(dirname(importer), target)),
    );
    for (const [i, pending] of located.entries()) {
      await this.budget.pace();
      const place = await pending;
      if (!('real' in place)) {
        skip(imports[i], place.reason);
        continue;
      }
      const absolute = place.real;
      const path = toWorkspacePath(this.root, absolute) as string;
      // Already collected: a cycle or a shared import, read once.
      if (this.files.has(path)) continue;
      const imported = await this.reader(absolute);
      if (imported === undefined) {
        skip(imports[i], 'not a readable file');
        continue;
      }
      // CLAUDE.md often imports its module notes; they stay module notes, whoever reads them first.
      const parsed = await this.keep(path, imported, MODULE_NOTE_PATH.test(path) ? 'module-note' : 'import');
      await this.followImports(absolute, parsed.imports, depth + 1);
    }
  }

  /**
   * The real path of `candidate` if it exists, stays inside the workspace once symbolic links are
   * resolved (the path guard) and is not a secret file: an @import of `.env` or a key is never read.
   * Otherwise why not.
   */
  private async confined(candidate: string): Promise<{ readonly real: string } | { readonly reason: string }> {
    const lexical = toWorkspacePath(this.root, candidate);
    if (lexical === undefined) return { reason: 'outside the workspace' };
    if (isSecretPath(lexical)) return { reason: 'a secret file, never read' };
    try {
      const real = await realPathInWorkspace(this.root, candidate);
      if (real === undefined) return { reason: 'not found' };
      if (isSecretPath(toWorkspacePath(this.root, real) ?? '')) return { reason: 'a link to a secret file, never read' };
      void this.reader(real);
      return { real };
    } catch {
      // The path guard throws when the real path (a link followed) leads outside.
      return { reason: 'a link leading outside the workspace' };
    }
  }
}

export function memoryDigest(files: readonly MemoryFile[]): string {
  return new Stepped(digestSteps(files)).now();
}

/**
 * sha256 over the JSON of [path, content] pairs sorted by path, fed one file at a time (the same
 * bytes as `JSON.stringify` of the whole list, so digests journaled before stay comparable).
 */
function* digestSteps(files: readonly MemoryFile[]): Generator<void, string> {
  const hash = createHash('sha256').update('[');
  const sorted = [...files].sort((a, b) => compareStrings(a.path, b.path));
  for (const [i, file] of sorted.entries()) {
    hash.update(`${i === 0 ? '' : ','}[${JSON.stringify(file.path)},"`);
    for (let start = 0; start < file.content.length;) {
      yield;
      const end = pieceEnd(file.content, start);
      hash.update(JSON.stringify(file.content.slice(start, end)).slice(1, -1));
      start = end;
    }
    hash.update('"]');
  }
  return hash.update(']').digest('hex');
}

/** Characters of a file hashed per step. */
const DIGEST_PIECE_CHARS = 256 * 1024;

/** Where the piece of `text` from `start` ends: never between the two halves of a surrogate pair, which JSON would escape apart. */
function pieceEnd(text: string, start: number): number {
  const end = Math.min(text.length, start + DIGEST_PIECE_CHARS);
  const before = text.charCodeAt(end - 1);
  return end < text.length && before >= 0xd800 && before <= 0xdbff ? end + 1 : end;
}

/** Builds a ProjectMemory from already-read files; the same files give the same memory, wherever they came from. */
export function projectMemoryOf(files: readonly MemoryFile[]): ProjectMemory {
  return memoryOf(files, (f) => parsedMemoryFile(f.path, f.content));
}

function memoryOf(files: readonly MemoryFile[], parse: (file: MemoryFile) => ParsedMemoryFile, digest = memoryDigest(files)): ProjectMemory {
  return { files, sections: files.flatMap((f) => parse(f).sections), digest };
}

/**
 * Reads what Claude Code would read as project memory: the root CLAUDE.md (AGENTS.md when there is
 * none) with its @imports, nested CLAUDE.md files, and the module notes in modules/*.md.
 */
export async function readProjectMemory(root: string, signal?: AbortSignal): Promise<ProjectMemory> {
  return (await readProjectMemoryFiles(root, { signal })).memory;
}

export interface MemoryReadOptions {
  readonly signal?: AbortSignal;
  /** The workspace whose visible folders hold nested memory; by default one at `root` with no extra excludes. */
  readonly workspace?: Workspace;
  /** Folder listings to share with another walk of the same workspace (see `sharedDirectoryListing`). */
  readonly listDirectory?: ListDirectory;
  /** The nested memory files a walk of the workspace already found (`Workspace.survey`), instead of walking again. */
  readonly nestedFiles?: Promise<readonly string[]>;
}

/** The project memory and, per file, the size and mtime it was read at. */
export async function readProjectMemoryFiles(
  root: string,
  { signal, workspace = new Workspace(root), listDirectory = readDirectory, nestedFiles }: MemoryReadOptions = {},
): Promise<{ memory: ProjectMemory; stamps: ReadonlyMap<string, string> }> {
  let realRoot: string;
  try {
    realRoot = await realpath(root);
  } catch (error) {
    throw new MemoryReadError(root, errorMessage(error));
  }
  // Checked while the reads below are under way: on a file they simply find nothing.
  const isFolder = stat(realRoot).then((info) => info.isDirectory(), () => false);
  // Large files are redacted and parsed in slices; the walk and the reads honour Stop.
  const budget = new ToolBudget(UNLIMITED, signal);
  const reader: MemoryFileReader = memoize((absolute) => readMemoryText(absolute, budget));
  const collector = new MemoryCollector(realRoot, reader, budget);
  // Everything whose path is known is requested now; the collector below takes it in a fixed order.
  const rootCandidates = [join(realRoot, 'CLAUDE.md'), join(realRoot, 'AGENTS.md')];
  rootCandidates.forEach((path) => void reader(path));
  const modulesFolder = join(realRoot, 'modules');
  const moduleNotes = moduleNotesIn(modulesFolder, listDirectory).then((paths) => {
    paths.forEach((path) => void reader(path));
    return paths;
  });
  const nestedPaths = nestedFiles ?? workspace.survey(NESTED_MEMORY_NAMES, { listDirectory, signal }).then((survey) => survey.named);
  const nested = nestedPaths.then((paths) => {
    const byFolder = nestedMemoryNames(paths);
    for (const [folder, names] of byFolder) for (const name of names) void reader(join(realRoot, folder, name));
    return byFolder;
  });
  // If a step below throws (cancellation), the walk's own failure must not go unhandled.
  void nested.catch(() => undefined);

  if (!(await collector.add(rootCandidates[0], 'claude-md', true))) {
    await collector.add(rootCandidates[1], 'agents-md', true);
  }

  const nestedNames = await nested;
  for (const folder of [...nestedNames.keys()].sort(compareStrings)) {
    await budget.pace();
    const names = nestedNames.get(folder) as Set<string>;
    const absolute = join(realRoot, folder);
    if (!(names.has('CLAUDE.md') && (await collector.add(join(absolute, 'CLAUDE.md'), 'nested-claude-md', true))) && names.has('AGENTS.md')) {
      await collector.add(join(absolute, 'AGENTS.md'), 'agents-md', true);
    }
  }

  for (const path of await moduleNotes) {
    await collector.add(path, 'module-note', false);
  }

  if (!(await isFolder)) throw new MemoryReadError(root, 'not a folder');
  return await collector.collected();
}

/** modules/*.md, sorted; none when there is no modules folder yet. */
async function moduleNotesIn(modulesFolder: string, listDirectory: ListDirectory): Promise<string[]> {
  return (await listDirectory(modulesFolder))
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(modulesFolder, entry.name))
    .sort(compareStrings);
}
