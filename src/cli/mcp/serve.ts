import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { createMcpServer, type McpDeps } from './server';

/** Longest wait for cancelled runs to settle (their journals flushed) before the server exits anyway. */
const SETTLE_MS = 2000;

/**
 * Serves MCP over this process's stdin and stdout until the client goes away (stdin ends) or a
 * signal arrives; runs still going are cancelled, so their journals say so and they can resume.
 * Nothing else may write to stdout: it is the protocol's channel (warnings go to stderr).
 */
export async function serveMcp(deps: McpDeps): Promise<number> {
  const { server, cancelAll } = createMcpServer(deps);
  const transport = new StdioServerTransport();
  let finish: (code: number) => void = () => undefined;
  const finished = new Promise<number>((resolve) => (finish = resolve));
  let stopping = false;
  const stop = (reason: string, code: number) => {
    if (stopping) return;
    stopping = true;
    const settled = Promise.race([cancelAll(reason), new Promise((resolve) => setTimeout(resolve, SETTLE_MS).unref())]);
    void settled.then(() => server.close()).catch(() => undefined).finally(() => finish(code));
  };
  process.stdin.once('end', () => stop('The MCP client disconnected.', 0));
  process.once('SIGTERM', () => stop('The MCP server was stopped (SIGTERM).', 0));
  process.once('SIGINT', () => stop('The MCP server was stopped (SIGINT).', 130));
  transport.onclose = () => stop('The MCP connection closed.', 0);
  await server.connect(transport);
  process.stderr.write(`task-orchestrator MCP server on stdio for ${deps.workspaceRoot}\n`);
  return finished;
}
