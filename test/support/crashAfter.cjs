// Test-only, preloaded into a CLI child process (node --require): kills the process with SIGKILL
// at a chosen journal point. CRASH_AFTER=<EventType>[:<n>] picks the line that holds the n-th event
// of that type (default the first); the process dies right after that line reaches the journal, or,
// with CRASH_TEAR=1, halfway through writing it, as a crash mid-write would leave it.
// Nothing of this ships: the engine is the bundle under test, untouched.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded with node --require, before any ES module
const fs = require('node:fs');

const [type, nth] = (process.env.CRASH_AFTER ?? '').split(':');
if (type) {
  const wanted = Number(nth ?? '1');
  const tear = process.env.CRASH_TEAR === '1';
  let seen = 0;
  const appendFileSync = fs.appendFileSync;
  fs.appendFileSync = function crashingAppend(path, data, ...rest) {
    if (typeof path === 'string' && path.endsWith('.jsonl')) {
      const text = String(data);
      let offset = 0;
      for (const line of text.split('\n')) {
        const types = line ? [JSON.parse(line)].flat().map((event) => event.type) : [];
        const before = seen;
        seen += types.filter((t) => t === type).length;
        if (before < wanted && seen >= wanted) {
          const end = tear ? offset + Math.floor(line.length / 2) : offset + line.length + 1;
          appendFileSync.call(fs, path, text.slice(0, end), ...rest);
          process.kill(process.pid, 'SIGKILL');
        }
        offset += line.length + 1;
      }
    }
    return appendFileSync.call(fs, path, data, ...rest);
  };
}
