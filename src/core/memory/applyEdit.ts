import type { MemoryEdit } from './types';

/**
 * How a proposed memory edit lands on a file as it is now: the one rule both hosts use (VS Code on
 * the open document's text, the CLI on the file on disk), so the same edit gives the same bytes.
 * Pure: text in, text out.
 *
 * The new section follows the current text after exactly one blank line, whatever happened to the
 * file since the run proposed it (its trailing newline removed or added, the file emptied,
 * deleted or created); a missing or empty file becomes just the section. The result always starts
 * with `current`, so a host may insert only what follows it.
 */
export function applyMemoryEdit(current: string | undefined, edit: MemoryEdit): string {
  const existing = current ?? '';
  // The edit's own separator was worked out against the text it was proposed on; the current text decides.
  return existing + separatorAfter(existing) + edit.text.replace(/^\n+/, '');
}

/** What goes between existing text and an appended block so the block starts after one blank line. */
export function separatorAfter(text: string): string {
  if (text.length === 0) return '';
  return text.endsWith('\n') ? '\n' : '\n\n';
}
