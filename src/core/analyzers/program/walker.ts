import { child, type SyntaxNode } from '../syntax/tree';
import { ModelBuilder } from './builder';
import type { Expr, FileModel, Lang } from './model';

/** An expression the analyzers need nothing from. */
export const OTHER: Expr = { k: 'other' };

/** What every language's walker shares: the builder it fills and the source its nodes point into. */
export abstract class LanguageWalker {
  constructor(protected readonly b: ModelBuilder, protected readonly text: string) {}

  protected src(node: SyntaxNode | undefined): string {
    return node ? this.text.slice(node.start, node.end) : '';
  }

  abstract visit(node: SyntaxNode): Expr;

  /** `s += x` (`s .= x` in PHP): the name's value grows by what is added, so SQL built piece by piece is followed. */
  protected appended(node: SyntaxNode, variableType: string, operator: string): Expr {
    const left = child(node, 'left');
    const rightNode = child(node, 'right');
    const right = rightNode ? this.visit(rightNode) : OTHER;
    if (left?.type === variableType && this.src(child(node, 'operator')) === operator) {
      const name = this.src(left);
      this.b.addBinding({ name, kind: 'var', value: { k: 'binary', op: operator.slice(0, -1), left: { k: 'name', name }, right }, start: node.start });
    }
    return OTHER;
  }

  /** A return (or a Python yield): what a function gives its caller. */
  protected returned(node: SyntaxNode): Expr {
    const value = node.children[0] ? this.visit(node.children[0]) : undefined;
    if (value) this.b.addReturn(value);
    return OTHER;
  }
}

/** A file's model: its syntax tree walked once by its language's walker. */
export function buildModel(
  path: string, lang: Lang, text: string, root: SyntaxNode, Walker: new (b: ModelBuilder, text: string) => LanguageWalker,
): FileModel {
  const builder = new ModelBuilder(path, lang, text);
  new Walker(builder, text).visit(root);
  return builder.build();
}
