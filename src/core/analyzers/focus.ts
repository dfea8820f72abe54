import type { Concern } from './types';

const FOCUS_BY_TEMPLATE: Readonly<Record<string, Concern>> = {
  performance_optimization: 'performance',
  security_review: 'security',
};

/**
 * What a request planned with a built-in template is about, for the local coordinators: a
 * performance request hears about slow containers, not about root users. Emergencies and other
 * templates (including the user's own) get every finding.
 */
export function focusOfTemplate(templateId: string | undefined): Concern | undefined {
  return templateId ? FOCUS_BY_TEMPLATE[templateId] : undefined;
}
