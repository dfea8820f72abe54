export type { Analyzer, AnalyzerContext, AnalyzerFinding, Concern, LocalDomain } from './types';
export { LOCAL_DOMAINS, isLocalDomain } from './types';
export { analyzers } from './registry';
export { runLocalAnalysis, contextTerms, type LocalAnalysisOptions } from './localReport';
export { createFsAnalyzerContext, WorkspacePathError } from './fs-context';
export { AnalyzerWorker, AnalyzerWorkerError, type AnalyzerSession } from './worker/session';
export { InProcessAnalyzers } from './worker/inProcess';
export { focusOfTemplate } from './focus';
