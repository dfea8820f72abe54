import { parseArgs } from 'node:util';
import { startFakeApi } from './server';

/**
 * Standalone fake API for the e2e harness and manual runs:
 *   node --import tsx test/fake-api/cli.ts --scenario FILE [--port N] [--quiet]
 * The first stdout line is `FAKE_API_URL=http://127.0.0.1:PORT`; request log lines go to stderr.
 */

const USAGE = 'usage: node --import tsx test/fake-api/cli.ts --scenario FILE [--port N] [--quiet]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scenario: { type: 'string' },
      port: { type: 'string' },
      quiet: { type: 'boolean', default: false },
    },
  });
  if (values.scenario === undefined) throw new Error(`--scenario is required\n${USAGE}`);
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0-65535, got "${values.port}"`);

  const api = await startFakeApi({
    scenario: values.scenario,
    port,
    log: values.quiet ? undefined : (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`FAKE_API_URL=${api.baseURL}\n`);

  const stop = (): void => {
    api.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
