import type { ModelClient } from '../../core/model/port';
import type { OrchestratorSettings } from '../settings';

/**
 * Builds the engine's Anthropic client. The SDK is imported on first use, not at activation, so
 * opening a window with the extension installed stays fast.
 */
export async function createAnthropicClient(
  apiKey: string,
  settings: Pick<OrchestratorSettings, 'anthropicBaseUrl' | 'maxRetryWaitSeconds' | 'stallTimeoutSeconds'>,
  log: (message: string) => void,
): Promise<ModelClient> {
  const { AnthropicModelClient } = await import('../../core/model/anthropic');
  return new AnthropicModelClient({
    apiKey,
    baseURL: settings.anthropicBaseUrl.length > 0 ? settings.anthropicBaseUrl : undefined,
    maxRetryWaitMs: settings.maxRetryWaitSeconds * 1000,
    idleTimeoutMs: settings.stallTimeoutSeconds * 1000,
    logger: log,
  });
}
