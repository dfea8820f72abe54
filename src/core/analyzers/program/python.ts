import { child, type SyntaxNode } from '../syntax/tree';
import { endless } from './builder';
import { buildModel, LanguageWalker, OTHER } from './walker';
import type { Expr, FileModel, Param } from './model';

const COMPREHENSIONS = new Set(['list_comprehension', 'set_comprehension', 'dictionary_comprehension', 'generator_expression']);

export function pythonModel(path: string, text: string, root: SyntaxNode): FileModel {
  return buildModel(path, 'py', text, root, PythonWalker);
}

class PythonWalker extends LanguageWalker {
  visit(node: SyntaxNode): Expr {
    switch (node.type) {
      case 'identifier': return { k: 'name', name: this.src(node) };
      case 'attribute': {
        const objectNode = child(node, 'object');
        const object = objectNode ? this.visit(objectNode) : OTHER;
        const name = this.src(child(node, 'attribute'));
        if (object.k === 'name') this.b.addAccess(object.name, name, node.start);
        return { k: 'member', object, name };
      }
      case 'subscript': {
        const object = this.visit(child(node, 'value') ?? node);
        const keys = node.children.filter((c) => c.field === 'subscript').map((c) => this.visit(c));
        const key = keys[0];
        return keys.length === 1 && key.k === 'string' && key.holes.length === 0 ? { k: 'member', object, name: key.text } : OTHER;
      }
      case 'call': return this.call(node);
      case 'await': return { k: 'await', value: node.children[0] ? this.visit(node.children[0]) : OTHER };
      case 'string': return this.string([node]);
      case 'concatenated_string': return this.string(node.children.filter((c) => c.type === 'string'));
      case 'binary_operator': {
        const left = this.visit(child(node, 'left') ?? node);
        const right = this.visit(child(node, 'right') ?? node);
        const op = this.src(child(node, 'operator'));
        return op === '+' || op === '%' ? { k: 'binary', op, left, right } : OTHER;
      }
      case 'integer': case 'float': return { k: 'literal', value: Number(this.src(node)) };
      case 'true': case 'false': return { k: 'literal', value: node.type === 'true' };
      case 'none': return { k: 'literal', value: null };
      case 'list': case 'tuple': case 'set': return { k: 'list', items: node.children.map((c) => this.visit(c)) };
      case 'dictionary': return this.dictionary(node);
      case 'parenthesized_expression': return node.children.length === 1 ? this.visit(node.children[0]) : (this.children(node), OTHER);
      case 'lambda': return { k: 'fn', fn: this.fn(node) };
      case 'assignment': return this.assignment(node);
      case 'augmented_assignment': return this.appended(node, 'identifier', '+=');
      case 'function_definition': this.definition(node, []); return OTHER;
      case 'class_definition': this.classDefinition(node, []); return OTHER;
      case 'decorated_definition': {
        const decorators = node.children.filter((c) => c.type === 'decorator').map((d) => (d.children[0] ? this.visit(d.children[0]) : OTHER));
        const definition = child(node, 'definition');
        if (definition?.type === 'class_definition') this.classDefinition(definition, decorators);
        else if (definition) this.definition(definition, decorators);
        return OTHER;
      }
      case 'import_statement': this.importStatement(node); return OTHER;
      case 'import_from_statement': this.importFrom(node); return OTHER;
      case 'for_statement': this.forStatement(node); return OTHER;
      case 'while_statement': {
        this.visit(child(node, 'condition') ?? node);
        const loop = this.b.newLoop({ kind: 'while', start: node.start, end: node.end, variables: [], retries: endless(this.src(child(node, 'condition'))) });
        this.b.inLoop(loop, () => node.children.filter((c) => c.field === 'body').forEach((c) => this.visit(c)));
        return OTHER;
      }
      case 'with_item': return this.withItem(node);
      case 'return_statement': case 'yield': return this.returned(node);
      case 'comment': return OTHER;
      default:
        if (COMPREHENSIONS.has(node.type)) return this.comprehension(node);
        this.children(node);
        return OTHER;
    }
  }

  private children(node: SyntaxNode): void {
    for (const c of node.children) this.visit(c);
  }

