import { baseName } from '../files';

export interface Instruction {
  readonly keyword: string;
  readonly args: string;
  readonly line: number;
  /** The instruction's first line as written, for excerpts. */
  readonly text: string;
}

export interface Stage {
  readonly from: Instruction;
  readonly image: string;
  readonly name?: string;
  /** The earlier stage it builds on (`FROM build AS test`), if any. */
  readonly parent?: Stage;
  readonly instructions: readonly Instruction[];
}

export function isDockerfile(path: string): boolean {
  const name = baseName(path).toLowerCase();
  return name === 'dockerfile' || name.startsWith('dockerfile.') || name.endsWith('.dockerfile') || name === 'containerfile';
}

/**
 * Instructions with their first line; continuation lines (trailing backslash) are joined and
 * comment lines inside them dropped. A Dockerfile is line-oriented: no syntax tree is needed.
 */
export function parseDockerfile(text: string): Instruction[] {
  const out: Instruction[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i].trim();
    if (first === '' || first.startsWith('#')) continue;
    let joined = first;
    const line = i + 1;
    while (joined.endsWith('\\') && i + 1 < lines.length) {
      i++;
      const next = lines[i].trim();
      joined = `${joined.slice(0, -1)} ${next.startsWith('#') ? '' : next}`;
    }
    const m = /^(\w+)\s*(.*)$/.exec(joined);
    if (m) out.push({ keyword: m[1].toUpperCase(), args: m[2].trim(), line, text: first });
  }
  return out;
}

/** The build stages, each with its instructions and the earlier stage it starts from. */
export function stagesOf(instructions: readonly Instruction[]): Stage[] {
  const stages: Stage[] = [];
  let current: { from: Instruction; image: string; name?: string; parent?: Stage; instructions: Instruction[] } | undefined;
  for (const x of instructions) {
    if (x.keyword === 'FROM') {
      const parts = x.args.split(/\s+/).filter((p) => !p.startsWith('--'));
      const image = parts[0] ?? '';
      const parent = stages.find((s) => s.name === image.toLowerCase());
      current = { from: x, image, name: /^as$/i.test(parts[1] ?? '') ? parts[2]?.toLowerCase() : undefined, parent, instructions: [] };
      stages.push(current);
    } else {
      current?.instructions.push(x);
    }
  }
  return stages;
}

/** A stage's instructions with those of the stages it builds on, oldest first. */
export function inherited(stage: Stage): Instruction[] {
  return [...(stage.parent ? inherited(stage.parent) : []), ...stage.instructions];
}

/**
 * Pinning rule: no tag or `latest` → unpinned (medium: the next build may get a different major
 * version); a bare major tag like `python:3` or `node:20-alpine` → low (moves across minor releases);
 * major.minor or more, or a @sha256 digest → pinned enough. Build-arg images (`${BASE}`), `scratch`
 * and earlier stages are skipped.
 */
export function imagePinning(image: string): 'unpinned' | 'floating-major' | 'pinned' | 'skip' {
  if (image.includes('@sha256:')) return 'pinned';
  if (image.includes('$') || image === 'scratch') return 'skip';
  const lastSlash = image.lastIndexOf('/');
  const colon = image.indexOf(':', lastSlash + 1);
  if (colon < 0) return 'unpinned';
  const tag = image.slice(colon + 1);
  if (tag === 'latest') return 'unpinned';
  return /^v?\d+(?:-[\w.-]+)?$/.test(tag) ? 'floating-major' : 'pinned';
}

/** `KEY=value KEY2="v w"` (or the legacy `KEY value`) of ENV and ARG. */
export function assignments(args: string): { name: string; value: string | undefined }[] {
  const pairs = [...args.matchAll(/([\w.-]+)=("(?:[^"\\]|\\.)*"|'[^']*'|\S*)/g)].map((m) => ({ name: m[1], value: m[2].replace(/^["']|["']$/g, '') }));
  if (pairs.length > 0) return pairs;
  const legacy = /^([\w.-]+)(?:\s+(.+))?$/.exec(args);
  return legacy ? [{ name: legacy[1], value: legacy[2]?.trim() }] : [];
}

/** The command of CMD/ENTRYPOINT as one string, from the exec (JSON) or the shell form. */
export function commandText(args: string): string {
  if (!args.startsWith('[')) return args;
  try {
    const parts: unknown = JSON.parse(args);
    return Array.isArray(parts) ? parts.map(String).join(' ') : args;
  } catch {
    return args;
  }
}
