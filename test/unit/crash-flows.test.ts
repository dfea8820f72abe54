// SIGKILL around a critical flag's pause and around a failed run and its resume (see crashHarness.ts).
import { crashTests, FAILING, SECURITY } from './crashHarness';

crashTests([
  { flow: SECURITY, after: 'TasksPaused', why: 'a critical flag paused queued work' },
  { flow: SECURITY, after: 'TasksResumed', why: 'the paused work resumed' },
  { flow: FAILING, after: 'DelegationFailed', why: 'a delegation failed (with its task, one line)' },
  { flow: FAILING, after: 'TaskSkipped', why: 'the failed delegation\'s response skipped' },
  { flow: FAILING, after: 'RunFailed', why: 'the run failed' },
  { flow: FAILING, after: 'TaskRetried', inResume: true, why: 'resuming the failed run: retries journaled' },
  { flow: FAILING, after: 'RunResumed', inResume: true, why: 'resuming the failed run: resume journaled' },
]);
