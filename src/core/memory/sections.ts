import markdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import type { MemorySection } from './types';

/**
 * One parser for all memory files: markdown-it knows which `#` lines are headings and which sit
 * inside code blocks, which no regex gets right. Raw HTML off: memory is text, never markup to execute.
 */
const markdown = markdownIt({ html: false, linkify: false });

export function parseMarkdown(content: string): Token[] {
  return markdown.parse(content, {});
}

interface HeadingAt {
  readonly text: string;
  /** 1 for `#`, 2 for `##`, … */
  readonly level: number;
  /** 0-based first line of the heading. */
  readonly startLine: number;
  /** 0-based line after the heading (setext headings span two lines). */
  readonly endLine: number;
}

function headingsOf(tokens: readonly Token[]): HeadingAt[] {
  const headings: HeadingAt[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type !== 'heading_open' || !token.map) continue;
    const inline = tokens[i + 1];
    const text = inline && inline.type === 'inline' ? inline.content.trim() : '';
    headings.push({ text, level: Number(token.tag.slice(1)), startLine: token.map[0], endLine: token.map[1] });
  }
  return headings;
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

/**
 * Splits a file into sections, one per heading. A section includes its sub-sections ("## Checkout"
 * holds its "### Problem", "### Solution"…), so an entry is found whole; the sub-sections are also
 * sections of their own. Text before the first heading becomes a section named after the file.
 */
export function splitSections(file: string, content: string, tokens: readonly Token[] = parseMarkdown(content)): MemorySection[] {
  const lines = content.split(/\r?\n/);
  const headings = headingsOf(tokens);
  const sections: MemorySection[] = [];
  const firstHeadingLine = headings.length > 0 ? headings[0].startLine : lines.length;
  const preamble = lines.slice(0, firstHeadingLine).join('\n').trim();
  if (preamble.length > 0) {
    sections.push({ file, heading: file, line: 1, body: preamble });
  }
  headings.forEach((heading, index) => {
    const bodyEnd = sectionEnd(headings, index, lines.length);
    sections.push({
      file,
      heading: heading.text,
      line: heading.startLine + 1,
      body: lines.slice(heading.endLine, bodyEnd).join('\n').trim(),
    });
  });
  return sections;
}
