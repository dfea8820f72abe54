/** Why a workspace path was refused; hosts and the model's tools branch on it. */
export type WorkspaceAccessReason = 'outside' | 'absolute' | 'excluded' | 'secret' | 'not_found' | 'too_large' | 'invalid';

/**
 * A refused workspace access. The message is written for the model (it goes back as a tool error),
 * so it says what to do instead, not how the check works.
 */
export class WorkspaceAccessError extends Error {
  constructor(
    readonly reason: WorkspaceAccessReason,
    readonly requestedPath: string,
    message: string,
  ) {
    super(message);
    this.name = 'WorkspaceAccessError';
  }
}

export function isWorkspaceAccessError(value: unknown): value is WorkspaceAccessError {
  return value instanceof WorkspaceAccessError;
}
