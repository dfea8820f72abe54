import type { Analyzer, AnalyzerFinding } from '../types';
import { excerptOf, loadSources } from '../source/files';
import { findRequestPaths } from '../source/request-paths';

interface Blocking { readonly re: RegExp; readonly what: string; readonly why: string }

/**
 * Calls that hold the worker while a request waits. Only code reached from a route handler counts:
 * `fs.readFileSync` at module load is fine, inside a handler it blocks every other request.
 */
const JS_BLOCKING: readonly Blocking[] = [
  { re: /\bfs\.(readFileSync|writeFileSync|appendFileSync|readdirSync|copyFileSync)\s*\(/g, what: 'synchronous file I/O', why: 'blocks the Node.js event loop, so every other request waits too' },
  { re: /\b(execSync|spawnSync|execFileSync)\s*\(/g, what: 'a synchronous child process', why: 'blocks the Node.js event loop until the process exits' },
  { re: /\bbcrypt\.(hashSync|compareSync)\s*\(/g, what: 'synchronous bcrypt', why: 'runs a deliberately slow hash on the event loop; use the async bcrypt.hash/compare' },
  { re: /\bcrypto\.(pbkdf2Sync|scryptSync)\s*\(/g, what: 'a synchronous key derivation', why: 'runs a deliberately slow function on the event loop' },
  { re: /\bzlib\.(gzipSync|gunzipSync|deflateSync|inflateSync|brotliCompressSync)\s*\(/g, what: 'synchronous compression', why: 'blocks the event loop for the whole payload' },
];

const PY_BLOCKING: readonly Blocking[] = [
  { re: /\btime\.sleep\s*\(/g, what: 'time.sleep', why: 'holds the worker for the whole sleep' },
  { re: /\brequests\.(get|post|put|patch|delete|head|request)\s*\(/g, what: 'an outbound HTTP call', why: 'holds the worker until the remote service answers, so its latency and outages become this page\'s' },
  { re: /\bsubprocess\.(run|call|check_output|check_call)\s*\(/g, what: 'a subprocess', why: 'holds the worker until the process exits' },
];

export const blockingHandlersAnalyzer: Analyzer = {
  id: 'backend.blocking-handlers',
  domain: 'backend',
  description: 'Blocking or heavy synchronous work on request paths (sync fs/exec/bcrypt in Node, sleep/HTTP/subprocess in Python views)',
  async run(ctx, signal) {
    const sources = await loadSources(ctx, ['js', 'py'], {}, signal);
    const paths = findRequestPaths(sources);
    const findings: AnalyzerFinding[] = [];
    for (const file of sources) {
      const patterns = file.lang === 'js' ? JS_BLOCKING : PY_BLOCKING;
      const seenLines = new Set<number>();
      for (const pattern of patterns) {
        for (const m of file.src.bare.matchAll(pattern.re)) {
          const routes = [...new Set(paths
            .filter((p) => p.ranges.some((r) => r.file === file && m.index >= r.start && m.index < r.end))
            .map((p) => p.route))];
          const line = file.src.lineAt(m.index);
          if (routes.length === 0 || seenLines.has(line)) continue;
          seenLines.add(line);
          findings.push({
            analyzer: 'backend.blocking-handlers',
            title: `Blocking call (${pattern.what}) on request path ${routes.join(', ')}`,
            detail: `${file.path}:${line} makes ${pattern.what} while answering ${routes.join(' and ')}; it ${pattern.why}. `
              + 'Move it out of the request (cache it, do it at start-up or in a background job) or use a non-blocking call with a short timeout.',
            severity: 'medium',
            evidence: [{ file: file.path, line, excerpt: excerptOf(file.src, line) }],
          });
        }
      }
    }
    return findings;
  },
};
