import { test } from 'node:test';
import assert from 'node:assert/strict';
import Anthropic from '@anthropic-ai/sdk';
import { startFakeApi, type FakeApi } from '../fake-api/server';
import { buildScenario, textReply } from '../fake-api/scenarioBuilders';
import type { Scenario } from '../fake-api/scenario';
import { minCacheableTokens } from '../fake-api/promptCache';

/**
 * The fake API's prompt cache, seen through the real SDK as a coordinator sees it: what a call
 * reads and writes depends on what earlier calls sent and when their answers began.
 */

const OPTS = { timeout: 15_000 };
const MODEL = 'claude-sonnet-4-6';
const EPHEMERAL = { type: 'ephemeral' as const };
/** About 1,500 tokens (four characters a token): above the 1,024-token minimum on its own. */
const SHARED = `Response contract and project memory. ${'Every finding cites a file and a line. '.repeat(155)}`;

async function withApi(scenario: Scenario, body: (api: FakeApi, clock: { now: number }) => Promise<void>): Promise<void> {
  const clock = { now: Date.UTC(2026, 10, 30, 12) };
  const api = await startFakeApi({ scenario, now: () => clock.now });
  try {
    await body(api, clock);
  } finally {
    await api.close();
  }
}

const client = (api: FakeApi) => new Anthropic({ apiKey: 'sk-test', baseURL: api.baseURL, maxRetries: 0, timeout: 5_000 });

type Params = Anthropic.Messages.MessageStreamParams;

/** A coordinator's first call: shared system block marked, its role after it, its task marked last. */
function firstCall(coordinator: string, task: string, options: { sharedTtl?: '1h'; tools?: Anthropic.Messages.Tool[] } = {}): Params {
  return {
    model: MODEL,
    max_tokens: 1024,
    tools: options.tools,
    system: [
      { type: 'text', text: SHARED, cache_control: options.sharedTtl ? { type: 'ephemeral', ttl: options.sharedTtl } : EPHEMERAL },
      { type: 'text', text: `You are the ${coordinator} coordinator.` },
    ],
    messages: [{ role: 'user', content: [{ type: 'text', text: `${task} (task t1 of the checklist)`, cache_control: EPHEMERAL }] }],
  };
}

async function usageOf(api: FakeApi, params: Params): Promise<Anthropic.Messages.Usage> {
  return (await client(api).messages.stream(params).finalMessage()).usage;
}

const anyText = buildScenario([textReply(undefined, 'ok')]);

test('the first call writes its prefix up to its last mark; the same prefix again is read, and only the rest is input', OPTS, async () => {
  await withApi(anyText, async (api) => {
    const first = await usageOf(api, firstCall('backend', 'Read the cart code.'));
    assert.equal(first.cache_read_input_tokens, 0);
    assert.ok(first.cache_creation_input_tokens! > 1024, 'the whole marked prompt is written');
    assert.equal(first.input_tokens, 0, 'nothing follows the last mark');
    assert.equal(first.cache_creation?.ephemeral_5m_input_tokens, first.cache_creation_input_tokens);

    // A sibling: same shared block, its own role and task. It reads the shared block and writes its own part.
    const sibling = await usageOf(api, firstCall('database', 'Check the indexes.'));
    assert.ok(sibling.cache_read_input_tokens! >= 1024, 'the shared block comes from cache');
    assert.ok(sibling.cache_creation_input_tokens! > 0 && sibling.cache_creation_input_tokens! < sibling.cache_read_input_tokens!);
    assert.ok(sibling.cache_read_input_tokens! < first.cache_creation_input_tokens!, 'only the shared part: the role and task differ');

    const again = await usageOf(api, firstCall('backend', 'Read the cart code.'));
    assert.equal(again.cache_read_input_tokens, first.cache_creation_input_tokens, 'an identical prompt is read whole');
    assert.equal(again.cache_creation_input_tokens, 0);
  });
});

test('the next turn of a conversation reads the whole earlier turn from cache (the API looks back from its mark)', OPTS, async () => {
  await withApi(anyText, async (api) => {
    const turn1 = firstCall('backend', 'Read the cart code.');
    const first = await usageOf(api, turn1);
    const turn2: Params = {
      ...turn1,
      messages: [
        { role: 'user', content: [{ type: 'text', text: 'Read the cart code. (task t1 of the checklist)' }] },
        { role: 'assistant', content: [{ type: 'text', text: 'Reading it.' }] },
        { role: 'user', content: [{ type: 'text', text: 'Here is the file: const total = 0;', cache_control: EPHEMERAL }] },
      ],
    };
    const second = await usageOf(api, turn2);
    assert.equal(second.cache_read_input_tokens, first.cache_creation_input_tokens, 'everything turn 1 sent is read, though its mark moved');
    assert.ok(second.cache_creation_input_tokens! > 0, 'the new turn is written for the next one');
  });
});

test('tools come first: a different tool list means nothing of the system prompt is read', OPTS, async () => {
  const tool = (name: string): Anthropic.Messages.Tool => ({ name, description: `The ${name} tool.`, input_schema: { type: 'object' } });
  await withApi(anyText, async (api) => {
    await usageOf(api, firstCall('backend', 'Read.', { tools: [tool('read_file')] }));
    const other = await usageOf(api, firstCall('backend', 'Read.', { tools: [tool('list_files')] }));
    assert.equal(other.cache_read_input_tokens, 0);
  });
});

