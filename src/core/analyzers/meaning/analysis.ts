import type { AnalyzerContext } from '../types';
import { loadProgram, type Program } from '../program/load';
import { CLIENTS } from './clients';
import { Evaluator } from './evaluator';

export interface Analysis {
  readonly program: Program;
  readonly evaluator: Evaluator;
}

const analyses = new WeakMap<Program, Evaluator>();

/** The run's program with its evaluator: what every code analyzer starts from. */
export async function loadAnalysis(ctx: AnalyzerContext, signal?: AbortSignal): Promise<Analysis> {
  const program = await loadProgram(ctx, signal);
  let evaluator = analyses.get(program);
  if (!evaluator) analyses.set(program, (evaluator = new Evaluator(program, CLIENTS)));
  return { program, evaluator };
}
