import { loadAnalysis } from '../../meaning/analysis';
import type { Analyzer, AnalyzerContext } from '../../types';
import { alembicSchema } from './alembic';
import { settle, unindexed, type ForeignKey, type Index, type SchemaTool } from './facts';
import { unindexedForeignKeyFinding } from './finding';
import { knexSchema } from './knex';
import { laravelSchema } from './laravel';
import { prismaSchema } from './prisma';
import { railsSchema } from './rails';
import { sequelizeSchema } from './sequelize';
import { sqlSchema } from './sql';
import { sqlalchemySchema } from './sqlalchemy';
import { typeormSchema } from './typeorm';

/**
 * Every migration tool whose schema the analyzers read. A key declared by two (a Sequelize column
 * and the raw SQL that later redefines its constraint) is reported by the first: the tool where
 * the column is defined comes before raw SQL.
 */
const TOOLS: readonly SchemaTool[] = [knexSchema, laravelSchema, railsSchema, prismaSchema, typeormSchema, sequelizeSchema, alembicSchema, sqlalchemySchema, sqlSchema];

interface Schemas {
  /** Each tool's foreign keys that no index covers, each table.column once across tools (the first tool to declare it reports it). */
  readonly unindexed: ReadonlyMap<string, readonly ForeignKey[]>;
}

const collected = new WeakMap<AnalyzerContext, Promise<Schemas>>();

/** All tools' schemas, read once per context however many tool analyzers ask. */
function schemasOf(ctx: AnalyzerContext, signal?: AbortSignal): Promise<Schemas> {
  let schemas = collected.get(ctx);
  if (!schemas) {
    schemas = (async () => {
      const analysis = await loadAnalysis(ctx, signal);
      const settled = new Map<string, { fks: ForeignKey[]; indexes: Index[] }>();
      for (const tool of TOOLS) {
        const schema = await tool.collect(ctx, analysis, signal);
        if (schema) settled.set(tool.id, settle(schema));
      }
      // An index is an index however it was made: a Knex key is covered by a CREATE INDEX run through knex.raw.
      const indexes = [...settled.values()].flatMap((s) => s.indexes);
      const reported = new Set<string>();
      const unindexedByTool = new Map<string, ForeignKey[]>();
      for (const [id, schema] of settled) {
        const own = unindexed(schema.fks, indexes).filter((fk) => {
          const key = `${fk.table.toLowerCase()}.${fk.columns.join(',').toLowerCase()}`;
          return !reported.has(key) && reported.add(key);
        });
        unindexedByTool.set(id, own);
      }
      return { unindexed: unindexedByTool };
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
      return (schemas.unindexed.get(tool.id) ?? []).map((fk) => unindexedForeignKeyFinding({ analyzer: tool.id, ...fk, why: tool.why, fix: tool.fix(fk) }));
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
