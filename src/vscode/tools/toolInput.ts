import { z } from 'zod';

/**
 * What the agent tools accept, parsed at the boundary: VS Code checks the declared JSON schema,
 * and these say the same (package.json `languageModelTools` carries the schema for the model).
 * An invalid input is an error written for the model that sent it.
 */

const request = z.string().trim().min(1, 'request is empty: pass the user\'s request in their words, e.g. "Make the checkout faster"').max(4000, 'request is longer than 4000 characters: pass one request, in the user\'s words');
const template = z.string().trim().regex(/^[a-z0-9][a-z0-9_-]*$/, 'template is a template id such as bug_fix or performance_optimization').optional();

export const planInputSchema = z.object({ request, template }).strict();
export type PlanToolInput = z.infer<typeof planInputSchema>;

export const runInputSchema = planInputSchema;
export type RunToolInput = PlanToolInput;

export const statusInputSchema = z.object({ runId: z.string().trim().regex(/^[A-Za-z0-9_-]+$/, 'runId is a run id such as 20261130-101500-a1b2c3').optional() }).strict();
export type StatusToolInput = z.infer<typeof statusInputSchema>;

/** The input, or an Error whose message tells the model what to send instead. */
export function parseToolInput<T>(schema: z.ZodType<T>, input: unknown, tool: string): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message));
  throw new Error(`${tool} was called with invalid input: ${problems.join('; ')}.`);
}
