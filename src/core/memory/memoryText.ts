import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { memoize } from '../kernel/memoize';
import type { ToolBudget } from '../workspace/toolBudget';
import { redactSecrets } from '../workspace/secretText';
import { findImports } from './imports';
import { outlineOf, outlineSteps, pieceStarts, splitSections, type MemoryOutline } from './sections';
import { Stepped } from '../kernel/stepped';
import type { MemorySection } from './types';

/**
 * How much of one memory file is read. Far beyond any CLAUDE.md a person writes (a 2 MB file is
 * about 500,000 tokens); a larger one is read up to here, and the plan and the prompt say so.
 */
export const MAX_MEMORY_FILE_BYTES = 16 * 1024 * 1024;
/** Files up to this size are remembered (redacted and parsed) by their text: every plan reads them again. */
const REMEMBERED_FILE_CHARS = 64 * 1024;

/** A memory file's text as read: secrets replaced, the size and mtime it had (the snapshot signature), and what was not read. */
export interface MemoryText {
  readonly content: string;
  readonly stamp: string;
  /** Set when the file is larger than `MAX_MEMORY_FILE_BYTES`: only its first `keptBytes` are memory. */
  readonly cut?: { readonly keptBytes: number; readonly totalBytes: number };
}

/**
 * Reads a memory file, its secrets replaced line by line (section line numbers stay true): memory
 * goes into prompts, the journal (related prior work) and proposals. Large files are redacted in
 * slices so the host thread keeps its turns. Undefined when the file is missing or unreadable:
 * planning goes on without it.
 */
export async function readMemoryText(absolute: string, budget: ToolBudget): Promise<MemoryText | undefined> {
  let raw: string;
  let size: number;
  let mtimeMs: number;
  try {
    const info = await stat(absolute);
    if (!info.isFile()) return undefined;
    ({ size, mtimeMs } = info);
    raw = await readUpTo(absolute, Math.min(size, MAX_MEMORY_FILE_BYTES));
  } catch {
    return undefined;
  }
  const kept = size > MAX_MEMORY_FILE_BYTES ? raw.slice(0, raw.lastIndexOf('\n') + 1) : raw;
  const content = await redactedMemory(basename(absolute), kept, budget);
  const cut = size > MAX_MEMORY_FILE_BYTES ? { keptBytes: Buffer.byteLength(kept), totalBytes: size } : undefined;
  return { content, stamp: `${size}:${mtimeMs}`, ...(cut ? { cut } : {}) };
}

async function readUpTo(absolute: string, bytes: number): Promise<string> {
  const handle = await open(absolute, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    let filled = 0;
    while (filled < bytes) {
      const { bytesRead } = await handle.read(buffer, filled, bytes - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.toString('utf8', 0, filled);
  } finally {
    await handle.close();
  }
}

const redactedSmall = memoize((key: string): string => {
  const split = key.indexOf('\0');
  return redactSecrets(key.slice(split + 1), key.slice(0, split)).text;
}, 64);

/**
 * The text with its secrets replaced. A large text is redacted piece by piece, cut where parsing
 * cuts it (before a heading outside code), which no secret spans: a key block has no heading inside.
 */
async function redactedMemory(name: string, text: string, budget: ToolBudget): Promise<string> {
  if (text.length <= REMEMBERED_FILE_CHARS) return redactedSmall(`${name}\0${text}`);
  const parts: string[] = [];
  const starts = pieceStarts(text);
  for (let i = 0; i < starts.length; i++) {
    await budget.pace();
    parts.push(redactSecrets(text.slice(starts[i], starts[i + 1] ?? text.length), name).text);
  }
  return parts.join('');
}

export interface ParsedMemoryFile {
  /** Its @imports, as written. */
  readonly imports: readonly string[];
  readonly sections: readonly MemorySection[];
}

function parsed(path: string, content: string, outline: MemoryOutline): ParsedMemoryFile {
  return { imports: findImports(outline.tokens), sections: splitSections(path, content, outline.headings) };
}

/** Every plan reads the same memory files again; their text rarely changes between runs. */
const parseRemembered = memoize((key) => {
  const split = key.indexOf('\0');
  const content = key.slice(split + 1);
  return parsed(key.slice(0, split), content, outlineOf(content));
}, 64);

/** One parse per file for both its imports and its sections; small files are remembered by path and text. */
export function parsedMemoryFile(path: string, content: string): ParsedMemoryFile {
  return content.length > REMEMBERED_FILE_CHARS ? parsed(path, content, outlineOf(content)) : parseRemembered(`${path}\0${content}`);
}

/** As `parsedMemoryFile`, giving the event loop its turns while a large file is parsed. */
export async function parseMemoryFileInSlices(path: string, content: string, budget: ToolBudget): Promise<ParsedMemoryFile> {
  if (content.length <= REMEMBERED_FILE_CHARS) return parseRemembered(`${path}\0${content}`);
  const outline = await new Stepped(outlineSteps(content)).paced(() => budget.pace());
  // Cutting 9,000 sections out of the text is a step of its own, not a tail of the last piece's parse.
  await budget.pace();
  return parsed(path, content, outline);
}
