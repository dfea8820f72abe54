import { posix } from 'node:path';
import type { Analyzer, AnalyzerContext, AnalyzerFinding, Concern } from '../types';
import { baseName, dirName, readIfSmall } from '../files';
import { looksSecret, redact, SECRET_NAME } from '../security/secretValues';
import { isComposeFile } from './compose';
import { asRecord, readYaml } from './yamlFile';
import { assignments, commandText, imagePinning, inherited, isDockerfile, parseDockerfile, stagesOf, type Instruction, type Stage } from './dockerfileParse';

export { imagePinning, isDockerfile, parseDockerfile } from './dockerfileParse';

/** Servers meant for development: single process, reloaders, debug builds. */
const DEV_SERVERS: readonly { readonly re: RegExp; readonly what: string }[] = [
  { re: /\b(?:npm|pnpm)\s+run\s+dev\b|\byarn\s+(?:run\s+)?dev\b|\bnodemon\b|\bnext\s+dev\b|\bng\s+serve\b|\breact-scripts\s+start\b|\bwebpack(?:-dev-server|\s+serve)\b|\bvite(?:\s+--|\s*$)/, what: 'a JavaScript development server' },
  { re: /\bflask\s+run\b/, what: 'the Flask development server' },
  { re: /\bmanage\.py\s+runserver\b/, what: 'Django\'s runserver' },
  { re: /\buvicorn\b.*--reload\b/, what: 'uvicorn with --reload' },
  { re: /\bphp\s+artisan\s+serve\b|\bphp\s+-S\b/, what: 'PHP\'s built-in development server' },
];

/**
 * Dockerfiles: unpinned base images, containers running as root, secrets baked into ENV/ARG, ADD
 * of remote URLs and piped install scripts (security); missing HEALTHCHECK (reliability); and
 * what makes a container slow: development servers, Node without NODE_ENV=production, gunicorn
 * with its default single worker (performance).
 */
export const dockerfileAnalyzer: Analyzer = {
  id: 'infrastructure.dockerfile',
  domain: 'infrastructure',
  description: 'Dockerfiles: unpinned base images, root user, secrets in ENV/ARG, ADD of URLs, missing HEALTHCHECK, development servers and single-worker servers',
  async run(ctx, signal) {
    const findings: AnalyzerFinding[] = [];
    const probed = await probedByCompose(ctx);
    for (const path of ctx.files.filter(isDockerfile)) {
      signal?.throwIfAborted();
      const text = await readIfSmall(ctx, path);
      if (!text) continue;
      const stages = stagesOf(parseDockerfile(text));
      if (stages.length === 0) continue;
      const gunicornConfig = ctx.files.some((p) => baseName(p) === 'gunicorn.conf.py' && dirName(p) === dirName(path));
      // An image for development or tests, or a base other images build on, is not what serves users: how it runs (user, health, server) is decided elsewhere.
      const runtime = notRunInProduction(path) ? [] : finalStage(path, stages[stages.length - 1], { gunicornConfig, probed: probed.has(path) });
      findings.push(...baseImages(path, stages), ...runtime, ...everyStage(path, stages));
    }
    return findings;
  },
};

/** `Dockerfile.dev`, `test.Dockerfile`, `Dockerfile.playwright`, `docker/dev/Dockerfile`, `Dockerfile.base`. */
function notRunInProduction(path: string): boolean {
  return /(?:^|[./_-])(?:dev|develop|development|local|test|tests|testing|ci|e2e|playwright|cypress|debug|base|builder)(?:[./_-]|$)/i.test(path);
}

