import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { readProjectMemoryFiles, type MemoryReadOptions } from './reader';
import type { ProjectMemory } from './types';

/** Project memory with the size and mtime of each of its files when it was read. */
export interface MemorySnapshot {
  readonly memory: ProjectMemory;
  readonly signature: string;
}

export async function readMemorySnapshot(root: string, options: MemoryReadOptions = {}): Promise<MemorySnapshot> {
  const { memory, stamps } = await readProjectMemoryFiles(root, options);
  return { memory, signature: memory.files.map((f) => `${f.path}:${stamps.get(f.path) ?? 'missing'}`).join('|') };
}

/** True while none of the snapshot's files changed on disk (so its text is still the current text). */
export async function isSnapshotCurrent(root: string, snapshot: MemorySnapshot): Promise<boolean> {
  return (await signatureOf(root, snapshot.memory)) === snapshot.signature;
}

async function signatureOf(root: string, memory: ProjectMemory): Promise<string> {
  const parts = await Promise.all(
    memory.files.map((f) => stat(join(root, f.path)).then((s) => `${f.path}:${s.size}:${s.mtimeMs}`, () => `${f.path}:missing`)),
  );
  return parts.join('|');
}
