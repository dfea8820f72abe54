import markdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import { Stepped } from '../kernel/stepped';
import type { MemorySection } from './types';

/**
 * One parser for all memory files: markdown-it knows which `#` lines are headings and which sit
 * inside code blocks, which no regex gets right. Raw HTML off: memory is text, never markup to execute.
 */
const markdown = markdownIt({ html: false, linkify: false });
/**
 * The same parser without inline parsing, which is most of markdown-it's time: headings need only
 * the block structure (a heading's text is its inline token's `content`). The few paragraphs that
 * may hold an @import are parsed inline afterwards (`withInline`).
 */
const blocks = markdownIt({ html: false, linkify: false });
blocks.core.ruler.disable(['inline', 'text_join']);

/**
 * Text past this size is parsed in pieces, each cut before a `#` or `##`… heading at the start of a
 * line outside a code fence (where markdown-it would start a new top-level block whatever came
 * before), so a large memory file is parsed in slices with the host thread's turns in between.
 */
const PIECE_CHARS = 64 * 1024;
const ATX_HEADING = /^#{1,6}(?:[ \t]|\r?$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/** Where each piece of `content` starts: its offset and its 0-based line. */
function pieceBoundaries(content: string): { offset: number; line: number }[] {
  const boundaries = [{ offset: 0, line: 0 }];
  if (content.length <= PIECE_CHARS) return boundaries;
  let fence: { char: string; length: number } | undefined;
  for (let start = 0, line = 0; start < content.length; line++) {
    const newline = content.indexOf('\n', start);
    const end = newline < 0 ? content.length : newline + 1;
    const first = content.charCodeAt(start);
    // Only lines that can open or close a fence, or start a heading, are looked at closely.
    if (first === 0x20 || first === 0x60 || first === 0x7e || first === 0x23) {
      const text = content.slice(start, newline < 0 ? end : newline).replace(/\r$/, '');
      const marks = FENCE.exec(text);
      if (fence) {
        if (marks && marks[1][0] === fence.char && marks[1].length >= fence.length && marks[2].trim() === '') fence = undefined;
      } else if (marks && !(marks[1][0] === '`' && marks[2].includes('`'))) {
        fence = { char: marks[1][0], length: marks[1].length };
      } else if (first === 0x23 && start - boundaries[boundaries.length - 1].offset >= PIECE_CHARS && ATX_HEADING.test(text)) {
        boundaries.push({ offset: start, line });
      }
    }
    start = end;
  }
  return boundaries;
}

/** The offsets where the pieces of `content` start (see `PIECE_CHARS`); the first is 0. */
export function pieceStarts(content: string): number[] {
  return pieceBoundaries(content).map((b) => b.offset);
}

export interface HeadingAt {
  readonly text: string;
  /** 1 for `#`, 2 for `##`, … */
  readonly level: number;
  /** 0-based first line of the heading. */
  readonly startLine: number;
  /** 0-based line after the heading (setext headings span two lines). */
  readonly endLine: number;
}

function headingsOf(tokens: readonly Token[], firstLine = 0): HeadingAt[] {
  const headings: HeadingAt[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type !== 'heading_open' || !token.map) continue;
    const inline = tokens[i + 1];
    const text = inline && inline.type === 'inline' ? inline.content.trim() : '';
    headings.push({ text, level: Number(token.tag.slice(1)), startLine: firstLine + token.map[0], endLine: firstLine + token.map[1] });
  }
  return headings;
}

function mayHoldImport(inline: Token): boolean {
  return inline.content.includes('@');
}

/**
 * The block tokens of `text` with the inline tokens that may hold an @import parsed: import syntax
 * needs an `@`, so the other paragraphs keep no children.
 */
function withInline(text: string): Token[] {
  const env = {};
  const tokens = blocks.parse(text, env);
  for (const token of tokens) {
    if (token.type === 'inline' && mayHoldImport(token)) {
      token.children = [];
      markdown.inline.parse(token.content, markdown, env, token.children);
    }
  }
  return tokens;
}

/** A memory file's headings and the tokens its @imports are read from. */
export interface MemoryOutline {
  readonly headings: readonly HeadingAt[];
  readonly tokens: readonly Token[];
}

/**
 * Parses `content` piece by piece, yielding between pieces (see `PIECE_CHARS`); the caller decides
 * whether to give the event loop a turn there (`outlineOf` does not).
 */
export function* outlineSteps(content: string): Generator<void, MemoryOutline> {
  const headings: HeadingAt[] = [];
  const tokens: Token[] = [];
  const boundaries = pieceBoundaries(content);
  for (let i = 0; i < boundaries.length; i++) {
    const pieceTokens = withInline(content.slice(boundaries[i].offset, boundaries[i + 1]?.offset ?? content.length));
    headings.push(...headingsOf(pieceTokens, boundaries[i].line));
    for (const token of pieceTokens) if (token.type === 'inline' && mayHoldImport(token)) tokens.push(token);
    yield;
  }
  return { headings, tokens };
}

export function outlineOf(content: string): MemoryOutline {
  return new Stepped(outlineSteps(content)).now();
}

/** Where the section opened by `headings[index]` ends (0-based line, exclusive). */
function sectionEnd(headings: readonly HeadingAt[], index: number, lineCount: number): number {
  const own = headings[index];
  for (let next = index + 1; next < headings.length; next++) {
    // A `#` heading is the document's title: its section is only the introduction under it, not the whole file.
    if (own.level === 1 || headings[next].level <= own.level) return headings[next].startLine;
  }
  return lineCount;
}

/** 0-based line → offset of its first character; one entry past the last line holds the text's length. */
export function lineStarts(content: string): number[] {
  const starts = [0];
  for (let index = content.indexOf('\n'); index >= 0; index = content.indexOf('\n', index + 1)) starts.push(index + 1);
  starts.push(content.length);
  return starts;
}

/**
 * Splits a file into sections, one per heading. A section includes its sub-sections ("## Checkout"
 * holds its "### Problem", "### Solution"…), so an entry is found whole; the sub-sections are also
 * sections of their own. Text before the first heading becomes a section named after the file.
 */
export function splitSections(file: string, content: string, headings: readonly HeadingAt[] = outlineOf(content).headings): MemorySection[] {
  const starts = lineStarts(content);
  const lineCount = starts.length - 1;
  const hasCarriageReturns = content.includes('\r');
  // Lines [from, to) as text, without their line breaks' carriage returns, trimmed.
  const text = (from: number, to: number) => {
    const raw = content.slice(starts[from], starts[to]);
    return (hasCarriageReturns ? raw.replace(/\r\n/g, '\n') : raw).trim();
  };
  const sections: MemorySection[] = [];
  const firstHeadingLine = headings.length > 0 ? headings[0].startLine : lineCount;
  const preamble = text(0, firstHeadingLine);
  if (preamble.length > 0) {
    sections.push({ file, heading: file, line: 1, bodyLine: 1, endLine: firstHeadingLine + 1, body: preamble });
  }
  headings.forEach((heading, index) => {
    const bodyEnd = sectionEnd(headings, index, lineCount);
    sections.push({
      file,
      heading: heading.text,
      line: heading.startLine + 1,
      bodyLine: heading.endLine + 1,
      endLine: bodyEnd + 1,
      body: text(heading.endLine, bodyEnd),
    });
  });
  return sections;
}
