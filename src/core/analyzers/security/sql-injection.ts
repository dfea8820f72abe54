import type { Analyzer, AnalyzerFinding } from '../types';
import { excerptOf, loadSources, type SourceFile } from '../source/files';
import { matchBracket } from '../source/mask';
import { looksLikeSql } from '../source/queries';

const CALLS: Record<string, RegExp> = {
  js: /(?:\.\s*(?:query|execute|raw|\$queryRawUnsafe|\$executeRawUnsafe)|\bsequelize\s*\.\s*query)\s*\(/g,
  py: /(?:\.\s*(?:execute|executemany|raw|extra)|\bRawSQL|\btext)\s*\(/g,
  rb: /\.\s*(?:where|find_by_sql|execute|exec_query|select_all|order|having|joins|group)\s*\(?\s*(?=")/g,
  php: /(?:->\s*(?:query|exec|prepare|whereRaw|selectRaw|orderByRaw|havingRaw)|\bmysqli_query|\bpg_query|\bDB\s*::\s*(?:select|statement|raw|unprepared|insert|update|delete))\s*\(/g,
};

/**
 * SQL text built from variables by concatenation or interpolation and handed to the database.
 * Parameterised calls (`$1`, `%s`, `?` with a separate values argument) and safe tagged templates
 * (Prisma `$queryRaw`, `sql```) are not calls with a string argument, so they never match.
 */
export const sqlInjectionAnalyzer: Analyzer = {
  id: 'security.sql-injection',
  domain: 'security',
  description: 'SQL built by string concatenation or interpolation and passed to query/execute (JS, Python, Ruby, PHP)',
  async run(ctx, signal) {
    const findings: AnalyzerFinding[] = [];
    for (const file of await loadSources(ctx, ['js', 'py', 'rb', 'php'], {}, signal)) {
      for (const m of file.src.bare.matchAll(CALLS[file.lang])) {
        const argStart = m.index + m[0].length;
        const arg = firstArgument(file, argStart);
        const how = unsafeSql(file, arg, argStart) ?? unsafeVariable(file, arg, m.index);
        if (!how) continue;
        const line = file.src.lineAt(m.index);
        findings.push({
          analyzer: 'security.sql-injection',
          title: `SQL injection: query built by ${how} in ${file.path}`,
          detail: `${file.path}:${line} passes SQL built by ${how} to the database. Whoever controls the interpolated value can change the query `
            + '(read or delete any table, bypass checks). Pass values as parameters ($1 / %s / ? placeholders with a separate values argument) instead of building the SQL text.',
          severity: 'critical',
          evidence: [{ file: file.path, line, excerpt: excerptOf(file.src, line) }],
          flag: { type: 'SECURITY_BREACH', reason: `SQL injection at ${file.path}:${line}: SQL text built by ${how}.`, targetDomain: 'security', priority: 'critical' },
          memoryNote: `${file.path}:${line} built SQL by ${how} (SQL injection).`,
        });
      }
    }
    return findings;
  },
};

/** Code text of the first argument of a call whose arguments start at `from` (before a top-level comma). */
function firstArgument(file: SourceFile, from: number): string {
  const { bare, code } = file.src;
  const close = bare[from - 1] === '(' ? matchBracket(bare, from - 1) : bare.indexOf('\n', from);
  const end = close < 0 ? bare.length : close;
  let depth = 0;
  for (let i = from; i < end; i++) {
    const c = bare[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 0) return code.slice(from, i);
  }
  return code.slice(from, end);
}

const CONSTANT = /^[A-Z][A-Z0-9_]*$/;

/** How an SQL string expression mixes in values, or undefined when it does not. */
function unsafeSql(file: SourceFile, expr: string, at: number): string | undefined {
  const text = expr.trim();
  if (!looksLikeSql(text) && !/\b(WHERE|SELECT|INSERT|UPDATE|DELETE|ORDER BY|LIKE)\b/i.test(text)) return undefined;
  const bareExpr = file.src.bare.slice(at, at + expr.length);
  switch (file.lang) {
    case 'js': {
      const interpolations = [...text.matchAll(/\$\{\s*([^}]*)\}/g)].map((m) => m[1].trim());
      if (text.startsWith('`') && interpolations.some((v) => !CONSTANT.test(v))) return 'template-literal interpolation';
      return /['"`]\s*\+|\+\s*['"`]/.test(bareExpr) ? 'string concatenation' : undefined;
    }
    case 'py':
      if (/^[rRbBuU]?[fF][rR]?["']/.test(text) && /\{[^}]+\}/.test(text)) return 'f-string interpolation';
      if (/["']\s*%\s*[\w(]/.test(bareExpr)) return '% formatting';
      if (/["']\s*\.\s*format\s*\(/.test(bareExpr)) return 'str.format';
      return /["']\s*\+|\+\s*["']/.test(bareExpr) ? 'string concatenation' : undefined;
    case 'rb':
      return /^"[^"]*#\{/.test(text) ? 'string interpolation' : undefined;
    case 'php':
      if (/^"[^"]*(?:\$\w|\{\$)/.test(text)) return 'string interpolation';
      return /["']\s*\.\s*\$|\$\w+\s*\.\s*["']/.test(text) ? 'string concatenation' : undefined;
    default:
      return undefined;
  }
}

/** `db.query(sql)` where `sql` was assigned an interpolated SQL string earlier in the file. */
function unsafeVariable(file: SourceFile, expr: string, callAt: number): string | undefined {
  const name = /^\s*\$?(\w+)\s*$/.exec(expr)?.[1];
  if (!name) return undefined;
  const before = file.src.code.slice(0, callAt);
  const assign = new RegExp(`(?:^|[\\s;(])(?:const\\s+|let\\s+|var\\s+)?\\$?${name}\\s*(?:\\+|\\.)?=\\s*`, 'g');
  const found = [...before.matchAll(assign)];
  for (const m of found.reverse().slice(0, 3)) {
    const start = m.index + m[0].length;
    const lineEnd = before.indexOf('\n', start);
    let end = lineEnd < 0 ? before.length : lineEnd;
    // A multi-line template literal or parenthesised expression continues past the line end.
    const open = file.src.bare[start];
    if (open === '`' || open === '(') {
      const close = open === '(' ? matchBracket(file.src.bare, start) : file.src.bare.indexOf('`', start + 1);
      if (close > 0) end = close + 1;
    }
    const how = unsafeSql(file, before.slice(start, end), start);
    if (how) return how;
  }
  return undefined;
}
