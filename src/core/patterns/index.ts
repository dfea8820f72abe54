export { discoverPatterns, workspaceTemplatesDir, DEFAULT_MIN_RUNS } from './discover';
export type { CandidatePattern, LearnedPattern, PatternReport, PatternRun, DiscoveryInput } from './discover';
export { proposeTemplate } from './proposal';
export type { TemplateProposal } from './proposal';
export { runShape, describeShape } from './runShape';
export type { RunShape } from './runShape';
export { RunShapeCache } from './runShapes';
export type { RunSource, RunListing, CollectedShapes } from './runShapes';
export { describeCandidate, relationLabel, candidatesHeading, noCandidates, coverage } from './describe';
