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
  // A bundle of its own in the extension (dist/anthropic.js, see scripts/build.mjs), required on first use.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
  const { AnthropicModelClient } = require('../../core/model/anthropic') as typeof import('../../core/model/anthropic');
  return new AnthropicModelClient({
    apiKey,
    baseURL: settings.anthropicBaseUrl.length > 0 ? settings.anthropicBaseUrl : undefined,
    maxRetryWaitMs: settings.maxRetryWaitSeconds * 1000,
    idleTimeoutMs: settings.stallTimeoutSeconds * 1000,
    logger: log,
  });
}
