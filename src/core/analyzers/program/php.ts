import { child, type SyntaxNode } from '../syntax/tree';
import { endless } from './builder';
import { buildModel, LanguageWalker, OTHER } from './walker';
import type { Expr, FileModel, Param } from './model';

/** Collection methods whose closure runs once per item. */
const ITERATING_METHODS = new Set(['each', 'map', 'filter', 'reject', 'transform', 'flatMap', 'mapWithKeys', 'sum', 'sortBy', 'groupBy', 'keyBy', 'every', 'first', 'contains']);
/** Array functions taking a callback, and the argument that is iterated. */
const ITERATING_FUNCTIONS: Readonly<Record<string, number>> = { array_map: 1, array_filter: 0, array_walk: 0, usort: 0, array_reduce: 0 };
const FUNCTION_TYPES = new Set(['anonymous_function', 'anonymous_function_creation_expression', 'arrow_function']);

export function phpModel(path: string, text: string, root: SyntaxNode): FileModel {
  return buildModel(path, 'php', text, root, PhpWalker);
}

class PhpWalker extends LanguageWalker {
  visit(node: SyntaxNode): Expr {
    switch (node.type) {
      case 'variable_name': case 'name': return { k: 'name', name: this.src(node) };
      case 'qualified_name': return { k: 'name', name: this.src(node).split('\\').pop() ?? '' };
      case 'member_access_expression': case 'nullsafe_member_access_expression': {
        const object = this.visit(child(node, 'object') ?? node);
        const name = this.src(child(node, 'name'));
        if (object.k === 'name') this.b.addAccess(object.name, name, node.start);
        return { k: 'member', object, name };
      }
      case 'scoped_property_access_expression': case 'class_constant_access_expression': {
        const [scope, name] = node.children;
        return { k: 'member', object: scope ? this.visit(scope) : OTHER, name: this.src(name) };
      }
      case 'member_call_expression': case 'nullsafe_member_call_expression': {
        const object = this.visit(child(node, 'object') ?? node);
        return this.call(node, { k: 'member', object, name: this.src(child(node, 'name')) });
      }
      case 'scoped_call_expression': {
        const scope = child(node, 'scope');
        return this.call(node, { k: 'member', object: scope ? this.visit(scope) : OTHER, name: this.src(child(node, 'name')) });
      }
      case 'function_call_expression': return this.call(node, this.visit(child(node, 'function') ?? node));
      case 'object_creation_expression': {
        const cls = node.children.find((c) => c.type === 'name' || c.type === 'qualified_name');
        const anonymous = node.children.find((c) => c.type === 'anonymous_class');
        if (anonymous) this.classDecl(anonymous); // `return new class extends Migration { … }`
        return this.call(node, cls ? this.visit(cls) : OTHER, true);
      }
      case 'string': return { k: 'string', text: this.src(node).slice(1, -1), holes: [] };
      case 'encapsed_string': case 'heredoc': {
        const holes = node.children.filter((c) => c.type !== 'string_content' && c.type !== 'escape_sequence' && c.type !== 'heredoc_start' && c.type !== 'heredoc_end' && c.type !== 'heredoc_body')
          .map((c) => this.visit(c));
        return { k: 'string', text: this.src(node).slice(1, -1), holes };
      }
      case 'binary_expression': {
        const left = this.visit(child(node, 'left') ?? node);
        const right = this.visit(child(node, 'right') ?? node);
        const op = this.src(child(node, 'operator'));
        return op === '.' || op === '+' ? { k: 'binary', op, left, right } : OTHER;
      }
      case 'integer': case 'float': return { k: 'literal', value: Number(this.src(node)) };
      case 'boolean': return { k: 'literal', value: /true/i.test(this.src(node)) };
      case 'null': return { k: 'literal', value: null };
      case 'array_creation_expression': return this.array(node);
      case 'parenthesized_expression': return node.children.length === 1 ? this.visit(node.children[0]) : (this.children(node), OTHER);
      case 'assignment_expression': return this.assignment(node);
      case 'augmented_assignment_expression': return this.appended(node, 'variable_name', '.=');
      case 'function_definition': case 'method_declaration': {
        const name = this.src(child(node, 'name'));
        const fn = this.fn(node, name);
        if (node.type === 'function_definition') this.b.addBinding({ name, kind: 'function', fn, value: { k: 'fn', fn }, start: node.start, scope: null });
        return OTHER;
      }
      case 'class_declaration': return this.classDecl(node);
      case 'property_declaration': {
        for (const el of node.children.filter((c) => c.type === 'property_element')) {
          const name = this.src(el.children.find((c) => c.type === 'variable_name')).replace(/^\$/, '');
          const value = child(el, 'default_value') ?? el.children.find((c) => c.type !== 'variable_name');
          this.b.addBinding({ name: `$this->${name}`, kind: 'field', value: value ? this.visit(value) : undefined, annotation: this.src(child(node, 'type')) || undefined, start: node.start, scope: null });
        }
        return OTHER;
      }
      case 'namespace_use_declaration': {
        for (const clause of node.children.filter((c) => c.type === 'namespace_use_clause')) {
          const qualified = this.src(clause.children.find((c) => c.type === 'qualified_name' || c.type === 'name'));
          const alias = child(clause, 'alias') ?? clause.children.filter((c) => c.type === 'name')[1];
          const name = alias ? this.src(alias) : qualified.split('\\').pop() ?? '';
          this.b.addBinding({ name, kind: 'import', import: { module: qualified, name: '*' }, start: node.start, scope: null });
        }
        return OTHER;
      }
      case 'foreach_statement': return this.foreach(node);
      case 'for_statement': case 'while_statement': case 'do_statement': {
        for (const c of node.children.filter((c) => c.field !== 'body')) this.visit(c);
        const condition = node.children.filter((c) => c.field !== 'body').map((c) => this.src(c)).join(' ');
        const loop = this.b.newLoop({ kind: node.type === 'for_statement' ? 'for' : 'while', start: node.start, end: node.end, variables: [], retries: endless(condition) });
        this.b.inLoop(loop, () => node.children.filter((c) => c.field === 'body').forEach((c) => this.visit(c)));
        return OTHER;
      }
      case 'return_statement': return this.returned(node);
      case 'comment': return OTHER;
      default:
        if (FUNCTION_TYPES.has(node.type)) return { k: 'fn', fn: this.fn(node) };
        this.children(node);
        return OTHER;
    }
  }

