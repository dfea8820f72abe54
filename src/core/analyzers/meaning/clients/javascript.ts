import { db, type CallInfo, type Client } from '../values';
import { exportPath, noQuery, query, set, sqlQuery, tableIn, WRITES } from './shared';

const is = (path: readonly string[], ...names: string[]) => exportPath(path).length === 1 && names.includes(exportPath(path)[0]);
const whole = (path: readonly string[]) => exportPath(path).length === 0;

const KNEX_HELPERS = set('fn', 'ref', 'destroy', 'on', 'client', 'initialize');

/** Knex: `knex(config)` is a connection; calling it (`db('users')`) starts a query; every builder call is part of one. */
const knex: Client = {
  id: 'knex', lang: 'js',
  fromPackage(pkg, path, use) {
    if (pkg !== 'knex') return undefined;
    if (use === 'call' && (whole(path) || is(path, 'knex', 'Knex'))) return db('knex', 'conn');
    if (use === 'type' && (is(path, 'Knex') || exportPath(path).join('.') === 'Knex.Transaction')) return db('knex', 'conn');
    return undefined;
  },
  member(target, name) {
    return name === 'schema' ? db('knex', 'builder', { target: target.target }) : undefined;
  },
  call(target, view) {
    const method = view.method;
    if (target.role === 'rows') return undefined; // an array of rows: map/reduce/filter are not queries
    if (method === undefined) return query(db('knex', 'builder', { target: view.str(0) }), view.str(0), false, true);
    if (target.role === 'conn' && KNEX_HELPERS.has(method)) return undefined;
    if (method === 'transaction') return noQuery(db('knex', 'conn'));
    const table = target.target ?? (['from', 'table', 'into', 'insert', 'update'].includes(method) ? view.str(0) : undefined) ?? (method === 'raw' ? tableIn(view.str(0)) : undefined);
    return query(db('knex', 'builder', { target: table }), table, WRITES.has(method), method !== 'raw');
  },
  callbackParam: (_target, method, param) => (method === 'transaction' && param === 0 ? db('knex', 'conn') : undefined),
};

const PG_PROMISE_QUERIES = set('query', 'none', 'one', 'many', 'oneOrNone', 'manyOrNone', 'any', 'result', 'map', 'each', 'multi', 'func', 'proc', 'stream');

/** node-postgres, pg-promise, postgres.js, mysql/mysql2, sqlite3, better-sqlite3: SQL strings through a connection or pool. */
const sqlDrivers: Client = {
  id: 'sql-driver', lang: 'js',
  fromPackage(pkg, path, use) {
    if ((pkg === 'pg' || pkg === 'pg-pool') && (use === 'new' || use === 'type') && (is(path, 'Pool', 'Client') || (pkg === 'pg-pool' && whole(path)))) return db('sql-driver', 'conn');
    if ((pkg === 'postgres' || pkg === 'pg-promise') && use === 'call' && whole(path)) return db('sql-driver', pkg === 'postgres' ? 'conn' : 'factory');
    if (/^mysql2?(\/promise)?$/.test(pkg) && use === 'call' && is(path, 'createPool', 'createConnection', 'createPoolCluster')) return db('sql-driver', 'conn');
    if (pkg === 'better-sqlite3' && (use === 'new' || use === 'call') && whole(path)) return db('sql-driver', 'conn');
    if (pkg === 'sqlite3' && use === 'new' && exportPath(path).at(-1) === 'Database') return db('sql-driver', 'conn');
    return undefined;
  },
  call(target, view) {
    const method = view.method;
    if (target.role === 'factory') return noQuery(db('sql-driver', 'conn'));
    if (method === undefined) return query(db('sql-driver', 'rows'), tableIn(view.str(0))); // postgres.js: sql`SELECT …`
    if (['connect', 'getConnection', 'acquire', 'promise'].includes(method)) return noQuery(db('sql-driver', 'conn'));
    if (method === 'prepare') return query(db('sql-driver', 'builder', { target: tableIn(view.str(0)) }), tableIn(view.str(0)));
    if (target.role === 'builder' && ['get', 'all', 'run', 'iterate', 'pluck'].includes(method)) return query(db('sql-driver', 'rows'), target.target);
    if (['query', 'execute', 'exec', 'get', 'all', 'run', 'each'].includes(method) || PG_PROMISE_QUERIES.has(method)) return sqlQuery(target, view);
    return undefined;
  },
  callbackParam: (_target, method, param) => ((method === 'tx' || method === 'task') && param === 0 ? db('sql-driver', 'conn') : undefined),
};

