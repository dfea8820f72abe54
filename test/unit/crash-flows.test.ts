// SIGKILL around a critical flag's pause and around a failed delegation (see crashHarness.ts). The failed run's
// later steps and its resume are in crash-flows-resume.test.ts: together they took 56-60 s, at the minute each
// test file had then (scripts/run-unit-tests.mjs).
import { crashTests, FAILING, SECURITY } from './crashHarness';

crashTests([
  { flow: SECURITY, after: 'TasksPaused', why: 'a critical flag paused queued work' },
  { flow: SECURITY, after: 'TasksResumed', why: 'the paused work resumed' },
  { flow: FAILING, after: 'DelegationFailed', why: 'a delegation failed (with its task, one line)' },
]);
