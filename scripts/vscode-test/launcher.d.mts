export interface VSCodeArgs {
  folders: string[];
  extensionDevelopmentPaths: string[];
  extensionTestsPath: string | undefined;
  extensionsDir: string | undefined;
}
export declare function parseVSCodeArgs(argv: string[]): VSCodeArgs;
export declare function workbenchUrl(
  port: number,
  options: { folder?: string; extensionDevelopmentPaths: string[]; extensionTestsPath: string },
): string;
