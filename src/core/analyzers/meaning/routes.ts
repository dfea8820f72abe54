import type { Call, Expr, FileModel } from '../program/model';
import type { Evaluator } from './evaluator';
import type { Value } from './values';

/** A function that answers requests, and how the framework reaches it. */
export interface Route {
  /** `POST /checkout`, `/loans/outstanding/`, `LoansController#index`. */
  readonly label: string;
  readonly file: FileModel;
  readonly line: number;
  readonly handlers: readonly Handler[];
}

export interface Handler {
  readonly file: FileModel;
  readonly fn: number;
}

const ROUTES_NAMED = 3;

/** Routes for a title: the first few, and how many more (a helper every route reaches would list them all). */
export function routeList(labels: readonly string[], joiner = ', '): string {
  const unique = [...new Set(labels)];
  const named = unique.slice(0, ROUTES_NAMED).join(joiner);
  return unique.length > ROUTES_NAMED ? `${named} and ${unique.length - ROUTES_NAMED} more` : named;
}

const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'head', 'options']);
const DECORATOR_METHODS = new Set(['route', 'get', 'post', 'put', 'patch', 'delete', 'api_route', 'head', 'options']);
const NEST_METHODS = new Set(['Get', 'Post', 'Put', 'Patch', 'Delete', 'All', 'Head', 'Options']);
const DJANGO_VIEW_METHODS = ['get', 'post', 'put', 'patch', 'delete', 'dispatch', 'list', 'retrieve', 'create', 'update', 'partial_update', 'destroy', 'get_queryset'];
const NEXT_HANDLERS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'default']);

/**
 * Request handlers: Express/Koa/Fastify routes, NestJS controllers, Next.js API routes, Flask and
 * FastAPI decorators, Django URL patterns, and the actions of Rails and Laravel controllers (their
 * routers reach every public action).
 */
export function findRoutes(evaluator: Evaluator): Route[] {
  const routes: Route[] = [];
  for (const file of evaluator.program.files.values()) {
    if (file.lang === 'js') routes.push(...javascriptRoutes(evaluator, file));
    else if (file.lang === 'py') routes.push(...pythonRoutes(evaluator, file));
    else routes.push(...controllerActions(evaluator, file));
  }
  return routes;
}

const str = (e: Expr | undefined): string | undefined => (e?.k === 'string' && e.holes.length === 0 ? e.text : undefined);
const calleeName = (e: Expr): string | undefined => (e.k === 'member' || e.k === 'name' ? e.name : undefined);

function handlersIn(evaluator: Evaluator, file: FileModel, call: Call, args: readonly Expr[]): Handler[] {
  return args.flatMap((a) => {
    const value = evaluator.value(file, a, { fn: call.fn, offset: call.start });
    return value.v === 'fn' ? [{ file: value.file, fn: value.fn }] : [];
  });
}

function javascriptRoutes(evaluator: Evaluator, file: FileModel): Route[] {
  const routes: Route[] = [];
  for (const call of file.calls) {
    const method = calleeName(call.callee);
    if (call.callee.k === 'member' && method && HTTP_METHODS.has(method)) {
      // app.get('/x', h) — or app.route('/x').get(h), where the path is on the inner call.
      const inner = call.callee.object.k === 'call' ? file.calls[call.callee.object.call] : undefined;
      const path = str(call.args[0]) ?? (inner && calleeName(inner.callee) === 'route' ? str(inner.args[0]) : undefined);
      const handlers = handlersIn(evaluator, file, call, str(call.args[0]) !== undefined ? call.args.slice(1) : call.args);
      if (path?.startsWith('/') && handlers.length > 0) routes.push({ label: `${method === 'del' ? 'DELETE' : method.toUpperCase()} ${path}`, file, line: call.line, handlers });
    }
    if (method === 'route' && call.args[0]?.k === 'dict') { // fastify.route({ method, url, handler })
      const entries = new Map(call.args[0].entries);
      const url = str(entries.get('url') ?? entries.get('path'));
      const handlers = handlersIn(evaluator, file, call, [entries.get('handler') ?? { k: 'other' }]);
      if (url && handlers.length > 0) routes.push({ label: `${(str(entries.get('method')) ?? 'GET').toUpperCase()} ${url}`, file, line: call.line, handlers });
    }
  }
  for (const cls of file.classes) {
    const controller = cls.decorators.map((d) => decoratorCall(file, d)).find((c) => c && calleeName(c.callee) === 'Controller');
    if (!controller) continue;
    const prefix = str(controller.args[0]) ?? '';
    for (const fn of file.functions.filter((f) => f.cls === cls.id)) {
      const route = fn.decorators.map((d) => decoratorCall(file, d)).find((c) => c && NEST_METHODS.has(calleeName(c.callee) ?? ''));
      if (route) routes.push({ label: `${calleeName(route.callee)!.toUpperCase()} /${[prefix, str(route.args[0]) ?? ''].filter(Boolean).join('/')}`.replace(/\/+/g, '/'), file, line: route.line, handlers: [{ file, fn: fn.id }] });
    }
  }
  const next = /(?:^|\/)pages\/api\/(.+)\.[jt]sx?$/.exec(file.path) ?? /(?:^|\/)app\/(.+)\/route\.[jt]s$/.exec(file.path);
  if (next) {
    for (const e of file.exports.filter((x) => NEXT_HANDLERS.has(x.name) && x.value)) {
      const value = evaluator.value(file, e.value, { offset: Number.MAX_SAFE_INTEGER });
      if (value.v === 'fn') routes.push({ label: `${e.name === 'default' ? '' : `${e.name} `}/api/${next[1]}`.replace('/api/api/', '/api/'), file, line: e.line, handlers: [{ file: value.file, fn: value.fn }] });
    }
  }
  return routes;
}

