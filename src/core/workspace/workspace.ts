import { promises as fs, type Dirent, type Stats } from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { compareStrings } from '../kernel/compare';
import {
  binaryError, excludedError, folderError, notARegularFileError, notFoundError, secretContentError, secretError, WorkspaceAccessError,
} from './errors';
import { ExclusionRules, type ExclusionVerdict, type GitignoreLevel } from './exclusion';
import { looksBinary, readHead, sliceLines, splitLines, streamLineWindow, stripBom, type FileTextSlice } from './fileText';
import { resolveInWorkspace, workspacePathOf } from './pathGuard';
import { normalizeGlob, normalizeRelative, realPathOfNearestExisting, splitPath } from './paths';
import { isSecretPath } from './secretPaths';
import { findSecrets, keyFileKind, redactMatches, type RedactedText } from './secretText';
import { createLineMatcher, searchFiles, type TextSearchOptions, type TextSearchResult } from './textSearch';
import { ToolBudget, UNLIMITED, type ToolBudgetLimits } from './toolBudget';
import { sortInSlices } from './sliceSort';
import { readDirectory, walkFiles, type ListDirectory, type WalkContext, type WalkStats } from './walk';

export interface WorkspaceOptions {
  /** Extra globs (picomatch, workspace-relative) hidden from the model, on top of gitignore and secrets. */
  readonly exclude?: readonly string[];
  /** Files larger than this are only readable by line range. Default 256 KiB. */
  readonly maxFileBytes?: number;
  /** Default cap on `listFiles` results. Default 500. */
  readonly maxListed?: number;
  /** Most lines one `readFile` returns. Default 2000. */
  readonly maxReadLines?: number;
  /** Most directory entries one walk visits. Default 200,000. */
  readonly maxWalkEntries?: number;
  /** What one listing, read or search may spend. Default 10 s, 64 MiB read, 20,000 files. */
  readonly budget?: Partial<ToolBudgetLimits>;
}

export interface SurveyOptions {
  /** Folder listings shared with other walks of the same plan (see `sharedDirectoryListing`). */
  readonly listDirectory?: ListDirectory;
  /** Most directory entries the walk visits; by default the workspace's `maxWalkEntries`. */
  readonly maxEntries?: number;
  readonly signal?: AbortSignal;
}

export interface FileList {
  /** Workspace-relative paths with forward slashes, sorted. */
  readonly files: string[];
  /** True when there were more matches than returned (or the walk hit its bound). */
  readonly truncated: boolean;
}

export interface ReadFileOptions {
  /** 1-based, inclusive. */
  readonly startLine?: number;
  /** 1-based, inclusive. */
  readonly endLine?: number;
}

const KIB = 1024;
/** How much of a file is looked at to decide whether it is binary. */
const BINARY_SNIFF_BYTES = 8000;
/** Lines read around a range of a large file, so a secret crossing the range's edges is still recognised. */
const SECRET_CONTEXT_LINES = 200;
const DEFAULT_BUDGET: ToolBudgetLimits = { timeMs: 10_000, bytes: 64 * KIB * KIB, files: 20_000 };

/**
 * Read-only access to the files of one workspace, confined to its root. Everything the model reads
 * goes through here, so this is where secrets, ignored files and escapes are refused.
 */
export class Workspace {
  readonly root: string;
  private readonly rules: ExclusionRules;
  private readonly maxFileBytes: number;
  private readonly maxListed: number;
  private readonly maxReadLines: number;
  private readonly maxWalkEntries: number;
  /** The budget of one tool call. */
  readonly budget: ToolBudgetLimits;
  private realRootCache: string | undefined;

  constructor(root: string, options: WorkspaceOptions = {}) {
    this.root = path.resolve(root);
    this.rules = new ExclusionRules(this.root, options.exclude ?? []);
    this.maxFileBytes = options.maxFileBytes ?? 256 * KIB;
    this.maxListed = options.maxListed ?? 500;
    this.maxReadLines = options.maxReadLines ?? 2000;
    this.maxWalkEntries = options.maxWalkEntries ?? 200_000;
    this.budget = { ...DEFAULT_BUDGET, ...options.budget };
  }

