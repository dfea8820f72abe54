import { counted, thousands } from '../kernel/format';
import { memoizePer } from '../kernel/memoize';
import { rankSections } from './priorWork';
import { lineStarts } from './sections';
import { DEFAULT_MEMORY_TOKEN_BUDGET, type MemorySelection } from './selectionSummary';
import type { MemoryFile, MemorySection, ProjectMemory } from './types';

/** Kept back from the budget for the heading and the note on what was left out. */
const RESERVED_TOKENS = 600;
/** Below this much budget left, no further section is tried. */
const SMALLEST_SECTION_TOKENS = 16;
/** Omitted files and related sections named in the note, at most. */
const LISTED_FILES = 20;
const LISTED_RELATED = 10;

/**
 * Tokens a text is likely to take: about four characters each for ASCII (English prose and code),
 * one each for other characters (accented and CJK text take far more than ASCII). An estimate on the
 * safe side; the model's tokenizer is not available offline.
 */
export function estimateTokens(text: string): number {
  if (!NON_ASCII.test(text)) return Math.ceil(text.length / 4);
  let other = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) other++;
  return Math.ceil((text.length - other) / 4) + other;
}

const NON_ASCII = /[^\x00-\x7f]/;

function cutNote(file: MemoryFile): string | undefined {
  if (!file.cut) return undefined;
  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
  return `${file.path} is ${mb(file.cut.totalBytes)}; only its first ${mb(file.cut.keptBytes)} are read as project memory.`;
}

/** All project memory, every file whole: what coordinators receive when it fits the budget. */
function renderWhole(memory: ProjectMemory, notes: readonly string[]): string {
  if (memory.files.length === 0) return 'Project memory: none (no CLAUDE.md, AGENTS.md or module notes).';
  return [
    'Project memory (CLAUDE.md, imports and module notes):',
    ...memory.files.map((f) => `--- ${f.path} ---\n${f.content.trimEnd()}`),
    ...notes,
  ].join('\n\n');
}

/** A chosen part of a file: lines [line, endLine), 1-based. */
interface Excerpt {
  readonly file: string;
  readonly line: number;
  readonly endLine: number;
  readonly text: string;
}

/** The lines of a section (heading, body and sub-sections) as text, per file, from the file's line offsets. */
class SectionText {
  private readonly starts = new Map<string, { content: string; starts: number[] }>();

  constructor(private readonly memory: ProjectMemory) {}

  of(section: MemorySection): string {
    const { content, start, end } = this.span(section);
    return content.slice(start, end);
  }

  /** The fewest tokens the section's text can be estimated at (a token per four characters), without copying it. */
  leastTokens(section: MemorySection): number {
    const { start, end } = this.span(section);
    return Math.ceil((end - start) / 4);
  }

  /** Where the section's text is in its file, trailing whitespace left out (as `trimEnd` does). */
  private span(section: MemorySection): { content: string; start: number; end: number } {
    let file = this.starts.get(section.file);
    if (!file) {
      const content = this.memory.files.find((f) => f.path === section.file)?.content ?? '';
      file = { content, starts: lineStarts(content) };
      this.starts.set(section.file, file);
    }
    const last = file.starts.length - 1;
    const start = file.starts[Math.min(section.line - 1, last)];
    let end = file.starts[Math.min(section.endLine - 1, last)];
    while (end > start && TRAILING_SPACE.test(file.content[end - 1])) end--;
    return { content: file.content, start, end };
  }
}

const TRAILING_SPACE = /\s/;

function overlaps(chosen: ReadonlyMap<string, Excerpt[]>, section: MemorySection): boolean {
  return (chosen.get(section.file) ?? []).some((e) => e.line < section.endLine && section.line < e.endLine);
}

/** Whether a section lies within one of the excerpts chosen from its file. */
function isInside(section: MemorySection, byFile: ReadonlyMap<string, readonly Excerpt[]>): boolean {
  return (byFile.get(section.file) ?? []).some((e) => e.line <= section.line && section.endLine <= e.endLine);
}

/**
 * The sections to send: those related to the request first (best first), then the rest in reading
 * order (the root CLAUDE.md's general guidance comes first there), each whole, none overlapping
 * another, as long as they fit the budget.
 */
