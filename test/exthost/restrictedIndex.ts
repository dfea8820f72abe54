import { runSuites } from './mochaSuites';

/** Entry point for the window opened in Restricted Mode (the runner's second pass): its own suites. */
export function run(): Promise<void> {
  return runSuites('restricted');
}
