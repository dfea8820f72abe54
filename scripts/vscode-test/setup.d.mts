export declare const NODE_VERSION: string;
export declare const CODE_SERVER_VERSION: string;
export declare const VSCODE_VERSION: string;
export declare const repoRoot: string;
export declare const testVSCodeDir: string;
export declare const APT_COMMAND: string;
export declare class MissingPrerequisiteError extends Error {
  readonly missing: string[];
}
export declare class InstallFailedError extends Error {}
export interface TestVSCode {
  node24: string;
  codeServerBin: string;
  serverMain: string;
  vscodeVersion: string;
}
/** `env` for an npm install of our own, without the variables an enclosing `npm run` exports about itself. */
export declare function innerNpmEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
export declare function ensureTestVSCode(options?: { log?: (line: string) => void; browser?: boolean }): Promise<TestVSCode>;
