// SIGKILL after a failed run's later steps and while it is resumed (see crashHarness.ts; the first steps are in
// crash-flows.test.ts).
import { crashTests, FAILING } from './crashHarness';

crashTests([
  { flow: FAILING, after: 'TaskSkipped', why: 'the failed delegation\'s response skipped' },
  { flow: FAILING, after: 'RunFailed', why: 'the run failed' },
  { flow: FAILING, after: 'TaskRetried', inResume: true, why: 'resuming the failed run: retries journaled' },
  { flow: FAILING, after: 'RunResumed', inResume: true, why: 'resuming the failed run: resume journaled' },
]);
