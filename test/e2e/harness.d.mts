// Types for harness.mjs, so TypeScript e2e tests (run with tsx) can import it checked.
import type { Locator, Page } from 'playwright-core';

export declare const RESULTS_DIR: string;
export declare const SELECTORS: {
  readonly workbench: string;
  readonly quickInput: string;
  readonly quickInputBox: string;
  readonly quickInputRow: string;
  readonly notificationToast: string;
};

export interface OpenWorkbenchOptions {
  /** Absolute path of the folder the workbench opens. */
  folder: string;
  /** A .vsix to install into the run's fresh extensions dir. */
  vsixPath?: string;
  vsixPaths?: string[];
  /** User settings on top of the quiet defaults (telemetry off, no startup editor, no updates). */
  settings?: Record<string, unknown>;
  /** Extra environment for code-server and so for the extension host (e.g. ANTHROPIC_BASE_URL). */
  env?: Record<string, string>;
  /** 0 or absent: any free port on 127.0.0.1. */
  port?: number;
}

export declare class Workbench {
  constructor(options: { name: string; log: (line: string) => void });
  readonly name: string;
  readonly resultsDir: string;
  /** Set once open() has loaded the workbench. */
  page: Page;
  url: string | undefined;
  own(stop: () => unknown): void | Promise<unknown>;
  open(options: OpenWorkbenchOptions): Promise<this>;
  openCommandPalette(): Promise<Locator>;
  runCommand(title: string, options?: { timeoutMs?: number }): Promise<void>;
  screenshot(name: string): Promise<string>;
  stop(): Promise<void>;
}

export declare function withWorkbench<T>(
  options: OpenWorkbenchOptions & { name: string; log?: (line: string) => void },
  drive: (workbench: Workbench) => Promise<T>,
): Promise<T>;
