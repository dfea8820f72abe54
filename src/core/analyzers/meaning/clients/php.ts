import type { Call, Expr } from '../../program/model';
import { db, type CallInfo, type Client, type ModelRef } from '../values';
import { noQuery, query, set, sqlQuery, WRITES } from './shared';

const TERMINAL = set('get', 'first', 'firstOrFail', 'firstWhere', 'find', 'findOrFail', 'findMany', 'findOr', 'all', 'value', 'pluck', 'count', 'exists',
  'doesntExist', 'sum', 'max', 'min', 'avg', 'average', 'paginate', 'simplePaginate', 'cursorPaginate', 'create', 'forceCreate', 'firstOrCreate',
  'firstOrNew', 'updateOrCreate', 'insert', 'insertGetId', 'insertOrIgnore', 'upsert', 'update', 'delete', 'destroy', 'increment', 'decrement',
  'chunk', 'each', 'lazy', 'cursor', 'sole', 'implode');
const ROW_QUERIES = set('save', 'update', 'delete', 'refresh', 'fresh', 'load', 'loadMissing', 'push', 'touch', 'forceDelete', 'restore');
const RELATION_BUILDERS = set('belongsTo', 'hasMany', 'hasOne', 'belongsToMany', 'morphTo', 'morphMany', 'morphOne', 'morphToMany', 'morphedByMany', 'hasManyThrough', 'hasOneThrough');
const DB_QUERIES = set('select', 'selectOne', 'insert', 'update', 'delete', 'statement', 'unprepared', 'affectingStatement', 'scalar', 'cursor');
const PDO_QUERIES = set('query', 'exec', 'execute', 'real_query', 'multi_query');

const isModelBase = (name: string) => /(?:^|\\)Illuminate\\Database\\Eloquent\\Model$|(?:^|\\)Illuminate\\Foundation\\Auth\\User$|^Model$|^Authenticatable$/.test(name);

/** Eloquent models, the DB facade and its query builder, PDO and mysqli. */
const laravel: Client = {
  id: 'php-db', lang: 'php',
  fromPackage(pkg, path, use) {
    const name = [pkg, ...path].join('\\');
    if (use === 'base' && isModelBase(name)) return db('php-db', 'modelBase');
    if (use === 'value' && /(?:^|\\)DB$/.test(name)) return db('php-db', 'conn', { target: 'DB' });
    if (use === 'new' && (name === 'PDO' || name === 'mysqli')) return db('php-db', 'conn');
    if (use === 'type' && (name === 'PDO' || name === 'mysqli')) return db('php-db', 'conn');
    return undefined;
  },
  call(target, view): CallInfo | undefined {
    const method = view.method ?? '';
    if (target.role === 'conn') {
      if (target.target === 'DB' && (method === 'table' || method === 'connection')) return noQuery(db('php-db', 'builder', { target: view.str(0) }));
      if (target.target === 'DB' && DB_QUERIES.has(method)) return sqlQuery(target, view);
      if (method === 'prepare') return noQuery(db('php-db', 'builder'));
      if (PDO_QUERIES.has(method)) return sqlQuery(target, view);
      return undefined;
    }
    if (target.role === 'model' || target.role === 'builder') {
      if (TERMINAL.has(method)) return query({ ...target, role: /^(?:first|find|sole|create|firstOr\w+|updateOrCreate)/.test(method) ? 'row' : 'rows' }, target.target, WRITES.has(method));
      if (method === 'execute' && target.model === undefined && target.target === undefined) return query(target);
      const loads = method === 'with' || method === 'load' ? view.strings().map((s) => s.split('.')[0]) : [];
      return noQuery({ ...target, role: 'builder', eager: [...(target.eager ?? []), ...loads] });
    }
    if (target.role === 'row' && ROW_QUERIES.has(method)) return query(target, target.target, WRITES.has(method));
    return undefined;
  },
  relations: (model) => eloquentRelations(model),
};

/** Methods returning `$this->belongsTo(...)` and the like: read as properties, they load lazily. */
function eloquentRelations(model: ModelRef): ReadonlySet<string> {
  const names = new Set<string>();
  for (const fn of model.file.functions) {
    if (fn.cls !== model.cls || !fn.name) continue;
    if (fn.returns.some((r) => relationCall(model, r))) names.add(fn.name);
  }
  return names;
}

function relationCall(model: ModelRef, expr: Expr): boolean {
  for (let e: Expr | undefined = expr; e?.k === 'call';) {
    const call: Call = model.file.calls[e.call];
    if (call.callee.k === 'member' && RELATION_BUILDERS.has(call.callee.name)) return true;
    e = call.callee.k === 'member' ? call.callee.object : undefined;
  }
  return false;
}

export const phpClients: readonly Client[] = [laravel];
