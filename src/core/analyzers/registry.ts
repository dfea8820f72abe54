import type { Analyzer } from './types';
import {
  sqlForeignKeyIndexAnalyzer,
  railsForeignKeyIndexAnalyzer,
  prismaForeignKeyIndexAnalyzer,
  knexForeignKeyIndexAnalyzer,
  laravelForeignKeyIndexAnalyzer,
  typeormForeignKeyIndexAnalyzer,
  sequelizeForeignKeyIndexAnalyzer,
  alembicForeignKeyIndexAnalyzer,
  sqlalchemyForeignKeyIndexAnalyzer,
} from './database/schema/analyzers';
import { djangoForeignKeyIndexAnalyzer } from './database/schema/django';
import { queryInLoopAnalyzer } from './database/query-in-loop';
import { requestPathQueriesAnalyzer } from './backend/request-path-queries';
import { blockingHandlersAnalyzer } from './backend/blocking-handlers';
import { bundleSizeAnalyzer, imageSizeAnalyzer } from './frontend/asset-sizes';
import { frontendDependenciesAnalyzer } from './frontend/dependencies';
import { sqlInjectionAnalyzer } from './security/sql-injection';
import { hardcodedSecretsAnalyzer } from './security/hardcodedSecrets';
import { codeInjectionAnalyzer } from './security/code-injection';
import { dockerfileAnalyzer } from './infrastructure/dockerfile';
import { composeAnalyzer } from './infrastructure/compose';
import { workflowsAnalyzer } from './infrastructure/workflows';

/** Every local analyzer. To add one: write it in its own file under its domain and list it here. */
export const analyzers: readonly Analyzer[] = [
  sqlForeignKeyIndexAnalyzer,
  djangoForeignKeyIndexAnalyzer,
  railsForeignKeyIndexAnalyzer,
  prismaForeignKeyIndexAnalyzer,
  knexForeignKeyIndexAnalyzer,
  laravelForeignKeyIndexAnalyzer,
  typeormForeignKeyIndexAnalyzer,
  sequelizeForeignKeyIndexAnalyzer,
  alembicForeignKeyIndexAnalyzer,
  sqlalchemyForeignKeyIndexAnalyzer,
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
  composeAnalyzer,
  workflowsAnalyzer,
];
