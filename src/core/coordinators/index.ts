export { BUILTIN_COORDINATORS, RESPONSE_CONTRACT_INSTRUCTIONS } from './builtins';
export { deriveKeywords, WORKSPACE_TOOL_NAMES, type CoordinatorDefinition, type CoordinatorFileProblem, type WorkspaceToolName } from './definition';
export { parseCoordinatorFile, type CoordinatorFileParse } from './agentFile';
export { COORDINATOR_FOLDERS, loadCoordinators, type LoadedCoordinators } from './load';
