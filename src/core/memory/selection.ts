import { setImmediate as nextTurn } from 'node:timers/promises';
import { counted, thousands } from '../kernel/format';
import { memoizePer } from '../kernel/memoize';
import { ToolBudget, UNLIMITED } from '../workspace/toolBudget';
import { rankingOf } from './priorWork';
import { lineStarts } from './sections';
import { DEFAULT_MEMORY_TOKEN_BUDGET, type MemorySelection } from './selectionSummary';
import { Stepped } from '../kernel/stepped';
import { SECTIONS_PER_STEP } from './sectionSearch';
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

/**
 * The excerpts chosen from each file, kept sorted by line. Excerpts never overlap, so the one that
 * could contain or overlap a section is found by a binary search, not by looking at every excerpt:
 * with thousands of sections and hundreds of excerpts that is what keeps choosing linear.
 */
class ChosenExcerpts {
  private readonly byFile = new Map<string, Excerpt[]>();

  add(excerpt: Excerpt): void {
    const list = this.byFile.get(excerpt.file) ?? [];
    this.byFile.set(excerpt.file, list);
    list.splice(lastStartingBefore(list, excerpt.line) + 1, 0, excerpt);
  }

  /** Whether a chosen excerpt shares a line with the section. */
  overlaps(section: MemorySection): boolean {
    const list = this.byFile.get(section.file) ?? [];
    const last = list[lastStartingBefore(list, section.endLine)];
    return last !== undefined && last.endLine > section.line;
  }

  /** Whether the section lies within one of the chosen excerpts. */
  holds(section: MemorySection): boolean {
    const list = this.byFile.get(section.file) ?? [];
    const last = list[lastStartingBefore(list, section.line + 1)];
    return last !== undefined && section.endLine <= last.endLine;
  }

  /** All excerpts in reading order: files as memory lists them, then by line. */
  inOrder(files: readonly MemoryFile[]): Excerpt[] {
    return files.flatMap((f) => this.byFile.get(f.path) ?? []);
  }
}

/** The index of the last excerpt of `sorted` that starts before `line`, or -1. */
function lastStartingBefore(sorted: readonly Excerpt[], line: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle].line < line) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/**
 * The sections to send: those related to the request first (best first), then the rest in reading
 * order (the root CLAUDE.md's general guidance comes first there), each whole, none overlapping
 * another, as long as they fit the budget.
 */
function* choose(memory: ProjectMemory, ranked: readonly MemorySection[], budget: number): Generator<void, { chosen: ChosenExcerpts; related: MemorySection[] }> {
  const rankedSet = new Set(ranked);
  const fileOrder = new Map(memory.files.map((f, i) => [f.path, i]));
  const rest = memory.sections.filter((s) => !rankedSet.has(s));
  rest.sort((a, b) => (fileOrder.get(a.file) ?? 0) - (fileOrder.get(b.file) ?? 0) || a.line - b.line);
  yield;
  const texts = new SectionText(memory);
  const chosen = new ChosenExcerpts();
  let left = budget;
  let looked = 0;
  for (const section of [...ranked, ...rest]) {
    if (left < SMALLEST_SECTION_TOKENS) break;
    if (++looked % SECTIONS_PER_STEP === 0) yield;
    // A section longer than the budget left cannot fit, whatever its characters (at least a token per 4).
    if ((section.endLine - section.line) > left * 4 || texts.leastTokens(section) >= left || chosen.overlaps(section)) continue;
    const text = texts.of(section);
    const cost = estimateTokens(text) + estimateTokens(excerptHeader(section.file, section.line, section.endLine));
    if (cost > left) continue;
    chosen.add({ file: section.file, line: section.line, endLine: section.endLine, text });
    left -= cost;
  }
  return { chosen, related: ranked.filter((s) => !chosen.holds(s)) };
}

/** Where an excerpt is, as read_file takes it: line numbers written plainly ("lines 12040–12051"). */
function excerptHeader(file: string, line: number, endLine: number): string {
  return `--- ${file}, lines ${line}–${Math.max(line, endLine - 1)} ---`;
}

