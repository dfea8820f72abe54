import { createReadStream, promises as fs } from 'node:fs';
import { createInterface } from 'node:readline';
import type { SecretRedaction } from './secretText';

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
  readonly totalLines: number;
}

/**
 * Reads lines [fromLine, toLine] of a file too large to load whole, keeping at most `maxBytes` of
 * them, and counts the rest so the model still learns how long the file is. Cancelled by `signal`.
 */
export async function streamLineWindow(
  absolutePath: string,
  fromLine: number,
  toLine: number,
  maxBytes: number,
  signal?: AbortSignal,
): Promise<LineWindow> {
  const lines: string[] = [];
  let bytes = 0;
  const reader = createInterface({ input: createReadStream(absolutePath, { encoding: 'utf8', signal }), crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of reader) {
    lineNumber++;
    if (lineNumber < fromLine || lineNumber > toLine || bytes > maxBytes) continue;
    lines.push(line);
    bytes += line.length + 1;
  }
  signal?.throwIfAborted();
  return { lines, firstLine: fromLine, totalLines: lineNumber };
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
