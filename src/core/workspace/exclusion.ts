import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { isSecretPath } from './secretPaths';

/** Why a path is hidden from the model: a secret, or excluded by configuration / gitignore. */
export type ExclusionVerdict = 'excluded' | 'secret' | undefined;

/** Directory names never worth showing, at any depth. */
const ALWAYS_EXCLUDED_SEGMENTS: ReadonlySet<string> = new Set(['.git', 'node_modules']);
/** Root-relative folders the engine itself writes (run journals, the template-choice cache). */
const ALWAYS_EXCLUDED_PREFIXES: readonly string[] = ['.orchestrator/runs', '.orchestrator/cache'];

/** The rules of one `.gitignore`, anchored at the folder that holds it ('' for the root). */
export interface GitignoreLevel {
  readonly dir: string;
  readonly rules: Ignore;
}

/**
 * Decides what is hidden: secrets, fixed engine/tooling folders, configured globs, and gitignore
 * rules (root and nested, deeper files overriding shallower ones, as git does).
 * Gitignore files are read on each check rather than cached: the workspace lives as long as the
 * editor, and a stale cache would show files the user has just ignored.
 */
export class ExclusionRules {
  private readonly matchesConfigured: (relativePath: string) => boolean;

  constructor(
    private readonly root: string,
    configuredExcludes: readonly string[],
  ) {
    this.matchesConfigured = configuredExcludes.length > 0
      ? picomatch([...configuredExcludes], { dot: true })
      : () => false;
  }

  /** The checks that need no file system: secrets, fixed folders, configured globs. */
  staticVerdict(relativePath: string, isDirectory: boolean): ExclusionVerdict {
    if (!isDirectory && isSecretPath(relativePath)) return 'secret';
    const segments = relativePath.split('/');
    if (segments.some((segment) => ALWAYS_EXCLUDED_SEGMENTS.has(segment))) return 'excluded';
    if (ALWAYS_EXCLUDED_PREFIXES.some((prefix) => relativePath === prefix || relativePath.startsWith(`${prefix}/`))) {
      return 'excluded';
    }
    if (this.matchesConfigured(relativePath)) return 'excluded';
    return undefined;
  }

  /**
   * The full verdict for one path: its own name and every ancestor folder (a file inside an ignored
   * folder is ignored, and git cannot re-include it), against every applicable `.gitignore`.
   */
  async verdict(relativePath: string, isDirectory: boolean): Promise<ExclusionVerdict> {
    if (relativePath === '') return undefined;
    const segments = relativePath.split('/');
    const prefixes = segments.map((_, index) => segments.slice(0, index + 1).join('/'));
    // Checks without the file system first: a secret or an always-hidden folder needs no reads.
    for (const [index, prefix] of prefixes.entries()) {
      const staticResult = this.staticVerdict(prefix, index < segments.length - 1 || isDirectory);
      if (staticResult) return staticResult;
    }
    // The .gitignore of the root and of every folder on the way, read together.
    const folders = ['', ...prefixes.slice(0, -1)];
    const loaded = await Promise.all(folders.map((folder) => this.loadLevel(folder)));
    const levels: GitignoreLevel[] = [];
    for (const [index, prefix] of prefixes.entries()) {
      const level = loaded[index];
      if (level) levels.push(level);
      if (isIgnoredByGitignore(levels, prefix, index < segments.length - 1 || isDirectory)) return 'excluded';
    }
    return undefined;
  }

  /** Reads the `.gitignore` of one folder (plus `.git/info/exclude` at the root), if any. */
  async loadLevel(directory: string): Promise<GitignoreLevel | undefined> {
    const sources = directory === ''
      ? [path.join(this.root, '.gitignore'), path.join(this.root, '.git', 'info', 'exclude')]
      : [path.join(this.root, ...directory.split('/'), '.gitignore')];
    const contents = (await Promise.all(sources.map(readIfPresent))).filter((text): text is string => text !== undefined);
    if (contents.length === 0) return undefined;
    return { dir: directory, rules: ignore().add(contents.join('\n')) };
  }
}

/** Applies gitignore levels from shallow to deep; a deeper negation (`!keep.log`) re-includes. */
export function isIgnoredByGitignore(levels: readonly GitignoreLevel[], relativePath: string, isDirectory: boolean): boolean {
  let ignored = false;
  for (const level of levels) {
    if (level.dir !== '' && !relativePath.startsWith(`${level.dir}/`)) continue;
    const local = level.dir === '' ? relativePath : relativePath.slice(level.dir.length + 1);
    const result = level.rules.test(isDirectory ? `${local}/` : local);
    if (result.ignored) ignored = true;
    else if (result.unignored) ignored = false;
  }
  return ignored;
}

async function readIfPresent(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}
