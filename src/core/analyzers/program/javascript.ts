import { child, type SyntaxNode } from '../syntax/tree';
import { endless } from './builder';
import { buildModel, LanguageWalker, OTHER } from './walker';
import type { Expr, FileModel, Param } from './model';

/** Array methods whose callback runs once per element. */
const ITERATING_METHODS = new Set(['forEach', 'map', 'flatMap', 'filter', 'reduce', 'reduceRight', 'some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex']);
const FUNCTION_TYPES = new Set(['arrow_function', 'function_expression', 'function', 'generator_function']);
const WRAPPERS = new Set(['parenthesized_expression', 'as_expression', 'satisfies_expression', 'non_null_expression', 'type_assertion']);

/** JavaScript, TypeScript and TSX. */
export function javascriptModel(path: string, text: string, root: SyntaxNode): FileModel {
  return buildModel(path, 'js', text, root, JavaScriptWalker);
}

class JavaScriptWalker extends LanguageWalker {
  private children(node: SyntaxNode): void {
    let decorators: Expr[] = [];
    for (const c of node.children) {
      if (c.type === 'decorator') { decorators.push(this.decorator(c)); continue; }
      if (c.type === 'method_definition' || c.type === 'public_field_definition' || (decorators.length > 0 && c.type === 'class_declaration')) {
        this.member(c, decorators);
        decorators = [];
        continue;
      }
      this.visit(c);
    }
  }

  private decorator(node: SyntaxNode): Expr {
    return this.visit(node.children[0] ?? node);
  }

  visit(node: SyntaxNode): Expr {
    switch (node.type) {
      case 'identifier': case 'property_identifier': case 'shorthand_property_identifier': case 'this': case 'super':
      case 'type_identifier': case 'private_property_identifier': case 'import': // `import('x')` calls `import`
        return { k: 'name', name: this.src(node) };
      case 'member_expression': return this.memberExpression(node);
      case 'subscript_expression': {
        const object = this.visit(child(node, 'object') ?? node);
        const index = child(node, 'index');
        const key = index ? this.visit(index) : OTHER;
        return key.k === 'string' && key.holes.length === 0 ? { k: 'member', object, name: key.text } : OTHER;
      }
      case 'call_expression': return this.call(node, false);
      case 'new_expression': return this.call(node, true);
      case 'await_expression': {
        const inner = node.children[0];
        if (!inner) return OTHER;
        return { k: 'await', value: inner.type === 'call_expression' ? this.call(inner, false, true) : this.visit(inner) };
      }
      case 'string': return { k: 'string', text: this.src(node).slice(1, -1), holes: [] };
      case 'template_string': return this.template(node);
      case 'binary_expression': {
        const left = this.visit(child(node, 'left') ?? node);
        const right = this.visit(child(node, 'right') ?? node);
        const op = this.src(child(node, 'operator'));
        return op === '+' ? { k: 'binary', op, left, right } : OTHER;
      }
      case 'number': return { k: 'literal', value: Number(this.src(node)) };
      case 'true': case 'false': return { k: 'literal', value: node.type === 'true' };
      case 'null': case 'undefined': return { k: 'literal', value: null };
      case 'object': return this.object(node);
      case 'array': return { k: 'list', items: node.children.map((c) => this.visit(c)) };
      case 'assignment_expression': return this.assignment(node);
      case 'augmented_assignment_expression': return this.appended(node, 'identifier', '+=');
      case 'lexical_declaration': case 'variable_declaration':
        for (const d of node.children.filter((c) => c.type === 'variable_declarator')) this.declarator(d);
        return OTHER;
      case 'function_declaration': case 'generator_function_declaration': {
        const name = this.src(child(node, 'name'));
        const fn = this.fn(node, name);
        this.b.addBinding({ name, kind: 'function', fn, start: node.start, value: { k: 'fn', fn } });
        return OTHER;
      }
      case 'class_declaration': case 'class': case 'abstract_class_declaration': return this.classDecl(node, []);
      case 'import_statement': this.importStatement(node); return OTHER;
      case 'export_statement': this.exportStatement(node); return OTHER;
      case 'for_in_statement': this.forIn(node); return OTHER;
      case 'for_statement': case 'while_statement': case 'do_statement': this.loopStatement(node); return OTHER;
      case 'return_statement': return this.returned(node);
      case 'comment': return OTHER;
      default:
        if (FUNCTION_TYPES.has(node.type)) return { k: 'fn', fn: this.fn(node) };
        if (WRAPPERS.has(node.type)) {
          const inner = node.children.filter((c) => c.field !== 'type' && c.type !== 'type_annotation');
          return inner.length === 1 ? this.visit(inner[0]) : (inner.forEach((c) => this.visit(c)), OTHER);
        }
        this.children(node);
        return OTHER;
    }
  }

