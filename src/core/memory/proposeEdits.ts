import { separatorAfter } from './applyEdit';
import { memoryEditMarker } from './appliedEdits';
import type { MemoryEdit, ProjectMemory } from './types';
import { compareStrings } from '../kernel/compare';
import { normalizeText } from './words';
import { cutAtWord, plural } from '../kernel/format';
import { safeInlineMarkdown, safeMarkdown } from '../kernel/safeMarkdown';

export interface MemoryEditInput {
  readonly memory: ProjectMemory;
  readonly request: string;
  /** YYYY-MM-DD, passed in so the same run always proposes the same text. */
  readonly date: string;
  readonly title?: string;
  readonly problem: string;
  readonly solution: string;
  readonly result: string;
  readonly moduleNotes: readonly { readonly module: string; readonly note: string }[];
  /** The run proposing: its id marks each section, so a section already applied is recognised. */
  readonly runId?: string;
}

export class MemoryEditError extends Error {
  override readonly name = 'MemoryEditError';
  constructor(readonly reason: string) {
    super(reason);
  }
}

const MODULE_NAME = /^[a-z0-9][a-z0-9_-]*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_TITLE_LENGTH = 60;
const NOT_RECORDED = '_Not recorded._';

/** "make the checkout faster." → "Make the checkout faster"; a longer request is cut at a word within 60 characters, "…" marking the cut. */
export function titleFromRequest(request: string): string {
  const title = cutAtWord(normalizeText(request).replace(/[\s.!?:;,]+$/, ''), MAX_TITLE_LENGTH);
  if (title.length === 0) return 'Untitled change';
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/**
 * Memory is read by every later session and agent, so what a proposal writes there is rebuilt by the
 * sanitizer like any surface (`safeMarkdown`): findings, notes and flag reasons come from models,
 * and a link other than http(s) or raw HTML must not be stored for them to follow.
 */
function paragraph(text: string): string {
  const safe = safeMarkdown(text);
  return safe.length > 0 ? safe : NOT_RECORDED;
}

/** A note as a list item; continuation lines are indented so they stay inside the item. */
function bullet(note: string): string {
  const lines = safeMarkdown(note).split(/\r?\n/);
  return `- ${lines[0]}${lines.slice(1).map((line) => (line.trim() ? `\n  ${line}` : '\n')).join('')}`;
}

function marker(input: MemoryEditInput): string[] {
  return input.runId === undefined ? [] : [memoryEditMarker(input.runId)];
}

function currentContent(memory: ProjectMemory, path: string): string | undefined {
  return memory.files.find((file) => file.path === path)?.content;
}

function claudeMdEdit(input: MemoryEditInput, title: string): MemoryEdit {
  const section = [
    `## ${title} (${input.date})`,
    ...marker(input),
    '',
    '### Problem',
    '',
    paragraph(input.problem),
    '',
    '### Solution',
    '',
    paragraph(input.solution),
    '',
    '### Result',
    '',
    paragraph(input.result),
    '',
  ].join('\n');
  const base = currentContent(input.memory, 'CLAUDE.md');
  if (base === undefined) {
    return {
      path: 'CLAUDE.md',
      kind: 'create',
      baseContent: '',
      text: `# Project memory\n\n${section}`,
      description: `Create CLAUDE.md with a section on "${title}"`,
    };
  }
  return {
    path: 'CLAUDE.md',
    kind: 'append',
    baseContent: base,
    text: separatorAfter(base) + section,
    description: `Add a section on "${title}" to CLAUDE.md`,
  };
}

function notesByModule(notes: MemoryEditInput['moduleNotes']): Map<string, string[]> {
  const grouped = new Map<string, string[]>();
  for (const { module, note } of notes) {
    const name = module.trim().toLowerCase();
    if (!MODULE_NAME.test(name)) {
      throw new MemoryEditError(
        `Module name "${module}" cannot be a file name under modules/: use lowercase letters, digits, "-" and "_", starting with a letter or digit.`,
      );
    }
    const text = note.trim();
    if (text.length === 0) continue;
    const list = grouped.get(name) ?? [];
    if (!list.includes(text)) list.push(text);
    grouped.set(name, list);
  }
  return grouped;
}

function moduleEdit(module: string, notes: readonly string[], input: MemoryEditInput, title: string): MemoryEdit {
  const path = `modules/${module}.md`;
  const entry = [`## ${input.date} — ${title}`, ...marker(input), '', `${notes.map(bullet).join('\n')}\n`].join('\n');
  const count = plural(notes.length, 'note');
  const base = currentContent(input.memory, path);
  if (base === undefined) {
    const words = module.replace(/[_-]+/g, ' ');
    const heading = `# ${words.charAt(0).toUpperCase()}${words.slice(1)} module`;
    return { path, kind: 'create', baseContent: '', text: `${heading}\n\n${entry}`, description: `Create ${path} with ${count}` };
  }
  return { path, kind: 'append', baseContent: base, text: separatorAfter(base) + entry, description: `Add ${count} to ${path}` };
}

/**
 * The memory updates a finished run proposes: a dated Problem/Solution/Result section in CLAUDE.md
 * and, per module, dated notes in modules/<module>.md. Only proposals: hosts show them for review.
 */
export function proposeMemoryEdits(input: MemoryEditInput): MemoryEdit[] {
  if (!DATE.test(input.date)) {
    throw new MemoryEditError(`The date "${input.date}" is not in YYYY-MM-DD form; memory entries are dated that way.`);
  }
  const title = safeInlineMarkdown(input.title?.trim() ? normalizeText(input.title) : titleFromRequest(input.request));
  const grouped = notesByModule(input.moduleNotes);
  const modules = [...grouped.keys()].sort(compareStrings);
  return [claudeMdEdit(input, title), ...modules.map((m) => moduleEdit(m, grouped.get(m) as string[], input, title))];
}
