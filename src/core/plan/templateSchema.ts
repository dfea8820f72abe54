import { z } from 'zod';
import { TASK_KINDS, type TaskKind } from './types';

/**
 * The schema of a checklist template (templates/*.yaml, and <workspace>/.orchestrator/templates/*.yaml).
 * Templates are user input: every field is checked here, and unknown fields are refused so a typo
 * ("precedance") is reported instead of silently ignored.
 */

const NAME = /^[a-z0-9][a-z0-9_-]*$/;
const nameSchema = (what: string) =>
  z.string().regex(NAME, `${what} must be lowercase letters, digits, "-" or "_", starting with a letter or digit`);

export const domainNameSchema = nameSchema('a domain name');

/**
 * One rule: every condition given must hold. Keywords are words or phrases, matched on word stems
 * (so "slow" also matches "slower"); `regex` is matched case-insensitively on the normalized request.
 */
export const matchRuleSchema = z
  .object({
    anyKeywords: z.array(z.string().min(1)).min(1).optional(),
    allKeywords: z.array(z.string().min(1)).min(1).optional(),
    regex: z
      .string()
      .min(1)
      .refine((source) => {
        try {
          new RegExp(source, 'iu');
          return true;
        } catch {
          return false;
        }
      }, 'not a valid regular expression')
      .optional(),
    /** At least this many domains named by the request, its memory or the coordinators. */
    minDomains: z.number().int().positive().optional(),
    /** At least this many words in the request. */
    minWords: z.number().int().positive().optional(),
  })
  .strict()
  .refine((rule) => Object.values(rule).some((value) => value !== undefined), 'a rule needs at least one condition');
export type MatchRule = z.infer<typeof matchRuleSchema>;

const exampleSchema = z.string().trim().min(1, 'an example is a request, not an empty string').max(500, 'an example is one request of at most 500 characters');

const unknownKind = (kind: unknown) => `unknown task kind '${String(kind)}' (known: ${TASK_KINDS.join(', ')})`;
const taskKindSchema = z.enum(TASK_KINDS, { error: (issue) => unknownKind(issue.input) });
const taskObjectSchema = z.object({ kind: taskKindSchema, title: z.string().min(1).optional() }).strict();

/**
 * A task is its kind, or `{ kind, title }` to word it differently in this template; both read as
 * `{ kind, title? }`. Not a z.union: a union reports a misspelt kind as "Invalid input", not by name.
 */
export const templateTaskSchema = z.unknown().transform((value, ctx) => {
  if (typeof value === 'string') {
    if ((TASK_KINDS as readonly string[]).includes(value)) return { kind: value as TaskKind };
    ctx.addIssue({ code: 'custom', message: unknownKind(value), input: value });
    return z.NEVER;
  }
  const parsed = taskObjectSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path, input: value });
  }
  return z.NEVER;
});
export type TemplateTask = z.output<typeof templateTaskSchema>;

export const templateSchema = z
  .object({
    id: nameSchema('a template id'),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'version must look like 1.0.0'),
    class: z.enum(['simple', 'complex', 'emergency', 'pattern']),
    title: z.string().min(1),
    description: z.string().optional(),
    /** Higher is tried first. */
    precedence: z.number().int(),
    /**
     * Requests of this kind as people write them: the classifier picks the template whose examples
     * are nearest in meaning. Omitted in a workspace template that replaces a built-in: the
     * built-in's examples are kept.
     */
    examples: z.array(exampleSchema).optional(),
    /** A rule, or a list of rules of which any may match; a matching rule decides, in precedence order. */
    match: z.union([matchRuleSchema, z.array(matchRuleSchema).min(1)]).optional(),
    /** Chosen when no template's examples are near the request. Default: a template with neither `match` nor `examples`. */
    fallback: z.boolean().optional(),
    priority: z.enum(['normal', 'critical']).default('normal'),
    delegation: z
      .object({
        /** Batches in order, or `parallel` for a single batch. Identified domains not listed run in a final batch. */
        layers: z.union([z.literal('parallel'), z.array(z.array(domainNameSchema).min(1)).min(1)]).default('parallel'),
        /** Domains this kind of request always involves. */
        include: z.array(domainNameSchema).default([]),
        /**
         * Domains this kind of request looks at only when the request or the memory names them, or a coordinator's evidence points
         * there (a flag): what such work usually needs does not add them.
         */
        onEvidence: z.array(domainNameSchema).default([]),
      })
      .strict()
      .default({ layers: 'parallel', include: [], onEvidence: [] }),
    tasks: z
      .array(templateTaskSchema)
      .min(1)
      .refine((tasks) => tasks.filter((t) => t.kind === 'delegate').length <= 1, {
        message: "'delegate' may appear once: it expands to every delegation batch",
      })
      .refine((tasks) => !tasks.some((t) => t.kind === 'process_response'), {
        message: "'process_response' is added after each delegation by itself: list 'delegate' instead",
      }),
  })
  .strict();

export type TemplateData = z.infer<typeof templateSchema>;

/**
 * A file that only adds examples to a template defined elsewhere (built in, or another workspace
 * file): `extends: bug_fix` and `examples: [...]`. Learned patterns and a team's own phrasings go here.
 */
export const templateExtensionSchema = z
  .object({
    extends: nameSchema('a template id'),
    examples: z.array(exampleSchema).min(1),
  })
  .strict();
export type TemplateExtension = z.infer<typeof templateExtensionSchema>;

/** A validated template and the file it came from. */
export interface Template extends TemplateData {
  readonly source: string;
}
