import type { CoordinatorReport } from '../../kernel/contract';
import type { Concern } from '../types';

/** What the analyzer worker is started with: the workspace and its files, encoded once and transferred, not copied. */
export interface WorkerSetup {
  readonly root: string;
  /** Workspace-relative paths joined by "\n", UTF-8. */
  readonly files: Uint8Array;
}

/** The serialisable part of LocalAnalysisOptions. */
export interface RunOptions {
  readonly request: string;
  readonly context?: string;
  readonly focus?: Concern;
}

export type ToWorker = { readonly type: 'run'; readonly id: number; readonly domain: string; readonly options: RunOptions };

export type FromWorker =
  | { readonly type: 'report'; readonly id: number; readonly report: CoordinatorReport }
  | { readonly type: 'error'; readonly id: number; readonly name: string; readonly message: string };

export function encodeFiles(files: readonly string[]): Uint8Array {
  return new TextEncoder().encode(files.join('\n'));
}

export function decodeFiles(bytes: Uint8Array): string[] {
  const text = new TextDecoder().decode(bytes);
  return text === '' ? [] : text.split('\n');
}
