import { z } from 'zod';

/**
 * Messages between the extension host and the Progress webview. Imported by both sides; each
 * message is a named type with its own payload. Incoming messages are parsed, never cast.
 */

/** `review`: kept for the user to judge (dismiss, or delegate to a coordinator they pick). */
export type FlagState = 'raised' | 'processed' | 'rejected' | 'review' | 'dismissed';

export interface DashboardFinding {
  readonly title: string;
  readonly severity: string;
  /** Rendered on the host with markdown-it (raw HTML disabled). */
  readonly detailHtml: string;
  /** "file:line", or "file:line (unverified: why)" for a location the workspace does not back: text, never a link. */
  readonly evidence: readonly { readonly label: string; readonly verified: boolean }[];
}

export interface DashboardDiscovery {
  readonly domain: string;
  readonly status: 'queued' | 'in_progress' | 'completed' | 'failed';
  readonly summary?: string;
  /** Why the delegation failed. */
  readonly error?: string;
  /** "Evidence: 2 verified / 1 unverified", when the report cites any. */
  readonly evidence?: string;
  readonly findings: readonly DashboardFinding[];
}

export interface DashboardFlag {
  readonly id: string;
  readonly type: string;
  readonly reason: string;
  readonly priority: string;
  readonly raisedBy: string;
  readonly state: FlagState;
  readonly note?: string;
}

export interface DashboardRun {
  readonly runId: string;
  /** The request on one line, shortened: the view's heading. */
  readonly title: string;
  /** The whole request: the heading's tooltip. */
  readonly request: string;
  /** As the host's engine shows it: a run that says running but nothing drives is interrupted. */
  readonly status: 'running' | 'interrupted' | 'completed' | 'failed' | 'cancelled';
  /** True when this window is driving the run (it can be cancelled). */
  readonly active: boolean;
  readonly mode: 'model' | 'local';
  /** The workspace folder's name when the window has several. */
  readonly folder?: string;
  readonly priority: 'normal' | 'critical';
  readonly progress: { readonly percent: number; readonly label: string };
  /** The tasks in hand, as checklist lines. */
  readonly currentTasks: readonly string[];
  readonly discoveries: readonly DashboardDiscovery[];
  readonly flags: readonly DashboardFlag[];
  readonly tokens: { readonly input: number; readonly output: number; readonly cacheRead: number; readonly cacheWrite: number };
  /** What the run cost (core/cost/describe.ts), absent in local mode and before the first model call. */
  readonly cost?: {
    readonly total: string;
    /** "backend: $0.0123 · …", one per coordinator. */
    readonly coordinators: readonly string[];
    readonly note?: string;
    readonly limit?: string;
  };
  /** Why the run waits at its cost limit, while it does. */
  readonly costPause?: string;
  readonly synthesisHtml?: string;
  /** Memory updates proposed and not yet in their files: what "Review memory updates" offers. */
  readonly memoryEditCount: number;
  /** Files that already hold this run's memory updates (applied). */
  readonly memoryApplied: readonly string[];
  /** Why the run failed or was cancelled. */
  readonly error?: string;
}

export interface DashboardSnapshot {
  /** Set when the workspace is not trusted: nothing is sent to a model. */
  readonly trustNotice?: string;
  /** How the next run will talk to a model, in words. */
  readonly modeNotice?: string;
  readonly run?: DashboardRun;
}

// host → webview
export interface StateMessage { readonly type: 'state'; readonly snapshot: DashboardSnapshot }
export interface ErrorMessage { readonly type: 'error'; readonly message: string }
/** A request from the view that did not start (another run holds the window, say): its text goes back to the input. */
export interface RequestRefusedMessage { readonly type: 'requestRefused'; readonly text: string; readonly message: string }
export type HostToWebviewMessage = StateMessage | ErrorMessage | RequestRefusedMessage;

// webview → host
export const readyMessageSchema = z.object({ type: z.literal('ready') });
export const startRequestMessageSchema = z.object({ type: z.literal('startRequest'), text: z.string().trim().min(1).max(10_000) });
export const reviewMemoryMessageSchema = z.object({ type: z.literal('reviewMemory'), runId: z.string().min(1) });
export const cancelRunMessageSchema = z.object({ type: z.literal('cancelRun'), runId: z.string().min(1) });
/** A flag kept for review: let it go, or send it to a coordinator (the host asks which). */
export const dismissFlagMessageSchema = z.object({ type: z.literal('dismissFlag'), runId: z.string().min(1), flagId: z.string().min(1) });
export const delegateFlagMessageSchema = z.object({ type: z.literal('delegateFlag'), runId: z.string().min(1), flagId: z.string().min(1) });

export const webviewToHostMessageSchema = z.discriminatedUnion('type', [
  readyMessageSchema,
  startRequestMessageSchema,
  reviewMemoryMessageSchema,
  cancelRunMessageSchema,
  dismissFlagMessageSchema,
  delegateFlagMessageSchema,
]);
export type WebviewToHostMessage = z.infer<typeof webviewToHostMessageSchema>;
export type ReadyMessage = z.infer<typeof readyMessageSchema>;
export type StartRequestMessage = z.infer<typeof startRequestMessageSchema>;
export type ReviewMemoryMessage = z.infer<typeof reviewMemoryMessageSchema>;
export type CancelRunMessage = z.infer<typeof cancelRunMessageSchema>;
export type DismissFlagMessage = z.infer<typeof dismissFlagMessageSchema>;
export type DelegateFlagMessage = z.infer<typeof delegateFlagMessageSchema>;
