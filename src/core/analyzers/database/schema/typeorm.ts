import type { Expr, FileModel } from '../../program/model';
import { emptySchema, addFk, calleeName, literal, literals, type Schema, type SchemaTool } from './facts';

const MYSQL_TYPES = /^(?:mysql|mariadb)$/;
const CONNECTION_CALLS = /^(?:DataSource|createConnection|forRoot|forRootAsync|createConnections)$/;

/**
 * TypeORM entities: @ManyToOne creates the foreign-key constraint but no index; PostgreSQL adds
 * none, MySQL/InnoDB does (a data source of type mysql/mariadb turns the check off). Covered:
 * @Index() on the property, or a class-level @Index whose first column is the property or its join
 * column. Projects with migrations are read from their SQL instead (database.fk-index.sql).
 */
export const typeormSchema: SchemaTool = {
  id: 'database.fk-index.typeorm',
  description: 'TypeORM @ManyToOne relations without @Index',
  why: 'TypeORM adds the foreign-key constraint for @ManyToOne but no index, and PostgreSQL does not create one.',
  fix: (fk) => `Add @Index() above the ${fk.columns[0].replace(/Id$|_id$/, '')} property and generate a migration.`,
  async collect(_ctx, analysis) {
    const files = [...analysis.program.files.values()].filter((f) => f.lang === 'js');
    if (files.some((f) => usesMysql(f))) return undefined;
    if (files.some(isMigration)) return undefined;
    const schema = emptySchema();
    for (const file of files) readEntities(file, schema);
    return schema;
  },
};

/** A TypeORM migration: code that runs SQL through `queryRunner`. */
function isMigration(file: FileModel): boolean {
  return /(?:^|\/)migrations?\//.test(file.path) && file.calls.some((c) => c.callee.k === 'member' && c.callee.object.k === 'name' && c.callee.object.name === 'queryRunner');
}

function usesMysql(file: FileModel): boolean {
  return file.calls.some((c) => CONNECTION_CALLS.test(calleeName(c) ?? '') && c.args.some((a) => a.k === 'dict' && a.entries.some(([k, v]) => k === 'type' && MYSQL_TYPES.test(literal(v) ?? ''))));
}

function decoratorCall(file: FileModel, d: Expr) {
  return d.k === 'call' ? file.calls[d.call] : undefined;
}

function readEntities(file: FileModel, schema: Schema): void {
  for (const cls of file.classes) {
    const classIndexes = cls.decorators.map((d) => decoratorCall(file, d)).filter((c) => c && calleeName(c) === 'Index')
      .map((c) => literals(c!.args.find((a) => a.k === 'list')));
    for (const field of file.bindings.filter((b) => b.kind === 'field' && b.cls === cls.id && b.decorators?.length)) {
      const decorators = field.decorators!.map((d) => decoratorCall(file, d)).filter((c) => c !== undefined);
      const manyToOne = decorators.find((c) => calleeName(c) === 'ManyToOne');
      if (!manyToOne) continue;
      const joinColumn = decorators.find((c) => calleeName(c) === 'JoinColumn');
      const options = joinColumn?.args[0];
      const column = (options?.k === 'dict' ? literal(options.entries.find(([k]) => k === 'name')?.[1]) : undefined) ?? `${field.name}Id`;
      if (decorators.some((c) => calleeName(c) === 'Index') || classIndexes.some((ix) => ix[0] === field.name || ix[0] === column)) continue;
      const target = manyToOne.args[0]?.k === 'fn' ? file.functions[manyToOne.args[0].fn].returns[0] : undefined;
      addFk(schema, { table: cls.name, columns: [column], references: target?.k === 'name' ? target.name : undefined, file: file.path, line: field.line, excerpt: file.excerpt(field.line) });
    }
  }
}