  private memberExpression(node: SyntaxNode): Expr {
    const objectNode = child(node, 'object');
    const object = objectNode ? this.visit(objectNode) : OTHER;
    const name = this.src(child(node, 'property'));
    if (object.k === 'name') this.b.addAccess(object.name, name, node.start);
    return { k: 'member', object, name };
  }

  private template(node: SyntaxNode): Expr {
    const holes = node.children.filter((c) => c.type === 'template_substitution').map((c) => (c.children[0] ? this.visit(c.children[0]) : OTHER));
    return { k: 'string', text: this.src(node).slice(1, -1), holes };
  }

  private object(node: SyntaxNode): Expr {
    const entries: [string, Expr][] = [];
    const lines: number[] = [];
    for (const c of node.children) {
      if (c.type === 'pair' || c.type === 'shorthand_property_identifier' || c.type === 'method_definition') lines.push(this.b.line(c.start));
      if (c.type === 'pair') {
        const keyNode = child(c, 'key');
        const key = keyNode?.type === 'string' ? this.src(keyNode).slice(1, -1) : this.src(keyNode);
        const valueNode = child(c, 'value');
        if (!valueNode) continue;
        entries.push([key, FUNCTION_TYPES.has(valueNode.type) ? { k: 'fn', fn: this.fn(valueNode, key) } : this.visit(valueNode)]);
      } else if (c.type === 'shorthand_property_identifier') {
        entries.push([this.src(c), { k: 'name', name: this.src(c) }]);
      } else if (c.type === 'method_definition') {
        const name = this.src(child(c, 'name'));
        entries.push([name, { k: 'fn', fn: this.fn(c, name) }]);
      } else {
        this.visit(c);
      }
    }
    return { k: 'dict', entries, lines: lines.length === entries.length ? lines : undefined };
  }

  private call(node: SyntaxNode, isNew: boolean, awaited = false): Expr {
    const calleeNode = child(node, isNew ? 'constructor' : 'function');
    const callee = calleeNode ? this.visit(calleeNode) : OTHER;
    const argsNode = child(node, 'arguments');
    const method = callee.k === 'member' ? callee.name : undefined;
    const argNodes = argsNode ? (argsNode.type === 'template_string' ? [argsNode] : argsNode.children.filter((c) => c.type !== 'comment')) : [];
    const callback = method && ITERATING_METHODS.has(method) ? argNodes.find((a) => FUNCTION_TYPES.has(a.type)) : undefined;
    const callbackLoop = callback && callee.k === 'member'
      ? this.b.newLoop({
        kind: 'callback', start: node.start, end: node.end, iterable: callee.object,
        iterableText: this.src(child(calleeNode, 'object')), variables: this.paramNames(callback).slice(0, 1),
      })
      : undefined;
    if (callee.k === 'name' && (callee.name === 'require' || callee.name === 'import') && argNodes[0]?.type === 'string') this.b.addImport(this.src(argNodes[0]).slice(1, -1));
    const args = argNodes.map((a) => (callbackLoop !== undefined && FUNCTION_TYPES.has(a.type) ? { k: 'fn' as const, fn: this.fn(a, undefined, callbackLoop) } : this.visit(a)));
    return this.b.addCall({ callee, args, named: [], isNew, start: node.start, end: node.end, awaited, tagged: argsNode?.type === 'template_string' });
  }

