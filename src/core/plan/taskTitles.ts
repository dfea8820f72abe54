import type { TaskKind } from './types';

/** How each task reads in the checklist, unless a template words it differently. */
export const DEFAULT_TASK_TITLES: Readonly<Record<Exclude<TaskKind, 'delegate' | 'process_response'>, string>> = {
  analyze_request: 'Analyze the request',
  check_memory: 'Check memory for prior work',
  identify_domains: 'Identify the domains involved',
  plan_delegation: 'Plan the delegation',
  set_priority_critical: 'Set priority to critical',
  check_flags: 'Process cross-domain flags',
  synthesize: 'Synthesize the findings',
  document_incident: 'Document the incident',
  update_claude_md: 'Propose a CLAUDE.md update',
  update_module_notes: 'Propose module notes',
  create_postmortem: 'Create the postmortem',
  respond: 'Respond to the user',
};

export function delegateTitle(coordinator: string): string {
  return `Delegate to ${coordinator} coordinator`;
}

export function processResponseTitle(coordinator: string): string {
  return `Process ${coordinator} findings`;
}
