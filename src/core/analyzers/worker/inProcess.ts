import type { CoordinatorReport } from '../../delegation/contract';
import { runLocalCoordinator } from '../coordinator';
import type { AnalyzerContext } from '../types';
import type { RunOptions } from './protocol';
import type { LocalAnalysis } from './session';

/** Local analysis on the calling thread: for tests and tools that are not a host to keep responsive. */
export class InProcessAnalysis implements LocalAnalysis {
  constructor(private readonly ctx: AnalyzerContext) {}

  run(domain: string, options: RunOptions, signal: AbortSignal): Promise<CoordinatorReport> {
    return runLocalCoordinator(domain, this.ctx, options, signal);
  }

  dispose(): void {}
}
