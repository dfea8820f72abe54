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
  let other = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) other++;
  return Math.ceil((text.length - other) / 4) + other;
}

const number = (n: number) => n.toLocaleString('en-US');
/** "1 section", "9,950 sections". */
const count = (n: number, word: string) => `${number(n)} ${word}${n === 1 ? '' : 's'}`;

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
    let file = this.starts.get(section.file);
    if (!file) {
      const content = this.memory.files.find((f) => f.path === section.file)?.content ?? '';
      file = { content, starts: lineStarts(content) };
      this.starts.set(section.file, file);
    }
    const last = file.starts.length - 1;
    return file.content.slice(file.starts[Math.min(section.line - 1, last)], file.starts[Math.min(section.endLine - 1, last)]).trimEnd();
  }
}

function overlaps(chosen: readonly Excerpt[], section: MemorySection): boolean {
  return chosen.some((e) => e.file === section.file && e.line < section.endLine && section.line < e.endLine);
}

/**
 * The sections to send: those related to the request first (best first), then the rest in reading
 * order (the root CLAUDE.md's general guidance comes first there), each whole, none overlapping
 * another, as long as they fit the budget.
 */
function choose(memory: ProjectMemory, request: string, budget: number): { excerpts: Excerpt[]; related: MemorySection[] } {
  const ranked = rankSections(memory, request).map((r) => r.section);
  const rankedSet = new Set(ranked);
  const fileOrder = new Map(memory.files.map((f, i) => [f.path, i]));
  const rest = memory.sections.filter((s) => !rankedSet.has(s));
  rest.sort((a, b) => (fileOrder.get(a.file) ?? 0) - (fileOrder.get(b.file) ?? 0) || a.line - b.line);
  const texts = new SectionText(memory);
  const chosen: Excerpt[] = [];
  let left = budget;
  for (const section of [...ranked, ...rest]) {
    if (left < SMALLEST_SECTION_TOKENS) break;
    if (overlaps(chosen, section)) continue;
    const text = texts.of(section);
    const cost = estimateTokens(text) + estimateTokens(excerptHeader(section.file, section.line, section.endLine));
    if (cost > left) continue;
    chosen.push({ file: section.file, line: section.line, endLine: section.endLine, text });
    left -= cost;
  }
  chosen.sort((a, b) => (fileOrder.get(a.file) ?? 0) - (fileOrder.get(b.file) ?? 0) || a.line - b.line);
  const relatedLeftOut = ranked.filter((s) => !chosen.some((e) => e.file === s.file && e.line <= s.line && s.endLine <= e.endLine));
  return { excerpts: chosen, related: relatedLeftOut };
}

function excerptHeader(file: string, line: number, endLine: number): string {
  return `--- ${file}, lines ${number(line)}–${number(Math.max(line, endLine - 1))} ---`;
}

function isInside(section: MemorySection, excerpts: readonly Excerpt[]): boolean {
  return excerpts.some((e) => e.file === section.file && e.line <= section.line && section.endLine <= e.endLine);
}

/** What was left out, per file, and the related sections that did not fit: the model can read them itself. */
function omissionNote(memory: ProjectMemory, excerpts: readonly Excerpt[], related: readonly MemorySection[]): string {
  const perFile = memory.files.map((file) => {
    const sections = memory.sections.filter((s) => s.file === file.path);
    const shown = sections.filter((s) => isInside(s, excerpts)).length;
    return { file: file.path, total: sections.length, left: sections.length - shown };
  }).filter((f) => f.left > 0);
  const omitted = perFile.reduce((sum, f) => sum + f.left, 0);
  const lines = [
    `${count(omitted, 'section')} of project memory ${omitted === 1 ? 'is' : 'are'} not included above (over the budget); ask read_file for them (a path and start_line/end_line) or find them with search_text:`,
    ...perFile.slice(0, LISTED_FILES).map((f) => `- ${f.file}: ${number(f.left)} of ${count(f.total, 'section')} not included`),
  ];
  if (perFile.length > LISTED_FILES) lines.push(`- and ${count(perFile.length - LISTED_FILES, 'more file')}`);
  if (related.length > 0) {
    lines.push(
      'Related to this request but not included:',
      ...related.slice(0, LISTED_RELATED).map((s) => `- ${s.file}:${s.line} ${s.heading}`),
    );
    if (related.length > LISTED_RELATED) lines.push(`- and ${number(related.length - LISTED_RELATED)} more`);
  }
  return lines.join('\n');
}

/**
 * The project memory for the coordinators of a run of `request`: all of it when it fits
 * `budgetTokens`, otherwise the sections most related to the request and then the general ones, as
 * many as fit, with a note of what was left out and how to read it.
 */
export function selectMemory(memory: ProjectMemory, request: string, budgetTokens = DEFAULT_MEMORY_TOKEN_BUDGET): MemorySelection {
  const notes = memory.files.map(cutNote).filter((n): n is string => n !== undefined);
  const whole = renderWhole(memory, notes);
  const totalTokens = estimateTokens(whole);
  const sections = memory.sections.length;
  if (totalTokens <= budgetTokens) {
    return { text: whole, budgetTokens, tokens: totalTokens, totalTokens, sections, includedSections: sections, notes };
  }
  const { excerpts, related } = choose(memory, request, Math.max(0, budgetTokens - RESERVED_TOKENS));
  const text = [
    `Project memory (CLAUDE.md, imports and module notes): the parts most related to this request, within a budget of ${number(budgetTokens)} tokens.`,
    ...excerpts.map((e) => `${excerptHeader(e.file, e.line, e.endLine)}\n${e.text}`),
    omissionNote(memory, excerpts, related),
    ...notes,
  ].join('\n\n');
  const includedSections = memory.sections.filter((s) => isInside(s, excerpts)).length;
  return { text, budgetTokens, tokens: estimateTokens(text), totalTokens, sections, includedSections, notes };
}
