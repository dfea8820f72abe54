import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';

/**
 * Lock files for work across processes: created exclusively, holding the owner's pid, removed when
 * done. A lock whose owner is gone (a process killed mid-work) is taken over instead of waited on
 * forever. Synchronous and small: a create, a read, a signal-0 probe.
 */

const HALF_WRITTEN_MS = 10_000;

export class FileLockTimeout extends Error {
  constructor(readonly path: string, waitedMs: number) {
    super(`Another task-orchestrator process holds ${path} (waited ${Math.round(waitedMs / 1000)} s); try again when it is done, or delete the file if no such process runs.`);
    this.name = 'FileLockTimeout';
  }
}

export interface FileLockOptions {
  readonly timeoutMs?: number;
  /** A lock older than this is taken over even if its owner still runs (undefined: never). */
  readonly staleMs?: number;
}

/** Takes the lock if it is free (or its owner is gone); false when a live process holds it. */
export function tryLock(path: string, staleMs?: number): boolean {
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, at: new Date().toISOString() }));
      closeSync(fd);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (lockHolder(path, staleMs) !== undefined) return false;
      rmSync(path, { force: true });
    }
  }
}

export function unlock(path: string): void {
  rmSync(path, { force: true });
}

/**
 * The pid of the live process holding the lock, or undefined when none does (no lock file, its
 * owner gone, or older than `staleMs`). A lock file caught half-written counts as held.
 */
export function lockHolder(path: string, staleMs?: number): number | undefined {
  let pid: unknown;
  let age: number;
  try {
    age = Date.now() - statSync(path).mtimeMs;
    if (staleMs !== undefined && age > staleMs) return undefined;
    pid = (JSON.parse(readFileSync(path, 'utf8')) as { pid?: unknown }).pid;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    pid = undefined;
    age = 0;
  }
  // Unreadable: being written this instant (held), or left half-written by a crash long ago (free).
  if (typeof pid !== 'number') return age > HALF_WRITTEN_MS ? undefined : -1;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    // ESRCH: no such process. EPERM: it exists, owned by someone else.
    return (error as NodeJS.ErrnoException).code === 'ESRCH' ? undefined : pid;
  }
}

/** Runs `fn` holding the lock, waiting up to `timeoutMs` for it. For command-line work, never the extension host's thread. */
export function withFileLock<T>(path: string, fn: () => T, options: FileLockOptions = {}): T {
  const started = Date.now();
  const timeoutMs = options.timeoutMs ?? 10_000;
  while (!tryLock(path, options.staleMs ?? 30_000)) {
    if (Date.now() - started > timeoutMs) throw new FileLockTimeout(path, Date.now() - started);
    sleep(25);
  }
  try {
    return fn();
  } finally {
    unlock(path);
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
