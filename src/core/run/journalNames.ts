/**
 * How a run's journal is named: `RUN.jsonl`, the run id safe as a file name everywhere. Its own
 * module, free of file I/O, so the extension's eager part (the Tasks view's watchers) can read
 * journal names without loading the journal store.
 */

const RUN_ID = /^[A-Za-z0-9_-]+$/;
const JOURNAL_SUFFIX = '.jsonl';

export function isRunId(runId: string): boolean {
  return RUN_ID.test(runId);
}

/** The run whose journal a file name is; undefined for any other file (index.json, its temp files, .gitignore). */
export function runIdOfJournal(fileName: string): string | undefined {
  if (!fileName.endsWith(JOURNAL_SUFFIX)) return undefined;
  const runId = fileName.slice(0, -JOURNAL_SUFFIX.length);
  return isRunId(runId) ? runId : undefined;
}
