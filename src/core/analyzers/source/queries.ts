import type { SourceFile } from './files';
import { matchBracket, type Lang } from './mask';

/** A call that reaches the database, found in hand-written code. */
export interface DbCall {
  /** Offset where the call starts (receiver) and where its arguments end. */
  readonly index: number;
  readonly end: number;
  readonly line: number;
  /** The table or model it reads or writes, when the code names it. */
  readonly target?: string;
}

const NOT_MODELS = new Set(['Array', 'Object', 'Promise', 'Math', 'JSON', 'Date', 'Number', 'String', 'Reflect', 'Map', 'Set',
  'File', 'Dir', 'Time', 'Hash', 'Buffer', 'URL', 'Intl', 'Symbol', 'Error', 'React', 'Route', 'Storage', 'Cache', 'Config',
  'Log', 'Str', 'Arr', 'Auth', 'Session', 'Http', 'Validator', 'Response', 'Request', 'Redirect', 'View']);

interface Pattern { readonly re: RegExp; readonly model?: number; readonly requiresSql?: boolean }

const SQL_TEXT = /\b(SELECT\s[\s\S]*?\bFROM|INSERT\s+INTO|UPDATE\s+[\w"`]+\s+SET|DELETE\s+FROM)\b/i;
const DB_RECEIVERS = 'db|pool|client|conn|connection|database|knex|trx|tx|sequelize|pg|mysql|sql|queryRunner|manager|entityManager|em|cursor|cur|session|this\\.db|this\\.pool|self\\.db';

const PATTERNS: Record<Exclude<Lang, 'sql' | 'other'>, readonly Pattern[]> = {
  js: [
    { re: /\.\s*query\s*\(/g },
    { re: new RegExp(`\\b(?:${DB_RECEIVERS})\\s*\\.\\s*(?:execute|raw|one|any|many|oneOrNone|manyOrNone|none|each|all|get|run|prepare)\\s*\\(`, 'g') },
    { re: /\.\s*execute\s*\(/g, requiresSql: true },
    { re: /\b(?:knex|trx)\s*\(/g },
    { re: /\bprisma\s*\.\s*(\w+)\s*\.\s*(?:find\w*|create\w*|update\w*|delete\w*|upsert|count|aggregate|groupBy)\s*\(/g, model: 1 },
    { re: /\b([A-Z]\w*)\s*\.\s*(?:findOne\w*|findAll|findByPk|findById\w*|find|findMany|count|create|destroy|deleteOne|updateOne|aggregate)\s*\(/g, model: 1 },
    { re: /\.\s*(?:findOne|findById|findByPk|findUnique|findFirst|findMany|findAll|findOneBy|findBy|findAndCount)\s*\(/g },
  ],
  py: [
    { re: /\b([A-Z]\w*)\s*\.\s*objects\s*\.\s*\w+\s*\(/g, model: 1 },
    { re: /\b\w+_set\s*\.\s*(?:all|filter|exclude|count|exists|get|first|last|values|values_list|order_by|aggregate)\s*\(/g },
    { re: /\b(?:cursor|cur|conn|connection|db|session|c)\s*\.\s*(?:execute|executemany|query|scalars|scalar)\s*\(/g },
    { re: /\bsession\s*\.\s*get\s*\(\s*([A-Z]\w*)/g, model: 1 },
  ],
  rb: [
    { re: /\b([A-Z]\w*)\s*\.\s*(?:find_by_sql|find_by!?|find|where|exists\?|count|first|last|pluck|sum|find_or_create_by!?|create!?)(?![\w?!])/g, model: 1 },
    { re: /\.connection\s*\.\s*(?:execute|select_all|select_value|select_rows|exec_query)\b/g },
  ],
  php: [
    { re: /\bDB\s*::\s*(?:select|insert|update|delete|statement|table|raw|query)\s*\(/g },
    { re: /\b([A-Z]\w*)\s*::\s*(?:find|findOrFail|where|first|firstWhere|all|query|whereIn)\s*\(/g, model: 1 },
    { re: /->\s*(?:query|prepare|exec)\s*\(/g, requiresSql: true },
    { re: /\b(?:mysqli_query|pg_query|pg_query_params)\s*\(/g },
  ],
};

export function findDbCalls(file: SourceFile): DbCall[] {
  if (file.lang === 'sql' || file.lang === 'other') return [];
  const { bare, code } = file.src;
  const calls = new Map<number, DbCall>();
  for (const pattern of PATTERNS[file.lang]) {
    for (const m of bare.matchAll(pattern.re)) {
      const model = pattern.model !== undefined ? m[pattern.model] : undefined;
      // ALL_CAPS names are constants (KNOWN_KEYS.find), not model classes.
      if (model && (NOT_MODELS.has(model) || /^[A-Z0-9_]+$/.test(model))) continue;
      const openParen = m[0].endsWith('(') ? m.index + m[0].length - 1 : -1;
      const close = openParen >= 0 ? matchBracket(bare, openParen) : -1;
      const lineEnd = bare.indexOf('\n', m.index);
      const end = close >= 0 ? close + 1 : lineEnd < 0 ? bare.length : lineEnd;
      const args = code.slice(m.index, end);
      if (pattern.requiresSql && !SQL_TEXT.test(args)) continue;
      const line = file.src.lineAt(m.index);
      if ([...calls.values()].some((c) => c.line === line && c.index <= m.index && m.index < c.end)) continue;
      calls.set(m.index, { index: m.index, end, line, target: tableIn(args) ?? knexTable(args) ?? model });
    }
  }
  return [...calls.values()].sort((a, b) => a.index - b.index);
}

export function tableIn(sqlOrCode: string): string | undefined {
  return /\b(?:FROM|INTO|UPDATE|JOIN)\s+[`"[]?(\w+)/i.exec(sqlOrCode)?.[1];
}

function knexTable(args: string): string | undefined {
  return /^(?:knex|trx)\s*\(\s*['"`](\w+)/.exec(args)?.[1];
}

export function looksLikeSql(text: string): boolean {
  return SQL_TEXT.test(text);
}
