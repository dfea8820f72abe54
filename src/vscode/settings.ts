import * as vscode from 'vscode';
import { z } from 'zod';
import { DEFAULT_MEMORY_TOKEN_BUDGET } from '../core/memory/selectionSummary';

/** `taskOrchestrator.*` settings, parsed: a bad value falls back to its default instead of breaking a run. */

const settingsSchema = z.object({
  plannerModel: z.string().trim().min(1).catch('claude-sonnet-4-6'),
  coordinatorModel: z.string().trim().min(1).catch('claude-sonnet-4-6'),
  parallelLimit: z.number().int().min(1).max(16).catch(3),
  autoApplyMemoryUpdates: z.boolean().catch(false),
  exclude: z.array(z.string()).catch([]),
  anthropicBaseUrl: z.string().trim().catch(''),
  maxTokens: z.number().int().min(256).max(128_000).optional().catch(undefined),
  maxRetryWaitSeconds: z.number().min(1).max(3600).catch(60),
  stallTimeoutSeconds: z.number().min(5).max(3600).catch(60),
  patternMinRuns: z.number().int().min(2).max(100).catch(3),
  memoryTokenBudget: z.number().int().min(500).max(1_000_000).catch(DEFAULT_MEMORY_TOKEN_BUDGET),
  // Checked where a run starts (core/cost/priceSettings.ts), which names what is wrong instead of falling back.
  maxCostUsd: z.unknown(),
  prices: z.unknown(),
});
export type OrchestratorSettings = z.infer<typeof settingsSchema>;

export const SETTINGS_SECTION = 'taskOrchestrator';

export function readSettings(): OrchestratorSettings {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  return settingsSchema.parse({
    plannerModel: config.get('models.planner'),
    coordinatorModel: config.get('models.coordinator'),
    parallelLimit: config.get('parallelLimit'),
    autoApplyMemoryUpdates: config.get('autoApplyMemoryUpdates'),
    exclude: config.get('exclude'),
    anthropicBaseUrl: config.get('anthropic.baseUrl'),
    maxTokens: config.get('maxTokens') ?? undefined,
    maxRetryWaitSeconds: config.get('maxRetryWaitSeconds'),
    stallTimeoutSeconds: config.get('stallTimeoutSeconds'),
    patternMinRuns: config.get('patterns.minRuns'),
    memoryTokenBudget: config.get('memoryTokenBudget'),
    maxCostUsd: config.get('maxCostUsd'),
    prices: config.get('prices'),
  });
}
