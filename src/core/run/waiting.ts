import { describeModelWait } from '../model/wait';
import type { TaskView } from './state';

/**
 * What a task in progress is waiting for, in the words every surface shows ("rate limited (429):
 * retrying in 42 s", "no answer for 20 s (gives up at 60 s)"); undefined when it is not waiting.
 */
export function taskWaitText(task: TaskView): string | undefined {
  return task.status === 'in_progress' && task.waiting ? describeModelWait(task.waiting) : undefined;
}
