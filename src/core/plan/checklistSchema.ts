import { z } from 'zod';
import { TASK_KINDS, type Checklist } from './types';

/**
 * A checklist read back from outside the engine (a chat's history keeps the plan it showed, so
 * "Run this plan" runs exactly that). Parsed, never cast: what a run follows must have the shape
 * the scheduler relies on. Fields this version does not know are kept, so a plan made by a newer
 * planner runs as it was shown.
 */
const taskSpecSchema = z.looseObject({
  id: z.string().min(1),
  kind: z.enum(TASK_KINDS),
  title: z.string(),
  coordinator: z.string().optional(),
  batch: z.number().int().nonnegative().optional(),
  dependsOn: z.array(z.string()).optional(),
  parentId: z.string().optional(),
  flagId: z.string().optional(),
  followUpOf: z.string().optional(),
  context: z.string().optional(),
});

const checklistSchema = z.looseObject({
  request: z.string().min(1),
  normalizedRequest: z.string(),
  classification: z.looseObject({ requestClass: z.enum(['simple', 'complex', 'emergency', 'pattern']), templateId: z.string(), templateVersion: z.string(), matchedRule: z.string() }),
  priority: z.enum(['normal', 'critical']),
  domains: z.array(z.string()),
  delegations: z.array(z.looseObject({ coordinator: z.string(), taskId: z.string(), batch: z.number().int(), dependsOn: z.array(z.string()), reasons: z.array(z.string()) })),
  tasks: z.array(taskSpecSchema).min(1),
  relatedMemory: z.array(z.looseObject({ file: z.string(), heading: z.string(), excerpt: z.string() })),
  memoryDigest: z.string(),
});

/** The checklist, or undefined when `value` is not one (an older or damaged record). */
export function parseChecklist(value: unknown): Checklist | undefined {
  const parsed = checklistSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const ids = new Set(parsed.data.tasks.map((t) => t.id));
  return ids.size === parsed.data.tasks.length ? (parsed.data as Checklist) : undefined;
}
