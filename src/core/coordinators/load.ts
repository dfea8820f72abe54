import { promises as fs } from 'node:fs';
import { BUILTIN_COORDINATORS } from './builtins';
import { type CoordinatorDefinition, type CoordinatorFileProblem } from './definition';
import { parseCoordinatorFile } from './agentFile';
import { errorMessage } from '../kernel/format';
import { filesInWorkspaceFolder } from '../workspace/pathGuard';

/**
 * Where user coordinators live, in loading order: a later folder overrides an earlier one, so the
 * orchestrator's own folder wins over the Claude Code subagents it shares a name with.
 */
export const COORDINATOR_FOLDERS: readonly string[] = ['.claude/agents', '.orchestrator/coordinators'];

/** Coordinator files are prompts; anything bigger is a mistake, not a prompt. */
const MAX_COORDINATOR_FILE_BYTES = 256 * 1024;

export interface LoadedCoordinators {
  /** Built-ins (in their fixed order, overridden in place), then user coordinators by name. */
  readonly coordinators: CoordinatorDefinition[];
  /** Files that were skipped, with the reason. */
  readonly errors: CoordinatorFileProblem[];
  /** Files that loaded with something dropped (write tools) or overridden. */
  readonly warnings: CoordinatorFileProblem[];
}

export async function loadCoordinators(root: string): Promise<LoadedCoordinators> {
  const byName = new Map<string, CoordinatorDefinition>(BUILTIN_COORDINATORS.map((c) => [c.name, c]));
  const errors: CoordinatorFileProblem[] = [];
  const warnings: CoordinatorFileProblem[] = [];
  for (const folder of COORDINATOR_FOLDERS) {
    const listing = await filesInWorkspaceFolder(root, folder, (name) => name.toLowerCase().endsWith('.md'));
    errors.push(...listing.refused);
    for (const { relative: file, real } of listing.files) {
      const text = await readCoordinatorFile(real, file, errors);
      if (text === undefined) continue;
      const parsed = parseCoordinatorFile(text, file);
      if (!parsed.ok) {
        errors.push(parsed.error);
        continue;
      }
      warnings.push(...parsed.warnings);
      const previous = byName.get(parsed.coordinator.name);
      if (previous && previous.source !== 'builtin') {
        warnings.push({ file, message: `${file} overrides coordinator '${previous.name}' from ${previous.source}` });
      }
      byName.set(parsed.coordinator.name, withBuiltinKeywords(parsed.coordinator));
    }
  }
  const builtinNames = BUILTIN_COORDINATORS.map((c) => c.name);
  const userNames = [...byName.keys()].filter((name) => !builtinNames.includes(name)).sort();
  const coordinators = [...builtinNames, ...userNames].map((name) => byName.get(name)!);
  return { coordinators, errors, warnings };
}

/** An override of a built-in keeps the built-in's routing words: the user changed the prompt, not the domain. */
function withBuiltinKeywords(coordinator: CoordinatorDefinition): CoordinatorDefinition {
  const builtin = BUILTIN_COORDINATORS.find((c) => c.name === coordinator.name);
  if (!builtin) return coordinator;
  return { ...coordinator, keywords: [...new Set([...builtin.keywords, ...coordinator.keywords])] };
}

async function readCoordinatorFile(absolute: string, file: string, errors: CoordinatorFileProblem[]): Promise<string | undefined> {
  try {
    const stats = await fs.stat(absolute);
    if (stats.size > MAX_COORDINATOR_FILE_BYTES) {
      errors.push({ file, message: `${file} is ${Math.ceil(stats.size / 1024)} KiB; a coordinator prompt must be under ${MAX_COORDINATOR_FILE_BYTES / 1024} KiB` });
      return undefined;
    }
    return await fs.readFile(absolute, 'utf8');
  } catch (error) {
    errors.push({ file, message: `${file} could not be read: ${errorMessage(error)}` });
    return undefined;
  }
}
