import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { compareStrings } from '../../kernel/compare';
import type { Template } from '../templateSchema';
import type { TrainingRequest } from './train';

/**
 * The labelled requests the classifier learns from: the bank (templates/bank/*.yaml, requests as
 * people write them, each with its template and the domains it needs) and the built-in templates'
 * own examples (template only). Read by the training script, the test that checks the committed
 * model, and the cross-validation in the bench; never at plan time.
 */

export const labelledRequestSchema = z
  .object({
    request: z.string().min(1),
    template: z.string().min(1),
    /** The domains that must be involved when it is planned in the sample shop. */
    domains: z.array(z.string()),
    lang: z.enum(['de', 'fr', 'es']).optional(),
    tags: z.array(z.string()).optional(),
  })
  .strict();
export type LabelledRequest = z.infer<typeof labelledRequestSchema>;

export interface LabelledFile {
  readonly file: string;
  readonly requests: readonly LabelledRequest[];
}

/** One labelled YAML file; a bad entry is reported with the file and its position. */
export function readLabelledFile(file: string): LabelledRequest[] {
  const parsed = z.array(labelledRequestSchema).safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: entry ${String(issue.path[0])}: ${issue.message}`);
  }
  return parsed.data;
}

/** Every bank file, in file-name order. */
export function readBank(folder: string): LabelledFile[] {
  return readdirSync(folder)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort(compareStrings)
    .map((name) => ({ file: join(folder, name), requests: readLabelledFile(join(folder, name)) }));
}

/** The built-in templates' examples, then the bank's requests: the model's training data, in a fixed order. */
export function trainingRequests(templates: readonly Template[], bank: readonly LabelledRequest[]): TrainingRequest[] {
  const examples = [...templates]
    .sort((a, b) => compareStrings(a.id, b.id))
    .flatMap((t) => (t.examples ?? []).map((request) => ({ request, template: t.id })));
  return [...examples, ...bank.map((x) => ({ request: x.request, template: x.template, domains: x.domains }))];
}
