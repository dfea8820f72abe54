import { loadAnalysis } from '../../meaning/analysis';
import type { Analyzer, AnalyzerContext } from '../../types';
import { alembicSchema } from './alembic';
import { unindexed, type Index, type Schema, type SchemaTool } from './facts';
import { unindexedForeignKeyFinding } from './finding';
import { knexSchema } from './knex';
import { laravelSchema } from './laravel';
import { prismaSchema } from './prisma';
import { railsSchema } from './rails';
import { sequelizeSchema } from './sequelize';
import { sqlSchema } from './sql';
import { sqlalchemySchema } from './sqlalchemy';
import { typeormSchema } from './typeorm';

/** Every migration tool whose schema the analyzers read. */
const TOOLS: readonly SchemaTool[] = [sqlSchema, knexSchema, laravelSchema, railsSchema, prismaSchema, typeormSchema, sequelizeSchema, alembicSchema, sqlalchemySchema];

interface Schemas {
  readonly byTool: ReadonlyMap<string, Schema | undefined>;
  /** Indexes from every tool: a Knex foreign key is covered by a `CREATE INDEX` run through knex.raw. */
  readonly indexes: readonly Index[];
}

const collected = new WeakMap<AnalyzerContext, Promise<Schemas>>();

/** All tools' schemas, read once per context however many tool analyzers ask. */
function schemasOf(ctx: AnalyzerContext, signal?: AbortSignal): Promise<Schemas> {
  let schemas = collected.get(ctx);
  if (!schemas) {
    schemas = (async () => {
      const analysis = await loadAnalysis(ctx, signal);
      const byTool = new Map<string, Schema | undefined>();
      for (const tool of TOOLS) byTool.set(tool.id, await tool.collect(ctx, analysis, signal));
      return { byTool, indexes: [...byTool.values()].flatMap((s) => s?.indexes ?? []) };
    })();
    collected.set(ctx, schemas);
    schemas.catch(() => collected.delete(ctx));
  }
  return schemas;
}

/** One analyzer per tool: its foreign keys that no index leads with, one finding each. */
function schemaAnalyzer(tool: SchemaTool): Analyzer {
  return {
    id: tool.id,
    domain: 'database',
    description: tool.description,
    async run(ctx, signal) {
      const schemas = await schemasOf(ctx, signal);
      const own = schemas.byTool.get(tool.id);
      if (!own) return [];
      return unindexed(own.fks, schemas.indexes).map((fk) => unindexedForeignKeyFinding({ analyzer: tool.id, ...fk, why: tool.why, fix: tool.fix(fk) }));
    },
  };
}

export const sqlForeignKeyIndexAnalyzer = schemaAnalyzer(sqlSchema);
export const knexForeignKeyIndexAnalyzer = schemaAnalyzer(knexSchema);
export const laravelForeignKeyIndexAnalyzer = schemaAnalyzer(laravelSchema);
export const railsForeignKeyIndexAnalyzer = schemaAnalyzer(railsSchema);
export const prismaForeignKeyIndexAnalyzer = schemaAnalyzer(prismaSchema);
export const typeormForeignKeyIndexAnalyzer = schemaAnalyzer(typeormSchema);
export const sequelizeForeignKeyIndexAnalyzer = schemaAnalyzer(sequelizeSchema);
export const alembicForeignKeyIndexAnalyzer = schemaAnalyzer(alembicSchema);
export const sqlalchemyForeignKeyIndexAnalyzer = schemaAnalyzer(sqlalchemySchema);
