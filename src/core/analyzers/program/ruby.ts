import { child, type SyntaxNode } from '../syntax/tree';
import { endless } from './builder';
import { buildModel, LanguageWalker, OTHER } from './walker';
import type { Expr, FileModel, Param } from './model';

/** Enumerable methods whose block runs once per element (find_each/find_in_batches load in batches, the block still runs per record). */
const ITERATING_METHODS = new Set(['each', 'each_with_index', 'each_with_object', 'map', 'collect', 'flat_map', 'select', 'filter', 'reject',
  'find_each', 'find_in_batches', 'each_slice', 'times', 'sum', 'filter_map', 'group_by', 'index_by', 'sort_by', 'min_by', 'max_by', 'detect', 'find', 'any?', 'all?', 'count', 'each_pair', 'each_value', 'map!']);

export function rubyModel(path: string, text: string, root: SyntaxNode): FileModel {
  return buildModel(path, 'rb', text, root, RubyWalker);
}

class RubyWalker extends LanguageWalker {
  visit(node: SyntaxNode): Expr {
    switch (node.type) {
      case 'identifier': case 'constant': case 'instance_variable': case 'self': case 'class_variable': case 'global_variable':
        return { k: 'name', name: this.src(node) };
      case 'scope_resolution': {
        const scope = child(node, 'scope');
        return { k: 'member', object: scope ? this.visit(scope) : { k: 'name', name: '' }, name: this.src(child(node, 'name')) };
      }
      case 'call': return this.call(node);
      case 'element_reference': {
        const object = this.visit(child(node, 'object') ?? node);
        const keys = node.children.filter((c) => c.field !== 'object').map((c) => this.visit(c));
        return keys.length === 1 && keys[0].k === 'string' ? { k: 'member', object, name: keys[0].text } : OTHER;
      }
      case 'string': return this.string(node);
      case 'simple_symbol': return { k: 'string', text: this.src(node).replace(/^:/, ''), holes: [] };
      case 'hash_key_symbol': return { k: 'string', text: this.src(node), holes: [] };
      case 'delimited_symbol': return this.string(node);
      case 'binary': {
        const left = this.visit(child(node, 'left') ?? node);
        const right = this.visit(child(node, 'right') ?? node);
        const op = this.src(child(node, 'operator'));
        return op === '+' ? { k: 'binary', op, left, right } : OTHER;
      }
      case 'integer': case 'float': return { k: 'literal', value: Number(this.src(node)) };
      case 'true': case 'false': return { k: 'literal', value: node.type === 'true' };
      case 'nil': return { k: 'literal', value: null };
      case 'array': return { k: 'list', items: node.children.map((c) => this.visit(c)) };
      case 'hash': return { k: 'dict', entries: this.pairs(node.children) };
      case 'parenthesized_statements': return node.children.length === 1 ? this.visit(node.children[0]) : (this.children(node), OTHER);
      case 'assignment': return this.assignment(node);
      case 'operator_assignment': return this.appended(node, 'identifier', '+=');
      case 'method': case 'singleton_method': {
        const name = this.src(child(node, 'name'));
        const fn = this.fn(node, name);
        this.b.addBinding({ name, kind: 'function', fn, value: { k: 'fn', fn }, start: node.start });
        return OTHER;
      }
      case 'class': case 'module': return this.classDecl(node);
      case 'for': return this.forLoop(node);
      case 'while': case 'until': {
        this.visit(child(node, 'condition') ?? node);
        const loop = this.b.newLoop({ kind: 'while', start: node.start, end: node.end, variables: [], retries: endless(this.src(child(node, 'condition'))) });
        this.b.inLoop(loop, () => node.children.filter((c) => c.field === 'body').forEach((c) => this.visit(c)));
        return OTHER;
      }
      case 'return': return this.returned(node);
      case 'lambda': return { k: 'fn', fn: this.fn(node) };
      case 'comment': return OTHER;
      default:
        this.children(node);
        return OTHER;
    }
  }

  private children(node: SyntaxNode): void {
    for (const c of node.children) {
      // A bare word on its own line is a method call (`private`, `authenticate_user!`).
      if (c.type === 'identifier' && (node.type === 'body_statement' || node.type === 'program')) {
        this.b.addCall({ callee: { k: 'name', name: this.src(c) }, args: [], named: [], isNew: false, start: c.start, end: c.end, awaited: false });
      } else {
        this.visit(c);
      }
    }
  }