const PRISMA_OPERATIONS = set('findUnique', 'findUniqueOrThrow', 'findFirst', 'findFirstOrThrow', 'findMany', 'create', 'createMany', 'createManyAndReturn',
  'update', 'updateMany', 'upsert', 'delete', 'deleteMany', 'count', 'aggregate', 'groupBy');

const prisma: Client = {
  id: 'prisma', lang: 'js',
  fromPackage(pkg, path, use) {
    return pkg === '@prisma/client' && (use === 'new' || use === 'type') && is(path, 'PrismaClient') ? db('prisma', 'conn') : undefined;
  },
  member(target, name) {
    if (target.role !== 'conn') return undefined;
    return name.startsWith('$') ? undefined : db('prisma', 'builder', { target: name });
  },
  call(target, view) {
    const method = view.method ?? '';
    if (target.role === 'conn' && /^\$(?:queryRaw|executeRaw)(?:Unsafe)?$/.test(method)) return query(db('prisma', 'rows'), tableIn(view.str(0)));
    if (target.role === 'conn' && method === '$transaction') return noQuery(db('prisma', 'conn'));
    if (target.role === 'builder' && PRISMA_OPERATIONS.has(method)) return query(db('prisma', 'rows', { target: target.target }), target.target, WRITES.has(method));
    return undefined;
  },
  callbackParam: (_target, method, param) => (method === '$transaction' && param === 0 ? db('prisma', 'conn') : undefined),
};

const ORM_READS = set('findAll', 'findOne', 'findByPk', 'findOrCreate', 'findAndCountAll', 'findCreateFind', 'count', 'create', 'bulkCreate', 'update',
  'destroy', 'upsert', 'max', 'min', 'sum', 'increment', 'decrement', 'find', 'findOneBy', 'findBy', 'findOneOrFail', 'findOneByOrFail', 'findAndCount',
  'findById', 'findByIdAndUpdate', 'findByIdAndDelete', 'findOneAndUpdate', 'findOneAndDelete', 'findOneAndReplace', 'insertMany', 'updateOne', 'updateMany',
  'deleteOne', 'deleteMany', 'countDocuments', 'estimatedDocumentCount', 'aggregate', 'exists', 'exist', 'existsBy', 'distinct', 'bulkWrite', 'replaceOne',
  'save', 'insert', 'delete', 'remove', 'softDelete', 'restore', 'query', 'countBy', 'sum', 'average', 'minimum', 'maximum', 'preload', 'upsert', 'clear',
  'findMany', 'findFirst', 'toArray', 'execute', 'getMany', 'getOne', 'getRawMany', 'getRawOne', 'getCount', 'getManyAndCount', 'getExists', 'stream',
  'executeTakeFirst', 'executeTakeFirstOrThrow');
const HANDLE_METHODS = set('getRepository', 'getTreeRepository', 'getMongoRepository', 'getCustomRepository', 'createQueryRunner', 'withRepository', 'db', 'collection',
  'connect', 'initialize');
const BUILDER_METHODS = set('createQueryBuilder', 'select', 'selectFrom', 'selectDistinct', 'insertInto', 'updateTable', 'deleteFrom', 'with');

