/** Project memory as the engine sees it, and the edits it proposes (never writes by itself). */

export interface MemoryFile {
  /** Workspace-relative path, forward slashes. */
  readonly path: string;
  readonly content: string;
  /** How it was found: the root CLAUDE.md, a nested one, an @import, AGENTS.md fallback, a module note. */
  readonly origin: 'claude-md' | 'nested-claude-md' | 'import' | 'agents-md' | 'module-note';
  /** Set when the file is larger than memory reads: only its first `keptBytes` bytes are `content`. */
  readonly cut?: { readonly keptBytes: number; readonly totalBytes: number };
}

export interface MemorySection {
  readonly file: string;
  /** The heading's text; the file's path for the text before its first heading. */
  readonly heading: string;
  /** 1-based line of the heading (1 for the text before the first heading). */
  readonly line: number;
  /** 1-based first line after the heading. */
  readonly bodyLine: number;
  /** 1-based line after the section's last line: sub-sections included, so lines [line, endLine) are the section. */
  readonly endLine: number;
  /** The text under the heading, trimmed. */
  readonly body: string;
}

/** An `@import` that was not read, and why: said in the plan, never dropped silently. */
export interface SkippedImport {
  /** The memory file that imports it (workspace-relative). */
  readonly file: string;
  /** The import as written, without the `@`. */
  readonly target: string;
  readonly reason: string;
}

export interface ProjectMemory {
  readonly files: readonly MemoryFile[];
  /** Imports that were not read (outside the workspace, a secret file, missing, too deep). */
  readonly skippedImports?: readonly SkippedImport[];
  readonly sections: readonly MemorySection[];
  /** sha256 over paths and contents, in a stable order. */
  readonly digest: string;
}

/**
 * A proposed change to one memory file as a text edit against the content it was computed from.
 * Hosts re-apply it to the file's current text: `insertAfter` anchors keep the user's edits.
 */
export interface MemoryEdit {
  readonly path: string;
  readonly kind: 'create' | 'append';
  /** The content the edit was computed against ('' for create). */
  readonly baseContent: string;
  /** Text to append at the end of the file (or the whole file for create). */
  readonly text: string;
  readonly description: string;
}
