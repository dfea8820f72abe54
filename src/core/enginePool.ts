import type { Orchestrator, OrchestratorConfig } from './orchestrator';

/**
 * The engine's code, loaded when the first engine is made: in the extension it is a bundle of its
 * own (dist/engine.js, see scripts/build.mjs), so activating the extension does not parse it.
 */
function engineModule(): typeof import('./orchestrator') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a synchronous load on first use, mapped to dist/engine.js by the build
  return require('./orchestrator') as typeof import('./orchestrator');
}

/**
 * One engine per workspace folder for a host's lifetime: the VS Code extension keeps one per folder
 * of the window, the bench one per scratch workspace, so both measure and use the same warm caches.
 * An engine is rebuilt only when what it was built with changes (the exclusion globs, say), since
 * its workspace view caches by them; a run already under way keeps the engine it started with.
 */
export class EnginePool {
  private readonly engines = new Map<string, { readonly signature: string; readonly engine: Orchestrator }>();

  engineFor(config: OrchestratorConfig): Orchestrator {
    const signature = JSON.stringify([config.builtinTemplatesDir, config.runsDir ?? null, config.exclude ?? [], config.flagLimits ?? null]);
    const kept = this.engines.get(config.workspaceRoot);
    if (kept?.signature === signature) return kept.engine;
    const engine = new (engineModule().Orchestrator)(config);
    this.engines.set(config.workspaceRoot, { signature, engine });
    return engine;
  }

  /** Drops engines of folders no longer open; the rest keep their caches. */
  retain(folders: readonly string[]): void {
    const open = new Set(folders);
    for (const folder of this.engines.keys()) if (!open.has(folder)) this.engines.delete(folder);
  }

  clear(): void {
    this.engines.clear();
  }
}