/** Sequelize, TypeORM, Mongoose, the MongoDB driver, Drizzle and Kysely: model classes and repositories whose methods read or write. */
const orms: Client = {
  id: 'orm', lang: 'js',
  fromPackage(pkg, path, use, view) {
    const p = exportPath(path);
    const last = p[p.length - 1];
    if ((pkg === 'sequelize' || pkg === '@sequelize/core') && use === 'new' && last === 'Sequelize') return db('orm', 'conn');
    if ((pkg === 'sequelize' || pkg === '@sequelize/core' || pkg === 'sequelize-typescript' || pkg === 'objection') && use === 'base' && last === 'Model') return db('orm', 'modelBase');
    if (pkg === 'typeorm') {
      if (use === 'new' && last === 'DataSource') return db('orm', 'conn');
      if (use === 'call' && ['createConnection', 'getConnection', 'getManager', 'getRepository', 'getCustomRepository'].includes(last)) return db('orm', 'conn');
      if (use === 'type' && ['Repository', 'EntityManager', 'DataSource', 'TreeRepository', 'MongoRepository', 'QueryRunner', 'Connection'].includes(last)) return db('orm', 'conn');
      if (use === 'base' && last === 'BaseEntity') return db('orm', 'modelBase');
    }
    if (pkg === 'mongoose' && use === 'call' && last === 'model') return db('orm', 'model', { target: view?.str(0) });
    if (pkg === 'mongodb' && (use === 'new' || use === 'type') && ['MongoClient', 'Db', 'Collection'].includes(last)) return db('orm', 'conn');
    if (/^drizzle-orm(\/|$)/.test(pkg) && use === 'call' && last === 'drizzle') return db('orm', 'conn');
    if (pkg === 'kysely' && (use === 'new' || use === 'type') && last === 'Kysely') return db('orm', 'conn');
    return undefined;
  },
  /** `sequelize.models.User`, Drizzle's `db.query.users`, TypeORM's `dataSource.manager`. */
  member(target, name) {
    if (target.role !== 'conn') return undefined;
    if (target.target === '#models') return db('orm', 'model', { target: name });
    if (target.target === '#query') return db('orm', 'builder', { target: name });
    if (name === 'models' || name === 'query') return db('orm', 'conn', { target: `#${name}` });
    return name === 'manager' ? db('orm', 'conn') : undefined;
  },
  call(target, view): CallInfo | undefined {
    const method = view.method;
    if (method === undefined) return undefined;
    if (target.role === 'conn' && method === 'define') return noQuery(db('orm', 'model', { target: view.str(0) }));
    if (target.role === 'conn' && HANDLE_METHODS.has(method)) return noQuery(db('orm', 'conn', { target: view.str(0) ?? target.target }));
    if (target.role === 'conn' && method === 'transaction') return noQuery(db('orm', 'conn'));
    if (BUILDER_METHODS.has(method) && (target.role === 'conn' || target.role === 'model')) return noQuery(db('orm', 'builder', { target: view.str(0) ?? target.target }));
    if (target.role === 'builder') {
      if (ORM_READS.has(method)) return query(db('orm', 'rows', { target: target.target }), target.target, WRITES.has(method));
      return query(db('orm', 'builder', { target: target.target }), target.target, false, true); // Drizzle's builders run when awaited
    }
    if (target.role === 'model' || target.role === 'conn') {
      if (method === 'query' && target.role === 'conn') return sqlQuery(target, view);
      if (method === 'query' && target.role === 'model') return noQuery(db('orm', 'builder', { target: target.target })); // Objection
      if (ORM_READS.has(method)) return query(db('orm', 'rows', { model: target.model, target: target.target }), target.target, WRITES.has(method));
    }
    if (target.role === 'row' && (['save', 'reload', 'destroy', 'update', 'remove'].includes(method) || /^get[A-Z]/.test(method))) {
      return query(db('orm', 'rows', { target: target.target }), target.target, WRITES.has(method));
    }
    return undefined;
  },
  callbackParam: (target, method, param) => (method === 'transaction' && param === 0 && target.role === 'conn' ? db('orm', 'conn') : undefined),
};

export const javascriptClients: readonly Client[] = [knex, sqlDrivers, prisma, orms];
