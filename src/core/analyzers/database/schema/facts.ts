import type { AnalyzerContext } from '../../types';
import type { Analysis } from '../../meaning/analysis';
import type { Call, Expr, FileModel } from '../../program/model';
import { indexCovers } from './finding';

/** A foreign key as a migration tool declares it, and where the fix belongs. */
export interface ForeignKey {
  readonly table: string;
  /** The table's name where the key was declared, when it was renamed since. */
  readonly shownAs?: string;
  readonly columns: readonly string[];
  readonly references?: string;
  readonly file: string;
  readonly line: number;
  readonly excerpt: string;
}

export interface Index {
  readonly table: string;
  readonly columns: readonly string[];
}

/** What one migration tool's files declare, read together (an index may come in a later migration). */
export interface Schema {
  readonly fks: ForeignKey[];
  readonly indexes: Index[];
  /** Later changes: a table renamed, a table or column dropped. Facts recorded before them are read through them. */
  readonly changes: Change[];
}

export type Change = { readonly rename: { readonly from: string; readonly to: string } } | { readonly drop: { readonly table: string; readonly column?: string } };

/** Where a fact sits among the changes: how many had been recorded before it. */
const position = new WeakMap<object, number>();

export function emptySchema(): Schema {
  return { fks: [], indexes: [], changes: [] };
}

export function addFk(schema: Schema, fk: ForeignKey): void {
  position.set(fk, schema.changes.length);
  schema.fks.push(fk);
}

export function addIndex(schema: Schema, index: Index): void {
  position.set(index, schema.changes.length);
  schema.indexes.push(index);
}

export function renameTable(schema: Schema, from: string, to: string): void {
  schema.changes.push({ rename: { from, to } });
}

export function dropTable(schema: Schema, table: string, column?: string): void {
  schema.changes.push({ drop: { table, column } });
}

/**
 * The schema as it stands after every migration: foreign keys and indexes under their tables'
 * final names; foreign keys whose table or column was dropped afterwards are gone.
 */
export function settle(schema: Schema): { fks: ForeignKey[]; indexes: Index[] } {
  const finalName = (table: string, from: number) => {
    let name = table;
    for (const change of schema.changes.slice(from)) if ('rename' in change && change.rename.from.toLowerCase() === name.toLowerCase()) name = change.rename.to;
    return name;
  };
  const dropped = (fk: ForeignKey, from: number) => {
    let name = fk.table.toLowerCase();
    for (const change of schema.changes.slice(from)) {
      if ('rename' in change && change.rename.from.toLowerCase() === name) name = change.rename.to.toLowerCase();
      if ('drop' in change && change.drop.table.toLowerCase() === name && (!change.drop.column || fk.columns.some((c) => c.toLowerCase() === change.drop.column!.toLowerCase()))) return true;
    }
    return false;
  };
  return {
    fks: schema.fks.filter((fk) => !dropped(fk, position.get(fk) ?? 0)).map((fk) => ({ ...fk, table: finalName(fk.table, position.get(fk) ?? 0), shownAs: fk.table })),
    indexes: schema.indexes.map((ix) => ({ ...ix, table: finalName(ix.table, position.get(ix) ?? 0) })),
  };
}

export interface SchemaTool {
  readonly id: string;
  readonly description: string;
  /** The foreign keys and indexes of the project's schema, or `undefined` when the database indexes foreign keys itself (MySQL/InnoDB). */
  collect(ctx: AnalyzerContext, analysis: Analysis, signal?: AbortSignal): Promise<Schema | undefined>;
  readonly why: string;
  fix(fk: ForeignKey): string;
}

/**
 * Foreign keys that no index leads with (an index of any tool: an index is an index however it
 * was made); each table.columns once, where it was last declared (a key redefined with ON DELETE
 * CASCADE is cited at its current definition).
 */
export function unindexed(fks: readonly ForeignKey[], indexes: readonly Index[]): ForeignKey[] {
  const latest = new Map<string, ForeignKey>();
  for (const fk of fks) {
    if (indexes.some((ix) => ix.table.toLowerCase() === fk.table.toLowerCase() && indexCovers(ix.columns, fk.columns))) continue;
    const key = `${fk.table.toLowerCase()}.${fk.columns.join(',').toLowerCase()}`;
    latest.delete(key); // re-inserted: the order of first declaration stays readable, the place is the last one
    latest.set(key, fk);
  }
  return [...latest.values()];
}

