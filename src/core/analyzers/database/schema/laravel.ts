import type { Call, FileModel } from '../../program/model';
import { readIfSmall } from '../../files';
import { dropTable, emptySchema, addIndex, addFk, calleeName, literal, literals, migrationFiles, readBuilderMigration, type Schema, type SchemaTool } from './facts';

const FOREIGN_COLUMNS = /^(?:foreignId|foreignUuid|foreignUlid|foreignIdFor|foreign|unsignedBigInteger|bigInteger|integer|unsignedInteger|uuid|ulid)$/;
const INDEXING = /^(?:index|unique|primary)$/;

/**
 * Laravel migrations (`$table->foreignId('user_id')->constrained()`, `$table->foreign('x')->references('id')->on('y')`)
 * on PostgreSQL, SQLite or SQL Server: Laravel adds only the constraint. MySQL indexes foreign
 * keys itself; an unknown default connection counts as MySQL (Laravel's historical default).
 */
export const laravelSchema: SchemaTool = {
  id: 'database.fk-index.laravel',
  description: 'Laravel migrations on PostgreSQL/SQLite: constrained foreign ids without ->index()',
  why: 'The schema builder adds only the constraint, and PostgreSQL and SQLite do not index foreign keys automatically.',
  fix: (fk) => `Chain ->index() on the column, or add $table->index('${fk.columns[0]}') in the ${fk.table} migration.`,
  async collect(ctx, analysis) {
    const config = ctx.files.includes('config/database.php') ? await readIfSmall(ctx, 'config/database.php') : undefined;
    const connection = config && /['"]default['"]\s*=>\s*env\(\s*['"]DB_CONNECTION['"]\s*,\s*['"](\w+)['"]/.exec(config)?.[1];
    if (connection !== 'pgsql' && connection !== 'sqlite' && connection !== 'sqlsrv') return undefined;
    const schema = emptySchema();
    for (const file of migrationFiles(analysis, (p) => /(^|\/)database\/migrations\//.test(p))) readLaravel(file, schema);
    return schema;
  },
};

function readLaravel(file: FileModel, schema: Schema): void {
  readBuilderMigration(file, schema, { rename: 'rename', drop: ['drop', 'dropIfExists'], tableCalls: /^(?:create|table)$/ }, statement);
}

function statement(file: FileModel, table: string, calls: Call[], schema: Schema): void {
  const methods = calls.map(calleeName);
  const head = calls[0];
  if (methods[0] === 'dropColumn' || methods[0] === 'dropForeign' || methods[0] === 'dropConstrainedForeignId') {
    for (const column of head.args.flatMap(literals)) dropTable(schema, table, column);
    return;
  }
  if (methods[0] && INDEXING.test(methods[0])) { addIndex(schema, { table, columns: literals(head.args[0]) }); return; }
  if (!methods[0] || !FOREIGN_COLUMNS.test(methods[0])) return;
  if (!methods.some((m) => m === 'constrained' || m === 'references')) return;
  const columns = literals(head.args[0]);
  if (columns.length === 0) return;
  if (methods.some((m) => m && INDEXING.test(m))) { addIndex(schema, { table, columns }); return; }
  const on = calls.find((c) => calleeName(c) === 'on' || calleeName(c) === 'constrained');
  addFk(schema, { table, columns, references: on ? literal(on.args[0]) : undefined, file: file.path, line: head.line, excerpt: file.excerpt(head.line) });
}
