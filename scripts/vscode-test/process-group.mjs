// Every process the test harness starts runs as the leader of its own process group, so stopping it
// also stops what it spawned (VS Code's extension host and file watcher otherwise outlive the page
// for the whole reconnection grace period). Processes are only ever stopped by their group id.
import { spawn } from 'node:child_process';

/**
 * Starts `command` detached (its own process group) and returns the child with a `stop()` that
 * signals the whole group: SIGTERM, then SIGKILL if it is still there after `graceMs`.
 * Output lines are passed to `onLine(stream, line)` when given, otherwise inherited.
 */
export function spawnGroup(command, args, { env, cwd, onLine, graceMs = 3000 } = {}) {
  const child = spawn(command, args, {
    env,
    cwd,
    detached: true,
    stdio: onLine ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
  });
  if (onLine) {
    forwardLines(child.stdout, (line) => onLine('stdout', line));
    forwardLines(child.stderr, (line) => onLine('stderr', line));
  }
  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    child.once('error', (error) => resolve({ code: null, signal: null, error }));
  });
  let stopping;
  const stop = () => (stopping ??= stopGroup(child.pid, exited, graceMs));
  return { child, pid: child.pid, exited, stop };
}

async function stopGroup(pgid, exited, graceMs) {
  if (!pgid) return;
  signalGroup(pgid, 'SIGTERM');
  // The leader exiting does not mean its children did: wait for the whole group, then kill what is left.
  const groupGone = await waitFor(() => !groupAlive(pgid), { timeoutMs: graceMs, intervalMs: 100, what: 'group exit' })
    .then(() => true, () => false);
  if (!groupGone) signalGroup(pgid, 'SIGKILL');
  await exited;
}

/** Sends `signal` to every process of the group; a group already gone is not an error. */
export function signalGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
  } catch (error) {
    if (error.code !== 'ESRCH') throw error;
  }
}

/** Whether any process of the group is still running. */
export function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function forwardLines(stream, onLine) {
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop();
    for (const line of lines) onLine(line);
  });
  stream.on('end', () => {
    if (pending) onLine(pending);
  });
}

/** Polls `condition` (sync or async) until it returns a truthy value or `timeoutMs` passes. */
export async function waitFor(condition, { timeoutMs, intervalMs = 200, what }) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() >= deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await delay(intervalMs);
  }
}

function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits until `http://127.0.0.1:port/healthz` (or `path`) answers 200. */
export function waitForHttp(url, { timeoutMs, exited }) {
  let gone = false;
  exited?.then(() => (gone = true));
  return waitFor(
    async () => {
      if (gone) throw new Error(`the server exited before ${url} answered`);
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
        return response.ok;
      } catch {
        return false;
      }
    },
    { timeoutMs, what: `${url} to answer` },
  );
}

/** Rejects with a message naming `what` if `promise` has not settled within `timeoutMs`. */
export function withTimeout(promise, timeoutMs, what) {
  let timer;
  const timeout = new Promise((_resolve, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`Timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export class TimeoutError extends Error {
  name = 'TimeoutError';
}

/**
 * Runs a command to completion in its own process group with inherited output, and resolves to
 * its exit code. Ctrl-C or SIGTERM while it runs stops its whole group, then exits this process.
 */
export async function runInGroup(command, args, { env, cwd } = {}) {
  const run = spawnGroup(command, args, { env, cwd });
  const onSignal = (signal) => run.stop().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const { code, error } = await run.exited;
    if (error) throw error;
    return code ?? 1;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
