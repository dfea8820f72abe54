import { z } from 'zod';

/**
 * The response contract every coordinator answers in, whether a model or a local analyzer wrote it.
 * Model output is untrusted: it is parsed with these schemas, never cast.
 */

export const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
export const severitySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof severitySchema>;

export const PRIORITIES = ['low', 'normal', 'high', 'critical'] as const;
export const prioritySchema = z.enum(PRIORITIES);
export type Priority = z.infer<typeof prioritySchema>;

/** A place in the workspace that backs a finding. `file` is workspace-relative with forward slashes. */
export const evidenceSchema = z.object({
  file: z.string().min(1),
  line: z.number().int().positive(),
  endLine: z.number().int().positive().optional(),
  excerpt: z.string().optional(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const findingSchema = z.object({
  title: z.string().min(1),
  detail: z.string(),
  severity: severitySchema,
  evidence: z.array(evidenceSchema).default([]),
});
export type Finding = z.infer<typeof findingSchema>;

/** A cross-domain flag as a coordinator raises it. `type` is open: unknown types are kept and shown. */
export const raisedFlagSchema = z.object({
  type: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'flag types are UPPER_SNAKE_CASE'),
  reason: z.string().min(1),
  targetDomain: z.string().optional(),
  priority: prioritySchema.default('normal'),
  /** Index into `findings` of the finding that made the coordinator raise this flag. */
  findingIndex: z.number().int().nonnegative().optional(),
});
export type RaisedFlag = z.infer<typeof raisedFlagSchema>;

export const memoryNoteSchema = z.object({
  /** Module name for `modules/<module>.md`; absent means the note belongs in CLAUDE.md. */
  module: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/i).optional(),
  note: z.string().min(1),
});
export type MemoryNote = z.infer<typeof memoryNoteSchema>;

export const coordinatorReportSchema = z.object({
  summary: z.string().min(1),
  findings: z.array(findingSchema).default([]),
  flags: z.array(raisedFlagSchema).default([]),
  memoryNotes: z.array(memoryNoteSchema).default([]),
});
export type CoordinatorReport = z.infer<typeof coordinatorReportSchema>;
