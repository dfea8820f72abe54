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
  /** Folder names (lowercase) that count when any folder above the file has one. */
  readonly folders?: readonly string[];
  /** A test of the file's name. */
  readonly name?: (base: string) => boolean;
}

const hasExtension = (...extensions: string[]) => (base: string) => {
  const lower = base.toLowerCase();
  return extensions.some((extension) => lower.endsWith(extension));
};
const isNamed = (pattern: RegExp) => (base: string) => pattern.test(base);

const RULES: readonly SignalRule[] = [
  { domain: 'database', label: '.sql files', name: hasExtension('.sql') },
  { domain: 'database', label: 'a migrations folder', folders: ['migrations', 'migration', 'alembic'] },
  { domain: 'database', label: 'a database schema file', name: isNamed(/^(schema\.prisma|schema\.rb|knexfile\.[cm]?[jt]s|ormconfig\.\w+)$/i) },
  { domain: 'frontend', label: 'a frontend folder', folders: ['frontend', 'client', 'web', 'ui', 'components', 'pages', 'public'] },
  { domain: 'frontend', label: 'UI source files', name: hasExtension('.jsx', '.tsx', '.vue', '.svelte', '.css', '.scss', '.html') },
  { domain: 'backend', label: 'a server folder', folders: ['server', 'backend', 'api', 'routes', 'handlers', 'controllers', 'services'] },
  { domain: 'backend', label: 'server source files', name: hasExtension('.go', '.py', '.java', '.rb', '.php', '.cs', '.rs', '.kt') },
  { domain: 'backend', label: 'a server entry point', name: isNamed(/^(server|app|main)\.[cm]?[jt]s$/i) },
  { domain: 'infrastructure', label: 'a Dockerfile', name: isNamed(/^(Dockerfile(\..+)?|docker-compose\.ya?ml|compose\.ya?ml)$/i) },
  { domain: 'infrastructure', label: 'deployment configuration', folders: ['k8s', 'kubernetes', 'helm', 'terraform', 'deploy', 'workflows'] },
  { domain: 'infrastructure', label: 'infrastructure files', name: isNamed(/(\.tf|^Jenkinsfile|^\.gitlab-ci\.yml)$/i) },
  { domain: 'security', label: 'security policy or auth code', name: isNamed(/^SECURITY\.md$/i), folders: ['auth', 'security'] },
];

/** The rules a folder path matches by its folder names; worked out once per folder, not per file. */
function folderRules(folder: string): SignalRule[] {
  const segments = new Set(folder.split('/').filter((s) => s.length > 0).map((s) => s.toLowerCase()));
  return RULES.filter((rule) => rule.folders?.some((name) => segments.has(name)));
}

/** Domain → reasons like "workspace: 3 .sql files", keys and reasons in a stable order. */
export function workspaceSignals(files: readonly string[]): Record<string, string[]> {
  const counts = new Map<SignalRule, number>();
  const byFolder = new Map<string, SignalRule[]>();
  for (const file of files) {
    const path = file.replace(/\\/g, '/');
    const slash = path.lastIndexOf('/');
    const folder = slash < 0 ? '' : path.slice(0, slash);
    const base = path.slice(slash + 1);
    let matched = byFolder.get(folder);
    if (!matched) {
      matched = folderRules(folder);
      byFolder.set(folder, matched);
    }
    for (const rule of RULES) {
      if (matched.includes(rule) || rule.name?.(base)) counts.set(rule, (counts.get(rule) ?? 0) + 1);
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
