import type { Analyzer, AnalyzerFinding } from '../types';
import { loadAnalysis } from '../meaning/analysis';
import { queriesInLoops } from '../meaning/loopQueries';
import { routesReaching } from '../meaning/requestPaths';
import { routeList } from '../meaning/routes';

/**
 * A query per item on a request path: the handler, or a function it calls, queries inside a loop.
 * The backend sees the request path; the table and its indexes belong to the database coordinator,
 * hence the DATABASE_INVESTIGATION flag naming the table and file.
 */
export const requestPathQueriesAnalyzer: Analyzer = {
  id: 'backend.request-path-queries',
  domain: 'backend',
  description: 'Request handlers that (directly or through the functions they call) query once per item of a loop',
  async run(ctx, signal) {
    const { program, evaluator } = await loadAnalysis(ctx, signal);
    const findings: AnalyzerFinding[] = [];
    for (const file of program.files.values()) {
      signal?.throwIfAborted();
      for (const q of queriesInLoops(evaluator, file)) {
        const unique = [...new Set(routesReaching(evaluator, file, q.fn).map((r) => r.label))];
        if (unique.length === 0) continue;
        const table = q.target ?? 'the database';
        findings.push({
          analyzer: 'backend.request-path-queries',
          title: `Query per item on request path ${routeList(unique)}`,
          detail: `While answering ${routeList(unique, ' and ')}, ${file.path}:${q.line} ${q.lazy ? `loads ${table}` : `queries ${table}`} `
            + `once per item of the loop at line ${q.loop.line}${q.loop.iterableText ? ` over ${q.loop.iterableText}` : ''}: `
            + 'the request makes one database round trip per item, so its latency grows with the number of items. '
            + 'Load what the loop needs in one query before it (or eager-load the relation).',
          severity: 'high',
          evidence: [{ file: file.path, line: q.line, excerpt: file.excerpt(q.line) }],
          flag: {
            type: 'DATABASE_INVESTIGATION',
            reason: `${routeList(unique)} ${q.lazy ? 'loads' : 'queries'} ${table} once per item (${file.path}:${q.line}); check the query and the indexes it needs.`,
            targetDomain: 'database',
            priority: 'high',
          },
          memoryNote: `${routeList(unique)}: ${file.path}:${q.line} ${q.lazy ? 'loads' : 'queries'} ${table} once per item of a loop.`,
        });
      }
    }
    return findings;
  },
};
