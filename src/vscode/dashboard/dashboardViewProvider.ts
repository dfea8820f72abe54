import * as vscode from 'vscode';
import { webviewToHostMessageSchema, type DashboardSnapshot, type HostToWebviewMessage, type WebviewToHostMessage } from '../../protocol/dashboard';
import type { MemoryEditService } from '../memoryEdits';
import { Disposable } from '../lifecycle';
import { modelChoiceNotice, UNTRUSTED_NOTICE, type RunService } from '../runService';
import { dashboardHtml } from './dashboardHtml';
import { buildSnapshot } from './snapshot';
import { errorMessage } from '../../core/kernel/format';

const UPDATE_DELAY_MS = 100;

export interface DashboardActions {
  startRequest(text: string): Promise<void>;
  reviewMemory(runId: string): Promise<void>;
  cancelRun(runId: string): void;
  dismissFlag(runId: string, flagId: string): Promise<void>;
  delegateFlag(runId: string, flagId: string): Promise<void>;
}

/**
 * The Progress webview view. Messages follow src/protocol/dashboard.ts; anything sent before the page
 * said `ready` waits in a queue, and a re-shown page asks again, so the latest snapshot always lands.
 */
export class DashboardViewProvider extends Disposable implements vscode.WebviewViewProvider {
  static readonly viewId = 'taskOrchestrator.progress';
  private view: vscode.WebviewView | undefined;
  private ready = false;
  private readonly queue: HostToWebviewMessage[] = [];
  private updateTimer: ReturnType<typeof setTimeout> | undefined;
  private modeNotice: string | undefined;
  private stateRequests = 0;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly runs: RunService,
    private readonly actions: DashboardActions,
    private readonly memory: Pick<MemoryEditService, 'status' | 'onDidApply'>,
    private readonly log: vscode.LogOutputChannel,
  ) {
    super();
    this._register(runs.onDidChangeRun(() => this.scheduleUpdate()));
    this._register(memory.onDidApply(() => this.scheduleUpdate()));
    this._register(vscode.workspace.onDidGrantWorkspaceTrust(() => void this.refreshModeNotice()));
    this._register({ dispose: () => clearTimeout(this.updateTimer) });
  }

  /** The view is open and its page loaded (its script ran under the CSP and said `ready`). */
  get isReady(): boolean {
    return this.view !== undefined && this.ready;
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    this.ready = false;
    const webviewRoot = vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview');
    view.webview.options = {
      enableScripts: true,
      localResourceRoots: [webviewRoot, vscode.Uri.joinPath(this.extensionUri, 'media')],
    };
    view.webview.html = dashboardHtml(
      view.webview,
      view.webview.asWebviewUri(vscode.Uri.joinPath(webviewRoot, 'dashboard.js')),
      view.webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'dashboard.css')),
    );
    const subscriptions = [
      view.webview.onDidReceiveMessage((raw: unknown) => this.receive(raw)),
      view.onDidDispose(() => {
        this.view = undefined;
        this.ready = false;
        for (const s of subscriptions) s.dispose();
      }),
    ];
    void this.refreshModeNotice();
  }

  private receive(raw: unknown): void {
    const parsed = webviewToHostMessageSchema.safeParse(raw);
    if (!parsed.success) {
      this.log.warn(`progress view sent an unexpected message: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
      return;
    }
    void this.handle(parsed.data).catch((error: unknown) => {
      const message = errorMessage(error);
      this.post({ type: 'error', message });
    });
  }

  private async handle(message: WebviewToHostMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        await this.postState();
        return;
      case 'startRequest':
        try {
          await this.actions.startRequest(message.text);
        } catch (error) {
          this.post({ type: 'requestRefused', text: message.text, message: error instanceof Error ? error.message : String(error) });
        }
        return;
      case 'reviewMemory':
        return this.actions.reviewMemory(message.runId);
      case 'cancelRun':
        return this.actions.cancelRun(message.runId);
      case 'dismissFlag':
        return this.actions.dismissFlag(message.runId, message.flagId);
      case 'delegateFlag':
        return this.actions.delegateFlag(message.runId, message.flagId);
    }
  }

  private async refreshModeNotice(): Promise<void> {
    try {
      this.modeNotice = modelChoiceNotice(await this.runs.chooseModel());
    } catch {
      this.modeNotice = undefined;
    }
    this.scheduleUpdate();
  }

  /** Coalesced: a burst of run events becomes one message. */
  private scheduleUpdate(): void {
    if (this.updateTimer) return;
    this.updateTimer = setTimeout(() => {
      this.updateTimer = undefined;
      void this.postState();
    }, UPDATE_DELAY_MS);
  }

  /** Snapshots are built asynchronously: only the newest one asked for is posted. */
  private async postState(): Promise<void> {
    const asked = ++this.stateRequests;
    const snapshot = await this.snapshot();
    if (asked === this.stateRequests) this.post({ type: 'state', snapshot });
  }

  /** The run this window drives, else the newest one (read without blocking; recent runs are kept). */
  private async snapshot(): Promise<DashboardSnapshot> {
    const current = this.runs.currentRun;
    let state = current?.state;
    if (!state) {
      const newest = await this.runs.newestRunId().catch(() => undefined);
      state = newest ? await this.runs.loadRun(newest) : undefined;
    }
    // Which memory updates are still to apply is read from the files, once the run has proposed some.
    const memory = state && state.memoryEdits.length > 0 ? await this.memory.status(state) : undefined;
    return buildSnapshot(state, {
      memory: memory && { pending: memory.pending.length, applied: memory.applied },
      active: state !== undefined && this.runs.isActive(state.runId),
      folder: state && this.runs.folderLabel(state.workspace),
      trustNotice: vscode.workspace.isTrusted ? undefined : UNTRUSTED_NOTICE,
      modeNotice: this.modeNotice,
    });
  }

  private post(message: HostToWebviewMessage): void {
    if (!this.view || !this.ready) {
      // Only the latest state matters; errors are kept in order.
      if (message.type === 'state') this.queue.splice(0, this.queue.length, ...this.queue.filter((m) => m.type !== 'state'));
      this.queue.push(message);
      return;
    }
    for (const queued of this.queue.splice(0)) void this.view.webview.postMessage(queued);
    void this.view.webview.postMessage(message);
  }
}
