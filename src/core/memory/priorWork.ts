import { compareStrings } from '../kernel/compare';
import { memoizePer } from '../kernel/memoize';
import { matchSections, type SectionMatch } from './sectionSearch';
import { Stepped } from '../kernel/stepped';
import type { MemorySection, ProjectMemory } from './types';
import { contentStems } from './words';

export interface PriorWork {
  readonly file: string;
  readonly heading: string;
  readonly excerpt: string;
}

export interface RankedSection {
  readonly section: MemorySection;
  readonly score: number;
  /** The request stems found in the section's heading and in its body. */
  readonly match: SectionMatch;
}

const MAX_EXCERPT_LENGTH = 300;
/** A word in a heading says what the section is about; the same word in its body may be a passing mention. */
const HEADING_WEIGHT = 2;

/**
 * Sections that share word stems with the request, best first; ties by file, then line. Worked out
 * once per memory read and request: a plan ranks the same memory for prior work, domains and the
 * coordinators' memory.
 */
export function rankSections(memory: ProjectMemory, request: string): readonly RankedSection[] {
  return rankingOf(memory, request).now();
}

/** The ranking as steps, shared by every caller of the same memory read and request (see `Stepped`). */
export const rankingOf: (memory: ProjectMemory, request: string) => Stepped<readonly RankedSection[]> = memoizePer((memory, request) => new Stepped(rank(memory, request)));

function* rank(memory: ProjectMemory, request: string): Generator<void, RankedSection[]> {
  const requestStems = new Set(contentStems(request));
  const ranked = (yield* matchSections(memory, requestStems)).map((match) => {
    const inHeading = new Set(match.heading);
    const bodyOnly = match.body.filter((s) => !inHeading.has(s)).length;
    return { section: match.section, score: HEADING_WEIGHT * inHeading.size + bodyOnly, match };
  });
  return ranked.sort(
    (a, b) => b.score - a.score || compareStrings(a.section.file, b.section.file) || a.section.line - b.section.line,
  );
}

export function excerptOf(section: MemorySection): string {
  const text = (section.body || section.heading).replace(/\s+/g, ' ').trim();
  if (text.length <= MAX_EXCERPT_LENGTH) return text;
  const cut = text.slice(0, MAX_EXCERPT_LENGTH - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${lastSpace > MAX_EXCERPT_LENGTH / 2 ? cut.slice(0, lastSpace) : cut}…`;
}

/** Memory sections that look like earlier work on the same thing, for the planner and the coordinators. */
export function findPriorWork(memory: ProjectMemory, request: string, limit = 5): PriorWork[] {
  return rankSections(memory, request)
    .slice(0, Math.max(0, limit))
    .map(({ section }) => ({ file: section.file, heading: section.heading, excerpt: excerptOf(section) }));
}
