import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { ModelTemplateChoice } from './types';

/**
 * The model's template choices, remembered in a file under `.orchestrator/` by (request, memory
 * digest, templates digest): the same request with the same memory and templates gets the same
 * checklist again without asking, on this machine and any that shares the folder. A failed call is
 * not remembered, so it is asked again next time.
 */

const MAX_ENTRIES = 500;

const choiceSchema = z.object({
  outcome: z.enum(['chosen', 'invalid']),
  templateId: z.string().optional(),
  note: z.string(),
}).strict();
const fileSchema = z.object({ version: z.literal(1), choices: z.record(z.string(), choiceSchema) }).strict();
type CacheFile = z.infer<typeof fileSchema>;

export function choiceKey(request: string, memoryDigest: string, templatesDigest: string): string {
  return createHash('sha256').update(JSON.stringify([request, memoryDigest, templatesDigest])).digest('hex');
}

export class TemplateChoiceCache {
  /** A file that could not be read as a cache: reported once; it is replaced on the next write. */
  problem: string | undefined;

  constructor(readonly file: string) {}

  private async read(): Promise<CacheFile> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch {
      return { version: 1, choices: {} };
    }
    try {
      return fileSchema.parse(JSON.parse(text));
    } catch {
      this.problem = `${this.file} is not a template-choice cache; it is ignored and will be replaced`;
      return { version: 1, choices: {} };
    }
  }

  async get(key: string): Promise<ModelTemplateChoice | undefined> {
    return (await this.read()).choices[key];
  }

  async put(key: string, choice: ModelTemplateChoice): Promise<void> {
    if (choice.outcome === 'failed') return;
    const cache = await this.read();
    const entries = Object.entries(cache.choices).filter(([k]) => k !== key);
    // Oldest first in the file; past the limit the oldest go (they are asked again if ever needed).
    entries.push([key, { outcome: choice.outcome, ...(choice.templateId !== undefined ? { templateId: choice.templateId } : {}), note: choice.note }]);
    const kept = entries.slice(Math.max(0, entries.length - MAX_ENTRIES));
    const text = JSON.stringify({ version: 1, choices: Object.fromEntries(kept) }, null, 2) + '\n';
    await mkdir(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, this.file);
  }
}
