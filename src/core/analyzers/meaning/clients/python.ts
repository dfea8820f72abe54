import type { Expr } from '../../program/model';
import { db, type CallInfo, type CallView, type Client, type DbValue, type ModelRef } from '../values';
import { noQuery, query, set, sqlQuery, WRITES } from './shared';

const last = (path: readonly string[]) => path[path.length - 1];
const lastName = (e: Expr | undefined): string | undefined => (e?.k === 'name' ? e.name : e?.k === 'member' ? e.name : undefined);

/** psycopg, psycopg2, sqlite3, pymysql, MySQLdb, mysql.connector, asyncpg, aiosqlite, databases, oracledb: connect(), cursor(), execute(). */
const DRIVERS = /^(?:psycopg2?|psycopg_pool|sqlite3|pymysql|MySQLdb|mysql\.connector|asyncpg|aiosqlite|aiomysql|aiopg|databases|pg8000|oracledb|cx_Oracle|pyodbc|duckdb)$/;
const DRIVER_QUERIES = set('execute', 'executemany', 'executescript', 'fetch', 'fetchrow', 'fetchval', 'fetch_all', 'fetch_one', 'fetch_val', 'iterate', 'copy_expert');
const DRIVER_HANDLES = set('cursor', 'acquire', 'connection', 'transaction', 'getconn', 'connect');

const drivers: Client = {
  id: 'py-driver', lang: 'py',
  fromPackage(pkg, path, use) {
    const root = pkg.split('.')[0];
    if (pkg === 'django.db' && use === 'value' && (path.join('.') === 'connection' || path.join('.') === 'connections')) return db('py-driver', 'conn');
    if (!DRIVERS.test(pkg) && !DRIVERS.test(root)) return undefined;
    if (use === 'call' && ['connect', 'create_pool', 'Database', 'ConnectionPool', 'SimpleConnectionPool', 'ThreadedConnectionPool', 'AsyncConnectionPool'].includes(last(path))) return db('py-driver', 'conn');
    if (use === 'type' && ['connection', 'Connection', 'cursor', 'Cursor', 'Pool'].includes(last(path))) return db('py-driver', 'conn');
    return undefined;
  },
  member: (target) => (target.role === 'conn' ? target : undefined), // connections['default']
  call(target, view) {
    const method = view.method ?? '';
    if (DRIVER_HANDLES.has(method)) return noQuery(db('py-driver', 'conn'));
    if (DRIVER_QUERIES.has(method)) return sqlQuery(target, view);
    return undefined;
  },
};

/** QuerySet methods that return another (lazy) QuerySet; anything listed in TERMINAL runs the query. */
const DJANGO_LAZY = set('filter', 'exclude', 'order_by', 'select_related', 'prefetch_related', 'annotate', 'alias', 'values', 'values_list', 'distinct',
  'only', 'defer', 'all', 'none', 'using', 'select_for_update', 'extra', 'reverse', 'union', 'intersection', 'difference', 'dates', 'datetimes');
const DJANGO_TERMINAL = set('get', 'first', 'last', 'count', 'exists', 'aggregate', 'create', 'get_or_create', 'update_or_create', 'update', 'delete',
  'bulk_create', 'bulk_update', 'in_bulk', 'earliest', 'latest', 'iterator', 'contains', 'explain', 'raw', 'aget', 'afirst', 'acount', 'aexists', 'acreate');
/** Forward relations whose read loads one row (a ManyToManyField read is a manager: its .all() and the like query). */
const DJANGO_RELATIONS = set('ForeignKey', 'OneToOneField', 'ForeignObject', 'ParentalKey');

const django: Client = {
  id: 'django', lang: 'py',
  fromPackage(pkg, path, use) {
    const full = [pkg, ...path].join('.');
    if (use === 'base' && /^django\.(?:db\.models|contrib\.gis\.db\.models)\.Model$|^django\.contrib\.auth\.models\.(?:AbstractUser|AbstractBaseUser|User)$/.test(full)) return db('django', 'modelBase');
    return undefined;
  },
  member(target, name) {
    if (target.role === 'model' && (name === 'objects' || name.endsWith('_objects') || name === '_default_manager')) return builder(target.model, target.target);
    if (target.role === 'row' && name.endsWith('_set')) return builder(undefined, `${target.target}.${name}`);
    return undefined;
  },
  call(target, view) {
    const method = view.method ?? '';
    if (target.role === 'builder') {
      if (DJANGO_TERMINAL.has(method)) return query(method === 'get' || method === 'first' || method === 'last' ? { ...target, role: 'row' } : { ...target, role: 'rows' }, target.target, WRITES.has(method));
      if (DJANGO_LAZY.has(method) || !method) {
        const loads = method === 'select_related' || method === 'prefetch_related' ? view.strings().map((s) => s.split('__')[0]) : [];
        const all = method === 'select_related' && view.call.args.length === 0 ? ['*'] : [];
        return noQuery({ ...target, eager: [...(target.eager ?? []), ...loads, ...all] });
      }
    }
    if (target.role === 'row' && ['save', 'delete', 'refresh_from_db'].includes(method)) return query(target, target.target, WRITES.has(method));
    return undefined;
  },
  relations: (model) => fieldRelations(model, (callee) => DJANGO_RELATIONS.has(lastName(callee) ?? '')),
};

function builder(model: ModelRef | undefined, target: string | undefined): DbValue {
  return db('django', 'builder', { model, target });
}

