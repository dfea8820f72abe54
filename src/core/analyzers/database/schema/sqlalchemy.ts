import type { Expr } from '../../program/model';
import { isDb } from '../../meaning/values';
import { isAlembicRevision, columnFacts, tableItem } from './alembic';
import { emptySchema, calleeName, literal, type SchemaTool } from './facts';

/**
 * SQLAlchemy declarative models, for projects without Alembic revisions (whose schema then comes
 * from `create_all`): `Column(ForeignKey(...))` / `mapped_column(ForeignKey(...))` without
 * `index=True`, and no `__table_args__` index leading with the column.
 */
export const sqlalchemySchema: SchemaTool = {
  id: 'database.fk-index.sqlalchemy',
  description: 'SQLAlchemy models (no Alembic): ForeignKey columns without index=True',
  why: 'SQLAlchemy adds only the constraint, and PostgreSQL and SQLite do not index foreign keys automatically.',
  fix: (fk) => `Add index=True to the ${fk.columns[0]} column (and a migration if the table exists).`,
  async collect(_ctx, analysis) {
    const files = [...analysis.program.files.values()].filter((f) => f.lang === 'py');
    if (files.some((f) => isAlembicRevision(f.path))) return undefined; // the revisions are the schema
    const schema = emptySchema();
    for (const file of files) {
      for (const cls of file.classes) {
        const model = analysis.evaluator.classValue(file, cls.id);
        if (!isDb(model) || model.role !== 'model' || model.client !== 'sqlalchemy') continue;
        const fields = file.bindings.filter((b) => b.kind === 'field' && b.cls === cls.id);
        const table = literal(fields.find((b) => b.name === '__tablename__')?.value) ?? cls.name.toLowerCase();
        for (const field of fields) {
          if (field.value?.k !== 'call') continue;
          const call = file.calls[field.value.call];
          const name = calleeName(call);
          if (name === 'Column' || name === 'mapped_column') columnFacts(file, table, literal(call.args[0]) ?? field.name, call, schema);
        }
        const args = fields.find((b) => b.name === '__table_args__')?.value;
        for (const item of tableArgs(args)) tableItem(file, table, item, schema);
      }
    }
    return schema;
  },
};

function tableArgs(args: Expr | undefined): readonly Expr[] {
  return args?.k === 'list' ? args.items : args ? [args] : [];
}

