import type { Browser, Page } from 'playwright-core';
export declare const CHROMIUM_PATH: string;
export declare function launchChromium(options?: { env?: NodeJS.ProcessEnv; headless?: boolean }): Promise<Browser>;
export declare function relayConsole(page: Page, write: (line: string) => void, options?: { verbose?: boolean }): void;
export declare function formatConsoleArgs(args: unknown[]): string | undefined;
