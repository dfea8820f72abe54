import type { ModelClient } from '../../core/model/port';

/**
 * Builds the engine's Anthropic client. The SDK is imported on first use, not at activation, so
 * opening a window with the extension installed stays fast.
 */
export async function createAnthropicClient(options: { apiKey: string; baseUrl: string; log: (message: string) => void }): Promise<ModelClient> {
  const { AnthropicModelClient } = await import('../../core/model/anthropic');
  return new AnthropicModelClient({
    apiKey: options.apiKey,
    baseURL: options.baseUrl.length > 0 ? options.baseUrl : undefined,
    logger: options.log,
  });
}
