import type { Call, FileModel } from '../../program/model';
import { readIfSmall } from '../../files';
import { dropTable, renameTable, emptySchema, addIndex, addFk, callsOn, calleeName, isFalse, literal, literals, migrationFiles, named, upCalls, type Schema, type SchemaTool } from './facts';

const COLUMN_TYPES = /^(?:integer|bigint|uuid|string|column)$/;

/**
 * Rails: `t.references` / `add_reference` index the column unless `index: false`; `add_foreign_key`
 * adds only the constraint. Migrations and db/schema.rb are read together. MySQL (adapter mysql2
 * or trilogy in config/database.yml) indexes foreign-key constraints itself, so it is left out.
 */
export const railsSchema: SchemaTool = {
  id: 'database.fk-index.rails',
  description: 'Rails references with index: false, and add_foreign_key without add_index',
  why: 'Rails adds the index only for references without index: false; add_foreign_key adds the constraint alone, and PostgreSQL and SQLite do not index it.',
  fix: (fk) => `Add a migration with: add_index :${fk.table}, :${fk.columns[0]}`,
  async collect(ctx, analysis) {
    const config = ctx.files.includes('config/database.yml') ? await readIfSmall(ctx, 'config/database.yml') : undefined;
    if (config && /adapter:\s*(?:mysql2?|trilogy)\b/.test(config) && !/adapter:\s*(?:postgresql|postgis|sqlite3)/.test(config)) return undefined;
    const schema = emptySchema();
    const columns = new Map<string, { file: FileModel; line: number }>();
    for (const file of migrationFiles(analysis, (p) => /(^|\/)db\/(?:migrate\/.*|schema)\.rb$/.test(p))) readRails(file, schema, columns);
    return schema;
  },
};

/** `:member` or `"member"` as a name. */
const sym = (call: Call, i: number) => literal(call.args[i]);

function readRails(file: FileModel, schema: Schema, columns: Map<string, { file: FileModel; line: number }>): void {
  const fk = (table: string, column: string, references: string | undefined, at: { file: FileModel; line: number }) => {
    addFk(schema, { table, columns: [column], references, file: at.file.path, line: at.line, excerpt: at.file.excerpt(at.line) });
  };
  for (const call of upCalls(file)) {
    const name = calleeName(call);
    const here = { file, line: call.line };
    if ((name === 'create_table' || name === 'change_table') && sym(call, 0) && call.block !== undefined) {
      const table = sym(call, 0)!;
      const param = file.functions[call.block].params[0]?.name;
      if (!param) continue;
      for (const t of callsOn(file, call.block, param)) {
        const method = calleeName(t);
        const column = sym(t, 0);
        if (method === 'index') {
          addIndex(schema, { table, columns: literals(t.args[0]) });
          continue;
        }
        if (!method || !column) continue;
        if (method === 'references' || method === 'belongs_to') {
          if (isFalse(named(t, 'index'))) fk(table, `${column}_id`, pluralize(column), { file, line: t.line });
          else addIndex(schema, { table, columns: [`${column}_id`] });
        } else if (COLUMN_TYPES.test(method) && column.endsWith('_id')) {
          columns.set(`${table}.${column}`, { file, line: t.line });
        }
      }
    } else if ((name === 'add_reference' || name === 'add_belongs_to') && sym(call, 0) && sym(call, 1)) {
      const column = `${sym(call, 1)}_id`;
      if (isFalse(named(call, 'index'))) fk(sym(call, 0)!, column, pluralize(sym(call, 1)!), here);
      else addIndex(schema, { table: sym(call, 0)!, columns: [column] });
    } else if (name === 'rename_table' && sym(call, 0) && sym(call, 1)) {
      renameTable(schema, sym(call, 0)!, sym(call, 1)!);
    } else if (name === 'drop_table' && sym(call, 0)) {
      dropTable(schema, sym(call, 0)!);
    } else if ((name === 'remove_column' || name === 'remove_reference' || name === 'remove_belongs_to') && sym(call, 0) && sym(call, 1)) {
      dropTable(schema, sym(call, 0)!, name === 'remove_column' ? sym(call, 1) : `${sym(call, 1)}_id`);
    } else if (name === 'add_index' && sym(call, 0)) {
      addIndex(schema, { table: sym(call, 0)!, columns: literals(call.args[1]) });
    } else if (name === 'add_column' && sym(call, 0) && sym(call, 1)?.endsWith('_id')) {
      columns.set(`${sym(call, 0)}.${sym(call, 1)}`, here);
    } else if (name === 'add_foreign_key' && sym(call, 0) && sym(call, 1)) {
      const table = sym(call, 0)!;
      const column = literal(named(call, 'column')) ?? `${singularize(sym(call, 1)!)}_id`;
      // The column's definition is where an index belongs; the constraint line when it is not known.
      fk(table, column, sym(call, 1), columns.get(`${table}.${column}`) ?? here);
    }
  }
}

/** Rails' default inflections for the common cases; irregular plurals may be missed. */
function singularize(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

function pluralize(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|sh|ch|x)$/.test(word)) return `${word}es`;
  return `${word}s`;
}
