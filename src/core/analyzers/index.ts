export type { Analyzer, AnalyzerContext, AnalyzerFinding, LocalDomain } from './types';
export { LOCAL_DOMAINS, isLocalDomain } from './types';
export { analyzers } from './registry';
export { runLocalCoordinator, contextTerms, type LocalCoordinatorOptions } from './coordinator';
export { createFsAnalyzerContext, WorkspacePathError } from './fs-context';
