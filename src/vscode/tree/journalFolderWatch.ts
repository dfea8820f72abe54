import { existsSync, watch, type FSWatcher } from 'node:fs';
import type * as vscode from 'vscode';
import { errorMessage } from '../../core/kernel/format';
import { runIdOfJournal } from '../../core/run/journalNames';

/**
 * Watches each workspace folder's journal folder itself (`fs.watch` on that one directory), so a run
 * another process writes changes in the Tasks view even where VS Code's file watcher says nothing:
 * a folder matched by `files.watcherExclude`, a monorepo past the system's inotify limit, or a
 * window whose workspace watcher has not started (seen in the extension-host tests: some windows
 * delivered no event at all). One directory watch per folder costs one inotify watch.
 *
 * A journal folder that does not exist yet is not created (that would dirty a workspace that never
 * ran anything): `ensure`, called on every listing, starts watching it once it appears.
 */
export class JournalFolderWatch implements vscode.Disposable {
  private readonly watchers = new Map<string, FSWatcher>();
  /** Folders whose watch failed (out of inotify watches, say): said once, not retried on every listing. */
  private readonly failed = new Set<string>();

  constructor(
    private readonly folders: () => readonly string[],
    /** A run's journal changed (its id), or something in the folder did (undefined). */
    private readonly onChange: (runId: string | undefined) => void,
    private readonly warn: (message: string) => void,
  ) {}

  /** Watches the journal folders that exist now and stops watching those no longer in the workspace. */
  ensure(): void {
    const wanted = new Set(this.folders());
    for (const [dir, watcher] of this.watchers) {
      if (!wanted.has(dir)) {
        watcher.close();
        this.watchers.delete(dir);
      }
    }
    for (const dir of wanted) {
      if (!this.watchers.has(dir) && !this.failed.has(dir) && existsSync(dir)) this.start(dir);
    }
  }

  private start(dir: string): void {
    let watcher: FSWatcher;
    try {
      watcher = watch(dir, { persistent: false }, (_event, name) => {
        // No name (some platforms): any run may have changed. A name that is no journal changes no run.
        const runId = name === null ? undefined : runIdOfJournal(String(name));
        if (name === null || runId) this.onChange(runId);
      });
    } catch (error) {
      this.fail(dir, error);
      return;
    }
    // The folder was deleted, or the system took the watch back: the next listing looks again.
    watcher.on('error', (error) => {
      watcher.close();
      if (this.watchers.get(dir) === watcher) this.watchers.delete(dir);
      if (existsSync(dir)) this.fail(dir, error);
      this.onChange(undefined);
    });
    this.watchers.set(dir, watcher);
  }

  private fail(dir: string, error: unknown): void {
    this.failed.add(dir);
    this.warn(`cannot watch ${dir} (${errorMessage(error)}): runs other processes write there show their changes on Refresh or when VS Code's file watcher reports them`);
  }

  dispose(): void {
    for (const watcher of this.watchers.values()) watcher.close();
    this.watchers.clear();
  }
}
