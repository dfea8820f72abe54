export type { MemoryEdit, MemoryFile, MemorySection, ProjectMemory } from './types';
export { readProjectMemory, projectMemoryOf, memoryDigest, MemoryReadError } from './reader';
export { findPriorWork, rankSections, excerptOf } from './priorWork';
export type { PriorWork, RankedSection } from './priorWork';
export { proposeMemoryEdits, titleFromRequest, MemoryEditError } from './proposeEdits';
export { applyMemoryEdit } from './applyEdit';
export type { MemoryEditInput } from './proposeEdits';
export { splitSections } from './sections';
export { normalizeText, words, stem, contentStems, allStems, containsKeyword } from './words';
