import { runSuites } from './mochaSuites';

/** Entry point for the window with two workspace folders (the runner's third pass): its own suites. */
export function run(): Promise<void> {
  return runSuites('multiRoot');
}
