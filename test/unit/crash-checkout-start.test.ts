// SIGKILL while the checkout run plans, delegates and follows its flag (see crashHarness.ts).
import { crashTests, CHECKOUT } from './crashHarness';

crashTests([
  { flow: CHECKOUT, after: 'RunStarted', why: 'before the plan reached the journal' },
  { flow: CHECKOUT, after: 'PlanCreated', why: 'planned, nothing run' },
  { flow: CHECKOUT, after: 'TaskCompleted', why: 'after the first step' },
  { flow: CHECKOUT, after: 'DelegationCompleted', why: 'backend reported, its task not yet settled' },
  { flow: CHECKOUT, after: 'DelegationCompleted', tear: true, why: 'backend report torn mid-write' },
  { flow: CHECKOUT, after: 'FlagProcessed', why: 'backend settled with its flag and follow-up (one line)' },
  { flow: CHECKOUT, after: 'TaskAdded', tear: true, why: 'the flag line torn mid-write' },
]);