  /** Parameters, then the body, in the function's frame. */
  private fn(node: SyntaxNode, name?: string, loop?: number, decorators: Expr[] = []): number {
    const params = this.params(node);
    const body = child(node, 'body');
    return this.b.inFunction({ name, params, start: node.start, end: node.end, bodyStart: body?.start ?? node.end, decorators }, loop, (id) => {
      for (const p of params) this.b.addBinding({ name: p.name, kind: 'param', annotation: p.annotation, value: p.value, start: node.start, scope: id });
      if (body) {
        if (body.type === 'statement_block') this.children(body);
        else this.b.addReturn(this.visit(body));
      }
    });
  }

  /** Parameter names without visiting defaults (the function is visited once, later). */
  private paramNames(node: SyntaxNode): string[] {
    const single = child(node, 'parameter');
    if (single) return [this.src(single)];
    return (child(node, 'parameters')?.children ?? []).flatMap((p) => this.patternNames(child(p, 'pattern') ?? p));
  }

  private params(node: SyntaxNode): Param[] {
    const single = child(node, 'parameter');
    if (single) return [{ name: this.src(single) }];
    const list = child(node, 'parameters');
    const out: Param[] = [];
    for (const p of list?.children ?? []) {
      const pattern = child(p, 'pattern') ?? (p.type === 'assignment_pattern' ? child(p, 'left') : p);
      const type = child(p, 'type');
      const valueNode = child(p, 'value') ?? (p.type === 'assignment_pattern' ? child(p, 'right') : undefined);
      const annotation = type ? this.src(type).replace(/^\s*:\s*/, '') : undefined;
      const value = valueNode ? this.visit(valueNode) : undefined;
      if (pattern?.type === 'identifier') out.push({ name: this.src(pattern), annotation, value });
      else for (const name of this.patternNames(pattern)) out.push({ name });
    }
    return out;
  }

  private patternNames(node: SyntaxNode | undefined): string[] {
    if (!node) return [];
    if (node.type === 'identifier' || node.type === 'shorthand_property_identifier_pattern') return [this.src(node)];
    if (node.type === 'assignment_pattern' || node.type === 'object_assignment_pattern') return this.patternNames(child(node, 'left'));
    return node.children.flatMap((c) => (c.field === 'key' || c.field === 'type' || c.field === 'value' && node.type !== 'pair_pattern' ? [] : this.patternNames(c)));
  }

  private declarator(node: SyntaxNode): void {
    const nameNode = child(node, 'name');
    const valueNode = child(node, 'value');
    if (!nameNode) return;
    if (nameNode.type === 'identifier') {
      const name = this.src(nameNode);
      const value = valueNode ? (FUNCTION_TYPES.has(valueNode.type) ? { k: 'fn' as const, fn: this.fn(valueNode, name) } : this.visit(valueNode)) : undefined;
      this.b.addBinding({ name, kind: 'var', value, annotation: this.src(child(node, 'type')).replace(/^\s*:\s*/, '') || undefined, start: node.start });
      return;
    }
    const value = valueNode ? this.visit(valueNode) : OTHER;
    this.destructure(nameNode, value, node.start);
  }

