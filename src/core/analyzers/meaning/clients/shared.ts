import { db, type CallInfo, type CallView, type DbValue, type Value } from '../values';

/** The table an SQL text reads or writes first (FROM/INTO/UPDATE/JOIN), for messages. */
export function tableIn(sql: string | undefined): string | undefined {
  return sql ? /\b(?:FROM|INTO|UPDATE|JOIN)\s+[`"[]?(\w+)/i.exec(sql)?.[1] : undefined;
}

/** `import x from 'pkg'` reads the path ['default']; `require('pkg')` reads []: the same module. */
export function exportPath(path: readonly string[]): readonly string[] {
  return path[0] === 'default' ? path.slice(1) : path;
}

export const set = (...names: string[]): ReadonlySet<string> => new Set(names);

export function query(value: Value, target?: string, write = false, lazy = false): CallInfo {
  return { value, query: true, target, write, lazy };
}

/** Methods that write rows in every ORM the analyzers know; reads are everything else that queries. */
export const WRITES = new Set(['create', 'createMany', 'createManyAndReturn', 'bulkCreate', 'bulk_create', 'bulk_update', 'insert', 'insertMany', 'insertOne',
  'insert_all', 'upsert_all', 'insertGetId', 'insertOrIgnore', 'update', 'updateMany', 'updateOne', 'update_all', 'update!', 'update_column', 'update_columns',
  'updateOrInsert', 'upsert', 'save', 'save!', 'delete', 'deleteMany', 'deleteOne', 'delete_all', 'del', 'destroy', 'destroy!', 'destroy_all', 'remove',
  'softDelete', 'restore', 'increment', 'decrement', 'increment!', 'decrement!', 'touch', 'toggle!', 'replaceOne', 'bulkWrite', 'truncate', 'clear',
  'forceCreate', 'forceDelete', 'push', 'acreate', 'adelete', 'asave', 'create!',
  // Upserts read to decide whether to write: per-item sync work, batched with bulk upserts rather than one read.
  'findOrCreate', 'findCreateFind', 'get_or_create', 'update_or_create', 'firstOrCreate', 'updateOrCreate', 'find_or_create_by',
  'find_or_create_by!', 'upsert']);

const SQL_WRITE = /^\s*(?:INSERT|UPDATE|DELETE|MERGE|UPSERT|REPLACE|TRUNCATE)\b/i;

export function noQuery(value: Value): CallInfo {
  return { value, query: false };
}

/** A query through a connection whose first argument is SQL text. */
export function sqlQuery(target: DbValue, view: CallView): CallInfo {
  const sql = view.str(0);
  const table = tableIn(sql);
  return query(db(target.client, 'rows', { target: table }), table, sql !== undefined && SQL_WRITE.test(sql));
}
