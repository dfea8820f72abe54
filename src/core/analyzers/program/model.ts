/**
 * What the analyzers know about one source file, whatever its language: calls, functions, loops,
 * bindings, imports and exports, reduced from its syntax tree. Every analyzer reads this model;
 * none reads the tree or the text to find code. Offsets are UTF-16, lines 1-based.
 */

/** The analysis language; TypeScript and TSX are JavaScript here (their grammars differ, not their meaning). */
export type Lang = 'js' | 'py' | 'rb' | 'php';

/** An expression reduced to what the analyzers ask of it. */
export type Expr =
  /** An identifier: `db`, `self`, `this`, `$pdo`, `@loans`, a Ruby/PHP constant `Loan`. */
  | { readonly k: 'name'; readonly name: string }
  /** `a.b`, `a->b`, `A::b`, `a['b']`. */
  | { readonly k: 'member'; readonly object: Expr; readonly name: string }
  /** A call, by its index in `FileModel.calls`. */
  | { readonly k: 'call'; readonly call: number }
  /** A string: literal when `holes` is empty, else interpolated (template literal, f-string, "#{x}", "$x"). Symbols too. */
  | { readonly k: 'string'; readonly text: string; readonly holes: readonly Expr[] }
  /** `a + b`, `a . b` (PHP), `a % b` (Python formatting). */
  | { readonly k: 'binary'; readonly op: string; readonly left: Expr; readonly right: Expr }
  /** A function literal, by its index in `FileModel.functions`. */
  | { readonly k: 'fn'; readonly fn: number }
  | { readonly k: 'await'; readonly value: Expr }
  | { readonly k: 'list'; readonly items: readonly Expr[] }
  /** Object literal, dict, Ruby hash, PHP keyed array: string keys only; `lines` (JavaScript) where each entry starts. */
  | { readonly k: 'dict'; readonly entries: readonly (readonly [string, Expr])[]; readonly lines?: readonly number[] }
  | { readonly k: 'literal'; readonly value: boolean | number | null }
  | { readonly k: 'other' };

export interface Span {
  readonly start: number;
  readonly end: number;
  readonly line: number;
}

export interface Call extends Span {
  readonly id: number;
  readonly callee: Expr;
  readonly args: readonly Expr[];
  /** Keyword arguments (Python), trailing hash pairs (Ruby), named arguments (PHP). */
  readonly named: readonly (readonly [string, Expr])[];
  readonly isNew: boolean;
  /** A Ruby block or a trailing closure, by function index. */
  readonly block?: number;
  /** Innermost enclosing function, class body and loop (the loop as seen from the function the call runs in). */
  readonly fn?: number;
  readonly cls?: number;
  readonly loop?: number;
  /** The call whose callee chain contains this one (`a()` in `a().b()`): one statement, one place to report. */
  readonly outer?: number;
  /** Awaited directly (`await db.query()`), for messages. */
  readonly awaited: boolean;
  /** A tagged template (sql`…`, prisma.$queryRaw`…`): the tag receives the values apart from the text. */
  readonly tagged?: boolean;
}

export interface Param {
  readonly name: string;
  /** The declared type as written (`Session`, `Knex`, `AsyncSession`). */
  readonly annotation?: string;
  readonly value?: Expr;
}

export interface Fn extends Span {
  readonly id: number;
  /** Declared name, or the name it was assigned to (`const f = () => …`, `{ f: function () {} }`). */
  readonly name?: string;
  readonly params: readonly Param[];
  readonly bodyStart: number;
  readonly parent?: number;
  readonly cls?: number;
  readonly decorators: readonly Expr[];
  /** Set when the function is a loop body: a callback given to `.forEach/.map/…`, a Ruby block on `.each`. */
  readonly loop?: number;
  /** What it returns or yields (arrow bodies too): how a factory such as `get_db()` hands out a session. */
  readonly returns: readonly Expr[];
}

export type LoopKind = 'for' | 'for-each' | 'while' | 'callback' | 'comprehension';

export interface Loop extends Span {
  readonly id: number;
  readonly kind: LoopKind;
  /** What is iterated, when the syntax says; evaluated once, outside the loop. */
  readonly iterable?: Expr;
  readonly iterableText?: string;
  readonly variables: readonly string[];
  readonly fn?: number;
  readonly parent?: number;
  /** `for (;;)`, `while (true)`: the loop runs until a break (a retry, a search for a free name), not once per item. */
  readonly retries?: boolean;
}

export interface ClassDecl extends Span {
  readonly id: number;
  readonly name: string;
  readonly bases: readonly Expr[];
  readonly decorators: readonly Expr[];
}

export type BindingKind = 'var' | 'param' | 'import' | 'function' | 'class' | 'field';

/** A name given a value: declarations, assignments, parameters, imports, class fields. */
export interface Binding {
  /** `x`, or `this.x` / `self.x` / `$this->x` / `@x` for members set on the instance. */
  readonly name: string;
  readonly kind: BindingKind;
  readonly value?: Expr;
  readonly annotation?: string;
  /** The function whose scope holds it; absent at module level. */
  readonly scope?: number;
  /** The class whose body (or instance) holds it. */
  readonly cls?: number;
  readonly line: number;
  readonly start: number;
  readonly import?: { readonly module: string; readonly name: string };
  /** The function a `function` binding declares. */
  readonly fn?: number;
  /** The class a `class` binding declares. */
  readonly classDecl?: number;
  readonly decorators?: readonly Expr[];
  /** A loop variable: bound to each item of that loop's iterable. */
  readonly loop?: number;
}

/** `export`/`module.exports` in JavaScript; Python, Ruby and PHP export every top-level name. */
export interface Export {
  /** `default`, a name, `=` for `module.exports = …`, or `*` for `export * from`. */
  readonly name: string;
  readonly value?: Expr;
  readonly from?: { readonly module: string; readonly name: string };
  readonly line: number;
}

/** `x.y` where `x` is a plain name: how ORM relations are read lazily (`loan.book`). */
export interface Access {
  readonly object: string;
  readonly name: string;
  readonly line: number;
  readonly start: number;
  readonly fn?: number;
  readonly loop?: number;
}

export interface FileModel {
  readonly path: string;
  readonly lang: Lang;
  readonly calls: readonly Call[];
  readonly functions: readonly Fn[];
  readonly loops: readonly Loop[];
  readonly classes: readonly ClassDecl[];
  readonly bindings: readonly Binding[];
  readonly exports: readonly Export[];
  readonly accesses: readonly Access[];
  /** Every module specifier the file imports (import statements, side-effect imports, re-exports, require/import calls). */
  readonly imports: readonly string[];
  /** Trimmed text of a 1-based line, cut to a readable length. */
  excerpt(line: number): string;
  /** The source text of a span (for messages: the iterable of a loop, a route path). */
  slice(start: number, end: number): string;
}
