import type { Expr, FileModel } from '../program/model';
import type { Evaluator } from './evaluator';
import type { Scope } from './values';

const REQUEST_OBJECTS = /^(?:req|request|ctx|context|\$request|params|\$_(?:GET|POST|REQUEST|COOKIE|SERVER|FILES))$/;
const REQUEST_FIELDS = new Set(['body', 'query', 'params', 'headers', 'cookies', 'GET', 'POST', 'data', 'args', 'form', 'json', 'values', 'files',
  'query_params', 'path_params', 'input', 'get', 'post', 'all', 'route', 'cookie', 'header']);
const MAX_HOPS = 3;

/** Whether an expression carries data from the HTTP request (directly, or through a few assignments). */
export function fromRequest(evaluator: Evaluator, file: FileModel, e: Expr | undefined, scope: Scope, hops = 0): boolean {
  if (!e) return false;
  switch (e.k) {
    case 'member': return requestChain(e) || fromRequest(evaluator, file, e.object, scope, hops);
    case 'call': {
      const call = file.calls[e.call];
      return fromRequest(evaluator, file, call.callee, scope, hops) || call.args.some((a) => fromRequest(evaluator, file, a, scope, hops));
    }
    case 'string': return e.holes.some((h) => fromRequest(evaluator, file, h, scope, hops));
    case 'binary': return fromRequest(evaluator, file, e.left, scope, hops) || fromRequest(evaluator, file, e.right, scope, hops);
    case 'await': return fromRequest(evaluator, file, e.value, scope, hops);
    case 'name': {
      if (/^\$_(?:GET|POST|REQUEST|COOKIE)$/.test(e.name)) return true;
      if (hops >= MAX_HOPS) return false;
      const binding = evaluator.index(file).lookup(e.name, scope);
      return binding?.kind === 'var' && fromRequest(evaluator, file, binding.value, { fn: binding.scope, offset: binding.start - 1 }, hops + 1);
    }
    default: return false;
  }
}

/** `req.body.x`, `request.GET["q"]`, `params[:id]`, `$request->input('x')`: a field of a request object. */
function requestChain(e: Expr): boolean {
  const names: string[] = [];
  let cur: Expr = e;
  while (cur.k === 'member') { names.unshift(cur.name); cur = cur.object; }
  if (cur.k !== 'name' || !REQUEST_OBJECTS.test(cur.name)) return false;
  return cur.name === 'params' || cur.name.startsWith('$_') || names.some((n) => REQUEST_FIELDS.has(n));
}
