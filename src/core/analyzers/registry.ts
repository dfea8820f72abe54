import type { Analyzer } from './types';
import { sqlForeignKeyIndexAnalyzer } from './database/fk-index-sql';
import { djangoForeignKeyIndexAnalyzer } from './database/fk-index-django';
import { railsForeignKeyIndexAnalyzer } from './database/fk-index-rails';
import { prismaForeignKeyIndexAnalyzer } from './database/fk-index-prisma';
import { knexForeignKeyIndexAnalyzer, laravelForeignKeyIndexAnalyzer } from './database/fk-index-chained';
import { typeormForeignKeyIndexAnalyzer } from './database/fk-index-typeorm';
import { queryInLoopAnalyzer } from './database/query-in-loop';
import { requestPathQueriesAnalyzer } from './backend/request-path-queries';
import { blockingHandlersAnalyzer } from './backend/blocking-handlers';
import { bundleSizeAnalyzer, imageSizeAnalyzer } from './frontend/asset-sizes';
import { frontendDependenciesAnalyzer } from './frontend/dependencies';
import { sqlInjectionAnalyzer } from './security/sql-injection';
import { hardcodedSecretsAnalyzer } from './security/hardcodedSecrets';
import { codeInjectionAnalyzer } from './security/code-injection';
import { dockerfileAnalyzer } from './infrastructure/dockerfile';

/** Every local analyzer. To add one: write it in its own file under its domain and list it here. */
export const analyzers: readonly Analyzer[] = [
  sqlForeignKeyIndexAnalyzer,
  djangoForeignKeyIndexAnalyzer,
  railsForeignKeyIndexAnalyzer,
  prismaForeignKeyIndexAnalyzer,
  knexForeignKeyIndexAnalyzer,
  laravelForeignKeyIndexAnalyzer,
  typeormForeignKeyIndexAnalyzer,
  queryInLoopAnalyzer,
  requestPathQueriesAnalyzer,
  blockingHandlersAnalyzer,
  bundleSizeAnalyzer,
  imageSizeAnalyzer,
  frontendDependenciesAnalyzer,
  sqlInjectionAnalyzer,
  hardcodedSecretsAnalyzer,
  codeInjectionAnalyzer,
  dockerfileAnalyzer,
];