/** Dockerfiles a compose service builds and checks with its own `healthcheck:`: the probe is there, in compose. */
async function probedByCompose(ctx: AnalyzerContext): Promise<Set<string>> {
  const probed = new Set<string>();
  for (const compose of ctx.files.filter(isComposeFile)) {
    const yaml = readYaml((await readIfSmall(ctx, compose)) ?? '');
    for (const service of Object.values(asRecord(asRecord(yaml?.root).services)).map(asRecord)) {
      if (!service.healthcheck || service.build === undefined) continue;
      const build = typeof service.build === 'string' ? { context: service.build } : asRecord(service.build);
      const context = posix.join(dirName(compose), String(build.context ?? '.'));
      probed.add(posix.normalize(posix.join(context, String(build.dockerfile ?? 'Dockerfile'))).replace(/^\.\//, ''));
    }
  }
  return probed;
}

function finding(file: string, at: Instruction, severity: AnalyzerFinding['severity'], concerns: Concern[], title: string, detail: string): AnalyzerFinding {
  return { analyzer: 'infrastructure.dockerfile', title, detail, severity, concerns, evidence: [{ file, line: at.line, excerpt: at.text }] };
}

function baseImages(path: string, stages: readonly Stage[]): AnalyzerFinding[] {
  const out: AnalyzerFinding[] = [];
  for (const stage of stages) {
    if (stage.parent) continue;
    const pinning = imagePinning(stage.image);
    if (pinning === 'unpinned') {
      out.push(finding(path, stage.from, 'medium', ['security', 'reliability'], `Base image ${stage.image} is not pinned`,
        `${path}:${stage.from.line} builds FROM ${stage.image}, which has no version tag (or uses latest): the next build can silently get a new major version. Pin a version (e.g. node:22.11-slim) or a digest.`));
    } else if (pinning === 'floating-major') {
      out.push(finding(path, stage.from, 'low', ['security', 'reliability'], `Base image ${stage.image} is not pinned to a patch version or digest`,
        `${path}:${stage.from.line} builds FROM ${stage.image}, a tag that moves with every minor release. Pin at least major.minor (and ideally a digest) so builds are reproducible.`));
    }
  }
  return out;
}

function finalStage(path: string, stage: Stage, context: { gunicornConfig: boolean; probed: boolean }): AnalyzerFinding[] {
  const { gunicornConfig, probed } = context;
  const out: AnalyzerFinding[] = [];
  const all = inherited(stage);
  const users = all.filter((x) => x.keyword === 'USER');
  const lastUser = users[users.length - 1];
  let root: Stage = stage;
  while (root.parent) root = root.parent;
  // Distroless ":nonroot" images and similar set a non-root user themselves.
  if ((!lastUser || /^(root|0)(:.*)?$/.test(lastUser.args)) && !/nonroot|rootless/.test(root.image)) {
    out.push(finding(path, lastUser ?? stage.from, 'medium', ['security'], `Container runs as root (${path})`,
      `${path} ${lastUser ? `switches back to USER ${lastUser.args}` : 'never sets USER'}, so the process runs as root: a compromise of the app is root in the container. Add a non-root user (e.g. USER node, or RUN useradd ... && USER app) after installing packages.`));
  }
  if (!all.some((x) => x.keyword === 'HEALTHCHECK') && !probed) {
    out.push(finding(path, stage.from, 'low', ['reliability'], `No HEALTHCHECK in ${path}`,
      `${path} declares no HEALTHCHECK, so Docker (and Compose/Swarm) only knows whether the process is alive, not whether it answers. Add HEALTHCHECK CMD with a cheap request to the service (unless an orchestrator probe covers it).`));
  }
  const command = [...all].reverse().find((x) => x.keyword === 'CMD' || x.keyword === 'ENTRYPOINT');
  if (!command) return out;
  const run = commandText(command.args);
  const dev = DEV_SERVERS.find((d) => d.re.test(run));
  if (dev) {
    out.push(finding(path, command, 'medium', ['performance', 'reliability'], `Container starts ${dev.what} (${path})`,
      `${path}:${command.line} runs \`${run}\`: ${dev.what} is built for editing code, not for traffic (one process, file watching, debug builds). Build the app and start the production server (node dist/server.js, gunicorn/uvicorn with workers, next start, php-fpm).`));
  }
  const env = new Map(all.filter((x) => x.keyword === 'ENV' || x.keyword === 'ARG').flatMap((x) => assignments(x.args)).map((a) => [a.name, a.value]));
  if (/^(?:node|\/usr\/local\/bin\/node)\s+\S+/.test(run) && /(^|\/)node:/.test(`${root.image}`) && !env.has('NODE_ENV')) {
    out.push(finding(path, command, 'low', ['performance'], `NODE_ENV is not production in ${path}`,
      `${path} starts \`${run}\` without NODE_ENV=production, so Express and most libraries run in development mode (no view cache, verbose errors, extra checks). Add ENV NODE_ENV=production to the final stage.`));
  }
  if (/\bgunicorn\b/.test(run) && !/\s(?:-w|--workers|--threads|-c|--config)(?:[\s=]|$)/.test(run) && !env.has('WEB_CONCURRENCY') && !env.has('GUNICORN_CMD_ARGS') && !gunicornConfig) {
    out.push(finding(path, command, 'medium', ['performance'], `gunicorn runs a single worker (${path})`,
      `${path}:${command.line} starts gunicorn without --workers, so it serves one request at a time per container with its default single sync worker. Set --workers (about 2 × CPU cores + 1) or WEB_CONCURRENCY, or use gevent/uvicorn workers for I/O-bound apps.`));
  }
  return out;
}

function everyStage(path: string, stages: readonly Stage[]): AnalyzerFinding[] {
  const out: AnalyzerFinding[] = [];
  for (const x of stages.flatMap((s) => [s.from, ...s.instructions])) {
    if (x.keyword === 'ENV' || x.keyword === 'ARG') {
      for (const { name, value } of assignments(x.args)) {
        if (!value || !SECRET_NAME.test(name) || /(?:_FILE|_PATH|_URL|_HOST|_USER(?:NAME)?)$/i.test(name) || !looksSecret(value, name)) continue;
        out.push({
          ...finding(path, x, 'high', ['security'], `Secret in ${x.keyword} ${name} (${path})`,
            `${path}:${x.line} sets ${name} to a literal in ${x.keyword}: it is stored in the image layers and history, readable by anyone who can pull the image. Pass it at run time (environment, secret store) or use a BuildKit secret mount (RUN --mount=type=secret) for build steps; rotate the value.`),
          evidence: [{ file: path, line: x.line, excerpt: x.text.replace(value, redact(value)) }],
        });
      }
    }
    if (x.keyword === 'ADD' && /(?:^|\s)https?:\/\//.test(x.args) && !/--checksum=/.test(x.args)) {
      out.push(finding(path, x, 'medium', ['security'], `ADD downloads a URL without a checksum (${path})`,
        `${path}:${x.line} adds a remote file at build time with nothing to check it against: whoever controls that URL (or the network) controls what goes into the image. Use ADD --checksum=sha256:… or download with RUN curl and verify the hash.`));
    }
    if (x.keyword === 'RUN' && /\b(?:curl|wget)\b[^|;&]*\|\s*(?:sudo\s+)?(?:ba|z)?sh\b/.test(x.args)) {
      out.push(finding(path, x, 'medium', ['security'], `RUN pipes a downloaded script into a shell (${path})`,
        `${path}:${x.line} runs a script straight from the network: its content is not pinned or verified. Download it, check its checksum or signature, then run it (or use a package).`));
    }
  }
  return out;
}
