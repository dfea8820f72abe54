import type { Analyzer, AnalyzerFinding } from '../types';
import { baseName, readIfSmall } from '../files';
import { asArray, asRecord, readYaml, type YamlFile } from './yamlFile';

export function isComposeFile(path: string): boolean {
  return /^(?:docker-)?compose(?:[.-][\w.-]+)?\.ya?ml$/i.test(baseName(path));
}

const DANGEROUS_CAPABILITIES = new Set(['ALL', 'SYS_ADMIN', 'SYS_PTRACE', 'SYS_MODULE', 'NET_ADMIN', 'DAC_READ_SEARCH']);

/**
 * Compose files: services that can take over the host — privileged mode, the Docker socket
 * mounted inside, the host's network or process namespace, powerful capabilities. (Secrets written
 * into compose files are the hard-coded-secrets analyzer's.)
 */
export const composeAnalyzer: Analyzer = {
  id: 'infrastructure.compose',
  domain: 'infrastructure',
  description: 'Compose files: privileged services, the Docker socket mounted, host network/PID namespaces, dangerous capabilities',
  async run(ctx, signal) {
    const findings: AnalyzerFinding[] = [];
    for (const path of ctx.files.filter(isComposeFile)) {
      signal?.throwIfAborted();
      const yaml = readYaml((await readIfSmall(ctx, path)) ?? '');
      if (!yaml) continue;
      for (const [name, raw] of Object.entries(asRecord(asRecord(yaml.root).services))) findings.push(...service(path, yaml, name, asRecord(raw)));
    }
    return findings;
  },
};

function service(path: string, yaml: YamlFile, name: string, svc: Record<string, unknown>): AnalyzerFinding[] {
  const out: AnalyzerFinding[] = [];
  const add = (key: (string | number)[], severity: AnalyzerFinding['severity'], title: string, detail: string) => {
    const line = yaml.lineOf(['services', name, ...key]);
    out.push({ analyzer: 'infrastructure.compose', title, detail, severity, concerns: ['security'], evidence: [{ file: path, line, excerpt: yaml.lineText(line) }] });
  };
  if (svc.privileged === true) {
    add(['privileged'], 'high', `Service ${name} runs privileged (${path})`,
      `${name} has privileged: true: the container gets every capability and the host's devices, so escaping it is trivial. Remove it and grant the one capability the service needs with cap_add, if any.`);
  }
  asArray(svc.volumes).forEach((v, i) => {
    const source = typeof v === 'string' ? v.split(':')[0] : String(asRecord(v).source ?? '');
    if (/\/var\/run\/docker\.sock$|^\/run\/docker\.sock$/.test(source)) {
      add(['volumes', i], 'high', `Service ${name} mounts the Docker socket (${path})`,
        `${name} mounts ${source}: anything running in it can start containers on the host, which is root on the host. Avoid it, or put a socket proxy that allows only the calls the service needs in between.`);
    }
  });
  for (const key of ['network_mode', 'pid'] as const) {
    if (svc[key] === 'host') {
      add([key], 'medium', `Service ${name} shares the host's ${key === 'pid' ? 'process' : 'network'} namespace (${path})`,
        `${name} sets ${key}: host, so it ${key === 'pid' ? 'sees and can signal every process on the host' : 'binds and reaches every host interface and port, bypassing the network isolation'}. Remove it and publish the ports the service needs.`);
    }
  }
  asArray(svc.cap_add).forEach((cap, i) => {
    if (typeof cap === 'string' && DANGEROUS_CAPABILITIES.has(cap.replace(/^CAP_/, ''))) {
      add(['cap_add', i], 'medium', `Service ${name} adds capability ${cap} (${path})`,
        `${name} adds ${cap}, which gives the container near-root power over the host kernel. Drop it unless the service cannot work without it.`);
    }
  });
  return out;
}
