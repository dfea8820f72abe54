import type { Program } from '../program/load';
import type { Binding, Call, Expr, FileModel, Fn } from '../program/model';
import { FileIndex } from './fileIndex';
import { UNKNOWN, isDb, type CallInfo, type CallView, type Client, type DbValue, type Scope, type Value } from './values';

const SELF_NAMES = new Set(['this', 'self', '$this']);
const NOT_A_QUERY: CallInfo = { value: UNKNOWN, query: false };

/**
 * What expressions mean, across the project: a name is followed to its binding, an import to the
 * module and export it names, a call to the function, class or client method it reaches. Results
 * are memoised; a cycle (a module importing itself, recursion) yields "unknown", never a loop.
 */
export class Evaluator {
  private readonly indexes = new Map<FileModel, FileIndex>();
  private readonly callInfos = new Map<Call, CallInfo | 'busy'>();
  private readonly fnFetches = new Map<Fn, boolean | 'busy'>();
  private readonly fnReturns = new Map<Fn, Value | 'busy'>();
  private readonly bindingValues = new Map<Binding, Value | 'busy'>();
  private readonly clientsById: ReadonlyMap<string, Client>;

  constructor(readonly program: Program, private readonly clients: readonly Client[]) {
    this.clientsById = new Map(clients.map((c) => [c.id, c]));
  }

  index(file: FileModel): FileIndex {
    let index = this.indexes.get(file);
    if (!index) this.indexes.set(file, (index = new FileIndex(file)));
    return index;
  }

  client(value: DbValue): Client | undefined {
    return this.clientsById.get(value.client);
  }

  value(file: FileModel, expr: Expr | undefined, scope: Scope): Value {
    if (!expr) return UNKNOWN;
    switch (expr.k) {
      case 'name': return this.name(file, expr.name, scope);
      case 'member': return this.member(file, this.value(file, expr.object, scope), expr.name);
      case 'call': return this.call(file, file.calls[expr.call]).value;
      case 'await': {
        // Awaiting a query builder (Knex, Drizzle) runs it: what comes back is rows.
        const awaited = this.value(file, expr.value, scope);
        return isDb(awaited) && awaited.role === 'builder' ? { ...awaited, role: 'rows' } : awaited;
      }
      case 'fn': return { v: 'fn', file, fn: expr.fn };
      case 'dict': return { v: 'dict', file, entries: expr.entries, scope };
      default: return UNKNOWN;
    }
  }

  name(file: FileModel, name: string, scope: Scope): Value {
    if (SELF_NAMES.has(name)) {
      const cls = this.index(file).classOf(scope.fn);
      if (cls !== undefined) return { v: 'instance', file, cls };
    }
    if (name.startsWith('@') && file.lang === 'rb') return this.instanceMember(file, this.index(file).classOf(scope.fn), name);
    const binding = this.index(file).lookup(name, scope);
    if (binding) return this.binding(file, binding);
    return this.global(file, name);
  }

  private global(file: FileModel, name: string): Value {
    if (file.lang !== 'rb' && file.lang !== 'php') return UNKNOWN;
    const cls = this.program.modules.classNamed(name);
    if (cls) return this.classValue(cls.file, cls.cls);
    return /^[A-Z]/.test(name) ? this.pkg(file, name, []) : UNKNOWN;
  }

  /** What a binding holds; memoised, and "unknown" while it is being worked out (`x = x.next`, `a = b; b = a`). */
  binding(file: FileModel, b: Binding): Value {
    const known = this.bindingValues.get(b);
    if (known === 'busy') return UNKNOWN;
    if (known) return known;
    this.bindingValues.set(b, 'busy');
    let value: Value = UNKNOWN;
    try {
      value = this.computeBinding(file, b);
    } finally {
      this.bindingValues.set(b, value);
    }
    return value;
  }

  private computeBinding(file: FileModel, b: Binding): Value {
    switch (b.kind) {
      case 'import': return this.imported(file, b.import!.module, b.import!.name);
      case 'function': return b.fn !== undefined ? { v: 'fn', file, fn: b.fn } : UNKNOWN;
      case 'class': return b.classDecl !== undefined ? this.classValue(file, b.classDecl) : UNKNOWN;
      case 'param': return this.param(file, b);
      default:
        if (b.loop !== undefined) return this.element(file, b.loop);
        // The right-hand side sees the names as they were before this assignment.
        return this.value(file, b.value, { fn: b.scope, offset: b.start - 1 });
    }
  }