  /**
   * The absolute path for a workspace-relative one, refusing anything that leaves the root (absolute
   * paths, `..`, links pointing outside) and secret files. Missing paths resolve (hosts create memory
   * files); gitignore is not applied here, only to what the model can list and read.
   */
  resolve(relativePath: string): string {
    const relative = normalizeRelative(relativePath);
    if (isSecretPath(relative)) throw secretError(relativePath);
    const real = resolveInWorkspace(this.root, relativePath);
    if (isSecretPath(this.relativeToRealRoot(real) ?? '')) throw secretError(relativePath);
    return real;
  }

  /** Why the model may not see this path ('secret' or 'excluded'), or undefined when it may. */
  async exclusion(relativePath: string): Promise<ExclusionVerdict> {
    const relative = normalizeRelative(relativePath);
    const stats = await statOrUndefined(path.join(this.root, ...splitPath(relative)));
    return this.rules.verdict(relative, stats?.isDirectory() ?? false);
  }

  async isExcluded(relativePath: string): Promise<boolean> {
    return (await this.exclusion(relativePath)) !== undefined;
  }

  /** Files matching a glob; a glob without '/' matches file names at any depth ('*.ts'). */
  async listFiles(glob = '**/*', limit: number = this.maxListed, signal?: AbortSignal): Promise<FileList> {
    const { files, stoppedEarly } = await this.collectFiles(glob, new ToolBudget(this.budget, signal));
    return { files: files.slice(0, limit), truncated: stoppedEarly || files.length > limit };
  }

  /**
   * Every visible file (as `listFiles('**\/*')`, unlimited), and in the same walk the files with one
   * of `names`, sorted, in every folder the model may see (so never inside gitignored or excluded
   * folders) even when the file itself is gitignored: project memory such as a personal CLAUDE.md
   * is often kept out of git. `listDirectory` lets other readers of the same folders share the
   * listings (see `sharedDirectoryListing`); by default every folder is read afresh. The walk gives
   * the event loop its turns; `walkStopped` says it reached `maxEntries` and saw no further.
   */
  async survey(names: ReadonlySet<string>, options: SurveyOptions = {}): Promise<{ files: string[]; named: string[]; walkStopped: boolean }> {
    const named: string[] = [];
    const budget = new ToolBudget(UNLIMITED, options.signal);
    const onFolder = (folder: string, entries: readonly Dirent[]) => {
      for (const entry of entries) {
        if (entry.isFile() && names.has(entry.name)) named.push(folder === '' ? entry.name : `${folder}/${entry.name}`);
      }
    };
    const { files, stoppedEarly } = await this.collectFiles('**/*', budget, options.listDirectory, onFolder, options.maxEntries);
    return { files, walkStopped: stoppedEarly, named: named.sort(compareStrings) };
  }

