import type { FileModel } from '../program/model';
import type { Evaluator } from './evaluator';
import { findRoutes, type Route } from './routes';

/** The code that runs while a request is answered: a route's handlers and the project functions they call. */
export interface RequestPath {
  readonly route: Route;
  readonly reached: ReadonlyMap<FileModel, ReadonlySet<number>>;
}

const MAX_DEPTH = 6;
const cache = new WeakMap<Evaluator, RequestPath[]>();

export function requestPaths(evaluator: Evaluator): RequestPath[] {
  let paths = cache.get(evaluator);
  if (!paths) cache.set(evaluator, (paths = findRoutes(evaluator).map((route) => ({ route, reached: reach(evaluator, route) }))));
  return paths;
}

/** Functions reached from the handlers through calls the evaluator can follow, to a bounded depth. */
function reach(evaluator: Evaluator, route: Route): Map<FileModel, Set<number>> {
  const reached = new Map<FileModel, Set<number>>();
  const add = (file: FileModel, fn: number) => {
    const set = reached.get(file) ?? new Set<number>();
    reached.set(file, set);
    if (set.has(fn)) return false;
    set.add(fn);
    return true;
  };
  let frontier = route.handlers.filter((h) => add(h.file, h.fn));
  for (let depth = 0; depth < MAX_DEPTH && frontier.length > 0; depth++) {
    const next: typeof frontier = [];
    for (const { file, fn } of frontier) {
      for (const call of evaluator.index(file).callsWithin(fn)) {
        const callee = evaluator.value(file, call.callee, { fn: call.fn, offset: call.start });
        if (callee.v === 'fn' && add(callee.file, callee.fn)) next.push({ file: callee.file, fn: callee.fn });
      }
    }
    frontier = next;
  }
  return reached;
}

/** The routes whose request path runs code in `fn` (or a function nested in it). */
export function routesReaching(evaluator: Evaluator, file: FileModel, fn: number | undefined): Route[] {
  if (fn === undefined) return [];
  return requestPaths(evaluator).filter((p) => {
    const fns = p.reached.get(file);
    if (!fns) return false;
    for (let f: number | undefined = fn; f !== undefined; f = file.functions[f].parent) if (fns.has(f)) return true;
    return false;
  }).map((p) => p.route);
}
