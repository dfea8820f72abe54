// The fault matrix through the CLI, answers the model cannot finish: bad tool JSON, cut off, refused (see cliFaultMatrix.ts).
import { CASES, faultTests } from './cliFaultMatrix';

faultTests(CASES.slice(8));
