import type { Access, Binding, Call, ClassDecl, Export, Expr, FileModel, Fn, Lang, Loop } from './model';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const EXCERPT_CHARS = 160;

/** Whether a loop condition never ends the loop by itself (`for (;;)`, `while (true)`): the loop retries until a break. */
export function endless(condition: string): boolean {
  return /^\(?\s*(?:true|True|1|;?)\s*\)?;?$/.test(condition.trim());
}

/**
 * Collects a file's model while a language walker visits its tree: keeps the enclosing function,
 * class and loop, numbers calls and functions, and knows lines. One builder per file.
 */
export class ModelBuilder {
  private readonly calls: Mutable<Call>[] = [];
  private readonly functions: (Fn & { returns: Expr[] })[] = [];
  private readonly loops: Loop[] = [];
  private readonly classes: ClassDecl[] = [];
  private readonly bindings: Binding[] = [];
  private readonly exports: Export[] = [];
  private readonly accesses: Access[] = [];
  private readonly imports: string[] = [];
  private readonly lineStarts: number[] = [0];
  private fnStack: number[] = [];
  private clsStack: number[] = [];
  /** The loop a call runs in, as seen from the current function (a nested function starts with none). */
  private loopNow: number | undefined;

  constructor(readonly path: string, readonly lang: Lang, readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  line(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return lo + 1;
  }

  get fn(): number | undefined { return this.fnStack[this.fnStack.length - 1]; }
  get cls(): number | undefined { return this.clsStack[this.clsStack.length - 1]; }
  get loop(): number | undefined { return this.loopNow; }

  /** Visits a function's body inside its frame; `loop` when the function is the body of a callback loop. */
  inFunction(fn: Omit<Fn, 'id' | 'parent' | 'cls' | 'line' | 'loop' | 'returns'>, loop: number | undefined, body: (id: number) => void): number {
    const id = this.functions.length;
    this.functions.push({
      id, start: fn.start, end: fn.end, line: this.line(fn.start), name: fn.name, params: fn.params, bodyStart: fn.bodyStart,
      parent: this.fn, cls: this.cls, decorators: fn.decorators, loop, returns: [],
    });
    const savedLoop = this.loopNow;
    const savedClasses = this.clsStack;
    this.fnStack.push(id);
    this.clsStack = []; // a class body's fields are not in scope inside its methods
    this.loopNow = loop;
    try {
      body(id);
    } finally {
      this.fnStack.pop();
      this.clsStack = savedClasses;
      this.loopNow = savedLoop;
    }
    return id;
  }

  /** The class id methods carry (`Fn.cls`) is the class they are declared in, even though its fields are not their scope. */
  inClass(decl: Omit<ClassDecl, 'id' | 'line'>, body: (id: number) => void): number {
    const id = this.classes.length;
    this.classes.push({ ...decl, id, line: this.line(decl.start) });
    this.clsStack.push(id);
    try {
      body(id);
    } finally {
      this.clsStack.pop();
    }
    return id;
  }

  /** The class of the method the walker is in (through nested functions), for `this.x = …`. */
  methodClass(): number | undefined {
    for (let i = this.fnStack.length - 1; i >= 0; i--) {
      const cls = this.functions[this.fnStack[i]].cls;
      if (cls !== undefined) return cls;
    }
    return this.cls;
  }

  newLoop(loop: Omit<Loop, 'id' | 'line' | 'fn' | 'parent'>): number {
    const id = this.loops.length;
    this.loops.push({
      id, start: loop.start, end: loop.end, line: this.line(loop.start), kind: loop.kind, iterable: loop.iterable,
      iterableText: loop.iterableText, variables: loop.variables, fn: this.fn, parent: this.loopNow, retries: loop.retries,
    });
    return id;
  }

  inLoop(id: number, body: () => void): void {
    const saved = this.loopNow;
    this.loopNow = id;
    try {
      body();
    } finally {
      this.loopNow = saved;
    }
  }

  addCall(call: Omit<Call, 'id' | 'line' | 'fn' | 'cls' | 'loop' | 'outer'>): Expr {
    const id = this.calls.length;
    // Built field by field, one shape for every call: a spread of walkers' varied objects is many times slower.
    this.calls.push({
      id, start: call.start, end: call.end, line: this.line(call.start), callee: call.callee, args: call.args, named: call.named,
      isNew: call.isNew, block: call.block, fn: this.fn, cls: this.cls, loop: this.loopNow, outer: undefined, awaited: call.awaited, tagged: call.tagged,
    });
    for (let e: Expr | undefined = call.callee; e;) {
      if (e.k === 'call') { this.calls[e.call].outer ??= id; break; }
      e = e.k === 'member' ? e.object : e.k === 'await' ? e.value : undefined;
    }
    return { k: 'call', call: id };
  }

  addBinding(binding: Omit<Binding, 'line' | 'scope' | 'cls'> & { scope?: number | null; cls?: number }): void {
    const scope = binding.scope === null ? undefined : binding.scope ?? this.fn;
    this.bindings.push({
      name: binding.name, kind: binding.kind, value: binding.value, annotation: binding.annotation, scope, cls: binding.cls ?? this.cls,
      line: this.line(binding.start), start: binding.start, import: binding.import, fn: binding.fn, classDecl: binding.classDecl,
      decorators: binding.decorators, loop: binding.loop,
    });
  }

  addReturn(value: Expr): void {
    const fn = this.fn;
    if (fn !== undefined) this.functions[fn].returns.push(value);
  }

  addExport(entry: Export): void {
    this.exports.push(entry);
  }

  addImport(module: string): void {
    this.imports.push(module);
  }

  addAccess(object: string, name: string, start: number): void {
    this.accesses.push({ object, name, start, line: this.line(start), fn: this.fn, loop: this.loopNow });
  }

  build(): FileModel {
    const text = this.text;
    const lineStarts = this.lineStarts;
    return {
      path: this.path,
      lang: this.lang,
      calls: this.calls,
      functions: this.functions,
      loops: this.loops,
      classes: this.classes,
      bindings: this.bindings,
      exports: this.exports,
      accesses: this.accesses,
      imports: this.imports,
      excerpt(line) {
        const start = lineStarts[line - 1] ?? text.length;
        const end = lineStarts[line] ?? text.length;
        const trimmed = text.slice(start, end).trim();
        return trimmed.length > EXCERPT_CHARS ? `${trimmed.slice(0, EXCERPT_CHARS - 3)}...` : trimmed;
      },
      slice: (start, end) => text.slice(start, end),
    };
  }
}
