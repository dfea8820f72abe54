import type { Finding, RaisedFlag } from '../kernel/contract';

/** The built-in coordinator domains that have a local (no model) mode. */
export const LOCAL_DOMAINS = ['database', 'backend', 'frontend', 'security', 'infrastructure'] as const;
export type LocalDomain = (typeof LOCAL_DOMAINS)[number];

export function isLocalDomain(domain: string): domain is LocalDomain {
  return (LOCAL_DOMAINS as readonly string[]).includes(domain);
}

/** Read-only view of the workspace an analyzer works on. */
export interface AnalyzerContext {
  /** Workspace-relative, forward slashes, already excluding gitignored and secret files. */
  readonly files: readonly string[];
  /** Text of a workspace file; throws if unreadable. */
  read(path: string): Promise<string>;
  /** Size in bytes. */
  size(path: string): Promise<number>;
}

/** What a finding is about, so a request about one thing is not answered with another. */
export type Concern = 'performance' | 'security' | 'reliability';

export interface AnalyzerFinding extends Finding {
  /** Id of the analyzer that produced it. */
  analyzer: string;
  /** The flag this finding should raise for another domain. */
  flag?: RaisedFlag;
  /** A factual note for project memory (what was found, where). */
  memoryNote?: string;
  /**
   * What it is about. A coordinator asked about one concern (a performance request) leaves out
   * findings that declare only others; findings that declare none are always kept.
   */
  concerns?: readonly Concern[];
}

export interface Analyzer {
  readonly id: string;
  readonly domain: LocalDomain;
  readonly description: string;
  run(ctx: AnalyzerContext, signal?: AbortSignal): Promise<AnalyzerFinding[]>;
}
