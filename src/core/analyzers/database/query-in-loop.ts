import type { Analyzer, AnalyzerFinding } from '../types';
import { excerptOf, loadSources } from '../source/files';
import { queriesInLoops, type LoopQuery } from '../source/loop-queries';
import { collectRelations } from '../source/orm-relations';

/** N+1: a query issued once per item of a loop, where one query for all items would do. */
export const queryInLoopAnalyzer: Analyzer = {
  id: 'database.query-in-loop',
  domain: 'database',
  description: 'Queries issued inside loops (N+1), including ORM relations loaded lazily per item',
  async run(ctx, signal) {
    const sources = await loadSources(ctx, ['js', 'py', 'rb', 'php'], {}, signal);
    const relations = collectRelations(sources);
    const findings: AnalyzerFinding[] = [];
    for (const file of sources) {
      for (const q of queriesInLoops(file, relations)) {
        findings.push({
          analyzer: 'database.query-in-loop',
          title: `${q.lazy ? `${q.call.target} loaded lazily` : `Query${q.call.target ? ` on ${q.call.target}` : ''}`} inside a loop (N+1) in ${file.path}`,
          detail: `${describe(q)} at ${file.path}:${q.call.line} runs once per item of the loop at line ${q.loop.headerLine}`
            + `${q.loop.iterable ? ` over ${q.loop.iterable}` : ''}, so N items cost N round trips to the database. `
            + (q.lazy
              ? 'Load the relation with the first query (select_related / prefetch_related, or includes in Rails).'
              : 'Fetch the rows for all items in one query (WHERE ... = ANY / IN, or a JOIN) before the loop.'),
          severity: 'medium',
          evidence: [{ file: file.path, line: q.call.line, excerpt: excerptOf(file.src, q.call.line) }],
          memoryNote: `${file.path}:${q.call.line} ${q.lazy ? `loads ${q.call.target}` : `queries ${q.call.target ?? 'the database'}`} once per item of the loop at line ${q.loop.headerLine} (N+1).`,
        });
      }
    }
    return findings;
  },
};

function describe(q: LoopQuery): string {
  if (q.lazy) return `Accessing ${q.call.target} (a relation not loaded by the loop's query)`;
  return q.call.target ? `The query on ${q.call.target}` : 'The query';
}
