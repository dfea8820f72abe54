import type { Analysis } from '../../meaning/analysis';
import type { AnalyzerContext } from '../../types';
import { isGenerated, isTestPath, readIfSmall } from '../../files';
import { dropTable, renameTable, emptySchema, addIndex, addFk, calleeName, literal, upCalls, type ForeignKey, type Index, type Schema, type SchemaTool } from './facts';
import { blankSqlLiterals, closingParen } from './sqlText';

const NAME = String.raw`[\`"\[]?(?:\w+[\`"\]]?\.[\`"\[]?)?(\w+)[\`"\]]?`;
/** A name as written, without quotes or schema; compared case-insensitively, shown as declared. */
const unquote = (s: string) => s.replace(/[`"[\]]/g, '').split('.').pop()!.trim();
const columnList = (s: string) => s.split(',').map((c) => unquote(c.trim().split(/\s+/)[0])).filter(Boolean);
/** MySQL/InnoDB creates an index for every foreign key itself. */
const MYSQL = /\bENGINE\s*=|\bAUTO_INCREMENT\b|`/i;
/** Calls that run SQL text inside migration code (Knex, TypeORM, Sequelize, Alembic, Django, Rails, Laravel). */
const SQL_RUNNERS = /^(?:raw|query|execute|exec|RunSQL|statement|unprepared)$/;

interface SqlSource { readonly file: string; readonly text: string; readonly firstLine: number; lineText(line: number): string }

/**
 * Foreign keys in SQL migrations: *.sql files, and SQL text run from migration code
 * (`queryRunner.query(\`ALTER TABLE …\`)`, `op.execute(…)`, `knex.raw(…)`), read together.
 * PostgreSQL, SQLite and SQL Server do not index foreign keys; MySQL-looking text is left out.
 */
export const sqlSchema: SchemaTool = {
  id: 'database.fk-index.sql',
  description: 'Foreign-key columns without an index in SQL migrations (PostgreSQL, SQLite), including SQL run from migration code',
  why: 'PostgreSQL and SQLite do not index foreign-key columns automatically.',
  fix: (fk) => `Add it in a migration: CREATE INDEX ${fk.table}_${fk.columns.join('_')}_idx ON ${fk.table} (${fk.columns.join(', ')});`,
  async collect(ctx, analysis, signal) {
    const schema = emptySchema();
    for (const source of [...await sqlFiles(ctx, signal), ...embeddedSql(analysis)]) {
      if (!MYSQL.test(source.text)) parseSql(source, schema);
    }
    return schema;
  },
};

async function sqlFiles(ctx: AnalyzerContext, signal?: AbortSignal): Promise<SqlSource[]> {
  const out: SqlSource[] = [];
  for (const path of ctx.files.filter((p) => p.toLowerCase().endsWith('.sql') && !isGenerated(p) && !isTestPath(p)).sort()) {
    signal?.throwIfAborted();
    const text = await readIfSmall(ctx, path);
    if (text === undefined) continue;
    const lines = text.split('\n');
    out.push({ file: path, text, firstLine: 1, lineText: (n) => (lines[n - 1] ?? '').trim() });
  }
  return out;
}

function embeddedSql(analysis: Analysis): SqlSource[] {
  const out: SqlSource[] = [];
  const files = [...analysis.program.files.values()].filter((f) => /(?:^|\/)(?:migrations?|migrate|versions|alembic)\//.test(f.path)).sort((a, b) => a.path.localeCompare(b.path));
  for (const file of files) {
    for (const call of upCalls(file)) {
      const name = calleeName(call);
      // Interpolated parts (`${ifNotExists}`, `#{table}`) are options or names the SQL around them does not need.
      const text = literal(call.args[0]) ?? (call.args[0]?.k === 'string' ? call.args[0].text.replace(/\$\{[^}]*\}|#\{[^}]*\}/g, ' ') : undefined);
      if (!name || !SQL_RUNNERS.test(name) || !text || !/\b(?:REFERENCES|INDEX|KEY)\b/i.test(text)) continue;
      const lines = text.split('\n');
      out.push({ file: file.path, text, firstLine: call.line, lineText: (n) => (lines[n - call.line] ?? file.excerpt(n)).trim() || file.excerpt(n) });
    }
  }
  return out;
}

export function parseSql(source: SqlSource, schema: Schema): void {
  const bare = blankSqlLiterals(source.text);
  const lineAt = (offset: number) => source.firstLine + (bare.slice(0, offset).match(/\n/g)?.length ?? 0);
  const fk = (table: string, columns: string[], references: string, offset: number): ForeignKey => {
    const line = lineAt(offset);
    return { table, columns, references, file: source.file, line, excerpt: source.lineText(line) };
  };
  for (const m of bare.matchAll(new RegExp(String.raw`\bCREATE\s+(?:(?:GLOBAL\s+|LOCAL\s+)?(?:TEMP|TEMPORARY|UNLOGGED)\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?${NAME}\s*\(`, 'gi'))) {
    const open = m.index + m[0].length - 1;
    const close = closingParen(bare, open);
    if (close < 0) continue;
    for (const item of splitTopLevel(bare, open + 1, close)) tableItem(m[1], item.text, item.start, schema, fk);
  }
  for (const m of bare.matchAll(new RegExp(String.raw`\bALTER\s+TABLE\s+(?:ONLY\s+)?(?:IF\s+EXISTS\s+)?${NAME}\s+([^;]*)`, 'gi'))) {
    const start = m.index + m[0].length - m[2].length;
    const table = m[1];
    for (const action of splitTopLevel(bare, start, start + m[2].length)) {
      const added = /^\s*ADD\s+(?:COLUMN\s+)?(?:IF\s+NOT\s+EXISTS\s+)?/i.exec(action.text);
      if (added) tableItem(table, action.text.slice(added[0].length), action.start + added[0].length, schema, fk);
      const renamed = /^\s*RENAME\s+TO\s+[`"[]?(\w+)/i.exec(action.text);
      if (renamed) renameTable(schema, table, renamed[1]);
      const droppedColumn = /^\s*DROP\s+(?:COLUMN\s+)?(?:IF\s+EXISTS\s+)?[`"[]?(\w+)/i.exec(action.text);
      if (droppedColumn && !/^(?:CONSTRAINT|INDEX|KEY|PRIMARY|FOREIGN)$/i.test(droppedColumn[1])) dropTable(schema, table, droppedColumn[1]);
    }
  }
  for (const m of bare.matchAll(new RegExp(String.raw`\bDROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?${NAME}`, 'gi'))) dropTable(schema, m[1]);
  for (const m of bare.matchAll(new RegExp(String.raw`\bCREATE\s+(?:UNIQUE\s+)?INDEX\s+(?:CONCURRENTLY\s+)?(?:IF\s+NOT\s+EXISTS\s+)?(?:${NAME}\s+)?ON\s+(?:ONLY\s+)?${NAME}\s*(?:USING\s+\w+\s*)?\(`, 'gi'))) {
    const open = m.index + m[0].length - 1;
    const close = closingParen(bare, open);
    if (close < 0) continue;
    const inside = bare.slice(open + 1, close);
    if (/^\s*\w*\s*\(/.test(inside)) continue; // an expression index does not lead with a plain column
    addIndex(schema, { table: m[2], columns: columnList(inside) });
  }
}

function tableItem(table: string, text: string, start: number, schema: Schema, fk: (t: string, c: string[], r: string, o: number) => ForeignKey): void {
  const item = text.trim();
  const offset = start + (text.length - text.trimStart().length);
  const constraint = item.replace(/^CONSTRAINT\s+\S+\s+/i, '');
  const keyed = /^(PRIMARY\s+KEY|UNIQUE(?:\s+(?:KEY|INDEX))?|(?:KEY|INDEX)(?:\s+\w+)?)\s*(?:\w+\s*)?\(([^)]*)\)/i.exec(constraint);
  if (keyed) { addIndex(schema, { table, columns: columnList(keyed[2]) } satisfies Index); return; }
  const foreign = /^FOREIGN\s+KEY\s*\(([^)]*)\)\s*REFERENCES\s+([\w".`[\]]+)\s*(\([^)]*\))?/i.exec(constraint);
  if (foreign) { addFk(schema, fk(table, columnList(foreign[1]), `${unquote(foreign[2])}${(foreign[3] ?? '').replace(/\s+|"/g, '')}`, offset)); return; }
  if (/^(CHECK|EXCLUDE|LIKE)\b/i.test(constraint)) return;
  const column = /^[`"[]?(\w+)[`"\]]?\s+/.exec(item);
  if (!column) return;
  const name = column[1];
  if (/\bPRIMARY\s+KEY\b|\bUNIQUE\b/i.test(item)) addIndex(schema, { table, columns: [name] });
  const references = /\bREFERENCES\s+([\w".`[\]]+)\s*(\([^)]*\))?/i.exec(item);
  if (references) addFk(schema, fk(table, [name], `${unquote(references[1])}${(references[2] ?? '').replace(/\s+|"/g, '')}`, offset));
}

/** Comma-separated items of a parenthesised list, skipping commas nested in parentheses. */
function splitTopLevel(bare: string, from: number, to: number): { text: string; start: number }[] {
  const items: { text: string; start: number }[] = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    const c = bare[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) { items.push({ text: bare.slice(start, i), start }); start = i + 1; }
  }
  items.push({ text: bare.slice(start, to), start });
  return items.filter((i) => i.text.trim() !== '');
}
