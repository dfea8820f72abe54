import { runSuites } from './mochaSuites';

/** Entry point VS Code calls in the extension host (extensionTestsPath): the suites of a trusted window. */
export function run(): Promise<void> {
  return runSuites('suite');
}
