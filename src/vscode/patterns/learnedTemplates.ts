import * as vscode from 'vscode';
import { errorMessage } from '../../core/kernel/format';
import type { CandidatePattern, TemplateProposal } from '../../core/patterns';
import { describeCandidate } from '../../core/patterns/describe';
import { resolveInWorkspace } from '../../core/workspace/pathGuard';
import { exists } from '../memoryEdits';
import type { RunService } from '../runService';
import { REVIEW_LEARNED_TEMPLATE } from './ids';

export interface BuiltTemplateEdit {
  readonly edit: vscode.WorkspaceEdit;
  readonly target: vscode.Uri;
}

/**
 * A learned template as a WorkspaceEdit that goes through the Refactor Preview, as memory updates
 * do: a new file with the proposal's text, unchecked until the user ticks it. The edit creates the
 * file or fails: it never writes over one of that name. Throws when the path leads outside the
 * workspace or the file exists, with the reason.
 */
export async function buildTemplateEdit(proposal: TemplateProposal, workspaceRoot: string): Promise<BuiltTemplateEdit> {
  const target = vscode.Uri.file(resolveInWorkspace(workspaceRoot, proposal.path));
  if (await exists(target)) throw new Error(`${proposal.path} exists already: move it away or edit it by hand.`);
  const metadata: vscode.WorkspaceEditEntryMetadata = { needsConfirmation: true, label: 'Learned template', description: proposal.description };
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(target, {}, metadata);
  edit.insert(target, new vscode.Position(0, 0), proposal.text, metadata);
  return { edit, target };
}

/** "Review Learned Template": a candidate's template in the Refactor Preview; written only when applied there. */
export class LearnedTemplateService {
  constructor(private readonly runs: RunService, private readonly log: vscode.LogOutputChannel) {}

  /** `templateId`: a candidate's id (a chat button); none: pick one of the candidates. */
  async review(templateId?: string): Promise<boolean> {
    const report = await this.runs.patterns();
    const candidate = templateId === undefined ? await pick(report.candidates) : report.candidates.find((c) => c.id === templateId);
    if (!candidate) {
      if (templateId !== undefined || report.candidates.length === 0) {
        const which = templateId === undefined ? 'No candidate patterns yet' : `No candidate pattern ${templateId} (any more)`;
        void vscode.window.showInformationMessage(`${which}: a pattern is proposed when ${report.minRuns} completed runs planned as simple or complex share domains, flags and a subject.`);
      }
      return false;
    }
    let built: BuiltTemplateEdit;
    try {
      built = await buildTemplateEdit(candidate.proposal, report.workspaceRoot);
    } catch (error) {
      void vscode.window.showWarningMessage(`Cannot propose ${candidate.id}: ${errorMessage(error)}`);
      return false;
    }
    this.log.info(`learned template ${candidate.id} proposed for review: ${candidate.proposal.path}`);
    const applied = await vscode.workspace.applyEdit(built.edit);
    // The new file is written to disk at once, like a memory file nobody was editing.
    if (applied) await vscode.workspace.textDocuments.find((d) => d.uri.toString() === built.target.toString())?.save();
    if (applied) this.log.info(`learned template ${candidate.id} saved: requests like its runs' are planned from it now`);
    return applied;
  }
}

async function pick(candidates: readonly CandidatePattern[]): Promise<CandidatePattern | undefined> {
  if (candidates.length <= 1) return candidates[0];
  const chosen = await vscode.window.showQuickPick(
    candidates.map((c) => ({ label: c.id, detail: describeCandidate(c), candidate: c })),
    { title: 'Review a learned template', placeHolder: 'Which pattern should become a template?' },
  );
  return chosen?.candidate;
}

export function registerPatternCommands(service: LearnedTemplateService): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(REVIEW_LEARNED_TEMPLATE, (id?: unknown) => service.review(typeof id === 'string' && id ? id : undefined)),
  ];
}
