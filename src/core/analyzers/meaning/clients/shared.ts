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

export function query(value: Value, target?: string): CallInfo {
  return { value, query: true, target };
}

export function noQuery(value: Value): CallInfo {
  return { value, query: false };
}

/** A query through a connection whose first argument is SQL text. */
export function sqlQuery(target: DbValue, view: CallView): CallInfo {
  const table = tableIn(view.str(0));
  return query(db(target.client, 'rows', { target: table }), table);
}