  private children(node: SyntaxNode): void {
    for (const c of node.children) this.visit(c);
  }

  private array(node: SyntaxNode): Expr {
    const items: Expr[] = [];
    const entries: [string, Expr][] = [];
    for (const el of node.children.filter((c) => c.type === 'array_element_initializer')) {
      const parts = el.children;
      if (parts.length === 2) {
        const key = this.visit(parts[0]);
        const value = this.visit(parts[1]);
        if (key.k === 'string') entries.push([key.text, value]);
      } else if (parts[0]) {
        items.push(this.visit(parts[0]));
      }
    }
    return entries.length > 0 ? { k: 'dict', entries } : { k: 'list', items };
  }

  private call(node: SyntaxNode, callee: Expr, isNew = false): Expr {
    const argNodes = (child(node, 'arguments') ?? node.children.find((c) => c.type === 'arguments'))?.children.filter((c) => c.type === 'argument') ?? [];
    const values = argNodes.map((a) => a.children.find((c) => c.field !== 'name') ?? a);
    const method = callee.k === 'member' || callee.k === 'name' ? callee.name : '';
    const callbackIndex = values.findIndex((v) => FUNCTION_TYPES.has(v.type));
    const iterableIndex = callee.k === 'name' ? ITERATING_FUNCTIONS[method] : undefined;
    const isLoop = callbackIndex >= 0 && ((callee.k === 'member' && ITERATING_METHODS.has(method)) || iterableIndex !== undefined);
    const loop = isLoop
      ? this.b.newLoop({
        kind: 'callback', start: node.start, end: node.end,
        iterable: callee.k === 'member' ? callee.object : undefined,
        iterableText: iterableIndex !== undefined ? this.src(values[iterableIndex]) : undefined,
        variables: this.paramNames(values[callbackIndex]).slice(0, 1),
      })
      : undefined;
    const args: Expr[] = [];
    const named: [string, Expr][] = [];
    argNodes.forEach((a, i) => {
      const value = values[i];
      const expr = i === callbackIndex && loop !== undefined ? { k: 'fn' as const, fn: this.fn(value, undefined, loop) } : this.visit(value);
      const name = child(a, 'name');
      if (name) named.push([this.src(name), expr]); else args.push(expr);
    });
    return this.b.addCall({ callee, args, named, isNew, start: node.start, end: node.end, awaited: false });
  }

