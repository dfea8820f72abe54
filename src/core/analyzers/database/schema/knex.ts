import type { AnalyzerContext } from '../../types';
import type { Call, FileModel } from '../../program/model';
import { readIfSmall } from '../../files';
import { dropTable, emptySchema, addIndex, addFk, calleeName, literal, literals, migrationFiles, type Schema, type SchemaTool, readBuilderMigration } from './facts';

const TABLE_CALLS = /^(?:createTable|createTableIfNotExists|alterTable|table)$/;
const INDEXING = /^(?:index|unique|primary)$/;

/**
 * Knex migrations (`table.integer('x').references('id').inTable('y')`, `table.foreign('x')`):
 * Knex adds only the constraint. Statements are read from the syntax tree, so semicolons do not
 * matter. A knexfile configured for MySQL turns the check off (InnoDB indexes foreign keys).
 */
export const knexSchema: SchemaTool = {
  id: 'database.fk-index.knex',
  description: 'Knex migrations: .references() columns without .index() or table.index()',
  why: 'The schema builder adds only the constraint, and PostgreSQL and SQLite do not index foreign keys automatically.',
  fix: (fk) => `Chain .index() on the column, or add table.index(['${fk.columns[0]}']) in the ${fk.table} migration.`,
  async collect(ctx, analysis) {
    if (await knexUsesMysql(ctx)) return undefined;
    const schema = emptySchema();
    for (const file of migrationFiles(analysis, (p) => /migrations?\//.test(p))) readKnex(file, schema);
    return schema;
  },
};

async function knexUsesMysql(ctx: AnalyzerContext): Promise<boolean> {
  for (const path of ctx.files.filter((f) => /(^|\/)knexfile\.[cm]?[jt]s$/.test(f))) {
    if (/client\s*:\s*['"](?:mysql2?|mariadb)['"]/.test((await readIfSmall(ctx, path)) ?? '')) return true;
  }
  return false;
}

function readKnex(file: FileModel, schema: Schema): void {
  readBuilderMigration(file, schema, { rename: 'renameTable', drop: ['dropTable', 'dropTableIfExists'], tableCalls: TABLE_CALLS }, statement);
}

function statement(file: FileModel, table: string, calls: Call[], schema: Schema): void {
  const methods = calls.map(calleeName);
  const head = calls[0];
  if (methods[0] === 'dropColumn' || methods[0] === 'dropColumns' || methods[0] === 'dropForeign') {
    for (const column of head.args.flatMap(literals)) dropTable(schema, table, column);
    return;
  }
  if (methods[0] && INDEXING.test(methods[0])) {
    addIndex(schema, { table, columns: literals(head.args[0]) });
    return;
  }
  const referencesAt = methods.indexOf('references');
  if (referencesAt < 0) return;
  const columns = literals(head.args[0]);
  if (columns.length === 0) return;
  if (methods.some((m) => m && INDEXING.test(m))) { addIndex(schema, { table, columns }); return; }
  const target = literal(calls[referencesAt].args[0]);
  const inTable = calls.find((c) => calleeName(c) === 'inTable');
  const references = (inTable ? literal(inTable.args[0]) : undefined) ?? target?.split('.')[0];
  addFk(schema, { table, columns, references, file: file.path, line: head.line, excerpt: file.excerpt(head.line) });
}
