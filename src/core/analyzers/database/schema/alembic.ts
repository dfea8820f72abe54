import type { Call, Expr, FileModel } from '../../program/model';
import { readIfSmall } from '../../files';
import type { Evaluator } from '../../meaning/evaluator';
import { dropTable, renameTable, emptySchema, addIndex, addFk, calleeName, isTrue, literal, literals, migrationFiles, named, upCalls, type Schema, type SchemaTool } from './facts';

/** Alembic (and Flask-Migrate) revision files. */
export const isAlembicRevision = (path: string) => /(?:^|\/)(?:alembic|migrations)\/versions\/[^/]+\.py$/.test(path);

/**
 * Alembic migrations: `sa.ForeignKey(...)` in a column or `sa.ForeignKeyConstraint` inside
 * `op.create_table`, `op.add_column` and `op.create_foreign_key` add only the constraint; the
 * index comes from `op.create_index`, `index=True`, a primary key or a unique constraint leading
 * with the column. A MySQL URL in alembic.ini turns the check off.
 */
export const alembicSchema: SchemaTool = {
  id: 'database.fk-index.alembic',
  description: 'Alembic migrations: foreign keys without op.create_index or index=True',
  why: 'SQLAlchemy and Alembic add only the constraint, and PostgreSQL and SQLite do not index foreign keys automatically.',
  fix: (fk) => `Add it in a revision: op.create_index(op.f("ix_${fk.table}_${fk.columns.join('_')}"), "${fk.table}", [${fk.columns.map((c) => `"${c}"`).join(', ')}])`
    + ' (or index=True on the column in the model, then autogenerate).',
  async collect(ctx, analysis) {
    const ini = ctx.files.filter((p) => /(^|\/)alembic\.ini$/.test(p));
    for (const path of ini) if (/sqlalchemy\.url\s*=\s*mysql/.test((await readIfSmall(ctx, path)) ?? '')) return undefined;
    const schema = emptySchema();
    for (const file of inRevisionOrder(migrationFiles(analysis, isAlembicRevision))) readRevision(analysis.evaluator, file, schema);
    return schema;
  },
};

/** Revisions in the order Alembic applies them (each names its down_revision); file names are hashes, not dates. */
function inRevisionOrder(files: readonly FileModel[]): FileModel[] {
  const value = (file: FileModel, name: string) => literal(file.bindings.find((b) => b.name === name && b.scope === undefined)?.value);
  const byParent = new Map<string, FileModel[]>();
  const ids = new Set(files.map((f) => value(f, 'revision')).filter(Boolean));
  for (const file of files) {
    const parent = value(file, 'down_revision');
    const key = parent && ids.has(parent) ? parent : '';
    byParent.set(key, [...(byParent.get(key) ?? []), file]);
  }
  const ordered: FileModel[] = [];
  const visit = (parent: string) => {
    for (const file of byParent.get(parent) ?? []) {
      if (ordered.includes(file)) continue;
      ordered.push(file);
      const id = value(file, 'revision');
      if (id) visit(id);
    }
  };
  visit('');
  return [...ordered, ...files.filter((f) => !ordered.includes(f))];
}

function readRevision(evaluator: Evaluator, file: FileModel, schema: Schema): void {
  for (const call of upCalls(file)) {
    const name = calleeName(call);
    const batchTable = batchTableOf(evaluator, file, call);
    if (name === 'create_table' && literal(call.args[0])) {
      const table = literal(call.args[0])!;
      for (const item of call.args.slice(1)) tableItem(file, table, item, schema);
    } else if (name === 'add_column' && (batchTable || literal(call.args[0]))) {
      tableItem(file, batchTable ?? literal(call.args[0])!, batchTable ? call.args[0] : call.args[1], schema);
    } else if (name === 'create_foreign_key') {
      const [source, local] = batchTable ? [batchTable, call.args[2] ?? named(call, 'local_cols')] : [literal(call.args[1] ?? named(call, 'source_table')), call.args[3] ?? named(call, 'local_cols')];
      const referent = literal(batchTable ? call.args[1] : call.args[2]) ?? literal(named(call, 'referent_table'));
      const columns = literals(local);
      if (source && columns.length > 0) addFk(schema, { table: source, columns, references: referent, file: file.path, line: call.line, excerpt: file.excerpt(call.line) });
    } else if (name === 'rename_table' && literal(call.args[0]) && literal(call.args[1])) {
      renameTable(schema, literal(call.args[0])!, literal(call.args[1])!);
    } else if (name === 'drop_table' && literal(call.args[0])) {
      dropTable(schema, literal(call.args[0])!);
    } else if (name === 'drop_column' && (batchTable || literal(call.args[0]))) {
      dropTable(schema, batchTable ?? literal(call.args[0])!, literal(batchTable ? call.args[0] : call.args[1]));
    } else if (name === 'create_index') {
      const table = batchTable ?? literal(call.args[1] ?? named(call, 'table_name'));
      const columns = literals(batchTable ? call.args[1] ?? named(call, 'columns') : call.args[2] ?? named(call, 'columns'));
      if (table && columns.length > 0) addIndex(schema, { table, columns });
    }
  }
}

/** `with op.batch_alter_table("t") as batch_op:` — calls on batch_op act on table t. */
function batchTableOf(evaluator: Evaluator, file: FileModel, call: Call): string | undefined {
  if (call.callee.k !== 'member' || call.callee.object.k !== 'name') return undefined;
  const binding = evaluator.index(file).lookup(call.callee.object.name, { fn: call.fn, offset: call.start });
  if (binding?.value?.k !== 'call') return undefined;
  const made = file.calls[binding.value.call];
  return calleeName(made) === 'batch_alter_table' ? literal(made.args[0] ?? named(made, 'table_name')) : undefined;
}

/** One item of create_table: a Column (with ForeignKey, index=True, …) or a table constraint. */
export function tableItem(file: FileModel, table: string, item: Expr | undefined, schema: Schema): void {
  if (item?.k !== 'call') return;
  const call = file.calls[item.call];
  const name = calleeName(call);
  if (name === 'Column' || name === 'mapped_column') {
    const column = literal(call.args[0]) ?? literal(named(call, 'name'));
    if (column) columnFacts(file, table, column, call, schema);
  } else if (name === 'ForeignKeyConstraint') {
    const columns = literals(call.args[0]);
    const references = literals(call.args[1])[0]?.split('.')[0];
    if (columns.length > 0) addFk(schema, { table, columns, references, file: file.path, line: call.line, excerpt: file.excerpt(call.line) });
  } else if (name === 'PrimaryKeyConstraint' || name === 'UniqueConstraint') {
    addIndex(schema, { table, columns: call.args.flatMap(literals) });
  } else if (name === 'Index') {
    addIndex(schema, { table, columns: call.args.slice(1).flatMap(literals) });
  }
}

/** A column's foreign key and whether the column itself is indexed. */
export function columnFacts(file: FileModel, table: string, column: string, call: Call, schema: Schema): void {
  if (isTrue(named(call, 'index')) || isTrue(named(call, 'primary_key')) || isTrue(named(call, 'unique'))) {
    addIndex(schema, { table, columns: [column] });
    return;
  }
  const fk = call.args.map((a) => (a.k === 'call' ? file.calls[a.call] : undefined)).find((c) => c && calleeName(c) === 'ForeignKey');
  if (!fk) return;
  const target = literal(fk.args[0]);
  addFk(schema, { table, columns: [column], references: target?.split('.')[0], file: file.path, line: call.line, excerpt: file.excerpt(call.line) });
}