function decoratorCall(file: FileModel, decorator: Expr): Call | undefined {
  return decorator.k === 'call' ? file.calls[decorator.call] : undefined;
}

function pythonRoutes(evaluator: Evaluator, file: FileModel): Route[] {
  const routes: Route[] = [];
  for (const fn of file.functions) {
    for (const d of fn.decorators) {
      const call = decoratorCall(file, d);
      const method = call && call.callee.k === 'member' ? call.callee.name : undefined;
      const path = call ? str(call.args[0]) : undefined;
      if (!call || !method || !DECORATOR_METHODS.has(method) || path === undefined) continue;
      const methods = call.named.find(([k]) => k === 'methods')?.[1];
      const verb = method === 'route' || method === 'api_route' ? (methods?.k === 'list' ? str(methods.items[0]) ?? 'GET' : 'GET') : method;
      const prefix = call.callee.k === 'member' ? routerPrefix(evaluator, file, call.callee.object) : '';
      routes.push({ label: `${verb.toUpperCase()} ${`${prefix}${path}` || '/'}`, file, line: call.line, handlers: [{ file, fn: fn.id }] });
    }
  }
  for (const call of file.calls) {
    const name = calleeName(call.callee);
    if ((name === 'path' || name === 're_path' || name === 'url') && str(call.args[0]) !== undefined && call.args[1]) {
      const handlers = djangoView(evaluator, file, call, call.args[1]);
      if (handlers.length > 0) routes.push({ label: `/${str(call.args[0])!.replace(/^\^|\$$/g, '')}`, file, line: call.line, handlers });
    }
    if (name === 'register' && call.callee.k === 'member' && str(call.args[0]) !== undefined && call.args[1]) { // DRF router.register('x', ViewSet)
      const handlers = djangoView(evaluator, file, call, call.args[1]);
      if (handlers.length > 0) routes.push({ label: `/${str(call.args[0])}/`, file, line: call.line, handlers });
    }
  }
  return routes;
}

/** The prefix a FastAPI router or Flask blueprint was made with (`APIRouter(prefix="/items")`). */
function routerPrefix(evaluator: Evaluator, file: FileModel, router: Expr): string {
  if (router.k !== 'name') return '';
  const binding = evaluator.index(file).lookup(router.name, { offset: Number.MAX_SAFE_INTEGER });
  if (binding?.value?.k !== 'call') return '';
  const made = file.calls[binding.value.call];
  return str(made.named.find(([k]) => k === 'prefix' || k === 'url_prefix')?.[1])?.replace(/\/$/, '') ?? '';
}

/** A Django view: a function, or a class-based view (`Views.as_view()`) whose handler methods are reached. */
function djangoView(evaluator: Evaluator, file: FileModel, call: Call, arg: Expr): Handler[] {
  const scope = { fn: call.fn, offset: call.start };
  let target = arg;
  if (arg.k === 'call' && calleeName(file.calls[arg.call].callee) === 'as_view' && file.calls[arg.call].callee.k === 'member') {
    target = (file.calls[arg.call].callee as { object: Expr }).object;
  }
  const value: Value = evaluator.value(file, target, scope);
  if (value.v === 'fn') return [{ file: value.file, fn: value.fn }];
  if (value.v === 'class') return methodsOf(value.file, value.cls, DJANGO_VIEW_METHODS);
  return [];
}

function methodsOf(file: FileModel, cls: number, names?: readonly string[]): Handler[] {
  return file.functions.filter((f) => f.cls === cls && f.name && (!names || names.includes(f.name))).map((f) => ({ file, fn: f.id }));
}

/** Rails and Laravel controllers: every public method of a class named *Controller is an action a route can reach. */
function controllerActions(_evaluator: Evaluator, file: FileModel): Route[] {
  const routes: Route[] = [];
  for (const cls of file.classes.filter((c) => /Controller$/.test(c.name) && c.bases.length > 0)) {
    for (const fn of file.functions.filter((f) => f.cls === cls.id && f.name && !f.name.startsWith('_') && f.name !== '__construct')) {
      if (isPrivate(file, cls.id, fn.start)) continue;
      routes.push({ label: `${cls.name}${file.lang === 'rb' ? '#' : '@'}${fn.name}`, file, line: fn.line, handlers: [{ file, fn: fn.id }] });
    }
  }
  return routes;
}

/** PHP `private/protected function …`, or a Ruby method after a bare `private`/`protected` in its class. */
function isPrivate(file: FileModel, cls: number, offset: number): boolean {
  if (file.lang === 'php') return /^(?:\w+\s+)*?(?:private|protected)\b/.test(file.slice(offset, offset + 60));
  const marker = file.calls.filter((c) => c.cls === cls && c.fn === undefined && c.start < offset && c.args.length === 0
    && c.callee.k === 'name' && ['private', 'protected', 'public'].includes(c.callee.name)).pop();
  return marker !== undefined && marker.callee.k === 'name' && marker.callee.name !== 'public';
}