/** What was left out, per file, and the related sections that did not fit: the model can read them itself. */
function omissionNote(memory: ProjectMemory, counts: ReadonlyMap<string, { total: number; shown: number }>, related: readonly MemorySection[]): string {
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

/** Per file, its sections and how many of them the excerpts hold. */
function* sectionCounts(memory: ProjectMemory, chosen: ChosenExcerpts): Generator<void, Map<string, { total: number; shown: number }>> {
  const counts = new Map(memory.files.map((f) => [f.path, { total: 0, shown: 0 }]));
  let looked = 0;
  for (const section of memory.sections) {
    if (++looked % SECTIONS_PER_STEP === 0) yield;
    const count = counts.get(section.file);
    if (!count) continue;
    count.total++;
    if (chosen.holds(section)) count.shown++;
  }
  return counts;
}

/**
 * The project memory for the coordinators of a run of `request`: all of it when it fits
 * `budgetTokens`, otherwise the sections most related to the request and then the general ones, as
 * many as fit, with a note of what was left out and how to read it. Remembered with the memory read
 * it comes from: the engine chooses in slices first (`selectMemoryInSlices`), the plan reuses it.
 */
export function selectMemory(memory: ProjectMemory, request: string, budgetTokens = DEFAULT_MEMORY_TOKEN_BUDGET): MemorySelection {
  return selectionPer(memory, `${budgetTokens}\0${request}`).now();
}

/**
 * Ranks the memory for `request` and makes the same choice as `selectMemory`, giving the event loop
 * its turns in between (a 2 MB CLAUDE.md has 9,000 sections to weigh): a plan does this first, and
 * then finds both the ranking and the choice done.
 */
export async function selectMemoryInSlices(memory: ProjectMemory, request: string, budgetTokens = DEFAULT_MEMORY_TOKEN_BUDGET, signal?: AbortSignal): Promise<MemorySelection> {
  await nextTurn();
  const budget = new ToolBudget(UNLIMITED, signal);
  const pace = () => budget.pace();
  await rankingOf(memory, request).paced(pace);
  return selectionPer(memory, `${budgetTokens}\0${request}`).paced(pace);
}

const selectionPer = memoizePer((memory: ProjectMemory, key: string) => {
  const split = key.indexOf('\0');
  return new Stepped(select(memory, key.slice(split + 1), Number(key.slice(0, split))));
});

function* select(memory: ProjectMemory, request: string, budgetTokens: number): Generator<void, MemorySelection> {
  const notes = [
    ...memory.files.map(cutNote).filter((n): n is string => n !== undefined),
    ...(memory.skippedImports ?? []).map((s) => `${s.file} imports @${s.target}: not read (${s.reason}).`),
  ];
  // Estimated file by file: all memory is rendered only when it is to be sent.
  let totalTokens = estimateTokens(renderWhole({ ...memory, files: [] }, notes));
  for (const file of memory.files) {
    totalTokens += estimateTokens(file.content) + estimateTokens(`--- ${file.path} ---\n\n\n`);
    yield;
  }
  const sections = memory.sections.length;
  if (totalTokens <= budgetTokens) {
    const whole = renderWhole(memory, notes);
    const tokens = estimateTokens(whole);
    if (tokens <= budgetTokens) return { text: whole, budgetTokens, tokens, totalTokens: tokens, sections, includedSections: sections, notes };
  }
  const ranked = (yield* rankingOf(memory, request).steps()).map((r) => r.section);
  const { chosen, related } = yield* choose(memory, ranked, Math.max(0, budgetTokens - RESERVED_TOKENS));
  const counts = yield* sectionCounts(memory, chosen);
  const text = [
    `Project memory (CLAUDE.md, imports and module notes): the parts most related to this request, within a budget of ${thousands(budgetTokens)} tokens.`,
    ...chosen.inOrder(memory.files).map((e) => `${excerptHeader(e.file, e.line, e.endLine)}\n${e.text}`),
    omissionNote(memory, counts, related),
    ...notes,
  ].join('\n\n');
  const includedSections = [...counts.values()].reduce((sum, c) => sum + c.shown, 0);
  return { text, budgetTokens, tokens: estimateTokens(text), totalTokens, sections, includedSections, notes };
}