  /** A loop variable: one item of what the loop iterates. */
  element(file: FileModel, loopId: number): Value {
    const loop = file.loops[loopId];
    const iterable = this.value(file, loop.iterable, { fn: loop.fn, offset: loop.start });
    if (!isDb(iterable)) return UNKNOWN;
    if (iterable.role === 'builder' || iterable.role === 'rows' || iterable.role === 'model') {
      return { ...iterable, role: 'row' };
    }
    return UNKNOWN;
  }

  private param(file: FileModel, b: Binding): Value {
    if (b.loop !== undefined) return this.element(file, b.loop);
    const fn = b.scope !== undefined ? file.functions[b.scope] : undefined;
    if (fn?.loop !== undefined && fn.params[0]?.name === b.name) return this.element(file, fn.loop);
    if (b.annotation) {
      const typed = this.typeValue(file, b.annotation, { fn: b.scope, offset: b.start });
      if (typed.v !== 'unknown') return typed;
    }
    if (b.value) {
      const byDefault = this.value(file, b.value, { fn: fn?.parent, offset: b.start });
      if (byDefault.v !== 'unknown') return byDefault;
    }
    if (fn) {
      const site = this.index(file).callSiteOf(fn.id);
      if (site) {
        const callee = site.call.callee;
        const target = callee.k === 'member' ? this.value(file, callee.object, { fn: site.call.fn, offset: site.call.start }) : this.value(file, callee, { fn: site.call.fn, offset: site.call.start });
        if (isDb(target)) {
          const index = fn.params.findIndex((p) => p.name === b.name);
          return this.client(target)?.callbackParam?.(target, callee.k === 'member' ? callee.name : undefined, index) ?? UNKNOWN;
        }
      }
    }
    return UNKNOWN;
  }