  private string(parts: readonly SyntaxNode[]): Expr {
    const holes = parts.flatMap((p) => p.children.filter((c) => c.type === 'interpolation').map((i) => (child(i, 'expression') ? this.visit(child(i, 'expression')!) : OTHER)));
    const text = parts.map((p) => p.children.filter((c) => c.type === 'string_content' || c.type === 'interpolation').map((c) => this.src(c)).join('')).join('');
    return { k: 'string', text, holes };
  }

  private dictionary(node: SyntaxNode): Expr {
    const entries: [string, Expr][] = [];
    for (const pair of node.children) {
      if (pair.type !== 'pair') { this.visit(pair); continue; }
      const key = this.visit(child(pair, 'key') ?? pair);
      const value = this.visit(child(pair, 'value') ?? pair);
      if (key.k === 'string' && key.holes.length === 0) entries.push([key.text, value]);
    }
    return { k: 'dict', entries };
  }

  private call(node: SyntaxNode): Expr {
    const callee = this.visit(child(node, 'function') ?? node);
    const argsNode = child(node, 'arguments');
    const args: Expr[] = [];
    const named: [string, Expr][] = [];
    if (argsNode?.type === 'generator_expression') args.push(this.visit(argsNode));
    else {
      for (const a of argsNode?.children ?? []) {
        if (a.type === 'keyword_argument') named.push([this.src(child(a, 'name')), this.visit(child(a, 'value') ?? a)]);
        else if (a.type !== 'comment') args.push(this.visit(a));
      }
    }
    return this.b.addCall({ callee, args, named, isNew: false, start: node.start, end: node.end, awaited: false });
  }

  private params(node: SyntaxNode): Param[] {
    const out: Param[] = [];
    for (const p of child(node, 'parameters')?.children ?? []) {
      if (p.type === 'identifier') { out.push({ name: this.src(p) }); continue; }
      const nameNode = child(p, 'name') ?? p.children.find((c) => c.type === 'identifier');
      if (!nameNode) continue;
      const type = child(p, 'type');
      const value = child(p, 'value');
      out.push({ name: this.src(nameNode), annotation: type ? this.src(type) : undefined, value: value ? this.visit(value) : undefined });
    }
    return out;
  }

  private fn(node: SyntaxNode, name?: string, decorators: Expr[] = [], loop?: number): number {
    const params = this.params(node);
    const body = child(node, 'body');
    return this.b.inFunction({ name, params, start: node.start, end: node.end, bodyStart: body?.start ?? node.end, decorators }, loop, (id) => {
      for (const p of params) this.b.addBinding({ name: p.name, kind: 'param', annotation: p.annotation, value: p.value, start: node.start, scope: id });
      if (!body) return;
      if (node.type === 'lambda') this.b.addReturn(this.visit(body));
      else this.visit(body);
    });
  }

  private definition(node: SyntaxNode, decorators: Expr[]): void {
    const name = this.src(child(node, 'name'));
    const fn = this.fn(node, name, decorators);
    this.b.addBinding({ name, kind: 'function', fn, value: { k: 'fn', fn }, start: node.start });
  }

  private classDefinition(node: SyntaxNode, decorators: Expr[]): void {
    const name = this.src(child(node, 'name'));
    const bases = (child(node, 'superclasses')?.children ?? []).filter((c) => c.type !== 'keyword_argument').map((c) => this.visit(c));
    const id = this.b.inClass({ name, bases, decorators, start: node.start, end: node.end }, () => {
      const body = child(node, 'body');
      if (body) this.visit(body);
    });
    this.b.addBinding({ name, kind: 'class', classDecl: id, value: OTHER, start: node.start });
  }

  private assignment(node: SyntaxNode): Expr {
    const left = child(node, 'left');
    const rightNode = child(node, 'right');
    const right = rightNode ? (rightNode.type === 'lambda' ? { k: 'fn' as const, fn: this.fn(rightNode, this.src(left)) } : this.visit(rightNode)) : OTHER;
    const type = child(node, 'type');
    const annotation = type ? this.src(type) : undefined;
    if (left?.type === 'identifier') {
      const inClassBody = this.b.cls !== undefined;
      this.b.addBinding({ name: this.src(left), kind: inClassBody ? 'field' : 'var', value: right, annotation, start: node.start });
    } else if (left?.type === 'attribute' && /^self\.\w+$/.test(this.src(left))) {
      this.b.addBinding({ name: this.src(left), kind: 'field', value: right, annotation, start: node.start, cls: this.b.methodClass() });
    } else if (left) {
      for (const name of this.targetNames(left)) this.b.addBinding({ name, kind: 'var', value: OTHER, start: node.start });
      if (left.type !== 'pattern_list' && left.type !== 'tuple_pattern') this.visit(left);
    }
    return right;
  }

