// The fault matrix through the CLI, HTTP and connection faults (see cliFaultMatrix.ts).
import { CASES, faultTests } from './cliFaultMatrix';

faultTests(CASES.slice(0, 4));