  /** `const { a, b: c } = v` binds a to v.a and c to v.b; array patterns bind to nothing known. */
  private destructure(pattern: SyntaxNode, value: Expr, start: number): void {
    for (const c of pattern.children) {
      if (c.type === 'shorthand_property_identifier_pattern') {
        this.b.addBinding({ name: this.src(c), kind: 'var', value: { k: 'member', object: value, name: this.src(c) }, start });
      } else if (c.type === 'pair_pattern') {
        const key = this.src(child(c, 'key'));
        const target = child(c, 'value');
        if (target?.type === 'identifier') this.b.addBinding({ name: this.src(target), kind: 'var', value: { k: 'member', object: value, name: key }, start });
        else if (target) this.destructure(target, { k: 'member', object: value, name: key }, start);
      } else if (c.type === 'object_assignment_pattern') {
        const left = child(c, 'left');
        if (left) this.b.addBinding({ name: this.src(left), kind: 'var', value: { k: 'member', object: value, name: this.src(left) }, start });
      } else {
        for (const name of this.patternNames(c)) this.b.addBinding({ name, kind: 'var', value: OTHER, start });
      }
    }
  }

  private assignment(node: SyntaxNode): Expr {
    const left = child(node, 'left');
    const rightNode = child(node, 'right');
    const target = left ? this.src(left) : '';
    const exportName = /^(?:module\.)?exports\.(\w+)$/.exec(target)?.[1];
    const name = exportName ?? /^(?:this\.)?([\w$]+)$/.exec(target)?.[1];
    const right = rightNode ? (FUNCTION_TYPES.has(rightNode.type) ? { k: 'fn' as const, fn: this.fn(rightNode, name) } : this.visit(rightNode)) : OTHER;
    if (target === 'module.exports') this.b.addExport({ name: '=', value: right, line: this.b.line(node.start) });
    else if (exportName) this.b.addExport({ name: exportName, value: right, line: this.b.line(node.start) });
    else if (left?.type === 'identifier') this.b.addBinding({ name: target, kind: 'var', value: right, start: node.start });
    else if (/^this\.[\w$]+$/.test(target)) this.b.addBinding({ name: target, kind: 'field', value: right, start: node.start, cls: this.enclosingClass() });
    else if (left) this.visit(left);
    return right;
  }

  private enclosingClass(): number | undefined {
    return this.b.methodClass();
  }

  private classDecl(node: SyntaxNode, decorators: Expr[]): Expr {
    const name = this.src(child(node, 'name'));
    const heritage = node.children.find((c) => c.type === 'class_heritage');
    const extendsClause = heritage?.children.find((c) => c.type === 'extends_clause') ?? heritage;
    const bases = (extendsClause?.children ?? []).filter((c) => c.type !== 'type_arguments' && c.type !== 'implements_clause').map((c) => this.visit(c));
    for (const d of node.children.filter((c) => c.type === 'decorator')) decorators.push(this.decorator(d));
    const id = this.b.inClass({ name, bases, decorators, start: node.start, end: node.end }, () => {
      const body = child(node, 'body');
      if (body) this.children(body);
    });
    if (name) this.b.addBinding({ name, kind: 'class', classDecl: id, value: OTHER, start: node.start });
    return OTHER;
  }

  /** A class member with the decorators written before it. */
  private member(node: SyntaxNode, decorators: Expr[]): void {
    if (node.type === 'method_definition') {
      this.fn(node, this.src(child(node, 'name')), undefined, decorators);
    } else if (node.type === 'public_field_definition') {
      this.field(node, decorators);
    } else {
      this.classDecl(node, decorators);
    }
  }

  private field(node: SyntaxNode, decorators: Expr[]): void {
    const own = node.children.filter((c) => c.type === 'decorator').map((d) => this.decorator(d));
    const nameNode = child(node, 'name') ?? child(node, 'property');
    const name = this.src(nameNode);
    const valueNode = child(node, 'value');
    const value = valueNode ? (FUNCTION_TYPES.has(valueNode.type) ? { k: 'fn' as const, fn: this.fn(valueNode, name) } : this.visit(valueNode)) : undefined;
    const type = child(node, 'type');
    // The property's own line, not its first decorator's: that is where the field is read.
    this.b.addBinding({ name, kind: 'field', value, annotation: type ? this.src(type).replace(/^\s*:\s*/, '') : undefined, start: nameNode?.start ?? node.start, decorators: [...decorators, ...own] });
  }

