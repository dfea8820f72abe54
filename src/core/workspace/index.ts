export { Workspace, normalizeRelative, type WorkspaceOptions, type FileList, type ReadFileOptions } from './workspace';
export { WorkspaceAccessError, isWorkspaceAccessError, type WorkspaceAccessReason } from './errors';
export type { ExclusionVerdict } from './exclusion';
export { readDirectory, sharedDirectoryListing, type ListDirectory } from './walk';
export type { FileTextSlice } from './fileText';
export type { TextMatch, TextSearchOptions } from './textSearch';
export { SECRET_FILE_PATTERNS, SECRET_FILE_ALLOWED, isSecretFileName } from './secretPaths';
