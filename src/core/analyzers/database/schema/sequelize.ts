import type { Expr, FileModel } from '../../program/model';
import { readIfSmall } from '../../files';
import { isTrue, dropTable, renameTable, emptySchema, addIndex, addFk, calleeName, literal, literals, migrationFiles, upCalls, type Schema, type SchemaTool } from './facts';

/**
 * Sequelize migrations (`queryInterface.createTable('Posts', { userId: { references: { model: 'Users' } } })`,
 * `addColumn`, `addConstraint`): Sequelize adds only the constraint; `addIndex` adds the index.
 * A config whose dialects are all MySQL/MariaDB turns the check off.
 */
export const sequelizeSchema: SchemaTool = {
  id: 'database.fk-index.sequelize',
  description: 'Sequelize migrations: columns with references and no addIndex',
  why: 'Sequelize adds only the foreign-key constraint, and PostgreSQL and SQLite do not index it.',
  fix: (fk) => `Add it in a migration: await queryInterface.addIndex('${fk.table}', ['${fk.columns.join("', '")}']);`,
  async collect(ctx, analysis) {
    const configs = ctx.files.filter((p) => /(^|\/)config\/config\.(?:json|js)$|(^|\/)\.sequelizerc$/.test(p));
    const dialects: string[] = [];
    for (const path of configs) for (const m of ((await readIfSmall(ctx, path)) ?? '').matchAll(/dialect['"]?\s*:\s*['"](\w+)/g)) dialects.push(m[1]);
    if (dialects.length > 0 && dialects.every((d) => d === 'mysql' || d === 'mariadb')) return undefined;
    const schema = emptySchema();
    for (const file of migrationFiles(analysis, (p) => /migrations?\//.test(p))) readSequelize(file, schema);
    return schema;
  },
};

const entry = (e: Expr | undefined, key: string): Expr | undefined => (e?.k === 'dict' ? e.entries.find(([k]) => k === key)?.[1] : undefined);

function readSequelize(file: FileModel, schema: Schema): void {
  const fk = (line: number, table: string, column: string, references: Expr | undefined) => {
    const target = literal(entry(references, 'model')) ?? literal(entry(references, 'table')) ?? literal(entry(entry(references, 'model'), 'tableName'));
    addFk(schema, { table, columns: [column], references: target, file: file.path, line, excerpt: file.excerpt(line) });
  };
  for (const call of upCalls(file)) {
    const name = calleeName(call);
    const table = literal(call.args[0]);
    if (!table || !name) continue;
    if (name === 'createTable' && call.args[1]?.k === 'dict') {
      const columns = call.args[1];
      columns.entries.forEach(([column, spec], i) => {
        if (entry(spec, 'references')) fk(columns.lines?.[i] ?? call.line, table, column, entry(spec, 'references'));
        if (isTrue(entry(spec, 'unique')) || isTrue(entry(spec, 'primaryKey'))) addIndex(schema, { table, columns: [column] });
      });
    } else if (name === 'addColumn' && literal(call.args[1]) && entry(call.args[2], 'references')) {
      fk(call.line, table, literal(call.args[1])!, entry(call.args[2], 'references'));
    } else if (name === 'addConstraint' && /foreign/i.test(literal(entry(call.args[1], 'type')) ?? '')) {
      const columns = literals(entry(call.args[1], 'fields'));
      if (columns.length > 0) fk(call.line, table, columns[0], entry(call.args[1], 'references'));
    } else if (name === 'renameTable' && literal(call.args[1])) {
      renameTable(schema, table, literal(call.args[1])!);
    } else if (name === 'removeColumn' && literal(call.args[1])) {
      dropTable(schema, table, literal(call.args[1]));
    } else if (name === 'dropTable') {
      dropTable(schema, table);
    } else if (name === 'addIndex') {
      const columns = call.args[1]?.k === 'list' ? literals(call.args[1]) : literals(entry(call.args[1], 'fields') ?? entry(call.args[2], 'fields'));
      if (columns.length > 0) addIndex(schema, { table, columns });
    }
  }
}
