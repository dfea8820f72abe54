import type { Analyzer, AnalyzerContext } from '../types';
import { excerptOf, loadSources, readIfSmall, type SourceFile } from '../source/files';
import { matchBracket } from '../source/mask';
import { indexCovers, unindexedForeignKeyFinding } from './fk-finding';

/**
 * Schema builders that declare columns as method chains: Knex (`table.integer('x').references(...)`)
 * and Laravel (`$table->foreignId('x')->constrained()`). Neither adds an index for a foreign key;
 * MySQL/InnoDB does so itself, so projects configured for MySQL are left out, and for Laravel an
 * unknown default connection is too (Laravel's historical default is MySQL).
 */
interface Dialect {
  readonly id: string;
  readonly lang: 'js' | 'php';
  readonly fileFilter: (path: string) => boolean;
  readonly tableCall: RegExp;
  readonly arrow: string;
  readonly foreignColumn: RegExp;
  readonly usesMysql: (ctx: AnalyzerContext) => Promise<boolean>;
  readonly fix: (table: string, column: string) => string;
}

const KNEX: Dialect = {
  id: 'database.fk-index.knex',
  lang: 'js',
  fileFilter: (p) => /migrations?\//.test(p),
  tableCall: /\.(?:createTable|createTableIfNotExists|alterTable|table)\s*\(\s*['"`](\w+)['"`]/g,
  arrow: '.',
  foreignColumn: /\.(?:\w+)\s*\(\s*['"`](\w+)['"`][^)]*\)(?=[\s\S]*\.references\s*\()/,
  usesMysql: async (ctx) => {
    for (const p of ctx.files.filter((f) => /(^|\/)knexfile\.[cm]?[jt]s$/.test(f))) {
      if (/client\s*:\s*['"](?:mysql2?|mariadb)['"]/.test((await readIfSmall(ctx, p)) ?? '')) return true;
    }
    return false;
  },
  fix: (table, column) => `Chain .index() on the column, or add table.index(['${column}']) in the ${table} migration.`,
};

const LARAVEL: Dialect = {
  id: 'database.fk-index.laravel',
  lang: 'php',
  fileFilter: (p) => /(^|\/)database\/migrations\//.test(p),
  tableCall: /Schema\s*::\s*(?:create|table)\s*\(\s*['"](\w+)['"]/g,
  arrow: '->',
  foreignColumn: /->\s*(?:foreignId|foreignUuid|foreignIdFor|foreign|unsignedBigInteger|bigInteger|integer|uuid)\s*\(\s*['"](\w+)['"][^)]*\)(?=[\s\S]*->\s*(?:constrained|references)\s*\()/,
  usesMysql: async (ctx) => {
    const config = ctx.files.includes('config/database.php') ? await readIfSmall(ctx, 'config/database.php') : undefined;
    const connection = config && /['"]default['"]\s*=>\s*env\(\s*['"]DB_CONNECTION['"]\s*,\s*['"](\w+)['"]/.exec(config)?.[1];
    return connection !== 'pgsql' && connection !== 'sqlite' && connection !== 'sqlsrv';
  },
  fix: (table, column) => `Chain ->index() on the column, or add $table->index('${column}') in the ${table} migration.`,
};

function chainedAnalyzer(dialect: Dialect, description: string): Analyzer {
  return {
    id: dialect.id,
    domain: 'database',
    description,
    async run(ctx, signal) {
      const files = await loadSources(ctx, [dialect.lang], { filter: dialect.fileFilter }, signal);
      if (files.length === 0 || await dialect.usesMysql(ctx)) return [];
      const fks: { table: string; column: string; references?: string; file: SourceFile; line: number }[] = [];
      const indexes: { table: string; columns: string[] }[] = [];
      const arrow = dialect.arrow === '.' ? '\\.' : '->';
      for (const file of files.sort((a, b) => a.path.localeCompare(b.path))) {
        const { bare, code } = file.src;
        for (const call of code.matchAll(dialect.tableCall)) {
          const open = bare.lastIndexOf('(', call.index + call[0].length);
          const close = matchBracket(bare, open);
          const table = code.slice(call.index, call.index + call[0].length).match(/['"`](\w+)['"`]/)![1];
          for (const statement of statements(file, open + 1, close < 0 ? bare.length : close)) {
            const foreign = dialect.foreignColumn.exec(statement.text);
            if (foreign) {
              if (new RegExp(`${arrow}\\s*(?:index|unique|primary)\\s*\\(`).test(statement.text)) {
                indexes.push({ table, columns: [foreign[1]] });
              } else {
                const references = /(?:inTable|on)\s*\(\s*['"`](\w+)/.exec(statement.text)?.[1] ?? /references\s*\(\s*['"`](\w+)\./.exec(statement.text)?.[1];
                fks.push({ table, column: foreign[1], references, file, line: file.src.lineAt(statement.start) });
              }
              continue;
            }
            const index = new RegExp(`^\\s*\\$?\\w+\\s*${arrow}\\s*(?:index|unique|primary)\\s*\\(\\s*\\[?([^\\])]*)`).exec(statement.text);
            if (index) indexes.push({ table, columns: [...index[1].matchAll(/['"`](\w+)['"`]/g)].map((m) => m[1]) });
          }
        }
      }
      return fks
        .filter((fk) => !indexes.some((ix) => ix.table === fk.table && indexCovers(ix.columns, [fk.column])))
        .map((fk) => unindexedForeignKeyFinding({
          analyzer: dialect.id, table: fk.table, columns: [fk.column], references: fk.references,
          file: fk.file.path, line: fk.line, excerpt: excerptOf(fk.file.src, fk.line),
          why: 'The schema builder adds only the constraint, and PostgreSQL and SQLite do not index foreign keys automatically.',
          fix: dialect.fix(fk.table, fk.column),
        }));
    },
  };
}

/** Statements of a callback body, split at `;` outside brackets; `start` is where the code begins. */
function statements(file: SourceFile, from: number, to: number): { text: string; start: number }[] {
  const { bare, code } = file.src;
  const out: { text: string; start: number }[] = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    const c = bare[i];
    if (c === '(' || c === '[' || c === '{') { depth++; if (depth === 1 && c === '{') start = i + 1; }
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === ';' && depth <= 1) {
      const text = code.slice(start, i);
      out.push({ text, start: start + (text.length - text.trimStart().length) });
      start = i + 1;
    }
  }
  return out;
}

export const knexForeignKeyIndexAnalyzer = chainedAnalyzer(KNEX, 'Knex migrations: .references() columns without .index() or table.index()');
export const laravelForeignKeyIndexAnalyzer = chainedAnalyzer(LARAVEL, 'Laravel migrations on PostgreSQL/SQLite: constrained foreign ids without ->index()');
