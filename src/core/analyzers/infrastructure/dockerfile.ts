import type { Analyzer, AnalyzerFinding } from '../types';
import { baseName, readIfSmall } from '../files';

interface Instruction { readonly keyword: string; readonly args: string; readonly line: number; readonly text: string }

export function isDockerfile(path: string): boolean {
  const name = baseName(path).toLowerCase();
  return name === 'dockerfile' || name.startsWith('dockerfile.') || name.endsWith('.dockerfile') || name === 'containerfile';
}

/** Instructions with their first line; continuation lines (trailing backslash) are joined. */
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

export const dockerfileAnalyzer: Analyzer = {
  id: 'infrastructure.dockerfile',
  domain: 'infrastructure',
  description: 'Dockerfiles: unpinned base images, containers running as root, missing HEALTHCHECK',
  async run(ctx, signal) {
    const findings: AnalyzerFinding[] = [];
    for (const path of ctx.files.filter(isDockerfile)) {
      signal?.throwIfAborted();
      const text = await readIfSmall(ctx, path);
      if (!text) continue;
      const instructions = parseDockerfile(text);
      const froms = instructions.filter((x) => x.keyword === 'FROM');
      if (froms.length === 0) continue;
      const stages = new Set<string>();
      for (const from of froms) {
        const parts = from.args.split(/\s+/).filter((p) => !p.startsWith('--'));
        const image = parts[0] ?? '';
        const fromEarlierStage = stages.has(image.toLowerCase());
        if (/^as$/i.test(parts[1] ?? '') && parts[2]) stages.add(parts[2].toLowerCase());
        if (fromEarlierStage) continue;
        const pinning = imagePinning(image);
        if (pinning === 'unpinned') {
          findings.push(finding(path, from, 'medium', `Base image ${image} is not pinned`,
            `${path}:${from.line} builds FROM ${image}, which has no version tag (or uses latest): the next build can silently get a new major version. Pin a version (e.g. node:22.11-slim) or a digest.`));
        } else if (pinning === 'floating-major') {
          findings.push(finding(path, from, 'low', `Base image ${image} is not pinned to a patch version or digest`,
            `${path}:${from.line} builds FROM ${image}, a tag that moves with every minor release. Pin at least major.minor (and ideally a digest) so builds are reproducible.`));
        }
      }
      const finalStart = instructions.indexOf(froms[froms.length - 1]);
      const finalStage = instructions.slice(finalStart);
      const finalImage = froms[froms.length - 1].args.split(/\s+/).filter((p) => !p.startsWith('--'))[0] ?? '';
      const users = finalStage.filter((x) => x.keyword === 'USER');
      const lastUser = users[users.length - 1];
      const rootUser = !lastUser || /^(root|0)(:.*)?$/.test(lastUser.args);
      // Distroless ":nonroot" images and similar set a non-root user themselves.
      if (rootUser && !/nonroot|rootless/.test(finalImage)) {
        const at = lastUser ?? froms[froms.length - 1];
        findings.push(finding(path, at, 'medium', `Container runs as root (${path})`,
          `${path} ${lastUser ? `switches back to USER ${lastUser.args}` : 'never sets USER'}, so the process runs as root: a compromise of the app is root in the container. Add a non-root user (e.g. USER node, or RUN useradd ... && USER app) after installing packages.`));
      }
      if (!finalStage.some((x) => x.keyword === 'HEALTHCHECK')) {
        findings.push(finding(path, froms[froms.length - 1], 'low', `No HEALTHCHECK in ${path}`,
          `${path} declares no HEALTHCHECK, so Docker (and Compose/Swarm) only knows whether the process is alive, not whether it answers. Add HEALTHCHECK CMD with a cheap request to the service (unless an orchestrator probe covers it).`));
      }
    }
    return findings;
  },
};

function finding(file: string, at: Instruction, severity: 'low' | 'medium', title: string, detail: string): AnalyzerFinding {
  return { analyzer: 'infrastructure.dockerfile', title, detail, severity, evidence: [{ file, line: at.line, excerpt: at.text }] };
}
