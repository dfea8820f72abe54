export type { Analyzer, AnalyzerContext, AnalyzerFinding, LocalDomain } from './types';
export { LOCAL_DOMAINS, isLocalDomain } from './types';
export { analyzers } from './registry';
export { runLocalAnalysis, contextTerms, type LocalAnalysisOptions } from './localReport';
export { createFsAnalyzerContext, WorkspacePathError } from './fs-context';
