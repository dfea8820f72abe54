import { createReadStream, promises as fs } from 'node:fs';
import { createInterface } from 'node:readline';
import type { SecretRedaction } from './secretText';
import { describeLimit, type BudgetLimit, type ToolBudget } from './toolBudget';

/** A slice of a text file. Lines are 1-based and inclusive; `endLine` is the last line returned. */
export interface FileTextSlice {
  readonly path: string;
  readonly text: string;
  readonly startLine: number;
  readonly endLine: number;
  readonly totalLines: number;
  /** True when fewer lines than asked for were returned because of the line or byte cap. */
  readonly truncated: boolean;
  /** Secrets replaced by placeholders in `text`. */
  readonly redactions: readonly SecretRedaction[];
  /**
   * The call's budget ended the read before the end of a file too large to read whole: in words,
   * where and why; `totalLines` is then only the lines counted so far.
   */
  readonly countStopped?: string;
}

export interface SliceBounds {
  readonly maxBytes: number;
  readonly maxLines: number;
}

/** How many leading bytes are checked for a NUL byte; git uses the same heuristic. */
const BINARY_SNIFF_BYTES = 8000;

export function looksBinary(buffer: Uint8Array): boolean {
  return buffer.subarray(0, BINARY_SNIFF_BYTES).includes(0);
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * Takes lines [startLine, endLine] from lines held in memory, stopping early at the caps so one
 * read cannot flood the model's context. `lines[0]` is line `firstLine` of a file of `totalLines`.
 */
export function sliceLines(
  displayPath: string,
  lines: readonly string[],
  startLine: number,
  endLine: number,
  bounds: SliceBounds,
  firstLine = 1,
  totalLines = lines.length,
): FileTextSlice {
  const collector = new LineCollector(startLine, endLine, bounds);
  const last = Math.min(endLine, firstLine + lines.length - 1);
  for (let lineNumber = Math.max(startLine, firstLine); lineNumber <= last; lineNumber++) {
    if (!collector.offer(lineNumber, lines[lineNumber - firstLine])) break;
  }
  return collector.toSlice(displayPath, totalLines);
}

/** Consecutive lines of a file, from line `firstLine`, and how many lines the whole file has. */
export interface LineWindow {
  readonly lines: string[];
  readonly firstLine: number;
  /** Lines in the file; when `stopped`, the lines read before the budget ran out (a lower bound). */
  readonly totalLines: number;
  /** The limit of the call's budget that ended the read before the end of the file. */
  readonly stopped?: { readonly limit: BudgetLimit; readonly words: string };
}

/** Lines read between two looks at the budget (and chances to yield the thread). */
const LINES_PER_CHECK = 1024;

/**
 * Reads lines [fromLine, toLine] of a file too large to load whole, keeping at most `maxBytes` of
 * them, and counts the rest so the model still learns how long the file is — within the call's
 * budget: once its time or read limit is reached the read stops where it is and says so.
 */
export async function streamLineWindow(
  absolutePath: string,
  fromLine: number,
  toLine: number,
  maxBytes: number,
  budget: ToolBudget,
  signal?: AbortSignal,
): Promise<LineWindow> {
  const lines: string[] = [];
  let kept = 0;
  let read = 0;
  let lineNumber = 0;
  let stopped: BudgetLimit | undefined;
  const input = createReadStream(absolutePath, { encoding: 'utf8', signal });
  const reader = createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of reader) {
      // A line that would pass the read limit is not taken: the count stops before it.
      if (read + line.length + 1 > budget.limits.bytes) {
        stopped = 'bytes';
        break;
      }
      lineNumber++;
      read += line.length + 1;
      if (lineNumber >= fromLine && lineNumber <= toLine && kept <= maxBytes) {
        lines.push(line);
        kept += line.length + 1;
      }
      if (lineNumber % LINES_PER_CHECK !== 0) continue;
      if (budget.outOfTime()) {
        stopped = 'time';
        break;
      }
      if (budget.due) await budget.pace();
    }
  } finally {
    reader.close();
    input.destroy();
  }
  signal?.throwIfAborted();
  return { lines, firstLine: fromLine, totalLines: lineNumber, ...(stopped ? { stopped: { limit: stopped, words: describeLimit(stopped, budget.limits) } } : {}) };
}

export async function readHead(absolutePath: string, byteCount: number): Promise<Buffer> {
  const handle = await fs.open(absolutePath, 'r');
  try {
    const buffer = Buffer.alloc(byteCount);
    const { bytesRead } = await handle.read(buffer, 0, byteCount, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

class LineCollector {
  private readonly kept: string[] = [];
  private bytes = 0;
  private lastLine: number;
  private full = false;

  constructor(
    private readonly startLine: number,
    private readonly endLine: number,
    private readonly bounds: SliceBounds,
  ) {
    this.lastLine = startLine - 1;
  }

  /** Keeps the line unless a cap is reached; returns false once nothing more will be kept. */
  offer(lineNumber: number, line: string): boolean {
    if (this.full) return false;
    const lineBytes = Buffer.byteLength(line, 'utf8') + 1;
    if (this.kept.length >= this.bounds.maxLines || this.bytes + lineBytes > this.bounds.maxBytes) {
      this.full = true;
      return false;
    }
    this.kept.push(line);
    this.bytes += lineBytes;
    this.lastLine = lineNumber;
    return true;
  }

  toSlice(displayPath: string, totalLines: number): FileTextSlice {
    const wanted = Math.min(this.endLine, totalLines);
    return {
      path: displayPath,
      text: this.kept.join('\n'),
      startLine: this.startLine,
      endLine: this.lastLine,
      totalLines,
      truncated: this.lastLine < wanted,
      redactions: [],
    };
  }
}