  private targetNames(node: SyntaxNode | undefined): string[] {
    if (!node) return [];
    if (node.type === 'identifier') return [this.src(node)];
    if (node.type === 'pattern_list' || node.type === 'tuple_pattern' || node.type === 'list_pattern' || node.type === 'list_splat_pattern') {
      return node.children.flatMap((c) => this.targetNames(c));
    }
    return [];
  }

  private importStatement(node: SyntaxNode): void {
    for (const c of node.children) {
      if (c.type === 'aliased_import' || c.type === 'dotted_name') this.b.addImport(this.src(c.type === 'aliased_import' ? child(c, 'name') : c));
      if (c.type === 'aliased_import') {
        const module = this.src(child(c, 'name'));
        this.b.addBinding({ name: this.src(child(c, 'alias')), kind: 'import', import: { module, name: '*' }, start: node.start });
      } else if (c.type === 'dotted_name') {
        const module = this.src(c);
        // `import a.b` binds `a`; `a.b` is then read as a member of it.
        this.b.addBinding({ name: module.split('.')[0], kind: 'import', import: { module: module.split('.')[0], name: '*' }, start: node.start });
      }
    }
  }

  private importFrom(node: SyntaxNode): void {
    const module = this.src(child(node, 'module_name'));
    this.b.addImport(module);
    for (const c of node.children.filter((x) => x.field === 'name')) {
      const imported = this.src(c.type === 'aliased_import' ? child(c, 'name') : c);
      const local = c.type === 'aliased_import' ? this.src(child(c, 'alias')) : imported;
      this.b.addBinding({ name: local, kind: 'import', import: { module, name: imported }, start: node.start });
    }
  }

  private forStatement(node: SyntaxNode): void {
    const right = child(node, 'right');
    const iterable = right ? this.visit(right) : undefined;
    const variables = this.targetNames(child(node, 'left'));
    const loop = this.b.newLoop({ kind: 'for-each', start: node.start, end: node.end, iterable, iterableText: this.src(right), variables });
    this.b.inLoop(loop, () => {
      for (const name of variables) this.b.addBinding({ name, kind: 'var', value: OTHER, start: node.start, loop });
      for (const c of node.children.filter((x) => x.field === 'body')) this.visit(c);
    });
    for (const c of node.children.filter((x) => x.field === 'alternative')) this.visit(c);
  }

  /** `[f(x) for x in xs if p(x)]`: the first iterable runs once; the element, conditions and inner clauses run per item. */
  private comprehension(node: SyntaxNode): Expr {
    const clauses = node.children.filter((c) => c.type === 'for_in_clause');
    const first = clauses[0];
    if (!first) { this.children(node); return OTHER; }
    const right = child(first, 'right');
    const iterable = right ? this.visit(right) : undefined;
    const variables = clauses.flatMap((c) => this.targetNames(child(c, 'left')));
    const loop = this.b.newLoop({ kind: 'comprehension', start: node.start, end: node.end, iterable, iterableText: this.src(right), variables });
    this.b.inLoop(loop, () => {
      for (const name of this.targetNames(child(first, 'left'))) this.b.addBinding({ name, kind: 'var', value: OTHER, start: node.start, loop });
      for (const c of node.children) {
        if (c === first) continue;
        if (c.type === 'for_in_clause') this.children(c);
        else this.visit(c);
      }
    });
    return { k: 'list', items: [] };
  }

  /** `with Session(engine) as session:` binds the name to the context manager's value. */
  private withItem(node: SyntaxNode): Expr {
    const value = child(node, 'value');
    if (value?.type !== 'as_pattern') return value ? this.visit(value) : OTHER;
    const managed = value.children.find((c) => c.field !== 'alias');
    const expr = managed ? this.visit(managed) : OTHER;
    const alias = child(value, 'alias');
    const name = alias ? this.src(alias).trim() : '';
    if (/^\w+$/.test(name)) this.b.addBinding({ name, kind: 'var', value: expr, start: node.start });
    return expr;
  }
}