  private string(node: SyntaxNode): Expr {
    const holes = node.children.filter((c) => c.type === 'interpolation').map((i) => (i.children[0] ? this.visit(i.children[0]) : OTHER));
    const raw = this.src(node);
    return { k: 'string', text: raw.replace(/^:?["'%]|["']$/g, ''), holes };
  }

  private pairs(nodes: readonly SyntaxNode[]): [string, Expr][] {
    const entries: [string, Expr][] = [];
    for (const pair of nodes) {
      if (pair.type !== 'pair') { this.visit(pair); continue; }
      const key = this.visit(child(pair, 'key') ?? pair);
      const value = this.visit(child(pair, 'value') ?? pair);
      if (key.k === 'string') entries.push([key.text.replace(/:$/, ''), value]);
    }
    return entries;
  }

  /** A method call; `a.b` with no arguments is also an attribute read (`loan.book`). */
  private call(node: SyntaxNode): Expr {
    const receiverNode = child(node, 'receiver');
    const receiver = receiverNode ? this.visit(receiverNode) : undefined;
    const method = this.src(child(node, 'method'));
    const argsNode = child(node, 'arguments');
    const args: Expr[] = [];
    const named: [string, Expr][] = [];
    for (const a of argsNode?.children ?? []) {
      if (a.type === 'pair') named.push(...this.pairs([a]));
      else if (a.type !== 'comment') args.push(this.visit(a));
    }
    if (receiver?.k === 'name' && !argsNode) this.b.addAccess(receiver.name, method, node.start);
    const blockNode = child(node, 'block');
    const loop = blockNode && receiver && ITERATING_METHODS.has(method)
      ? this.b.newLoop({ kind: 'callback', start: node.start, end: node.end, iterable: receiver, iterableText: this.src(receiverNode), variables: this.blockParams(blockNode) })
      : undefined;
    const block = blockNode ? this.fn(blockNode, undefined, loop) : undefined;
    const callee: Expr = receiver ? { k: 'member', object: receiver, name: method } : { k: 'name', name: method };
    return this.b.addCall({ callee, args, named, isNew: method === 'new', block, start: node.start, end: node.end, awaited: false });
  }

  private blockParams(block: SyntaxNode): string[] {
    const params = child(block, 'parameters');
    return (params?.children ?? []).filter((c) => c.type === 'identifier').map((c) => this.src(c));
  }

  private params(node: SyntaxNode): Param[] {
    const list = child(node, 'parameters');
    return (list?.children ?? []).flatMap((p) => {
      if (p.type === 'identifier') return [{ name: this.src(p) }];
      const name = child(p, 'name') ?? p.children.find((c) => c.type === 'identifier');
      return name ? [{ name: this.src(name) }] : [];
    });
  }

  private fn(node: SyntaxNode, name?: string, loop?: number): number {
    const params = this.params(node);
    const body = child(node, 'body');
    return this.b.inFunction({ name, params, start: node.start, end: node.end, bodyStart: body?.start ?? node.end, decorators: [] }, loop, (id) => {
      for (const p of params) this.b.addBinding({ name: p.name, kind: 'param', start: node.start, scope: id, loop });
      if (body) this.visit(body);
    });
  }

  private classDecl(node: SyntaxNode): Expr {
    const name = this.src(child(node, 'name')).split('::').pop() ?? '';
    const superclass = child(node, 'superclass');
    const bases = superclass?.children.map((c) => this.visit(c)) ?? [];
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
    if (left?.type === 'identifier') this.b.addBinding({ name: this.src(left), kind: 'var', value: right, start: node.start });
    else if (left?.type === 'instance_variable') this.b.addBinding({ name: this.src(left), kind: 'field', value: right, start: node.start, cls: this.b.methodClass() });
    else if (left?.type === 'constant') this.b.addBinding({ name: this.src(left), kind: 'var', value: right, start: node.start, scope: null });
    else if (left) this.visit(left);
    return right;
  }

  private forLoop(node: SyntaxNode): Expr {
    const valueNode = child(node, 'value');
    const iterableNode = valueNode?.children[0];
    const iterable = iterableNode ? this.visit(iterableNode) : undefined;
    const pattern = child(node, 'pattern');
    const variables = pattern?.type === 'identifier' ? [this.src(pattern)] : [];
    const loop = this.b.newLoop({ kind: 'for-each', start: node.start, end: node.end, iterable, iterableText: this.src(iterableNode), variables });
    this.b.inLoop(loop, () => {
      for (const name of variables) this.b.addBinding({ name, kind: 'var', value: OTHER, start: node.start, loop });
      const body = child(node, 'body');
      if (body) this.visit(body);
    });
    return OTHER;
  }
}