  /** A parameter or field annotation (`Session`, `Knex`, `Repository<User>`, `Optional[Session]`) as the value it declares. */
  typeValue(file: FileModel, annotation: string, scope: Scope): Value {
    const cleaned = annotation.replace(/^(?:Optional|Annotated)\[/, '').replace(/\s*\|\s*None\b/, '');
    const path = /^[\w$.\\]+/.exec(cleaned)?.[0].replace(/\\/g, '.').split('.').filter(Boolean);
    if (!path || path.length === 0) return UNKNOWN;
    let value = this.name(file, path[0], scope);
    for (const part of path.slice(1)) value = this.member(file, value, part);
    if (value.v === 'pkg') return this.fromPackage(value.pkg, value.path, 'type') ?? UNKNOWN;
    if (value.v === 'class') return { v: 'instance', file: value.file, cls: value.cls };
    if (isDb(value) && value.role === 'model') return { ...value, role: 'row' };
    return UNKNOWN;
  }

  imported(file: FileModel, module: string, name: string): Value {
    const { modules } = this.program;
    if (file.lang === 'js') {
      const target = modules.javascript(file.path, module);
      if (!target) return this.pkg(file, module, name === '*' ? [] : [name]);
      return name === '*' ? { v: 'module', file: target } : this.exported(target, name);
    }
    if (file.lang === 'py') {
      const target = modules.python(file.path, module);
      if (target === undefined) return this.pkg(file, module, name === '*' ? [] : [name]);
      const moduleValue: Value = typeof target === 'string' ? { v: 'module', dir: target } : { v: 'module', file: target };
      return name === '*' ? moduleValue : this.member(file, moduleValue, name);
    }
    const cls = modules.classNamed(module.split('\\').pop() ?? module);
    return cls ? this.classValue(cls.file, cls.cls) : this.pkg(file, module.replace(/^\\/, ''), []);
  }

  private pkg(file: FileModel, pkg: string, path: readonly string[]): Value {
    return this.fromPackage(pkg, path, 'value') ?? { v: 'pkg', lang: file.lang, pkg, path };
  }

  fromPackage(pkg: string, path: readonly string[], use: 'value' | 'call' | 'new' | 'type' | 'base', view?: CallView): DbValue | undefined {
    for (const client of this.clients) {
      const found = client.fromPackage(pkg, path, use, view);
      if (found) return found;
    }
    return undefined;
  }

  /** A JavaScript module's export by name; `default` falls back to `module.exports = …`. */
  exported(file: FileModel, name: string): Value {
    const scope: Scope = { offset: Number.MAX_SAFE_INTEGER };
    const direct = file.exports.find((e) => e.name === name);
    if (direct?.value) return this.value(file, direct.value, scope);
    if (direct?.from) return this.imported(file, direct.from.module, direct.from.name);
    const whole = file.exports.find((e) => e.name === '=');
    if (whole?.value) {
      const value = this.value(file, whole.value, scope);
      return name === 'default' ? value : this.member(file, value, name);
    }
    for (const star of file.exports.filter((e) => e.name === '*' && e.from)) {
      const value = this.imported(file, star.from!.module, name);
      if (value.v !== 'unknown' && value.v !== 'pkg') return value;
    }
    return UNKNOWN;
  }

  member(file: FileModel, object: Value, name: string): Value {
    switch (object.v) {
      case 'pkg': return this.pkg(file, object.pkg, [...object.path, name]);
      case 'module': {
        if (object.file?.lang === 'js') return this.exported(object.file, name);
        const binding = object.file ? this.index(object.file).lookup(name, { offset: Number.MAX_SAFE_INTEGER }) : undefined;
        if (binding) return this.binding(object.file!, binding);
        const sub = this.program.modules.pythonSubmodule(object.dir ?? object.file!, name);
        return sub ? { v: 'module', file: sub } : UNKNOWN;
      }
      case 'dict': {
        const entry = object.entries.find(([key]) => key === name);
        return entry ? this.value(object.file, entry[1], object.scope) : UNKNOWN;
      }
      case 'instance': return this.instanceMember(object.file, object.cls, name);
      case 'class': return this.staticMember(object.file, object.cls, name);
      case 'db': return this.client(object)?.member?.(object, name) ?? UNKNOWN;
      default: return UNKNOWN;
    }
  }

  /** `this.x`, `self.x`, `$this->x`, `@x`: what the class (or a project base class) assigns or declares. */
  instanceMember(file: FileModel, cls: number | undefined, name: string): Value {
    if (cls === undefined) return UNKNOWN;
    const bare = name.replace(/^@/, '');
    const index = this.index(file);
    const field = index.field(cls, [`this.${bare}`, `self.${bare}`, `$this->${bare}`, `@${bare}`, bare]);
    if (field) {
      if (field.value) {
        const value = this.value(file, field.value, { fn: field.scope, offset: field.start });
        if (value.v !== 'unknown') return value;
      }
      if (field.annotation) return this.typeValue(file, field.annotation, { fn: field.scope, offset: field.start });
    }
    const method = index.method(cls, bare);
    if (method !== undefined) return { v: 'fn', file, fn: method };
    const ctorParam = index.constructorParam(cls, bare);
    if (ctorParam?.annotation) return this.typeValue(file, ctorParam.annotation, { fn: index.method(cls, 'constructor'), offset: file.classes[cls].start });
    return UNKNOWN;
  }

  private staticMember(file: FileModel, cls: number, name: string): Value {
    const field = this.index(file).field(cls, [name]);
    if (field?.value) return this.value(file, field.value, { fn: field.scope, offset: field.start });
    const method = this.index(file).method(cls, name);
    return method !== undefined ? { v: 'fn', file, fn: method } : UNKNOWN;
  }

  /** A project class; an ORM model when one of its bases is a model base or another model. */
  classValue(file: FileModel, cls: number): Value {
    const decl = file.classes[cls];
    for (const base of decl.bases) {
      const value = this.value(file, base, { offset: decl.start });
      const resolved = value.v === 'pkg' ? this.fromPackage(value.pkg, value.path, 'base') : value;
      if (resolved && isDb(resolved) && (resolved.role === 'modelBase' || resolved.role === 'model')) {
        return { v: 'db', client: resolved.client, role: 'model', model: { file, cls, name: decl.name }, target: decl.name };
      }
    }
    return { v: 'class', file, cls };
  }

  /** What a call returns and whether it queries; memoised per call. */
  call(file: FileModel, call: Call): CallInfo {
    const known = this.callInfos.get(call);
    if (known === 'busy') return NOT_A_QUERY;
    if (known) return known;
    this.callInfos.set(call, 'busy');
    let info = NOT_A_QUERY;
    try {
      info = this.computeCall(file, call);
    } finally {
      this.callInfos.set(call, info);
    }
    return info;
  }

  view(file: FileModel, call: Call, method: string | undefined): CallView {
    const scope = { fn: call.fn, offset: call.start };
    const literal = (e: Expr | undefined): string | undefined => (e?.k === 'string' && e.holes.length === 0 ? e.text : undefined);
    return {
      file, call, method,
      str: (i) => literal(call.args[i]),
      strings: () => call.args.flatMap((a) => (a.k === 'list' ? a.items.map(literal) : [literal(a)])).filter((s): s is string => s !== undefined),
      value: (expr) => this.value(file, expr, scope),
    };
  }

  private computeCall(file: FileModel, call: Call): CallInfo {
    const scope: Scope = { fn: call.fn, offset: call.start };
    const callee = call.callee;
    if (callee.k === 'name' && (callee.name === 'require' || callee.name === 'import') && file.lang === 'js') {
      const spec = call.args[0]?.k === 'string' ? call.args[0].text : undefined;
      if (spec === undefined) return NOT_A_QUERY;
      const target = this.program.modules.javascript(file.path, spec);
      if (!target) return { value: this.pkg(file, spec, []), query: false };
      // `module.exports = db` makes require() return db itself, not a namespace.
      const whole = target.exports.some((e) => e.name === '=');
      return { value: whole ? this.exported(target, 'default') : { v: 'module', file: target }, query: false };
    }
    if (callee.k === 'member') {
      const receiver = this.value(file, callee.object, scope);
      if (isDb(receiver)) return this.client(receiver)?.call(receiver, this.view(file, call, callee.name)) ?? NOT_A_QUERY;
      if (receiver.v === 'pkg') {
        const made = this.fromPackage(receiver.pkg, [...receiver.path, callee.name], call.isNew ? 'new' : 'call', this.view(file, call, undefined));
        if (made) return { value: made, query: false };
      }
      return this.callValue(file, call, this.member(file, receiver, callee.name));
    }
    return this.callValue(file, call, this.value(file, callee, scope));
  }

  private callValue(file: FileModel, call: Call, callee: Value): CallInfo {
    switch (callee.v) {
      case 'db': return this.client(callee)?.call(callee, this.view(file, call, undefined)) ?? NOT_A_QUERY;
      case 'pkg': {
        const made = this.fromPackage(callee.pkg, callee.path, call.isNew ? 'new' : 'call', this.view(file, call, undefined));
        return made ? { value: made, query: false } : NOT_A_QUERY;
      }
      case 'fn': return { value: this.returns(callee.file, callee.fn), query: this.fetches(callee.file, callee.fn) };
      case 'class': return { value: { v: 'instance', file: callee.file, cls: callee.cls }, query: false };
      case 'module': { // a namespace import called: its default export is what is called
        const target = callee.file?.lang === 'js' ? this.exported(callee.file, 'default') : UNKNOWN;
        return target.v === 'module' || target.v === 'unknown' ? NOT_A_QUERY : this.callValue(file, call, target);
      }
      default: return NOT_A_QUERY;
    }
  }

  /** The value a project function returns (its first return that means something). */
  returns(file: FileModel, fnId: number): Value {
    const fn = file.functions[fnId];
    const known = this.fnReturns.get(fn);
    if (known === 'busy') return UNKNOWN;
    if (known) return known;
    this.fnReturns.set(fn, 'busy');
    let result: Value = UNKNOWN;
    try {
      for (const r of fn.returns) {
        result = this.value(file, r, { fn: fnId, offset: fn.end });
        if (result.v !== 'unknown') break;
      }
    } finally {
      this.fnReturns.set(fn, result);
    }
    return result;
  }

  /**
   * Whether calling a project function fetches from the database: everything it returns is what a
   * read gives (rows, a row, a lazy query). A function that writes, caches, or returns something
   * else on some path is not a query wrapper; calling it in a loop is per-item work, not an N+1 read.
   */
  fetches(file: FileModel, fnId: number): boolean {
    const fn = file.functions[fnId];
    const known = this.fnFetches.get(fn);
    if (known !== undefined) return known === true;
    this.fnFetches.set(fn, 'busy');
    let result = false;
    try {
      // Every return must hand back what a read gave: a helper that returns a cached value or a
      // created row on some paths is not a plain query wrapper.
      result = fn.returns.length > 0 && fn.returns.every((r) => this.readResult(file, r, { fn: fnId, offset: fn.end }, 0));
    } finally {
      this.fnFetches.set(fn, result);
    }
    return result;
  }

  /**
   * Whether an expression is what a read gave: a read query's result, a part of it (`.rows`), or a
   * name bound to one. A row returned by `Model.create()` came from a write: a creator is not a fetcher.
   */
  private readResult(file: FileModel, e: Expr, scope: Scope, hops: number): boolean {
    switch (e.k) {
      case 'await': return this.readResult(file, e.value, scope, hops);
      case 'member': return this.readResult(file, e.object, scope, hops);
      case 'call': {
        const info = this.call(file, file.calls[e.call]);
        if (info.query) return !info.write;
        const value = info.value;
        return isDb(value) && value.role === 'builder'; // a lazy query handed back to be run
      }
      case 'name': {
        if (hops >= 3) return false;
        const binding = this.index(file).lookup(e.name, scope);
        return binding?.kind === 'var' && binding.value !== undefined && this.readResult(file, binding.value, { fn: binding.scope, offset: binding.start - 1 }, hops + 1);
      }
      default: return false;
    }
  }
}