/** Class-level fields whose value is a call to a relation constructor (`book = models.ForeignKey(...)`). */
function fieldRelations(model: ModelRef, isRelation: (callee: Expr, named: readonly (readonly [string, Expr])[]) => boolean): ReadonlySet<string> {
  const names = new Set<string>();
  for (const b of model.file.bindings) {
    if (b.kind !== 'field' || b.cls !== model.cls || b.value?.k !== 'call') continue;
    const call = model.file.calls[b.value.call];
    if (isRelation(call.callee, call.named)) names.add(b.name);
  }
  return names;
}

const SQLALCHEMY_QUERIES = set('execute', 'scalars', 'scalar', 'get', 'get_one', 'refresh', 'exec', 'stream', 'stream_scalars', 'merge');
const QUERY_TERMINAL = set('all', 'first', 'one', 'one_or_none', 'scalar', 'count', 'get', 'delete', 'update', 'exists', 'paginate', 'first_or_404', 'get_or_404', 'one_or_404');
const SELECT_CHAIN = set('where', 'filter', 'filter_by', 'order_by', 'limit', 'offset', 'join', 'outerjoin', 'options', 'group_by', 'having', 'distinct', 'select_from', 'correlate');
const EAGER_LOADERS = set('joinedload', 'selectinload', 'subqueryload', 'immediateload', 'contains_eager');
const NOT_LAZY = /^['"](?:joined|selectin|subquery|immediate|raise|raise_on_sql|noload|write_only)['"]$/;

const sqlalchemy: Client = {
  id: 'sqlalchemy', lang: 'py',
  fromPackage(pkg, path, use, view) {
    const full = [pkg, ...path].join('.');
    if (!/^(?:sqlalchemy|sqlmodel|flask_sqlalchemy)\b/.test(full)) return undefined;
    const name = last(path) ?? '';
    if (use === 'call' && ['create_engine', 'create_async_engine', 'engine_from_config', 'Session', 'AsyncSession', 'SQLAlchemy'].includes(name)) return db('sqlalchemy', 'conn');
    if (use === 'call' && ['sessionmaker', 'async_sessionmaker', 'scoped_session', 'async_scoped_session'].includes(name)) return db('sqlalchemy', 'factory');
    if (use === 'call' && (name === 'declarative_base' || name === 'as_declarative')) return db('sqlalchemy', 'modelBase');
    if (use === 'call' && name === 'select') return statement(view);
    if (use === 'type' && ['Session', 'AsyncSession', 'Connection', 'Engine', 'AsyncConnection', 'AsyncEngine', 'scoped_session'].includes(name)) return db('sqlalchemy', 'conn');
    if (use === 'base' && ['DeclarativeBase', 'DeclarativeBaseNoMeta', 'SQLModel'].includes(name)) return db('sqlalchemy', 'modelBase');
    return undefined;
  },
  member(target, name) {
    if (target.role === 'conn' && name === 'session') return db('sqlalchemy', 'conn'); // Flask-SQLAlchemy db.session
    if (target.role === 'conn' && name === 'Model') return db('sqlalchemy', 'modelBase');
    if (target.role === 'model' && name === 'query') return db('sqlalchemy', 'builder', { model: target.model, target: target.target });
    return undefined;
  },
  call(target, view): CallInfo | undefined {
    const method = view.method;
    if (target.role === 'factory' && method === undefined) return noQuery(db('sqlalchemy', 'conn'));
    if (target.role === 'factory' && method === 'begin') return noQuery(db('sqlalchemy', 'conn'));
    if (target.role === 'conn') {
      if (method === 'connect' || method === 'begin') return noQuery(db('sqlalchemy', 'conn'));
      if (method === 'query') {
        const model = view.value(view.call.args[0] ?? { k: 'other' });
        return noQuery(db('sqlalchemy', 'builder', model.v === 'db' && model.role === 'model' ? { model: model.model, target: model.target } : {}));
      }
      if (method && SQLALCHEMY_QUERIES.has(method)) {
        const stmt = view.value(view.call.args[0] ?? { k: 'other' });
        const from = stmt.v === 'db' && stmt.role === 'builder' ? stmt : undefined;
        return query(db('sqlalchemy', 'rows', { model: from?.model, eager: from?.eager, target: from?.target }), from?.target);
      }
      return undefined;
    }
    if (target.role === 'builder' && method) {
      if (QUERY_TERMINAL.has(method)) return query({ ...target, role: method === 'all' ? 'rows' : 'row' }, target.target);
      if (SELECT_CHAIN.has(method)) return noQuery({ ...target, eager: [...(target.eager ?? []), ...(method === 'options' ? eagerIn(view) : [])] });
    }
    if (target.role === 'rows' && method) return noQuery(target); // result.scalars(), .all(), .unique()
    return undefined;
  },
  relations: (model) => fieldRelations(model, (callee, named) => lastName(callee) === 'relationship'
    && !named.some(([key, value]) => key === 'lazy' && value.k === 'string' && NOT_LAZY.test(`'${value.text}'`))),
};

/** `select(User)` as a builder of User rows. */
function statement(view: CallView | undefined): DbValue {
  const model = view ? view.value(view.call.args[0] ?? { k: 'other' }) : undefined;
  return db('sqlalchemy', 'builder', model?.v === 'db' && model.role === 'model' ? { model: model.model, target: model.target } : {});
}

/** Relations named in `.options(joinedload(User.posts), selectinload("items"))`. */
function eagerIn(view: CallView): string[] {
  const names: string[] = [];
  for (const arg of view.call.args) {
    if (arg.k !== 'call') continue;
    const loader = view.file.calls[arg.call];
    if (!EAGER_LOADERS.has(lastName(loader.callee) ?? '')) continue;
    for (const a of loader.args) {
      if (a.k === 'member') names.push(a.name);
      else if (a.k === 'string') names.push(a.text);
    }
  }
  return names;
}

export const pythonClients: readonly Client[] = [drivers, django, sqlalchemy];
