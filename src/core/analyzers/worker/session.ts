import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CoordinatorReport } from '../../kernel/contract';
import { encodeFiles, type FromWorker, type RunOptions, type ToWorker, type WorkerSetup } from './protocol';

/** Local analysis for one run: the coordinators of every domain ask it, it parses the workspace once. */
export interface AnalyzerSession {
  run(domain: string, options: RunOptions, signal: AbortSignal): Promise<CoordinatorReport>;
  dispose(): void;
}

export class AnalyzerWorkerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AnalyzerWorkerError';
  }
}

/**
 * tsx's require hook, used only without a build. Not written as one literal: esbuild warns of a literal
 * given to require.resolve in a bundle, and a bundle never reaches that call.
 */
const TSX_HOOK: string = ['tsx', 'cjs'].join('/');
/**
 * The worker script: `analyzer-worker.js` beside the bundle in a build (dist/); in tests and
 * development (no build), the TypeScript entry loaded through tsx's require hook.
 */
function workerScript(): { script: string; eval: boolean } {
  for (let dir = __dirname, i = 0; i < 4; i++, dir = dirname(dir)) {
    const bundled = join(dir, 'analyzer-worker.js');
    if (existsSync(bundled)) return { script: bundled, eval: false };
  }
  // The hook by its full path: an eval'd worker resolves bare names from the process's working directory, which is the user's project
  // (`task-orchestrator run` from a checkout without a build), not this repository.
  return { script: `require(${JSON.stringify(require.resolve(TSX_HOOK))}); require(${JSON.stringify(join(__dirname, 'entry.ts'))});`, eval: true };
}

interface Pending {
  /** The worker the request was sent to: its failure fails only its own requests. */
  readonly worker: Worker;
  readonly resolve: (report: CoordinatorReport) => void;
  readonly reject: (error: Error) => void;
}

/**
 * Runs the analyzers in a worker thread, so parsing a large workspace never holds the extension
 * host. Started on first use; an abort terminates it (parsing stops at once) and the next request
 * starts a fresh one.
 */
export class AnalyzerWorker implements AnalyzerSession {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  /** `script`: a built worker bundle to run instead of the one found beside this module (the bench measures the shipped bundle). */
  constructor(private readonly root: string, private readonly files: readonly string[], private readonly script?: string) {}

  run(domain: string, options: RunOptions, signal: AbortSignal): Promise<CoordinatorReport> {
    signal.throwIfAborted();
    const worker = this.start();
    const id = this.nextId++;
    return new Promise<CoordinatorReport>((resolve, reject) => {
      const onAbort = () => {
        this.pending.delete(id);
        this.stop(); // a CPU-bound parse cannot be interrupted any other way
        reject(signal.reason instanceof Error ? signal.reason : new DOMException('This operation was aborted', 'AbortError'));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      this.pending.set(id, {
        worker,
        resolve: (report) => { signal.removeEventListener('abort', onAbort); resolve(report); },
        reject: (error) => { signal.removeEventListener('abort', onAbort); reject(error); },
      });
      worker.ref(); // keep the process alive while a delegation waits for it
      worker.postMessage({ type: 'run', id, domain, options } satisfies ToWorker);
    });
  }

  dispose(): void {
    this.stop();
    for (const p of this.pending.values()) p.reject(new AnalyzerWorkerError('local analysis was stopped'));
    this.pending.clear();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const script = this.script ? { script: this.script, eval: false } : workerScript();
    const setup: WorkerSetup = { root: this.root, files: encodeFiles(this.files) };
    const worker = new Worker(script.script, { eval: script.eval, workerData: setup, transferList: [setup.files.buffer as ArrayBuffer] });
    worker.on('message', (message: FromWorker) => {
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      if (![...this.pending.values()].some((p) => p.worker === worker)) worker.unref();
      if (message.type === 'report') pending.resolve(message.report);
      else pending.reject(Object.assign(new AnalyzerWorkerError(message.message), { name: message.name }));
    });
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = undefined;
      for (const [id, p] of this.pending) {
        if (p.worker !== worker) continue;
        this.pending.delete(id);
        p.reject(error);
      }
    };
    worker.on('error', (error) => fail(new AnalyzerWorkerError(`local analysis failed: ${error.message}`)));
    worker.on('exit', (code) => fail(new AnalyzerWorkerError(`local analysis stopped (worker exit code ${code})`)));
    this.worker = worker;
    return worker;
  }

  private stop(): void {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) void worker.terminate();
  }
}
