export declare function createIsolatedEnv(
  prefix: string,
  baseEnv?: NodeJS.ProcessEnv,
): { root: string; env: NodeJS.ProcessEnv; dir(name: string): string; dispose(): void };
