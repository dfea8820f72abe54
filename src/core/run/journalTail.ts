import { closeSync, existsSync, fstatSync, ftruncateSync, openSync, readSync, writeFileSync, writeSync } from 'node:fs';

/**
 * Before anything is appended to a journal, its end must be a line end: a process killed mid-write
 * leaves a partial last line, and appending to it would glue the next event onto it, turning one
 * lost event into a journal that can no longer be read. The partial line is cut and kept in a file
 * beside the journal (`<run>.jsonl.torn-<n>`) for the audit; nothing is thrown away unseen.
 */

export interface TornTail {
  /** Where the cut line began in the journal. */
  readonly offset: number;
  readonly bytes: number;
  /** The file the cut bytes were kept in. */
  readonly keptAt: string;
}

const CHUNK_BYTES = 64 * 1024;
const NEWLINE = 0x0a;

/** Cuts a torn last line, or completes a whole last event that only lacks its newline. */
export function repairJournalTail(path: string): TornTail | undefined {
  if (!existsSync(path)) return undefined;
  const fd = openSync(path, 'r+');
  try {
    const size = fstatSync(fd).size;
    if (size === 0) return undefined;
    const { start, tail } = lastLine(fd, size);
    if (tail.length === 0) return undefined;
    if (parses(tail)) {
      writeSync(fd, '\n', size);
      return undefined;
    }
    const keptAt = freeTornPath(path);
    writeFileSync(keptAt, tail);
    ftruncateSync(fd, start);
    return { offset: start, bytes: tail.length, keptAt };
  } finally {
    closeSync(fd);
  }
}

/** The bytes after the last newline (empty when the file ends with one) and where they start. */
function lastLine(fd: number, size: number): { start: number; tail: Buffer } {
  const chunks: Buffer[] = [];
  let end = size;
  while (end > 0) {
    const from = Math.max(0, end - CHUNK_BYTES);
    const chunk = Buffer.allocUnsafe(end - from);
    readSync(fd, chunk, 0, chunk.length, from);
    const nl = chunk.lastIndexOf(NEWLINE);
    if (nl >= 0) {
      chunks.unshift(chunk.subarray(nl + 1));
      return { start: from + nl + 1, tail: Buffer.concat(chunks) };
    }
    chunks.unshift(chunk);
    end = from;
  }
  return { start: 0, tail: Buffer.concat(chunks) };
}

function parses(bytes: Buffer): boolean {
  try {
    const value: unknown = JSON.parse(bytes.toString('utf8'));
    return typeof value === 'object' && value !== null;
  } catch {
    return false;
  }
}

function freeTornPath(path: string): string {
  for (let n = 1; ; n++) {
    const candidate = `${path}.torn-${n}`;
    if (!existsSync(candidate)) return candidate;
  }
}