test('a prefix shorter than the minimum is never cached', OPTS, async () => {
  await withApi(anyText, async (api) => {
    const short: Params = { ...firstCall('backend', 'Read.'), system: [{ type: 'text', text: 'Short contract.', cache_control: EPHEMERAL }] };
    const first = await usageOf(api, short);
    const second = await usageOf(api, short);
    assert.equal(first.cache_creation_input_tokens, 0);
    assert.equal(second.cache_read_input_tokens, 0);
    assert.ok(second.input_tokens > 0, 'all of it is plain input');
  });
});

test('a cached prefix expires after its lifetime unless a read refreshes it; 1-hour marks are written as such', OPTS, async () => {
  await withApi(anyText, async (api, clock) => {
    await usageOf(api, firstCall('backend', 'Read.'));
    clock.now += 4 * 60_000;
    assert.ok((await usageOf(api, firstCall('backend', 'Read.'))).cache_read_input_tokens! > 0, 'read after 4 minutes (and refreshed)');
    clock.now += 4 * 60_000;
    assert.ok((await usageOf(api, firstCall('backend', 'Read.'))).cache_read_input_tokens! > 0, 'read 4 minutes after the refresh');
    clock.now += 6 * 60_000;
    const expired = await usageOf(api, firstCall('backend', 'Read.'));
    assert.equal(expired.cache_read_input_tokens, 0, 'gone 6 minutes after the last read');

    // The expired read wrote the prefix again for 5 minutes: let that lapse too before a 1-hour write.
    clock.now += 6 * 60_000;
    const hour = await usageOf(api, firstCall('frontend', 'Weigh the bundle.', { sharedTtl: '1h' }));
    assert.ok((hour.cache_creation?.ephemeral_1h_input_tokens ?? 0) >= 1024, 'the shared block is a 1-hour write');
    assert.ok((hour.cache_creation?.ephemeral_5m_input_tokens ?? 0) > 0, 'the task after it is a 5-minute write');
    clock.now += 30 * 60_000;
    assert.ok((await usageOf(api, firstCall('security', 'Audit.', { sharedTtl: '1h' }))).cache_read_input_tokens! >= 1024, 'still there after 30 minutes');
  });
});

test('siblings sent before the first answer begins all write the prefix: it is cached only once an answer has started', OPTS, async () => {
  const slow = buildScenario([textReply(undefined, 'ok', { latencyMs: 300 })]);
  await withApi(slow, async (api) => {
    const together = await Promise.all(['backend', 'database', 'frontend'].map((c) => usageOf(api, firstCall(c, `Task of ${c}.`))));
    for (const usage of together) assert.equal(usage.cache_read_input_tokens, 0);
    const after = await usageOf(api, firstCall('security', 'Audit.'));
    assert.ok(after.cache_read_input_tokens! >= 1024, 'a call after the answers began reads it');
  });
});

test('scripted usage overrides the emulation field by field; promptCache: false turns the cache off', OPTS, async () => {
  const scripted = buildScenario([textReply(undefined, 'ok', { usage: { output: 7, cacheRead: 5 } })]);
  await withApi(scripted, async (api) => {
    const usage = await usageOf(api, firstCall('backend', 'Read.'));
    assert.equal(usage.output_tokens, 7);
    assert.equal(usage.cache_read_input_tokens, 5);
    assert.ok(usage.cache_creation_input_tokens! > 1024, 'the unscripted fields are still emulated');
  });
  const off = buildScenario([textReply(undefined, 'ok')], { defaults: { promptCache: false } });
  await withApi(off, async (api) => {
    await usageOf(api, firstCall('backend', 'Read.'));
    const second = await usageOf(api, firstCall('backend', 'Read.'));
    assert.equal(second.cache_read_input_tokens, 0);
    assert.equal(second.cache_creation_input_tokens, 0);
  });
});

test('a request with a fifth cache mark is refused as the API refuses it', OPTS, async () => {
  await withApi(anyText, async (api) => {
    const marked = (text: string) => ({ type: 'text' as const, text, cache_control: EPHEMERAL });
    const params: Params = {
      ...firstCall('backend', 'Read.'),
      messages: [{ role: 'user', content: [marked('one'), marked('two'), marked('three'), marked('four')] }],
    };
    await assert.rejects(usageOf(api, params), (error: Error & { status?: number }) => {
      assert.equal(error.status, 400);
      assert.match(error.message, /A maximum of 4 blocks with cache_control may be provided\. Found 5\./);
      return true;
    });
    params.messages = [{ role: 'user', content: [marked('one'), marked('two'), marked('three')] }];
    assert.ok((await usageOf(api, params)).cache_creation_input_tokens! > 0, 'four marks are accepted');
  });
});

test('the minimum cacheable prefix is the model\'s: 1,500 tokens cache on Sonnet, not on Haiku 4.5 or Opus 4.6 (4,096)', OPTS, async () => {
  assert.deepEqual(
    ['claude-sonnet-4-6', 'claude-opus-4-1', 'claude-opus-4-6', 'claude-haiku-4-5', 'claude-3-5-haiku-20241022', 'claude-opus-4-20250514'].map(minCacheableTokens),
    [1024, 1024, 4096, 4096, 2048, 1024],
  );
  await withApi(anyText, async (api) => {
    for (const model of ['claude-haiku-4-5', 'claude-opus-4-6']) {
      await usageOf(api, { ...firstCall('backend', 'Read.'), model });
      const again = await usageOf(api, { ...firstCall('backend', 'Read.'), model });
      assert.equal(again.cache_read_input_tokens, 0, `${model} does not cache ~1,500 tokens`);
    }
    await usageOf(api, firstCall('backend', 'Read.'));
    assert.ok((await usageOf(api, firstCall('backend', 'Read.'))).cache_read_input_tokens! > 1024, 'Sonnet does');
  });
});
