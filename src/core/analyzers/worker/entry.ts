import { parentPort, workerData } from 'node:worker_threads';
import { runLocalAnalysis } from '../localReport';
import { createFsAnalyzerContext } from '../fs-context';
import { decodeFiles, type FromWorker, type ToWorker, type WorkerSetup } from './protocol';

/**
 * The analyzer worker: parses and analyzes off the extension host's thread. One per run; the
 * program it parses is shared by the run's delegations. Cancelling terminates it.
 */
function main(): void {
  const port = parentPort;
  if (!port) throw new Error('the analyzer worker runs in a worker thread');
  const setup = workerData as WorkerSetup;
  const ctx = createFsAnalyzerContext(setup.root, decodeFiles(setup.files));
  port.on('message', (message: ToWorker) => {
    if (message.type !== 'run') return;
    runLocalAnalysis(message.domain, ctx, message.options).then(
      (report) => port.postMessage({ type: 'report', id: message.id, report } satisfies FromWorker),
      (error: unknown) => port.postMessage({
        type: 'error', id: message.id,
        name: error instanceof Error ? error.name : 'Error',
        message: error instanceof Error ? error.message : String(error),
      } satisfies FromWorker),
    );
  });
}

main();
