// SIGKILL while a flag waits for its batch to end, and right after it is decided (see crashHarness.ts).
import { crashTests, SECURITY_WAITING } from './crashHarness';

crashTests([
  { flow: SECURITY_WAITING, after: 'FlagWaiting', why: 'the breach waits for backend, still answering, with queued work paused' },
  { flow: SECURITY_WAITING, after: 'FlagProcessed', why: 'the waiting breach decided once the batch ended' },
  { flow: SECURITY_WAITING, after: 'TasksResumed', why: 'the work the waiting breach paused resumed' },
]);
