import type { ProjectMemory } from './types';

/**
 * Which module a workspace file belongs to, so a note about it lands in that module's notes
 * (`modules/<module>.md`) and not in whichever module the request reminded a coordinator of.
 *
 * 1. A module whose notes name the file (`modules/payment.md` says "Code: `backend/src/payment.js`").
 * 2. A module named after the file, or after its folder when the file's name says nothing
 *    (`cart.js` → cart; `002_create_carts.sql` → carts, which joins a module "cart" that exists
 *    or is being written; `src/orders/index.ts` → orders).
 */

const GENERIC_NAMES: ReadonlySet<string> = new Set([
  'index', 'main', 'app', 'server', 'mod', 'init', '__init__', 'lib', 'src', 'source', 'utils', 'util', 'helpers', 'common',
  'shared', 'core', 'api', 'models', 'model', 'views', 'view', 'urls', 'settings', 'config', 'package', 'schema', 'migrations',
  'migration', 'db', 'backend', 'frontend', 'public', 'dist', 'build', 'out', 'assets', 'static', 'test', 'tests', 'spec',
]);
const MODULE_FILE = /^modules\/([a-z0-9][a-z0-9_-]*)\.md$/i;

export function moduleNames(memory: ProjectMemory): string[] {
  return memory.files.map((f) => MODULE_FILE.exec(f.path)?.[1]?.toLowerCase()).filter((m): m is string => m !== undefined);
}

/**
 * The module for `file` (workspace-relative, forward slashes), given the project's memory and the
 * modules already chosen for other notes of the same proposal. Undefined when nothing in the
 * path names a module.
 */
export function moduleForFile(file: string, memory: ProjectMemory, chosen: readonly string[] = []): string | undefined {
  const named = memory.files.find((f) => MODULE_FILE.test(f.path) && mentions(f.content, file));
  if (named) return MODULE_FILE.exec(named.path)![1].toLowerCase();
  const known = [...new Set([...moduleNames(memory), ...chosen])];
  const parts = file.split('/').filter(Boolean);
  for (let i = parts.length - 1; i >= 0; i--) {
    const name = moduleName(i === parts.length - 1 ? stemOf(parts[i]) : parts[i]);
    if (!name || GENERIC_NAMES.has(name)) continue;
    return known.find((m) => m === name || `${m}s` === name || m === `${name}s`) ?? name;
  }
  return undefined;
}

/** Workspace paths a note names ("backend/src/cart.js looks … (db/migrations/002_create_carts.sql:11)"), in order. */
export function filesNamedIn(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(/(?<![\w./-])([\w.-]+(?:\/[\w.-]+)+\.[A-Za-z0-9]+)(?=:\d|[\s),;`'"]|\.(?:\s|$)|$)/g), (m) => m[1]))];
}

function mentions(content: string, file: string): boolean {
  return content.includes(file);
}

/** "cart.js" → "cart"; a build's hashed name, "index-4f3a9c.js", → "index". */
function stemOf(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '').replace(/[-.][0-9a-f]{6,}$/i, '');
}

/** "002_create_carts" → "carts", "Order-Items" → "order-items": a name fit for modules/<name>.md. */
function moduleName(raw: string): string | undefined {
  const name = raw
    .toLowerCase()
    .replace(/^[\d_.-]+/, '')
    .replace(/^(create|add|alter|update|drop|remove)[_-]+/, '')
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '');
  return name.length > 0 ? name : undefined;
}
