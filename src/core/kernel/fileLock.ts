import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';

/**
 * A lock file for read-modify-write across processes (two `--apply` runs writing CLAUDE.md at once):
 * created exclusively, holding the owner's pid; removed when done. A lock whose owner is gone (a
 * process killed mid-write) or older than `staleMs` is taken over instead of waited on forever.
 * Synchronous: for command-line work, never the extension host's thread.
 */

export class FileLockTimeout extends Error {
  constructor(readonly path: string, waitedMs: number) {
    super(`Another task-orchestrator process holds ${path} (waited ${Math.round(waitedMs / 1000)} s); try again when it is done, or delete the file if no such process runs.`);
    this.name = 'FileLockTimeout';
  }
}

export interface FileLockOptions {
  readonly timeoutMs?: number;
  readonly staleMs?: number;
}

export function withFileLock<T>(path: string, fn: () => T, options: FileLockOptions = {}): T {
  const started = Date.now();
  const timeoutMs = options.timeoutMs ?? 10_000;
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, at: new Date().toISOString() }));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (isStale(path, options.staleMs ?? 30_000)) {
        rmSync(path, { force: true });
        continue;
      }
      if (Date.now() - started > timeoutMs) throw new FileLockTimeout(path, Date.now() - started);
      sleep(25);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(path, { force: true });
  }
}

function isStale(path: string, staleMs: number): boolean {
  try {
    if (Date.now() - statSync(path).mtimeMs > staleMs) return true;
    const { pid } = JSON.parse(readFileSync(path, 'utf8')) as { pid?: unknown };
    if (typeof pid !== 'number') return false;
    process.kill(pid, 0);
    return false;
  } catch (error) {
    // ESRCH: no such process. A lock file half-written or gone is not stale: look again.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
