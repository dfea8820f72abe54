import type { Call, Expr, FileModel, Lang } from '../program/model';

/** An ORM model class in the project. */
export interface ModelRef {
  readonly file: FileModel;
  readonly cls: number;
  readonly name: string;
}

/**
 * What a database value is: something that builds clients (`factory`), a connection, pool, session
 * or cursor (`conn`), a lazy query being built (`builder`: Knex, Django QuerySet, ActiveRecord
 * relation, Eloquent builder, SQLAlchemy Query), fetched rows, one row, an ORM model class or the
 * base model classes derive from.
 */
export type DbRole = 'factory' | 'conn' | 'builder' | 'rows' | 'row' | 'model' | 'modelBase';

export interface DbValue {
  readonly v: 'db';
  readonly client: string;
  readonly role: DbRole;
  readonly model?: ModelRef;
  /** Relations loaded with the query (select_related, includes, with, joinedload). */
  readonly eager?: readonly string[];
  /** The table or model a query reads, when the code names it. */
  readonly target?: string;
}

export type Value =
  | { readonly v: 'unknown' }
  | { readonly v: 'pkg'; readonly lang: Lang; readonly pkg: string; readonly path: readonly string[] }
  | { readonly v: 'module'; readonly file?: FileModel; readonly dir?: string }
  | { readonly v: 'fn'; readonly file: FileModel; readonly fn: number }
  | { readonly v: 'class'; readonly file: FileModel; readonly cls: number }
  | { readonly v: 'instance'; readonly file: FileModel; readonly cls: number }
  | { readonly v: 'dict'; readonly file: FileModel; readonly entries: readonly (readonly [string, Expr])[]; readonly scope: Scope }
  | DbValue;

export const UNKNOWN: Value = { v: 'unknown' };

/** Where an expression is evaluated: the function it runs in and its offset (for which binding is current). */
export interface Scope {
  readonly fn?: number;
  readonly offset: number;
}

/** What a call does: the value it returns and whether it runs a query (a database round trip) now. */
export interface CallInfo {
  readonly value: Value;
  readonly query: boolean;
  /** For a query: the table or model it reads, when the code says. */
  readonly target?: string;
  /** The query writes (insert, update, delete, save): N writes in a loop are not an N+1 read. */
  readonly write?: boolean;
  /** A query builder (Knex, Drizzle) that runs only when awaited: `query.andWhere(…)` in a loop only builds. */
  readonly lazy?: boolean;
}

/** A call as a client sees it: the method, its arguments and a way to evaluate them. */
export interface CallView {
  readonly file: FileModel;
  readonly call: Call;
  /** `undefined` when the value itself is called (`knex('users')`, `sessionmaker(...)()`). */
  readonly method?: string;
  /** The literal string of positional argument `i`, or undefined. */
  str(i: number): string | undefined;
  /** Literal strings of every positional argument (symbols and string lists included). */
  strings(): string[];
  value(expr: Expr): Value;
}

/** How one database library behaves: which of its package exports build handles, and which calls query. */
export interface Client {
  readonly id: string;
  readonly lang: Lang;
  /** A package export read (`value`), called, constructed, used as a parameter type or as a base class. */
  fromPackage(pkg: string, path: readonly string[], use: 'value' | 'call' | 'new' | 'type' | 'base', view?: CallView): DbValue | undefined;
  member?(target: DbValue, name: string): DbValue | undefined;
  call(target: DbValue, view: CallView): CallInfo | undefined;
  /** The value the `param`-th parameter of a callback takes when passed to a call on `target` (transactions). */
  callbackParam?(target: DbValue, method: string | undefined, param: number): DbValue | undefined;
  /** Relations declared on a model class of this client (`book` for `book = ForeignKey(...)`). */
  relations?(model: ModelRef): ReadonlySet<string>;
}

export function db(client: string, role: DbRole, extra: Partial<Omit<DbValue, 'v' | 'client' | 'role'>> = {}): DbValue {
  return { v: 'db', client, role, ...extra };
}

export function isDb(value: Value): value is DbValue {
  return value.v === 'db';
}
