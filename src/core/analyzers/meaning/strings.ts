import type { Expr, FileModel } from '../program/model';
import type { Evaluator } from './evaluator';
import { fromRequest } from './requestInput';
import type { Scope } from './values';

const SQL = /\b(?:SELECT\s[\s\S]*?\bFROM|INSERT\s+INTO|UPDATE\s+[\w"`.[\]]+\s+SET|DELETE\s+FROM|WHERE|ORDER\s+BY|I?LIKE)\b/i;
const CONSTANT_NAME = /^[A-Z][A-Z0-9_]*$/;
/** Calls whose result cannot carry SQL syntax: numbers, lengths, identifier quoting. */
const SAFE_CALLS = /^(?:len|int|float|str|count|Number|parseInt|parseFloat|String|sizeof|intval|floatval|quote_ident|quote_name|escape_identifier|Identifier|escapeId|id|to_i|to_f)$/;
const MAX_HOPS = 3;

/** How a string expression mixes run-time values into its text, if it does. */
export type Building = 'template-literal interpolation' | 'f-string interpolation' | 'string interpolation' | 'string concatenation' | '% formatting' | 'str.format';

export interface BuiltString {
  readonly how: Building;
  /** Literal text of the parts, to tell SQL from any other string. */
  readonly text: string;
}

/**
 * Whether an expression is a string built from values that are not constants: interpolation,
 * concatenation or formatting with a variable part. Names are followed to their assignment (a few
 * hops), so `sql = "… " + x; db.query(sql)` is seen; constants (literals, ALL_CAPS names, lengths,
 * numbers) are not values anyone can inject through.
 */
export function builtString(evaluator: Evaluator, file: FileModel, expr: Expr | undefined, scope: Scope, hops = 0): BuiltString | undefined {
  if (!expr) return undefined;
  switch (expr.k) {
    case 'string': {
      if (expr.holes.length === 0 || expr.holes.every((h) => constant(evaluator, file, h, scope, hops))) return undefined;
      const how = file.lang === 'js' ? 'template-literal interpolation' : file.lang === 'py' ? 'f-string interpolation' : 'string interpolation';
      return { how, text: expr.text };
    }
    case 'binary': {
      const text = literalText(file, expr);
      if (expr.op === '%') return isString(expr.left) && !constant(evaluator, file, expr.right, scope, hops) ? { how: '% formatting', text } : undefined;
      const parts = flatten(expr);
      if (!parts.some(isString) || parts.every((p) => constant(evaluator, file, p, scope, hops))) return undefined;
      return { how: 'string concatenation', text };
    }
    case 'call': {
      const call = file.calls[expr.call];
      if (call.callee.k === 'member' && call.callee.name === 'format' && isString(call.callee.object)) {
        if ([...call.args, ...call.named.map(([, v]) => v)].every((a) => constant(evaluator, file, a, scope, hops))) return undefined;
        return { how: 'str.format', text: literalText(file, call.callee.object) };
      }
      return undefined;
    }
    case 'name': {
      if (hops >= MAX_HOPS) return undefined;
      const binding = evaluator.index(file).lookup(expr.name, scope);
      if (!binding?.value || binding.kind !== 'var') return undefined;
      const value = binding.value;
      // `sql += " AND x = " + y` refers to the previous `sql`: look just before this assignment.
      return builtString(evaluator, file, value, { fn: binding.scope, offset: binding.start - 1 }, hops + 1);
    }
    default:
      return undefined;
  }
}

export function looksLikeSql(text: string): boolean {
  return SQL.test(text);
}

function isString(e: Expr): boolean {
  return e.k === 'string' || (e.k === 'binary' && (isString(e.left) || isString(e.right)));
}

function flatten(e: Expr): Expr[] {
  return e.k === 'binary' && e.op !== '%' ? [...flatten(e.left), ...flatten(e.right)] : [e];
}

function literalText(file: FileModel, e: Expr): string {
  if (e.k === 'string') return e.text;
  if (e.k === 'binary') return `${literalText(file, e.left)} ${literalText(file, e.right)}`;
  return '';
}

/** A value no one outside the program chooses. */
function constant(evaluator: Evaluator, file: FileModel, e: Expr, scope: Scope, hops: number): boolean {
  if (fromRequest(evaluator, file, e, scope)) return false; // request.GET is ALL CAPS but anything but constant
  switch (e.k) {
    case 'literal': return true;
    case 'string': return e.holes.every((h) => constant(evaluator, file, h, scope, hops));
    case 'binary': return constant(evaluator, file, e.left, scope, hops) && constant(evaluator, file, e.right, scope, hops);
    case 'list': return e.items.every((i) => constant(evaluator, file, i, scope, hops));
    // Table names are identifiers, which cannot be parameters: `${this.workingTable}`, `table_name`, `_meta.db_table`.
    case 'member': return CONSTANT_NAME.test(e.name) || /(?:^|_)(?:db_)?table(?:_?name)?$|[a-z]Table(?:Name)?$|^tableName$/.test(e.name)
      || constant(evaluator, file, e.object, scope, hops);
    case 'call': {
      const call = file.calls[e.call];
      const callee = call.callee;
      const name = callee.k === 'name' || callee.k === 'member' ? callee.name : '';
      if (SAFE_CALLS.test(name) || (name === 'join' && callee.k === 'member' && callee.object.k === 'string')) return true;
      // A helper given only constants (`time_interval("1m")`) returns nothing anyone outside chose.
      const receiverConstant = callee.k === 'name' || constant(evaluator, file, callee.k === 'member' ? callee.object : callee, scope, hops);
      return receiverConstant && call.args.length > 0 && [...call.args, ...call.named.map(([, v]) => v)].every((a) => constant(evaluator, file, a, scope, hops));
    }
    case 'name': {
      if (CONSTANT_NAME.test(e.name.replace(/^\$/, ''))) return true;
      if (hops >= MAX_HOPS) return false;
      if (e.name.startsWith('@')) { // a Ruby instance variable: what the class assigns to it
        const cls = evaluator.index(file).classOf(scope.fn);
        const field = cls === undefined ? undefined : evaluator.index(file).field(cls, [e.name]);
        return field?.value !== undefined && constant(evaluator, file, field.value, { fn: field.scope, offset: field.start - 1 }, hops + 1);
      }
      const binding = evaluator.index(file).lookup(e.name, scope);
      if (!binding) return false;
      if (binding.loop !== undefined) {
        const loop = file.loops[binding.loop];
        return loop.iterable?.k === 'list' && constant(evaluator, file, loop.iterable, scope, hops + 1);
      }
      return binding.kind === 'var' && binding.value !== undefined && binding.value.k !== 'other'
        && constant(evaluator, file, binding.value, { fn: binding.scope, offset: binding.start - 1 }, hops + 1);
    }
    default: return false;
  }
}
