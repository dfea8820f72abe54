import type { CoordinatorReport } from '../../kernel/contract';
import { runLocalAnalysis } from '../localReport';
import type { AnalyzerContext } from '../types';
import type { RunOptions } from './protocol';
import type { AnalyzerSession } from './session';

/** Local analysis on the calling thread: for tests and tools that are not a host to keep responsive. */
export class InProcessAnalyzers implements AnalyzerSession {
  constructor(private readonly ctx: AnalyzerContext) {}

  run(domain: string, options: RunOptions, signal: AbortSignal): Promise<CoordinatorReport> {
    return runLocalAnalysis(domain, this.ctx, options, signal);
  }

  dispose(): void {}
}