  /**
   * Text of a visible file, whole (up to the caps) or a 1-based inclusive line range, with every
   * secret replaced by a placeholder in its line. A file whose content is a key is refused.
   */
  async readFile(relativePath: string, options: ReadFileOptions = {}, signal?: AbortSignal): Promise<FileTextSlice> {
    const { relative, absolute, stats } = await this.locateVisibleFile(relativePath);
    const startLine = options.startLine ?? 1;
    const endLine = options.endLine ?? Number.POSITIVE_INFINITY;
    validateRange(relativePath, startLine, endLine);
    const hasRange = options.startLine !== undefined || options.endLine !== undefined;
    if (stats.size > this.maxFileBytes && !hasRange) {
      throw new WorkspaceAccessError(
        'too_large',
        relativePath,
        `File '${relative}' is ${formatBytes(stats.size)}, over the ${formatBytes(this.maxFileBytes)} limit for a whole read; read a part of it with start_line and end_line, or use search_text.`,
      );
    }
    const bounds = { maxBytes: this.maxFileBytes, maxLines: this.maxReadLines };
    let slice: FileTextSlice;
    let clean: RedactedText;
    if (stats.size <= this.maxFileBytes) {
      // Small enough to read whole in one go; the binary check looks at the same bytes.
      const buffer = await fs.readFile(absolute, { signal });
      if (looksBinary(buffer.subarray(0, BINARY_SNIFF_BYTES))) throw binaryError(relativePath, relative);
      clean = withoutSecrets(relativePath, relative, stripBom(buffer.toString('utf8')), true);
      slice = sliceLines(relative, splitLines(clean.text), startLine, endLine, bounds);
    } else {
      if (looksBinary(await readHead(absolute, BINARY_SNIFF_BYTES))) throw binaryError(relativePath, relative);
      const from = Math.max(1, startLine - SECRET_CONTEXT_LINES);
      const to = Math.min(endLine, startLine + this.maxReadLines - 1) + SECRET_CONTEXT_LINES;
      // Any size, within the read budget of one call: how far it got is said, never waited for.
      const window = await streamLineWindow(absolute, from, to, 2 * this.maxFileBytes, new ToolBudget(this.budget, signal), signal);
      if (window.stopped && window.totalLines < startLine) {
        throw new WorkspaceAccessError(
          'too_large',
          relativePath,
          `Stopped reading '${relative}' (${formatBytes(stats.size)}) at line ${window.totalLines}, at ${window.stopped.words}: line ${startLine} is past it and was not read. Only lines before it can be read from this file.`,
        );
      }
      // Part of a large file is never a whole key: its secrets are replaced, the read is not refused.
      const found = withoutSecrets(relativePath, relative, window.lines.join('\n'), false);
      clean = { text: found.text, redactions: found.redactions.map((r) => ({ ...r, line: r.line + from - 1, endLine: r.endLine + from - 1 })) };
      slice = sliceLines(relative, clean.text.split('\n'), startLine, endLine, bounds, from, window.totalLines);
      if (window.stopped) {
        slice = { ...slice, countStopped: `counting stopped at line ${window.totalLines}, at ${window.stopped.words}; the rest of the ${formatBytes(stats.size)} file was not read` };
      }
    }
    if (startLine > 1 && startLine > slice.totalLines) {
      throw new WorkspaceAccessError(
        'past_end',
        relativePath,
        `File '${relative}' has ${slice.totalLines} lines; start_line ${startLine} is past its end.`,
      );
    }
    const redactions = clean.redactions.filter((r) => r.endLine >= slice.startLine && r.line <= slice.endLine);
    return { ...slice, redactions };
  }

  /**
   * Lines containing `query` across visible text files, in path order, at most `maxResults`, within
   * this workspace's budget for one call; the result says what was not searched or not shown.
   */
  async searchText(query: string, options: TextSearchOptions = {}, signal?: AbortSignal): Promise<TextSearchResult> {
    const matcher = createLineMatcher(query, options);
    const budget = new ToolBudget(this.budget, signal);
    const { files, stoppedEarly } = await this.collectFiles(options.glob ?? '**/*', budget);
    const scope = { root: this.root, files, listingCut: stoppedEarly, maxFileBytes: this.maxFileBytes, maxResults: options.maxResults ?? 50 };
    return searchFiles(scope, matcher, budget);
  }

  /**
   * A file's whole text for the engine itself (memory files): confined and never a secret, but
   * gitignore does not apply, since CLAUDE.local.md is meant to be ignored by git.
   */
  async readRaw(relativePath: string): Promise<string> {
    const absolute = this.resolve(relativePath);
    const stats = await statOrUndefined(absolute);
    if (!stats) throw notFoundError(relativePath);
    if (stats.isDirectory()) throw folderError(relativePath);
    if (!stats.isFile()) throw notARegularFileError(relativePath);
    if (stats.size > this.maxFileBytes) {
      throw new WorkspaceAccessError('too_large', relativePath, `File '${relativePath}' is ${formatBytes(stats.size)}, over the ${formatBytes(this.maxFileBytes)} limit.`);
    }
    return stripBom(await fs.readFile(absolute, 'utf8'));
  }

  private async locateVisibleFile(relativePath: string): Promise<{ relative: string; absolute: string; stats: Stats }> {
    const absolute = this.resolve(relativePath);
    const relative = normalizeRelative(relativePath);
    const stats = await statOrUndefined(absolute);
    const isDirectory = stats?.isDirectory() ?? false;
    const realRelative = this.relativeToRealRoot(absolute) ?? relative;
    const verdict = (await this.rules.verdict(relative, isDirectory))
      ?? (realRelative !== relative ? await this.rules.verdict(realRelative, isDirectory) : undefined);
    if (verdict === 'secret') throw secretError(relativePath);
    if (verdict === 'excluded') throw excludedError(relativePath);
    if (!stats) throw notFoundError(relativePath);
    if (isDirectory) throw folderError(relativePath);
    if (!stats.isFile()) throw notARegularFileError(relativePath);
    return { relative, absolute, stats };
  }