/** Migration files of a tool, sorted so that later migrations come later. */
export function migrationFiles(analysis: Analysis, test: (path: string) => boolean): FileModel[] {
  return [...analysis.program.files.values()].filter((f) => test(f.path)).sort((a, b) => a.path.localeCompare(b.path));
}

export const literal = (e: Expr | undefined): string | undefined => (e?.k === 'string' && e.holes.length === 0 ? e.text : undefined);
export const literals = (e: Expr | undefined): string[] => (e?.k === 'list' ? e.items.map(literal).filter((s): s is string => s !== undefined) : [literal(e)].filter((s): s is string => s !== undefined));
export const named = (call: Call, key: string): Expr | undefined => call.named.find(([k]) => k === key)?.[1];
export const isFalse = (e: Expr | undefined): boolean => e?.k === 'literal' && e.value === false;
export const isTrue = (e: Expr | undefined): boolean => e?.k === 'literal' && e.value === true;
export const calleeName = (call: Call): string | undefined => (call.callee.k === 'member' || call.callee.k === 'name' ? call.callee.name : undefined);

/**
 * A call chain starting at `first` (`t.integer('a').references('id').index()`): the calls from the
 * innermost to the outermost, with their method names.
 */
export function chain(file: FileModel, first: Call): Call[] {
  const calls = [first];
  for (let c = first; c.outer !== undefined;) {
    const outer = file.calls[c.outer];
    if (outer.callee.k !== 'member' || outer.callee.object.k !== 'call' || outer.callee.object.call !== c.id) break;
    calls.push(outer);
    c = outer;
  }
  return calls;
}

/** The calls of a migration that build the schema: those of `down`/`downgrade` undo it and are left out. */
export function upCalls(file: FileModel): Call[] {
  const down = new Set(file.functions.filter((f) => f.name === 'down' || f.name === 'downgrade').map((f) => f.id));
  const inDown = (fn: number | undefined): boolean => {
    for (let f = fn; f !== undefined; f = file.functions[f].parent) if (down.has(f)) return true;
    return false;
  };
  return file.calls.filter((c) => !inDown(c.fn));
}

/** Calls whose receiver is the parameter `param` of function `fn` (the table builder a schema callback receives). */
export function callsOn(file: FileModel, fn: number, param: string): Call[] {
  return file.calls.filter((c) => c.callee.k === 'member' && c.callee.object.k === 'name' && c.callee.object.name === param && isWithin(file, c.fn, fn));
}

function isWithin(file: FileModel, inner: number | undefined, outer: number): boolean {
  for (let f = inner; f !== undefined; f = file.functions[f].parent) if (f === outer) return true;
  return false;
}

/** The names a schema builder gives its migration calls. */
export interface BuilderVerbs {
  /** `renameTable('old', 'new')` / `Schema::rename('old', 'new')`. */
  readonly rename: string;
  readonly drop: readonly string[];
  /** Calls whose callback receives a table builder: `createTable('t', (table) => …)`. */
  readonly tableCalls: RegExp;
}

/**
 * A builder-style migration's `up` (Knex, Laravel): renames and drops change `schema`; each statement
 * chained on a table builder's parameter goes to `statement` with the table it builds.
 */
export function readBuilderMigration(
  file: FileModel,
  schema: Schema,
  verbs: BuilderVerbs,
  statement: (file: FileModel, table: string, calls: Call[], schema: Schema) => void,
): void {
  for (const call of upCalls(file)) {
    const name = calleeName(call);
    const table = literal(call.args[0]);
    const renamedTo = literal(call.args[1]);
    if (name === verbs.rename && table && renamedTo) renameTable(schema, table, renamedTo);
    if (name && verbs.drop.includes(name) && table) dropTable(schema, table);
    const builder = call.args[1]?.k === 'fn' ? call.args[1].fn : undefined;
    if (!name || !verbs.tableCalls.test(name) || !table || builder === undefined) continue;
    const param = file.functions[builder].params[0]?.name;
    if (!param) continue;
    for (const first of callsOn(file, builder, param)) statement(file, table, chain(file, first), schema);
  }
}
