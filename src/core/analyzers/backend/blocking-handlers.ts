import type { Analyzer, AnalyzerFinding } from '../types';
import { loadAnalysis } from '../meaning/analysis';
import { routesReaching } from '../meaning/requestPaths';
import { routeList } from '../meaning/routes';

interface Blocking { readonly pkg: RegExp; readonly name: RegExp; readonly what: string; readonly why: string }

/**
 * Calls that hold the worker while a request waits, recognised by what they are (the package and
 * function the callee resolves to), not by how they are spelled. Only code reached from a route
 * counts: `fs.readFileSync` at module load is fine, inside a handler it blocks every other request.
 */
const BLOCKING: readonly Blocking[] = [
  { pkg: /^(?:node:)?fs$/, name: /^(?:readFileSync|writeFileSync|appendFileSync|readdirSync|copyFileSync|statSync|existsSync)$/, what: 'synchronous file I/O', why: 'blocks the Node.js event loop, so every other request waits too' },
  { pkg: /^(?:node:)?child_process$/, name: /^(?:execSync|spawnSync|execFileSync)$/, what: 'a synchronous child process', why: 'blocks the Node.js event loop until the process exits' },
  { pkg: /^bcrypt(?:js)?$/, name: /^(?:hashSync|compareSync|genSaltSync)$/, what: 'synchronous bcrypt', why: 'runs a deliberately slow hash on the event loop; use the async bcrypt.hash/compare' },
  { pkg: /^(?:node:)?crypto$/, name: /^(?:pbkdf2Sync|scryptSync|generateKeyPairSync)$/, what: 'a synchronous key derivation', why: 'runs a deliberately slow function on the event loop' },
  { pkg: /^(?:node:)?zlib$/, name: /Sync$/, what: 'synchronous compression', why: 'blocks the event loop for the whole payload' },
  { pkg: /^time$/, name: /^sleep$/, what: 'time.sleep', why: 'holds the worker for the whole sleep' },
  { pkg: /^requests$/, name: /^(?:get|post|put|patch|delete|head|request)$/, what: 'an outbound HTTP call', why: 'holds the worker until the remote service answers, so its latency and outages become this page\'s' },
  { pkg: /^subprocess$/, name: /^(?:run|call|check_output|check_call)$/, what: 'a subprocess', why: 'holds the worker until the process exits' },
];

export const blockingHandlersAnalyzer: Analyzer = {
  id: 'backend.blocking-handlers',
  domain: 'backend',
  description: 'Blocking or heavy synchronous work on request paths (sync fs/exec/bcrypt in Node, sleep/HTTP/subprocess in Python views)',
  async run(ctx, signal) {
    const { program, evaluator } = await loadAnalysis(ctx, signal);
    const findings: AnalyzerFinding[] = [];
    for (const file of program.files.values()) {
      if (file.lang !== 'js' && file.lang !== 'py') continue;
      signal?.throwIfAborted();
      const seenLines = new Set<number>();
      for (const call of file.calls) {
        if (call.fn === undefined || seenLines.has(call.line)) continue;
        const callee = evaluator.value(file, call.callee, { fn: call.fn, offset: call.start });
        if (callee.v !== 'pkg' || callee.path.length === 0) continue;
        const name = callee.path[callee.path.length - 1];
        const pattern = BLOCKING.find((b) => b.pkg.test(callee.pkg) && b.name.test(name));
        if (!pattern) continue;
        const routes = [...new Set(routesReaching(evaluator, file, call.fn).map((r) => r.label))];
        if (routes.length === 0) continue;
        seenLines.add(call.line);
        // In an `async def` handler the call blocks the event loop: every request of the worker waits.
        const why = file.lang === 'py' && /^async\s/.test(file.slice(file.functions[call.fn].start, file.functions[call.fn].start + 6))
          ? `${pattern.why}; in an async handler it also blocks the event loop, so every other request on this worker waits too` : pattern.why;
        findings.push({
          analyzer: 'backend.blocking-handlers',
          title: `Blocking call (${pattern.what}) on request path ${routeList(routes)}`,
          detail: `${file.path}:${call.line} makes ${pattern.what} while answering ${routeList(routes, ' and ')}; it ${why}. `
            + 'Move it out of the request (cache it, do it at start-up or in a background job) or use a non-blocking call with a short timeout.',
          severity: 'medium',
          evidence: [{ file: file.path, line: call.line, excerpt: file.excerpt(call.line) }],
        });
      }
    }
    return findings;
  },
};
