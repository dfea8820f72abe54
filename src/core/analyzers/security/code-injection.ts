import type { Call, FileModel } from '../program/model';
import type { Analyzer, AnalyzerFinding } from '../types';
import { loadAnalysis } from '../meaning/analysis';
import type { Evaluator } from '../meaning/evaluator';
import { fromRequest } from '../meaning/requestInput';

interface Sink { readonly what: string }

/**
 * Code or shell commands built from request input: only arguments that carry request data, or a
 * variable assigned from it, count. A shell command interpolating a value the program computed
 * itself (a checkout path, a setting) is not reported as an injection: nobody outside chooses it.
 */
export const codeInjectionAnalyzer: Analyzer = {
  id: 'security.code-injection',
  domain: 'security',
  description: 'eval/new Function/exec/os.system/shell=True of request input',
  async run(ctx, signal) {
    const { program, evaluator } = await loadAnalysis(ctx, signal);
    const findings: AnalyzerFinding[] = [];
    for (const file of program.files.values()) {
      if (file.lang !== 'js' && file.lang !== 'py') continue;
      signal?.throwIfAborted();
      for (const call of file.calls) {
        const sink = sinkOf(evaluator, file, call);
        if (!sink || call.args.length === 0) continue;
        const scope = { fn: call.fn, offset: call.start };
        if (!call.args.some((a) => fromRequest(evaluator, file, a, scope))) continue;
        findings.push({
          analyzer: 'security.code-injection',
          title: `Code injection: ${sink.what} of request input in ${file.path}`,
          detail: `${file.path}:${call.line} passes data from the request to ${sink.what}. `
            + 'Anyone who controls it can run code on the server. Never evaluate input; for commands use execFile/spawn (or subprocess with a list) and validate arguments against an allow-list.',
          severity: 'critical',
          evidence: [{ file: file.path, line: call.line, excerpt: file.excerpt(call.line) }],
          flag: { type: 'SECURITY_BREACH', reason: `Code injection at ${file.path}:${call.line}: ${sink.what} of request input.`, targetDomain: 'security', priority: 'critical' },
        });
      }
    }
    return findings;
  },
};

/** What a call runs, when it runs code or a shell: decided by what the callee resolves to. */
function sinkOf(evaluator: Evaluator, file: FileModel, call: Call): Sink | undefined {
  const callee = call.callee;
  const scope = { fn: call.fn, offset: call.start };
  if (callee.k === 'name' && !evaluator.index(file).lookup(callee.name, scope)) {
    if (callee.name === 'eval' || (file.lang === 'py' && callee.name === 'exec')) return { what: file.lang === 'py' ? 'eval/exec' : 'eval' };
    if (file.lang === 'js' && callee.name === 'Function' && call.isNew) return { what: 'new Function' };
  }
  const value = evaluator.value(file, callee, scope);
  if (value.v !== 'pkg') return undefined;
  const name = value.path[value.path.length - 1];
  if (/^(?:node:)?child_process$/.test(value.pkg) && (name === 'exec' || name === 'execSync')) return { what: 'a shell command (exec)' };
  if (/^(?:node:)?vm$/.test(value.pkg) && /^runIn/.test(name)) return { what: 'vm code execution' };
  if (value.pkg === 'os' && (name === 'system' || name === 'popen')) return { what: 'a shell command (os.system)' };
  const shellTrue = call.named.some(([k, v]) => k === 'shell' && v.k === 'literal' && v.value === true);
  if (value.pkg === 'subprocess' && shellTrue) return { what: 'a shell command (shell=True)' };
  return undefined;
}
