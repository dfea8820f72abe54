import type { Call, FileModel } from '../program/model';
import type { Analyzer, AnalyzerFinding } from '../types';
import { isMigrationPath } from '../files';
import { loadAnalysis } from '../meaning/analysis';
import type { Evaluator } from '../meaning/evaluator';
import { builtString, looksLikeSql } from '../meaning/strings';

/** Methods and functions that take SQL text, by language. */
const SINKS: Readonly<Record<FileModel['lang'], RegExp>> = {
  js: /^(?:query|execute|raw|\$queryRawUnsafe|\$executeRawUnsafe|whereRaw|orWhereRaw|havingRaw|orderByRaw|joinRaw|fromRaw|groupByRaw|exec|prepare|run|all|get)$/,
  py: /^(?:execute|executemany|executescript|raw|extra|RawSQL|text|exec_driver_sql)$/,
  rb: /^(?:where|find_by_sql|execute|exec_query|select_all|select_one|select_value|select_values|select_rows|order|reorder|having|joins|group|pluck|from|count_by_sql|delete_all|update_all|exists\?)$/,
  php: /^(?:query|exec|prepare|whereRaw|orWhereRaw|selectRaw|orderByRaw|havingRaw|groupByRaw|select|statement|raw|unprepared|insert|update|delete|mysqli_query|pg_query|mysql_query)$/,
};

/**
 * SQL text built from run-time values by concatenation, interpolation or formatting, handed to a
 * call that runs SQL. Parameterised calls (`$1`, `%s`, `?` with the values apart) and tagged
 * templates (sql`…`, Prisma's $queryRaw`…`) pass values separately, so they are never reported.
 */
export const sqlInjectionAnalyzer: Analyzer = {
  id: 'security.sql-injection',
  domain: 'security',
  description: 'SQL built by string concatenation or interpolation and passed to query/execute (JS, Python, Ruby, PHP)',
  async run(ctx, signal) {
    const { program, evaluator } = await loadAnalysis(ctx, signal);
    const findings: AnalyzerFinding[] = [];
    for (const file of program.files.values()) {
      signal?.throwIfAborted();
      // Migrations run once, by an operator, on data the application wrote: not where users inject SQL.
      if (isMigrationPath(file.path)) continue;
      for (const call of file.calls) {
        const how = injected(evaluator, file, call);
        if (!how) continue;
        findings.push({
          analyzer: 'security.sql-injection',
          title: `SQL injection: query built by ${how} in ${file.path}`,
          detail: `${file.path}:${call.line} passes SQL built by ${how} to the database. Whoever controls the interpolated value can change the query `
            + '(read or delete any table, bypass checks). Pass values as parameters ($1 / %s / ? placeholders with a separate values argument) instead of building the SQL text.',
          severity: 'critical',
          evidence: [{ file: file.path, line: call.line, excerpt: file.excerpt(call.line) }],
          flag: { type: 'SECURITY_BREACH', reason: `SQL injection at ${file.path}:${call.line}: SQL text built by ${how}.`, targetDomain: 'security', priority: 'critical' },
          memoryNote: `${file.path}:${call.line} built SQL by ${how} (SQL injection).`,
        });
      }
    }
    return findings;
  },
};

function injected(evaluator: Evaluator, file: FileModel, call: Call): string | undefined {
  if (call.tagged) return undefined;
  const name = call.callee.k === 'member' || call.callee.k === 'name' ? call.callee.name : undefined;
  if (!name || !SINKS[file.lang].test(name) || call.args.length === 0) return undefined;
  const built = builtString(evaluator, file, call.args[0], { fn: call.fn, offset: call.start });
  return built && looksLikeSql(built.text) ? built.how : undefined;
}
