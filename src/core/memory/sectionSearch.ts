import { memoizePer } from '../kernel/memoize';
import { lineStarts } from './sections';
import type { MemorySection, ProjectMemory } from './types';
import { contentStems, isStopWord, stem } from './words';

/**
 * Which request stems each memory section holds, found by scanning each file's text for the stems
 * instead of stemming every word of every section: a lookup costs a few passes of `indexOf` over
 * the text, whatever the number of sections, and nothing is computed ahead for the sections no
 * request asks about. The answer is the one `contentStems` of the heading and the body would give.
 */
export interface SectionMatch {
  readonly section: MemorySection;
  /** Request stems in the heading. */
  readonly heading: readonly string[];
  /** Request stems in the body (sub-sections included), whether or not the heading has them too. */
  readonly body: readonly string[];
}

/** A memory file's text as the scan reads it (NFC, lowercase) and where its lines start in that text. */
interface ScannedFile {
  readonly text: string;
  readonly lines: readonly number[];
}

/** Worked out once per read of the memory and file: a plan looks up the same memory for prior work, domains and the coordinators' memory. */
const scannedFile = memoizePer((memory: ProjectMemory, path: string): ScannedFile | undefined => {
  const content = memory.files.find((f) => f.path === path)?.content;
  if (content === undefined) return undefined;
  // Line breaks survive NFC and lowercasing, so line numbers map onto the scanned text.
  const text = content.normalize('NFC').toLowerCase();
  return { text, lines: lineStarts(text) };
});

/** Sections looked at between two steps of ranking or choosing: a step stays well under a slice of the host thread. */
export const SECTIONS_PER_STEP = 256;

const WORD_CHAR = /[\p{L}\p{N}]/u;
const WORD_REST = /[\p{L}\p{N}]*/uy;

/** Whether the character ending just before `index` is part of a word (a letter or digit). */
function wordCharBefore(text: string, index: number): boolean {
  if (index === 0) return false;
  const code = text.charCodeAt(index - 1);
  const char = code >= 0xdc00 && code <= 0xdfff && index >= 2 ? text.slice(index - 2, index) : text[index - 1];
  return WORD_CHAR.test(char);
}

/**
 * Offsets (ascending) of the words in `text` whose stem is `target`, stop words and one-letter words
 * left out as `contentStems` leaves them out. Every such word starts with the stem, or with the stem
 * less its final "y" (queries → query), so only the places where that prefix starts a word are looked at.
 */
function stemOffsets(text: string, target: string): number[] {
  const needle = target.endsWith('y') ? target.slice(0, -1) : target;
  const offsets: number[] = [];
  if (needle.length === 0) return offsets;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    if (wordCharBefore(text, at)) continue;
    WORD_REST.lastIndex = at;
    const word = (WORD_REST.exec(text) as RegExpExecArray)[0];
    if (word.length > 1 && !isStopWord(word) && stem(word) === target) offsets.push(at);
    at += Math.max(0, word.length - 1);
  }
  return offsets;
}

/** Whether a sorted `offsets` has one in [from, to). */
function anyWithin(offsets: readonly number[], from: number, to: number): boolean {
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (offsets[middle] < from) low = middle + 1;
    else high = middle;
  }
  return low < offsets.length && offsets[low] < to;
}

/** The sections that hold at least one of the request's content stems, in memory order; a step per file scanned and per few hundred sections. */
export function* matchSections(memory: ProjectMemory, requestStems: ReadonlySet<string>): Generator<void, SectionMatch[]> {
  const matches: SectionMatch[] = [];
  if (requestStems.size === 0) return matches;
  const stems = [...requestStems];
  const offsetsByFile = new Map<string, { scanned: ScannedFile; offsets: number[][] }>();
  const offsetsIn = (path: string) => {
    let found = offsetsByFile.get(path);
    if (!found) {
      const scanned = scannedFile(memory, path);
      if (!scanned) return undefined;
      found = { scanned, offsets: stems.map((s) => stemOffsets(scanned.text, s)) };
      offsetsByFile.set(path, found);
    }
    return found;
  };
  let looked = 0;
  for (const section of memory.sections) {
    if (++looked % SECTIONS_PER_STEP === 0) yield;
    if (!offsetsByFile.has(section.file)) yield;
    const found = offsetsIn(section.file);
    if (!found) continue;
    const { lines } = found.scanned;
    const at = (line: number) => lines[Math.min(line - 1, lines.length - 1)];
    // The text before the first heading is named after its file: that name is its heading.
    const headingStems = section.line === section.bodyLine ? new Set(contentStems(section.heading)) : undefined;
    const heading: string[] = [];
    const body: string[] = [];
    stems.forEach((target, index) => {
      const offsets = found.offsets[index];
      if (headingStems ? headingStems.has(target) : anyWithin(offsets, at(section.line), at(section.bodyLine))) heading.push(target);
      if (anyWithin(offsets, at(section.bodyLine), at(section.endLine))) body.push(target);
    });
    if (heading.length > 0 || body.length > 0) matches.push({ section, heading, body });
  }
  return matches;
}
