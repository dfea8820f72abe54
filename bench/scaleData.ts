// Generated data for the scale figures: project memory that grew for years. Each entry has the shape
// of a section a run appends (a dated heading, the problem, what was done, the result).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TOPICS = ['search', 'cart', 'invoices', 'login', 'shipping', 'refunds', 'coupons', 'reviews', 'emails', 'webhooks', 'reports', 'exports'];
const CHANGES = ['cached', 'indexed', 'batched', 'paginated', 'retried', 'validated', 'compressed', 'logged'];

export function memoryEntry(i: number): string {
  const topic = i % 97 === 0 ? 'checkout' : TOPICS[i % TOPICS.length];
  const change = CHANGES[(i * 7) % CHANGES.length];
  return `## ${topic} ${change} (entry ${i}, 2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')})\n\n`
    + `The ${topic} handler was slow because the lookup ran once per item in services/${topic}/handler${i}.ts. `
    + `We ${change} the ${TOPICS[(i * 5) % TOPICS.length]} query and moved it out of the loop; p95 went from ${200 + (i % 50)} ms to ${20 + (i % 10)} ms.\n`;
}

/** `sections` entries spread over `files` memory files: CLAUDE.md and module notes. Returns the bytes written. */
export function writeGrownMemory(root: string, sections: number, files: number): number {
  mkdirSync(join(root, 'modules'), { recursive: true });
  const perFile = Math.ceil(sections / files);
  let bytes = 0;
  for (let f = 0; f < files; f++) {
    const entries = Array.from({ length: Math.max(0, Math.min(sections, (f + 1) * perFile) - f * perFile) }, (_, i) => memoryEntry(f * perFile + i));
    const text = `# ${f === 0 ? 'Shop — project memory' : `Module ${f}`}\n\nMoney is an integer number of cents everywhere.\n\n${entries.join('\n')}`;
    writeFileSync(join(root, f === 0 ? 'CLAUDE.md' : `modules/part${f}.md`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

/** A CLAUDE.md of about `bytes` bytes, and how many sections it has. */
export function writeLargeClaudeMd(root: string, bytes: number): number {
  const entries: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const entry = memoryEntry(i);
    entries.push(entry);
    size += entry.length + 1;
  }
  writeFileSync(join(root, 'CLAUDE.md'), `# Shop — project memory\n\n${entries.join('\n')}`);
  return entries.length + 1;
}
