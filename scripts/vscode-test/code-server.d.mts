import type { createIsolatedEnv } from './isolated-env.mjs';
export declare const QUIET_USER_SETTINGS: Record<string, unknown>;
export declare class PortInUseError extends Error {
  readonly port: number;
}
export declare function assertPortFree(port: number): Promise<void>;
export declare function findFreePort(): Promise<number>;
export interface CodeServer {
  port: number;
  url: string;
  pid: number | undefined;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(): Promise<void>;
  userDataDir: string;
}
export declare function startCodeServer(options: {
  vscode: { node24: string; codeServerBin: string };
  isolated: ReturnType<typeof createIsolatedEnv>;
  folder: string;
  vsixPaths?: string[];
  port?: number;
  settings?: Record<string, unknown>;
  env?: Record<string, string>;
  log?: (line: string) => void;
  onServerLine?: (line: string) => void;
}): Promise<CodeServer>;