  private paramNames(node: SyntaxNode): string[] {
    return (child(node, 'parameters')?.children ?? []).map((p) => this.src(child(p, 'name'))).filter(Boolean);
  }

  private params(node: SyntaxNode): Param[] {
    return (child(node, 'parameters')?.children ?? []).flatMap((p) => {
      const name = child(p, 'name');
      if (!name) return [];
      const type = child(p, 'type');
      return [{ name: this.src(name), annotation: type ? this.src(type) : undefined }];
    });
  }

  private fn(node: SyntaxNode, name?: string, loop?: number): number {
    const params = this.params(node);
    const body = child(node, 'body');
    return this.b.inFunction({ name, params, start: node.start, end: node.end, bodyStart: body?.start ?? node.end, decorators: [] }, loop, (id) => {
      for (const p of params) this.b.addBinding({ name: p.name, kind: 'param', annotation: p.annotation, start: node.start, scope: id, loop });
      if (!body) return;
      if (node.type === 'arrow_function') this.b.addReturn(this.visit(body));
      else this.visit(body);
    });
  }

  private classDecl(node: SyntaxNode): Expr {
    const name = this.src(child(node, 'name'));
    const base = node.children.find((c) => c.type === 'base_clause');
    const bases = (base?.children ?? []).map((c) => this.visit(c));
    const id = this.b.inClass({ name, bases, decorators: [], start: node.start, end: node.end }, () => {
      const body = child(node, 'body');
      if (body) this.visit(body);
    });
    this.b.addBinding({ name, kind: 'class', classDecl: id, value: OTHER, start: node.start, scope: null });
    return OTHER;
  }

  private assignment(node: SyntaxNode): Expr {
    const left = child(node, 'left');
    const right = this.visit(child(node, 'right') ?? node);
    const target = this.src(left);
    if (left?.type === 'variable_name') this.b.addBinding({ name: target, kind: 'var', value: right, start: node.start });
    else if (/^\$this->\w+$/.test(target)) this.b.addBinding({ name: target, kind: 'field', value: right, start: node.start, cls: this.b.methodClass() });
    else if (left) this.visit(left);
    return right;
  }

  private foreach(node: SyntaxNode): Expr {
    const [iterableNode, variableNode] = node.children.filter((c) => c.field !== 'body');
    const iterable = iterableNode ? this.visit(iterableNode) : undefined;
    const valueNode = variableNode?.type === 'pair' ? variableNode.children[1] : variableNode;
    const variables = valueNode?.type === 'variable_name' ? [this.src(valueNode)] : [];
    const loop = this.b.newLoop({ kind: 'for-each', start: node.start, end: node.end, iterable, iterableText: this.src(iterableNode), variables });
    this.b.inLoop(loop, () => {
      for (const name of variables) this.b.addBinding({ name, kind: 'var', value: OTHER, start: node.start, loop });
      node.children.filter((c) => c.field === 'body').forEach((c) => this.visit(c));
    });
    return OTHER;
  }
}