  private async collectFiles(
    glob: string,
    budget: ToolBudget,
    listDirectory: ListDirectory = readDirectory,
    onFolder?: WalkContext['onFolder'],
    maxEntries = this.maxWalkEntries,
  ): Promise<{ files: string[]; stoppedEarly: boolean }> {
    const pattern = normalizeGlob(glob);
    const matches = picomatch(pattern, { dot: true, basename: !pattern.includes('/') });
    const startDir = await this.walkStart(pattern);
    if (startDir === undefined) return { files: [], stoppedEarly: false };
    const stats: WalkStats = { entriesSeen: 0, stoppedEarly: false };
    const context: WalkContext = {
      root: this.root,
      listDirectory,
      onFolder,
      budget,
      rules: this.rules,
      maxEntries,
      realRelative: async (absolute: string) => this.relativeToRealRoot(await fs.realpath(absolute)),
    };
    const files: string[] = [];
    for await (const file of walkFiles(context, startDir, this.levelsDownTo(startDir), stats)) {
      if (matches(file)) files.push(file);
    }
    return { files: await sortInSlices(files, compareStrings, budget), stoppedEarly: stats.stoppedEarly };
  }

  /** The folder a glob can only match under ('src' for 'src/**\/*.ts'), so the walk skips the rest. */
  private async walkStart(pattern: string): Promise<string | undefined> {
    const base = normalizeRelative(picomatch.scan(pattern).base);
    if (base === '') return '';
    this.resolve(base);
    const stats = await statOrUndefined(path.join(this.root, ...splitPath(base)));
    if (!stats) return undefined;
    const startDir = stats.isDirectory() ? base : path.posix.dirname(base) === '.' ? '' : path.posix.dirname(base);
    if (startDir !== '' && (await this.rules.verdict(startDir, true)) !== undefined) {
      throw new WorkspaceAccessError(
        'excluded',
        pattern,
        `Folder '${startDir}' is excluded (gitignored, dependencies, or generated files) and cannot be listed; look at the project's own sources instead.`,
      );
    }
    return startDir;
  }

  private async levelsDownTo(directory: string): Promise<GitignoreLevel[]> {
    const segments = splitPath(directory);
    const folders = Array.from({ length: segments.length + 1 }, (_, depth) => segments.slice(0, depth).join('/'));
    const levels = await Promise.all(folders.map((folder) => this.rules.loadLevel(folder)));
    return levels.filter((level): level is GitignoreLevel => level !== undefined);
  }

  /** Forward-slash path relative to the real root, or undefined when `realPath` is outside it. */
  private relativeToRealRoot(realPath: string): string | undefined {
    return workspacePathOf(this.realRoot(), realPath);
  }

  private realRoot(): string {
    this.realRootCache ??= realPathOfNearestExisting(this.root);
    return this.realRootCache;
  }
}

function validateRange(requested: string, startLine: number, endLine: number): void {
  const valid = Number.isInteger(startLine) && startLine >= 1
    && (endLine === Number.POSITIVE_INFINITY || (Number.isInteger(endLine) && endLine >= startLine));
  if (!valid) {
    throw new WorkspaceAccessError(
      'invalid',
      requested,
      `Line range ${startLine}-${endLine} is not valid; lines are 1-based and inclusive, with start_line <= end_line.`,
    );
  }
}

async function statOrUndefined(absolute: string): Promise<Stats | undefined> {
  try {
    return await fs.stat(absolute);
  } catch {
    return undefined;
  }
}

function formatBytes(bytes: number): string {
  if (bytes >= KIB * KIB) return `${(bytes / (KIB * KIB)).toFixed(1)} MiB`;
  return `${Math.ceil(bytes / KIB)} KiB`;
}

/**
 * The text with its secrets replaced. A whole file that is a key (`keyFiles`) is refused: a
 * placeholder standing for most of a file tells the model nothing, and partial key material is
 * still key material.
 */
function withoutSecrets(requested: string, relative: string, text: string, keyFiles: boolean): RedactedText {
  const secrets = findSecrets(text, path.posix.basename(relative));
  const kind = keyFiles ? keyFileKind(text, secrets) : undefined;
  if (kind) throw secretContentError(requested, kind);
  return redactMatches(text, secrets);
}
