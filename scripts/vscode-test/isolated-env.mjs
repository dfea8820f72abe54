// code-server and Chromium write under $HOME and the XDG dirs on every start, so each run gets its
// own throwaway set: runs do not see each other's state and never touch the user's real profile.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Creates a fresh temp root with home/, config/, data/, cache/, tmp/ and an env pointing at them. */
export function createIsolatedEnv(prefix, baseEnv = process.env) {
  const root = mkdtempSync(join(tmpdir(), `${prefix}-`));
  const dir = (name) => {
    const path = join(root, name);
    mkdirSync(path, { recursive: true });
    return path;
  };
  const env = {
    ...baseEnv,
    HOME: dir('home'),
    XDG_CONFIG_HOME: dir('config'),
    XDG_DATA_HOME: dir('data'),
    XDG_CACHE_HOME: dir('cache'),
    TMPDIR: dir('tmp'),
    // An empty gallery turns the marketplace off (code-server otherwise queries open-vsx.org), which
    // keeps every connection on 127.0.0.1 and makes no test depend on the outside world.
    EXTENSIONS_GALLERY: '{}',
  };
  return { root, env, dir, dispose: () => rmSync(root, { recursive: true, force: true }) };
}
