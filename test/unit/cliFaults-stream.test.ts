// The fault matrix through the CLI, faults inside the streamed answer (see cliFaultMatrix.ts).
import { CASES, faultTests } from './cliFaultMatrix';

faultTests(CASES.slice(4, 8));
