import { describeMemorySelection } from '../memory/selectionSummary';
import { describeLeftOutDomains, summarizeClassification } from '../plan/explain';
import type { TaskSpec } from '../plan/types';
import type { RunState } from './state';

/** Evidence for the planning steps: they were done when the checklist was built, and say what they found. */
export function describeStep(state: RunState, spec: TaskSpec): string {
  const checklist = state.checklist;
  if (!checklist) return 'No checklist';
  switch (spec.kind) {
    case 'analyze_request': {
      const c = checklist.classification;
      const summary = summarizeClassification(c);
      const unsure = summary.lowConfidence ? ` ${summary.lowConfidence.message}` : '';
      return `Classified as ${c.requestClass === 'pattern' ? c.templateId : c.requestClass} (template ${summary.headline}).${unsure} Why: ${summary.reasons.join('; ')}`;
    }
    case 'check_memory': {
      const related = checklist.relatedMemory.length === 0
        ? 'No related prior work in project memory'
        : `Related prior work: ${checklist.relatedMemory.map((m) => `${m.file} › ${m.heading}`).join('; ')}`;
      return checklist.memory ? `${related}. ${describeMemorySelection(checklist.memory)}` : related;
    }
    case 'identify_domains': {
      const leftOut = describeLeftOutDomains(checklist);
      const found = checklist.delegations.map((d) => `${d.coordinator} (${d.reasons.join(', ')})`).join('; ') || 'No domains identified';
      return leftOut ? `${found}; left out: ${leftOut}` : found;
    }
    case 'plan_delegation': {
      const batches = new Map<number, string[]>();
      for (const d of checklist.delegations) batches.set(d.batch, [...(batches.get(d.batch) ?? []), d.coordinator]);
      return [...batches.entries()].sort(([a], [b]) => a - b).map(([b, names]) => `batch ${b + 1}: ${names.join(' + ')}`).join(' → ') || 'Nothing to delegate';
    }
    default:
      return spec.title;
  }
}
