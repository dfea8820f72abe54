import { closeSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import type { RunEvent } from './events';
import { migrateEvent } from './failure';
import { applyEvent, type RunState } from './state';

/**
 * Reading a journal: linear in its size, in chunks, never the whole file as one string. A line is
 * one event, or a JSON array of events that were appended as one atomic group (see journal.ts).
 * The asynchronous reader yields to the event loop between slices, so a host thread that reads a
 * long journal keeps answering.
 */

export class JournalError extends Error {
  constructor(readonly path: string, readonly line: number, reason: string) {
    super(`${path}:${line}: ${reason}`);
    this.name = 'JournalError';
  }
}

export interface JournalReadResult {
  /** Events read (a group counts each of its events). */
  readonly events: number;
  /** A last line cut mid-write (no newline, not JSON): left out of the events, and left in the file. */
  readonly tornTail?: { readonly line: number; readonly bytes: number };
}

export interface JournalReadOptions {
  /** Longest stretch of parsing between two yields to the event loop (async reader only). */
  readonly sliceMs?: number;
  readonly signal?: AbortSignal;
}

const CHUNK_BYTES = 256 * 1024;
const DEFAULT_SLICE_MS = 8;

/** Splits decoded text into lines and parses them; the last line is judged only at the end. */
class LineParser {
  private carry = '';
  private line = 0;
  private count = 0;

  constructor(private readonly path: string, private readonly onEvent: (event: RunEvent) => void) {}

  /** Only the new text is searched for line ends, so a line longer than a chunk costs no rescans. */
  push(text: string): void {
    let nl = text.indexOf('\n');
    if (nl < 0) {
      this.carry += text;
      return;
    }
    this.parseLine(this.carry + text.slice(0, nl), false);
    let start = nl + 1;
    for (nl = text.indexOf('\n', start); nl >= 0; nl = text.indexOf('\n', start)) {
      this.parseLine(text.slice(start, nl), false);
      start = nl + 1;
    }
    this.carry = text.slice(start);
  }

  end(): JournalReadResult {
    const rest = this.carry;
    this.carry = '';
    const tornTail = rest.trim() === '' ? undefined : this.parseLine(rest, true);
    return { events: this.count, tornTail };
  }

  /** Returns the torn tail when the unterminated last line does not parse. */
  private parseLine(text: string, unterminated: boolean): JournalReadResult['tornTail'] {
    this.line++;
    if (text.trim() === '') return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      if (unterminated) return { line: this.line, bytes: Buffer.byteLength(text) };
      throw new JournalError(this.path, this.line, 'not valid JSON');
    }
    if (Array.isArray(parsed)) {
      for (const item of parsed) this.accept(item);
    } else {
      this.accept(parsed);
    }
    return undefined;
  }

  private accept(value: unknown): void {
    if (!isEventShaped(value)) throw new JournalError(this.path, this.line, 'not a run event (missing "type" or "at")');
    this.count++;
    this.onEvent(migrateEvent(value));
  }
}

function isEventShaped(value: unknown): value is RunEvent {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    && typeof (value as { type?: unknown }).type === 'string'
    && typeof (value as { at?: unknown }).at === 'string';
}

/**
 * Every event of a journal, in order, through `onEvent`. A torn last line (the process died
 * mid-write) is left out and reported; a bad line anywhere else means the file was tampered with or
 * corrupted, which is an error rather than a guess.
 */
export function readJournalSync(path: string, onEvent: (event: RunEvent) => void): JournalReadResult {
  const parser = new LineParser(path, onEvent);
  const decoder = new StringDecoder('utf8');
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  const fd = openSync(path, 'r');
  try {
    for (let n = readSync(fd, buffer, 0, CHUNK_BYTES, null); n > 0; n = readSync(fd, buffer, 0, CHUNK_BYTES, null)) {
      parser.push(decoder.write(buffer.subarray(0, n)));
    }
  } finally {
    closeSync(fd);
  }
  parser.push(decoder.end());
  return parser.end();
}

/** The same, reading asynchronously and yielding at least every `sliceMs` of parsing. */
export async function readJournal(path: string, onEvent: (event: RunEvent) => void, options: JournalReadOptions = {}): Promise<JournalReadResult> {
  const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
  const parser = new LineParser(path, onEvent);
  const decoder = new StringDecoder('utf8');
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  const file = await open(path, 'r');
  try {
    let sliceStart = performance.now();
    for (;;) {
      options.signal?.throwIfAborted();
      const { bytesRead } = await file.read(buffer, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) break;
      parser.push(decoder.write(buffer.subarray(0, bytesRead)));
      // The read above usually yields already; a fast disk can hand back chunks without one.
      if (performance.now() - sliceStart > sliceMs) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
    }
  } finally {
    await file.close();
  }
  parser.push(decoder.end());
  return parser.end();
}

/** All events of a small journal in an array (tests, tools); runs fold as they read instead. */
export function readJournalEvents(path: string): RunEvent[] {
  const events: RunEvent[] = [];
  readJournalSync(path, (event) => events.push(event));
  return events;
}

/** A journal folded into run state as it is read: linear, sliced like `readJournal`. */
export async function foldJournal(path: string, options: JournalReadOptions = {}): Promise<{ readonly state: RunState | undefined; readonly read: JournalReadResult }> {
  let state: RunState | undefined;
  const read = await readJournal(path, (event) => {
    state = applyEvent(state, event);
  }, options);
  return { state, read };
}
