import { compareStrings } from '../kernel/compare';
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
}

const MAX_EXCERPT_LENGTH = 300;
/** A word in a heading says what the section is about; the same word in its body may be a passing mention. */
const HEADING_WEIGHT = 2;

export interface SectionStems {
  readonly heading: ReadonlySet<string>;
  readonly body: ReadonlySet<string>;
}

/** Worked out once per section: a plan ranks the same memory for prior work and for domains. */
const stemsBySection = new WeakMap<MemorySection, SectionStems>();

/** The content stems of a section's heading and of its body. */
export function sectionStems(section: MemorySection): SectionStems {
  let stems = stemsBySection.get(section);
  if (!stems) {
    stems = { heading: new Set(contentStems(section.heading)), body: new Set(contentStems(section.body)) };
    stemsBySection.set(section, stems);
  }
  return stems;
}

/** Sections that share word stems with the request, best first; ties by file, then line. */
export function rankSections(memory: ProjectMemory, request: string): RankedSection[] {
  const requestStems = new Set(contentStems(request));
  if (requestStems.size === 0) return [];
  const ranked: RankedSection[] = [];
  for (const section of memory.sections) {
    const { heading: headingStems, body: bodyStems } = sectionStems(section);
    let score = 0;
    for (const stem of requestStems) {
      if (headingStems.has(stem)) score += HEADING_WEIGHT;
      else if (bodyStems.has(stem)) score += 1;
    }
    if (score > 0) ranked.push({ section, score });
  }
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
