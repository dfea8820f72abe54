import type { Analyzer, AnalyzerFinding } from '../types';
import { readIfSmall } from '../files';
import { asArray, asRecord, readYaml, type YamlFile } from './yamlFile';

export function isWorkflow(path: string): boolean {
  return /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path);
}

/** Owners whose actions are maintained with the runner itself (tags on them are the recommended pinning). */
const FIRST_PARTY = new Set(['actions', 'github']);
/** Event fields anyone opening a pull request or an issue writes. */
const UNTRUSTED = /\$\{\{\s*github\.(?:event\.(?:issue\.(?:title|body)|pull_request\.(?:title|body|head\.ref|head\.label)|comment\.body|review\.body|review_comment\.body|head_commit\.(?:message|author\.(?:name|email))|commits\[\d*\]?\.message|discussion\.(?:title|body)|pages\[\d*\]?\.page_name)|head_ref)\s*\}\}/;
const PR_HEAD = /\$\{\{\s*(?:github\.event\.pull_request\.head\.(?:sha|ref)|github\.head_ref)\s*\}\}/;

/**
 * GitHub Actions workflows: third-party actions not pinned to a commit, actions pinned to a branch,
 * pull_request_target workflows that check out the pull request's code ("pwn request"), and
 * attacker-written event fields interpolated into shell scripts.
 */
export const workflowsAnalyzer: Analyzer = {
  id: 'infrastructure.ci-workflows',
  domain: 'infrastructure',
  description: 'CI workflows: unpinned third-party actions, pull_request_target with a checkout of the PR, untrusted input in run scripts',
  async run(ctx, signal) {
    const findings: AnalyzerFinding[] = [];
    for (const path of ctx.files.filter(isWorkflow)) {
      signal?.throwIfAborted();
      const yaml = readYaml((await readIfSmall(ctx, path)) ?? '');
      if (yaml) findings.push(...workflow(path, yaml));
    }
    return findings;
  },
};

function workflow(path: string, yaml: YamlFile): AnalyzerFinding[] {
  const out: AnalyzerFinding[] = [];
  const unpinned: { action: string; uses: string; line: number }[] = [];
  const add = (at: (string | number)[], severity: AnalyzerFinding['severity'], title: string, detail: string) => {
    const line = yaml.lineOf(at);
    out.push({ analyzer: 'infrastructure.ci-workflows', title, detail, severity, concerns: ['security'], evidence: [{ file: path, line, excerpt: yaml.lineText(line) }] });
  };
  const root = asRecord(yaml.root);
  const on = root.on ?? root.true; // YAML 1.1 reads a bare `on:` key as true
  const events = typeof on === 'string' ? [on] : Array.isArray(on) ? on.map(String) : Object.keys(asRecord(on));
  const prTarget = events.includes('pull_request_target');
  for (const [jobName, rawJob] of Object.entries(asRecord(root.jobs))) {
    asArray(asRecord(rawJob).steps).forEach((rawStep, i) => {
      const step = asRecord(rawStep);
      const at = ['jobs', jobName, 'steps', i];
      if (typeof step.uses === 'string') {
        const uses = step.uses;
        const [action, ref = ''] = uses.split('@');
        const owner = action.split('/')[0];
        if (!uses.startsWith('./') && !uses.startsWith('docker://')) {
          if (/^(?:main|master|dev|develop|trunk|HEAD)$/.test(ref)) {
            add([...at, 'uses'], 'medium', `Action ${action} is pinned to the branch ${ref} (${path})`,
              `${path} runs ${uses}: whatever is pushed to that branch runs in this workflow, with its secrets. Pin a release tag or, better, a full commit SHA.`);
          } else if (!FIRST_PARTY.has(owner) && !/^[0-9a-f]{40}$/.test(ref)) {
            unpinned.push({ action, uses, line: yaml.lineOf([...at, 'uses']) });
          }
        }
        const checkoutRef = String(asRecord(step.with).ref ?? '');
        if (prTarget && /^actions\/checkout$/.test(action) && PR_HEAD.test(checkoutRef)) {
          add([...at, 'with', 'ref'], 'critical', `pull_request_target workflow checks out the pull request's code (${path})`,
            `${path} runs on pull_request_target, which has the repository's secrets and a write token, and checks out ${checkoutRef}: any pull request from a fork then runs its own code with them. Use pull_request for building untrusted code, or split the privileged part into a workflow_run workflow.`);
        }
      }
      if (typeof step.run === 'string' && UNTRUSTED.test(step.run)) {
        const field = UNTRUSTED.exec(step.run)![0];
        add([...at, 'run'], 'high', `Untrusted ${field.replace(/\$\{\{\s*|\s*\}\}/g, '')} interpolated into a script (${path})`,
          `${path} puts ${field} straight into a run script; whoever writes that text (a pull request title, an issue, a branch name) can inject shell commands. Pass it through an env: variable and quote it ("$TITLE").`);
      }
    });
  }
  if (unpinned.length > 0) out.push(unpinnedActions(path, yaml, unpinned));
  return out;
}

/** One finding per workflow file: the fix (pin each by SHA) is made once, with a tool or by hand, for all of them. */
function unpinnedActions(path: string, yaml: YamlFile, unpinned: readonly { action: string; uses: string; line: number }[]): AnalyzerFinding {
  const actions = [...new Set(unpinned.map((u) => u.action))];
  const title = actions.length === 1 ? `Third-party action ${actions[0]} is not pinned to a commit (${path})` : `${actions.length} third-party actions are not pinned to a commit (${path})`;
  return {
    analyzer: 'infrastructure.ci-workflows', title, severity: 'medium', concerns: ['security'],
    detail: `${path} runs ${[...new Set(unpinned.map((u) => u.uses))].join(', ')}. A tag can be moved to other code by whoever controls the action's repository, and that code gets the job's token and secrets. Pin each to its full commit SHA (with the tag in a comment); Dependabot keeps SHA pins up to date.`,
    evidence: unpinned.map((u) => ({ file: path, line: u.line, excerpt: yaml.lineText(u.line) })),
  };
}