function choose(memory: ProjectMemory, request: string, budget: number): { excerpts: Excerpt[]; byFile: Map<string, Excerpt[]>; related: MemorySection[] } {
  const ranked = rankSections(memory, request).map((r) => r.section);
  const rankedSet = new Set(ranked);
  const fileOrder = new Map(memory.files.map((f, i) => [f.path, i]));
  const rest = memory.sections.filter((s) => !rankedSet.has(s));
  rest.sort((a, b) => (fileOrder.get(a.file) ?? 0) - (fileOrder.get(b.file) ?? 0) || a.line - b.line);
  const texts = new SectionText(memory);
  const chosen: Excerpt[] = [];
  const byFile = new Map<string, Excerpt[]>();
  let left = budget;
  for (const section of [...ranked, ...rest]) {
    if (left < SMALLEST_SECTION_TOKENS) break;
    // A section longer than the budget left cannot fit, whatever its characters (at least a token per 4).
    if ((section.endLine - section.line) > left * 4 || texts.leastTokens(section) >= left || overlaps(byFile, section)) continue;
    const text = texts.of(section);
    const cost = estimateTokens(text) + estimateTokens(excerptHeader(section.file, section.line, section.endLine));
    if (cost > left) continue;
    const excerpt = { file: section.file, line: section.line, endLine: section.endLine, text };
    chosen.push(excerpt);
    byFile.set(section.file, [...(byFile.get(section.file) ?? []), excerpt]);
    left -= cost;
  }
  chosen.sort((a, b) => (fileOrder.get(a.file) ?? 0) - (fileOrder.get(b.file) ?? 0) || a.line - b.line);
  return { excerpts: chosen, byFile, related: ranked.filter((s) => !isInside(s, byFile)) };
}

/** Where an excerpt is, as read_file takes it: line numbers written plainly ("lines 12040–12051"). */
function excerptHeader(file: string, line: number, endLine: number): string {
  return `--- ${file}, lines ${line}–${Math.max(line, endLine - 1)} ---`;
}

/** What was left out, per file, and the related sections that did not fit: the model can read them itself. */
function omissionNote(memory: ProjectMemory, byFile: ReadonlyMap<string, readonly Excerpt[]>, related: readonly MemorySection[]): string {
  const counts = new Map(memory.files.map((f) => [f.path, { total: 0, shown: 0 }]));
  for (const section of memory.sections) {
    const count = counts.get(section.file);
    if (!count) continue;
    count.total++;
    if (isInside(section, byFile)) count.shown++;
  }
  const perFile = [...counts].map(([file, c]) => ({ file, total: c.total, left: c.total - c.shown })).filter((f) => f.left > 0);
  const omitted = perFile.reduce((sum, f) => sum + f.left, 0);
  const lines = [
    `${counted(omitted, 'section')} of project memory ${omitted === 1 ? 'is' : 'are'} not included above (over the budget); ask read_file for them (a path and start_line/end_line) or find them with search_text:`,
    ...perFile.slice(0, LISTED_FILES).map((f) => `- ${f.file}: ${thousands(f.left)} of ${counted(f.total, 'section')} not included`),
  ];
  if (perFile.length > LISTED_FILES) lines.push(`- and ${counted(perFile.length - LISTED_FILES, 'more file')}`);
  if (related.length > 0) {
    lines.push(
      'Related to this request but not included:',
      ...related.slice(0, LISTED_RELATED).map((s) => `- ${s.file}:${s.line} ${s.heading}`),
    );
    if (related.length > LISTED_RELATED) lines.push(`- and ${thousands(related.length - LISTED_RELATED)} more`);
  }
  return lines.join('\n');
}

/**
 * The project memory for the coordinators of a run of `request`: all of it when it fits
 * `budgetTokens`, otherwise the sections most related to the request and then the general ones, as
 * many as fit, with a note of what was left out and how to read it. Remembered with the memory read
 * it comes from, so the engine can choose in a turn of its own and the plan reuse the choice.
 */
export function selectMemory(memory: ProjectMemory, request: string, budgetTokens = DEFAULT_MEMORY_TOKEN_BUDGET): MemorySelection {
  return selectionPer(memory, `${budgetTokens}\0${request}`);
}

const selectionPer = memoizePer((memory: ProjectMemory, key: string): MemorySelection => {
  const split = key.indexOf('\0');
  return select(memory, key.slice(split + 1), Number(key.slice(0, split)));
});

function select(memory: ProjectMemory, request: string, budgetTokens: number): MemorySelection {
  const notes = memory.files.map(cutNote).filter((n): n is string => n !== undefined);
  // Estimated file by file: all memory is rendered only when it is to be sent.
  const totalTokens = memory.files.reduce((sum, f) => sum + estimateTokens(f.content) + estimateTokens(`--- ${f.path} ---\n\n\n`), estimateTokens(renderWhole({ ...memory, files: [] }, notes)));
  const sections = memory.sections.length;
  if (totalTokens <= budgetTokens) {
    const whole = renderWhole(memory, notes);
    const tokens = estimateTokens(whole);
    if (tokens <= budgetTokens) return { text: whole, budgetTokens, tokens, totalTokens: tokens, sections, includedSections: sections, notes };
  }
  const { excerpts, byFile, related } = choose(memory, request, Math.max(0, budgetTokens - RESERVED_TOKENS));
  const text = [
    `Project memory (CLAUDE.md, imports and module notes): the parts most related to this request, within a budget of ${thousands(budgetTokens)} tokens.`,
    ...excerpts.map((e) => `${excerptHeader(e.file, e.line, e.endLine)}\n${e.text}`),
    omissionNote(memory, byFile, related),
    ...notes,
  ].join('\n\n');
  const includedSections = memory.sections.filter((s) => isInside(s, byFile)).length;
  return { text, budgetTokens, tokens: estimateTokens(text), totalTokens, sections, includedSections, notes };
}
