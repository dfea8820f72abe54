/** The read-only workspace tools a coordinator may be granted; delegation/workspaceTools implements them. */
export const WORKSPACE_TOOL_NAMES = ['list_files', 'read_file', 'search_text'] as const;
export type WorkspaceToolName = (typeof WORKSPACE_TOOL_NAMES)[number];

/** A domain coordinator: a system prompt, the read-only tools it may use, and words that route work to it. */
export interface CoordinatorDefinition {
  /** Lowercase-hyphen name; also the domain name flags and plans refer to ("backend"). */
  readonly name: string;
  readonly description: string;
  readonly systemPrompt: string;
  /** Lowercased words in a request that suggest this coordinator. */
  readonly keywords: readonly string[];
  /** Allowed workspace tool names (list_files, read_file, search_text). */
  readonly tools: readonly string[];
  /** Model id for this coordinator; absent means the run's model. */
  readonly model?: string;
  /** 'builtin', or the workspace-relative path of the file that defined it. */
  readonly source: 'builtin' | (string & {});
}

/** A problem with one coordinator file, located for the user who has to fix it. */
export interface CoordinatorFileProblem {
  /** Workspace-relative path, forward slashes. */
  readonly file: string;
  /** 1-based line in the file, when known. */
  readonly line?: number;
  readonly message: string;
}

const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'any', 'are', 'as', 'at', 'be', 'by', 'can', 'code', 'do', 'does', 'for', 'from', 'has', 'have',
  'in', 'into', 'is', 'it', 'its', 'of', 'on', 'or', 'that', 'the', 'their', 'them', 'this', 'to', 'use', 'used',
  'uses', 'using', 'via', 'when', 'with', 'you', 'your', 'all', 'about', 'after', 'before', 'should', 'must', 'will',
  'proactively', 'agent', 'subagent', 'expert', 'specialist', 'coordinator', 'handles', 'handle', 'other', 'such',
  'like', 'also', 'than', 'then', 'these', 'those', 'what', 'which', 'who', 'how', 'not', 'only', 'over', 'under',
  'immediately', 'always', 'every', 'each', 'more', 'most', 'some', 'after', 'review', 'reviews',
]);

/** Routing words for a user-defined coordinator: its name's parts and its description's content words. */
export function deriveKeywords(name: string, description: string): string[] {
  const words = `${name.replace(/-/g, ' ')} ${description}`.toLowerCase().split(/[^a-z0-9]+/);
  const keywords: string[] = [];
  for (const word of words) {
    if (word.length < 3 || STOP_WORDS.has(word) || /^\d+$/.test(word) || keywords.includes(word)) continue;
    keywords.push(word);
  }
  return keywords;
}
