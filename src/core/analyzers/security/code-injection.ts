import type { Analyzer, AnalyzerFinding } from '../types';
import { excerptOf, loadSources, type SourceFile } from '../source/files';
import { matchBracket } from '../source/mask';

interface Sink { readonly re: RegExp; readonly what: string; readonly anyDynamic?: boolean }

const SINKS: Record<'js' | 'py', readonly Sink[]> = {
  js: [
    { re: /(?<![\w.])eval\s*\(/g, what: 'eval' },
    { re: /\bnew\s+Function\s*\(/g, what: 'new Function' },
    { re: /\b(?:child_process\s*\.\s*)?(?:exec|execSync)\s*\(/g, what: 'a shell command (exec)', anyDynamic: true },
    { re: /\bvm\s*\.\s*(?:runInNewContext|runInThisContext|runInContext)\s*\(/g, what: 'vm code execution' },
  ],
  py: [
    { re: /(?<![\w.])(?:eval|exec)\s*\(/g, what: 'eval/exec' },
    { re: /\bos\s*\.\s*(?:system|popen)\s*\(/g, what: 'a shell command (os.system)', anyDynamic: true },
    { re: /\bsubprocess\s*\.\s*\w+\s*\((?=[^)]*shell\s*=\s*True)/g, what: 'a shell command (shell=True)', anyDynamic: true },
  ],
};

/** Request data as each framework exposes it. */
const REQUEST_INPUT = /\breq(?:uest)?\s*\.\s*(?:body|query|params|headers|cookies|GET|POST|data|args|form|json|values)\b|\bparams\s*\[/;

/**
 * Code or shell commands built from request input. Only arguments that contain request data, or a
 * variable assigned from it in the same file, count; a shell command built by interpolation counts
 * even when the source of the value is not visible, because the shell parses whatever it gets.
 */
export const codeInjectionAnalyzer: Analyzer = {
  id: 'security.code-injection',
  domain: 'security',
  description: 'eval/new Function/exec/os.system of request input or interpolated shell commands',
  async run(ctx, signal) {
    const findings: AnalyzerFinding[] = [];
    for (const file of await loadSources(ctx, ['js', 'py'], {}, signal)) {
      const tainted = taintedNames(file);
      for (const sink of SINKS[file.lang as 'js' | 'py']) {
        for (const m of file.src.bare.matchAll(sink.re)) {
          const open = file.src.bare.indexOf('(', m.index + m[0].length - 1);
          const close = matchBracket(file.src.bare, open);
          if (close < 0) continue;
          const args = file.src.code.slice(open + 1, close);
          if (!args.trim()) continue;
          const fromRequest = REQUEST_INPUT.test(args) || [...tainted].some((n) => new RegExp(`\\b${n}\\b`).test(args));
          const interpolated = /`[^`]*\$\{|^\s*[rb]?f["']|["'`]\s*\+|\+\s*["'`]|%\s*\(|\.format\s*\(/.test(args);
          if (!fromRequest && !(sink.anyDynamic && interpolated)) continue;
          const line = file.src.lineAt(m.index);
          findings.push({
            analyzer: 'security.code-injection',
            title: `Code injection: ${sink.what} of ${fromRequest ? 'request input' : 'an interpolated command'} in ${file.path}`,
            detail: `${file.path}:${line} passes ${fromRequest ? 'data from the request' : 'a string built at run time'} to ${sink.what}. `
              + 'Anyone who controls it can run code on the server. Never evaluate input; for commands use execFile/spawn (or subprocess with a list) and validate arguments against an allow-list.',
            severity: 'critical',
            evidence: [{ file: file.path, line, excerpt: excerptOf(file.src, line) }],
            flag: { type: 'SECURITY_BREACH', reason: `Code injection at ${file.path}:${line}: ${sink.what} of ${fromRequest ? 'request input' : 'an interpolated command'}.`, targetDomain: 'security', priority: 'critical' },
          });
        }
      }
    }
    return findings;
  },
};

/** Names assigned from request data (`const x = req.body.x`, `const { a } = req.query`, `q = request.GET.get(...)`). */
function taintedNames(file: SourceFile): Set<string> {
  const names = new Set<string>();
  for (const line of file.src.code.split('\n')) {
    const m = /^\s*(?:const|let|var)?\s*(\{[^}]*\}|\w+)\s*=\s*(.*)$/.exec(line);
    if (!m || !REQUEST_INPUT.test(m[2])) continue;
    for (const name of m[1].replace(/[{}]/g, '').split(',')) {
      const local = name.split(':').pop()!.split('=')[0].trim();
      if (/^\w+$/.test(local)) names.add(local);
    }
  }
  return names;
}
