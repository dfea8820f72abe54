import { compareStrings } from '../kernel/compare';
import { plural } from '../kernel/format';

/**
 * Which domains have code in the workspace, judged from file paths alone (pure, no file reads).
 * Signals back up a domain the request or template already suggests; they never add one by themselves,
 * because nearly every project has code in most domains.
 */

interface SignalRule {
  readonly domain: string;
  /** How the evidence reads in a reason, e.g. ".sql files" or "a migrations/ folder". */
  readonly label: string;
  readonly matches: (path: string, segments: readonly string[], base: string) => boolean;
}

const hasFolder = (...names: string[]) => (_path: string, segments: readonly string[]) =>
  segments.slice(0, -1).some((segment) => names.includes(segment.toLowerCase()));
const hasExtension = (...extensions: string[]) => (_path: string, _segments: readonly string[], base: string) =>
  extensions.some((extension) => base.toLowerCase().endsWith(extension));
const isNamed = (pattern: RegExp) => (_path: string, _segments: readonly string[], base: string) => pattern.test(base);

const RULES: readonly SignalRule[] = [
  { domain: 'database', label: '.sql files', matches: hasExtension('.sql') },
  { domain: 'database', label: 'a migrations folder', matches: hasFolder('migrations', 'migration', 'alembic') },
  { domain: 'database', label: 'a database schema file', matches: isNamed(/^(schema\.prisma|schema\.rb|knexfile\.[cm]?[jt]s|ormconfig\.\w+)$/i) },
  { domain: 'frontend', label: 'a frontend folder', matches: hasFolder('frontend', 'client', 'web', 'ui', 'components', 'pages', 'public') },
  { domain: 'frontend', label: 'UI source files', matches: hasExtension('.jsx', '.tsx', '.vue', '.svelte', '.css', '.scss', '.html') },
  { domain: 'backend', label: 'a server folder', matches: hasFolder('server', 'backend', 'api', 'routes', 'handlers', 'controllers', 'services') },
  { domain: 'backend', label: 'server source files', matches: hasExtension('.go', '.py', '.java', '.rb', '.php', '.cs', '.rs', '.kt') },
  { domain: 'backend', label: 'a server entry point', matches: isNamed(/^(server|app|main)\.[cm]?[jt]s$/i) },
  { domain: 'infrastructure', label: 'a Dockerfile', matches: isNamed(/^(Dockerfile(\..+)?|docker-compose\.ya?ml|compose\.ya?ml)$/i) },
  { domain: 'infrastructure', label: 'deployment configuration', matches: hasFolder('k8s', 'kubernetes', 'helm', 'terraform', 'deploy', 'workflows') },
  { domain: 'infrastructure', label: 'infrastructure files', matches: isNamed(/(\.tf|^Jenkinsfile|^\.gitlab-ci\.yml)$/i) },
  { domain: 'security', label: 'security policy or auth code', matches: (path, segments, base) => /^SECURITY\.md$/i.test(base) || hasFolder('auth', 'security')(path, segments) },
];

/** Domain → reasons like "workspace: 3 .sql files", keys and reasons in a stable order. */
export function workspaceSignals(files: readonly string[]): Record<string, string[]> {
  const counts = new Map<SignalRule, number>();
  for (const file of files) {
    const path = file.replace(/\\/g, '/');
    const segments = path.split('/').filter((s) => s.length > 0);
    const base = segments[segments.length - 1] ?? '';
    for (const rule of RULES) {
      if (rule.matches(path, segments, base)) counts.set(rule, (counts.get(rule) ?? 0) + 1);
    }
  }
  const signals: Record<string, string[]> = {};
  const domains = [...new Set(RULES.map((r) => r.domain))].sort(compareStrings);
  for (const domain of domains) {
    const reasons = RULES.filter((rule) => rule.domain === domain && counts.has(rule)).map(
      (rule) => `workspace: ${rule.label} (${plural(counts.get(rule) ?? 0, 'file')})`,
    );
    if (reasons.length > 0) signals[domain] = reasons;
  }
  return signals;
}