  private importStatement(node: SyntaxNode): void {
    const source = child(node, 'source');
    const module = this.src(source).slice(1, -1);
    this.b.addImport(module);
    const clause = node.children.find((c) => c.type === 'import_clause');
    for (const c of clause?.children ?? []) {
      if (c.type === 'identifier') this.b.addBinding({ name: this.src(c), kind: 'import', import: { module, name: 'default' }, start: node.start });
      else if (c.type === 'namespace_import') this.b.addBinding({ name: this.src(c.children[0]), kind: 'import', import: { module, name: '*' }, start: node.start });
      else if (c.type === 'named_imports') {
        for (const s of c.children.filter((x) => x.type === 'import_specifier')) {
          const imported = this.src(child(s, 'name'));
          this.b.addBinding({ name: this.src(child(s, 'alias')) || imported, kind: 'import', import: { module, name: imported }, start: node.start });
        }
      }
    }
  }

  private exportStatement(node: SyntaxNode): void {
    const line = this.b.line(node.start);
    const source = child(node, 'source');
    const from = source ? this.src(source).slice(1, -1) : undefined;
    if (from) this.b.addImport(from);
    const isDefault = /^export\s+default\b/.test(this.src(node));
    const declaration = child(node, 'declaration');
    const decorators = node.children.filter((c) => c.type === 'decorator').map((d) => this.decorator(d));
    if (declaration) {
      if (declaration.type === 'class_declaration' || declaration.type === 'abstract_class_declaration') this.classDecl(declaration, decorators);
      else this.visit(declaration);
      const names = declaration.type === 'lexical_declaration' || declaration.type === 'variable_declaration'
        ? declaration.children.filter((d) => d.type === 'variable_declarator').flatMap((d) => this.patternNames(child(d, 'name')))
        : [this.src(child(declaration, 'name'))];
      for (const name of names.filter(Boolean)) {
        this.b.addExport({ name: isDefault ? 'default' : name, value: { k: 'name', name }, line });
      }
      return;
    }
    const value = child(node, 'value');
    if (value) {
      const expr = FUNCTION_TYPES.has(value.type) ? { k: 'fn' as const, fn: this.fn(value) } : this.visit(value);
      this.b.addExport({ name: 'default', value: expr, line });
      return;
    }
    const clause = node.children.find((c) => c.type === 'export_clause');
    if (!clause) {
      if (from) this.b.addExport({ name: '*', from: { module: from, name: '*' }, line });
      return;
    }
    for (const s of clause.children.filter((c) => c.type === 'export_specifier')) {
      const local = this.src(child(s, 'name'));
      const exported = this.src(child(s, 'alias')) || local;
      this.b.addExport(from ? { name: exported, from: { module: from, name: local }, line } : { name: exported, value: { k: 'name', name: local }, line });
    }
  }

  private forIn(node: SyntaxNode): void {
    const right = child(node, 'right');
    const iterable = right ? this.visit(right) : undefined;
    const variables = this.patternNames(child(node, 'left'));
    const kind = this.src(child(node, 'operator')) === 'in' ? 'for' : 'for-each';
    const loop = this.b.newLoop({ kind, start: node.start, end: node.end, iterable, iterableText: this.src(right), variables });
    this.b.inLoop(loop, () => {
      for (const name of variables) this.b.addBinding({ name, kind: 'var', value: OTHER, start: node.start, loop });
      const body = child(node, 'body');
      if (body) this.visit(body);
    });
  }

  private loopStatement(node: SyntaxNode): void {
    for (const c of node.children.filter((c) => c.field !== 'body')) this.visit(c);
    const condition = node.children.filter((c) => c.field === 'condition').map((c) => this.src(c)).join(' ');
    const loop = this.b.newLoop({ kind: node.type === 'for_statement' ? 'for' : 'while', start: node.start, end: node.end, variables: [], retries: endless(condition) });
    const body = child(node, 'body');
    if (body) this.b.inLoop(loop, () => this.visit(body));
  }
}

