import type { Analyzer, AnalyzerFinding } from '../types';
import { loadAnalysis } from '../meaning/analysis';
import { queriesInLoops, type LoopQuery } from '../meaning/loopQueries';

/** N+1: a query issued once per item of a loop, where one query for all items would do. */
export const queryInLoopAnalyzer: Analyzer = {
  id: 'database.query-in-loop',
  domain: 'database',
  description: 'Queries issued inside loops (N+1), including ORM relations loaded lazily per item',
  async run(ctx, signal) {
    const { program, evaluator } = await loadAnalysis(ctx, signal);
    const findings: AnalyzerFinding[] = [];
    for (const file of program.files.values()) {
      signal?.throwIfAborted();
      for (const q of queriesInLoops(evaluator, file)) {
        findings.push({
          analyzer: 'database.query-in-loop',
          title: `${q.lazy ? `${q.target} loaded lazily` : `Query${q.target ? ` on ${q.target}` : ''}`} inside a loop (N+1) in ${file.path}`,
          detail: `${describe(q)} at ${file.path}:${q.line} runs once per item of the loop at line ${q.loop.line}`
            + `${q.loop.iterableText ? ` over ${q.loop.iterableText}` : ''}, so N items cost N round trips to the database. `
            + (q.lazy
              ? 'Load the relation with the first query (select_related / prefetch_related in Django, includes in Rails, with() in Laravel, joinedload / selectinload in SQLAlchemy).'
              : 'Fetch the rows for all items in one query (WHERE ... = ANY / IN, or a JOIN) before the loop.'),
          severity: 'medium',
          evidence: [{ file: file.path, line: q.line, excerpt: file.excerpt(q.line) }],
          memoryNote: `${file.path}:${q.line} ${q.lazy ? `loads ${q.target}` : `queries ${q.target ?? 'the database'}`} once per item of the loop at line ${q.loop.line} (N+1).`,
        });
      }
    }
    return findings;
  },
};

function describe(q: LoopQuery): string {
  if (q.lazy) return `Accessing ${q.target} (a relation not loaded by the loop's query)`;
  return q.target ? `The query on ${q.target}` : 'The query';
}
