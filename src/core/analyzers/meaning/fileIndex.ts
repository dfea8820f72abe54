import type { Binding, Call, FileModel, Param } from '../program/model';
import type { Scope } from './values';

/** Lookups over one file's model, built on first use. */
export class FileIndex {
  private byName?: Map<string, Binding[]>;
  private callsByFn?: Map<number | undefined, Call[]>;
  private childFns?: Map<number, number[]>;
  private callSites?: Map<number, { call: Call; arg: number }>;

  constructor(private readonly file: FileModel) {}

  /** The binding a name refers to at a place: innermost scope first, the latest assignment before the place. */
  lookup(name: string, scope: Scope): Binding | undefined {
    this.byName ??= group(this.file.bindings.filter((b) => b.kind !== 'field'), (b) => b.name);
    const candidates = this.byName.get(name);
    if (!candidates) return undefined;
    for (let fn = scope.fn; ; fn = this.file.functions[fn].parent) {
      let first: Binding | undefined;
      let latestBefore: Binding | undefined;
      for (const b of candidates) {
        if (b.scope !== fn || (b.loop !== undefined && !this.inLoop(b.loop, scope.offset))) continue;
        first ??= b;
        if (b.start <= scope.offset) latestBefore = b;
      }
      if (first) return latestBefore ?? first;
      if (fn === undefined) return undefined;
    }
  }

  private inLoop(loopId: number, offset: number): boolean {
    const loop = this.file.loops[loopId];
    return offset >= loop.start && offset < loop.end;
  }

  /** The class a function is a method of, through nested functions. */
  classOf(fnId: number | undefined): number | undefined {
    for (let fn = fnId; fn !== undefined; fn = this.file.functions[fn].parent) {
      const cls = this.file.functions[fn].cls;
      if (cls !== undefined) return cls;
    }
    return undefined;
  }

  /** A field of a class, by any of the names it may be written as; one with a value first. */
  field(cls: number, names: readonly string[]): Binding | undefined {
    const fields = this.file.bindings.filter((b) => b.kind === 'field' && b.cls === cls && names.includes(b.name));
    return fields.find((b) => b.value && b.value.k !== 'other') ?? fields[0];
  }

  method(cls: number, name: string): number | undefined {
    return this.file.functions.find((f) => f.cls === cls && f.name === name)?.id;
  }

  /** A TypeScript constructor parameter property (`constructor(private readonly repo: Repository<User>)`). */
  constructorParam(cls: number, name: string): Param | undefined {
    const ctor = this.method(cls, 'constructor') ?? this.method(cls, '__construct');
    return ctor === undefined ? undefined : this.file.functions[ctor].params.find((p) => p.name === name || p.name === `$${name}`);
  }

  /** The call a function literal is passed to, and at which position. */
  callSiteOf(fnId: number): { call: Call; arg: number } | undefined {
    if (!this.callSites) {
      this.callSites = new Map();
      for (const call of this.file.calls) {
        call.args.forEach((a, arg) => { if (a.k === 'fn') this.callSites!.set(a.fn, { call, arg }); });
        if (call.block !== undefined) this.callSites.set(call.block, { call, arg: call.args.length });
      }
    }
    return this.callSites.get(fnId);
  }

  /** Calls in a function's body, including the functions nested in it. */
  callsWithin(fnId: number): Call[] {
    this.callsByFn ??= group(this.file.calls, (c) => c.fn);
    if (!this.childFns) {
      this.childFns = new Map();
      for (const f of this.file.functions) if (f.parent !== undefined) this.childFns.set(f.parent, [...(this.childFns.get(f.parent) ?? []), f.id]);
    }
    const out: Call[] = [];
    const stack = [fnId];
    while (stack.length > 0) {
      const fn = stack.pop()!;
      out.push(...(this.callsByFn.get(fn) ?? []));
      stack.push(...(this.childFns.get(fn) ?? []));
    }
    return out;
  }
}

function group<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item); else map.set(k, [item]);
  }
  return map;
}
