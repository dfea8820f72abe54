/** Why a workspace path was refused; hosts and the model's tools branch on it. */
export type WorkspaceAccessReason = 'outside' | 'absolute' | 'excluded' | 'secret' | 'not_found' | 'too_large' | 'binary' | 'past_end' | 'invalid';

/**
 * A refused workspace access. The message is written for the model (it goes back as a tool error),
 * so it says what to do instead, not how the check works.
 */
export class WorkspaceAccessError extends Error {
  constructor(
    readonly reason: WorkspaceAccessReason,
    readonly requestedPath: string,
    message: string,
    /** For a file refused by its content: the kind of secret it is ('private key', …). */
    readonly secretKind?: string,
  ) {
    super(message);
    this.name = 'WorkspaceAccessError';
  }
}

export function isWorkspaceAccessError(value: unknown): value is WorkspaceAccessError {
  return value instanceof WorkspaceAccessError;
}

export function secretError(requested: string): WorkspaceAccessError {
  return new WorkspaceAccessError(
    'secret',
    requested,
    `Path '${requested}' looks like a secret (credentials, keys or environment values) and is never readable; read a template such as '.env.example' if one exists, or ask the user for the setting you need.`,
  );
}

export function secretContentError(requested: string, kind: string): WorkspaceAccessError {
  return new WorkspaceAccessError(
    'secret',
    requested,
    `File '${requested}' holds a ${kind} and is never readable; its contents are secret. Work from the code that uses it, or ask the user what you need to know about it.`,
    kind,
  );
}

export function excludedError(requested: string): WorkspaceAccessError {
  return new WorkspaceAccessError(
    'excluded',
    requested,
    `Path '${requested}' is excluded (gitignored, dependencies, or generated files) and is not readable; read the project's own source files instead.`,
  );
}

export function notFoundError(requested: string): WorkspaceAccessError {
  return new WorkspaceAccessError(
    'not_found',
    requested,
    `Path '${requested}' does not exist; use list_files or search_text to find the right path.`,
  );
}

export function folderError(requested: string): WorkspaceAccessError {
  return new WorkspaceAccessError(
    'invalid',
    requested,
    `Path '${requested}' is a folder; use list_files with a glob such as '${requested.replace(/\/+$/, '')}/**' to see its files.`,
  );
}

/** Pipes, sockets and devices: reading one can block forever, so only regular files are read. */
export function notARegularFileError(requested: string): WorkspaceAccessError {
  return new WorkspaceAccessError('invalid', requested, `Path '${requested}' is not a regular file (a pipe, socket or device) and cannot be read.`);
}

export function binaryError(requested: string, relative: string): WorkspaceAccessError {
  return new WorkspaceAccessError('binary', requested, `File '${relative}' is binary and cannot be shown as text.`);
}
