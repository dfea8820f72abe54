import * as vscode from 'vscode';
import { errorMessage } from '../core/kernel/format';
import { plainText } from '../core/kernel/untrustedText';
import type { RunService, ServiceRun } from './runService';

export const FLAG_COMMANDS = {
  dismissFlag: 'taskOrchestrator.dismissFlag',
  delegateFlag: 'taskOrchestrator.delegateFlag',
} as const;

/** No row came with the command: a keybinding, or a row the Tasks view was redrawing as the action was picked. */
const NO_FLAG = (verb: string): string => `No flag was given: right-click a flag under "Flags pending" in the Tasks view and ${verb} it from there (again, if the view was just redrawn).`;

/** A flag as the Tasks tree and the Progress view name it: `{ runId, flagId }`. */
function flagOf(arg: unknown): { runId: string; flagId: string } | undefined {
  if (typeof arg !== 'object' || arg === null) return undefined;
  const { runId, flagId } = arg as { runId?: unknown; flagId?: unknown };
  return typeof runId === 'string' && typeof flagId === 'string' ? { runId, flagId } : undefined;
}

/**
 * Flags kept for review (no rule, or no coordinator to route them to) wait for the user: dismiss
 * one, or delegate it to a coordinator they pick. Both are events in the run's journal.
 */
export function registerFlagCommands(runs: RunService, follow: (begin: () => Promise<ServiceRun>) => Promise<unknown>): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(FLAG_COMMANDS.dismissFlag, async (arg?: unknown) => {
      const flag = flagOf(arg);
      if (!flag) return void vscode.window.showInformationMessage(NO_FLAG('dismiss'));
      try {
        await runs.dismissFlag(flag.runId, flag.flagId);
      } catch (error) {
        void vscode.window.showErrorMessage(errorMessage(error));
      }
    }),
    // `coordinator` lets a test (or a keybinding) skip the pick.
    vscode.commands.registerCommand(FLAG_COMMANDS.delegateFlag, async (arg?: unknown, coordinator?: unknown) => {
      const flag = flagOf(arg);
      if (!flag) return void vscode.window.showInformationMessage(NO_FLAG('delegate'));
      const chosen = typeof coordinator === 'string' ? coordinator : await pickCoordinator(runs, flag.runId, flag.flagId);
      if (!chosen) return undefined;
      return follow(() => runs.delegateFlag(flag.runId, flag.flagId, chosen));
    }),
  ];
}

/** The workspace's coordinators, those that worked on this run first. */
async function pickCoordinator(runs: RunService, runId: string, flagId: string): Promise<string | undefined> {
  const state = await runs.loadRun(runId);
  const flag = state?.flags.find((f) => f.record.id === flagId);
  const inRun = new Set(state?.tasks.flatMap((t) => (t.delegation ? [t.delegation.coordinator] : [])) ?? []);
  const coordinators = [...(await runs.coordinators(runId))].sort((a, b) => Number(inRun.has(b.name)) - Number(inRun.has(a.name)));
  const picked = await vscode.window.showQuickPick(
    coordinators.map((c) => ({ label: c.name, description: inRun.has(c.name) ? 'worked on this run' : undefined, detail: plainText(c.description) })),
    {
      title: flag ? `Delegate ${flag.record.type} to a coordinator` : 'Delegate the flag to a coordinator',
      placeHolder: flag ? plainText(flag.record.reason) : undefined,
      ignoreFocusOut: true,
    },
  );
  return picked?.label;
}
