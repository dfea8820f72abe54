import type { Analyzer, AnalyzerFinding } from '../types';
import { excerptOf, loadSources } from '../source/files';
import { queriesInLoops } from '../source/loop-queries';
import { collectRelations } from '../source/orm-relations';
import { findRequestPaths } from '../source/request-paths';

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
    const sources = await loadSources(ctx, ['js', 'py'], {}, signal);
    const relations = collectRelations(sources);
    const paths = findRequestPaths(sources);
    const findings: AnalyzerFinding[] = [];
    for (const file of sources) {
      for (const q of queriesInLoops(file, relations)) {
        const routes = paths
          .filter((p) => p.ranges.some((r) => r.file === file && q.call.index >= r.start && q.call.index < r.end))
          .map((p) => p.route);
        if (routes.length === 0) continue;
        const unique = [...new Set(routes)];
        const table = q.call.target ?? 'the database';
        findings.push({
          analyzer: 'backend.request-path-queries',
          title: `Query per item on request path ${unique.join(', ')}`,
          detail: `While answering ${unique.join(' and ')}, ${file.path}:${q.call.line} ${q.lazy ? `loads ${table}` : `queries ${table}`} `
            + `once per item of the loop at line ${q.loop.headerLine}${q.loop.iterable ? ` over ${q.loop.iterable}` : ''}: `
            + 'the request makes one database round trip per item, so its latency grows with the number of items. '
            + 'Load what the loop needs in one query before it (or eager-load the relation).',
          severity: 'high',
          evidence: [{ file: file.path, line: q.call.line, excerpt: excerptOf(file.src, q.call.line) }],
          flag: {
            type: 'DATABASE_INVESTIGATION',
            reason: `${unique.join(", ")} ${q.lazy ? "loads" : "queries"} ${table} once per item (${file.path}:${q.call.line}); check the query and the indexes it needs.`,
            targetDomain: 'database',
            priority: 'high',
          },
          memoryNote: `${unique.join(', ')}: ${file.path}:${q.call.line} ${q.lazy ? 'loads' : 'queries'} ${table} once per item of a loop.`,
        });
      }
    }
    return findings;
  },
};
