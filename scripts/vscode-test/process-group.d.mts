import type { ChildProcess } from 'node:child_process';
export interface GroupExit { code: number | null; signal: NodeJS.Signals | null; error?: Error }
export interface ProcessGroup {
  child: ChildProcess;
  pid: number | undefined;
  exited: Promise<GroupExit>;
  /** SIGTERM to the whole group, SIGKILL to what is left after the grace period. */
  stop(): Promise<void>;
}
/** Sends `signal` to every process of the group; a group already gone is not an error. */
export declare function signalGroup(pgid: number, signal: NodeJS.Signals): void;
/** Whether any process of the group is still running. */
export declare function groupAlive(pgid: number): boolean;
export declare function spawnGroup(
  command: string,
  args: string[],
  options?: { env?: NodeJS.ProcessEnv; cwd?: string; onLine?: (stream: 'stdout' | 'stderr', line: string) => void; graceMs?: number },
): ProcessGroup;
/** Resolves to the condition's first truthy value. */
export declare function waitFor<T>(condition: () => T | Promise<T>, options: { timeoutMs: number; intervalMs?: number; what: string }): Promise<NonNullable<T>>;
export declare function waitForHttp(url: string, options: { timeoutMs: number; exited?: Promise<unknown> }): Promise<boolean>;
export declare function withTimeout<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T>;
export declare class TimeoutError extends Error {}
export declare function runInGroup(command: string, args: string[], options?: { env?: NodeJS.ProcessEnv; cwd?: string }): Promise<number>;
