import type { SyntaxNode } from '../syntax/tree';
import { ModelBuilder } from './builder';
import type { Expr, FileModel, Lang } from './model';

/** What every language's walker shares: the builder it fills and the source its nodes point into. */
export abstract class LanguageWalker {
  constructor(protected readonly b: ModelBuilder, protected readonly text: string) {}

  protected src(node: SyntaxNode | undefined): string {
    return node ? this.text.slice(node.start, node.end) : '';
  }

  abstract visit(node: SyntaxNode): Expr;
}

/** A file's model: its syntax tree walked once by its language's walker. */
export function buildModel(
  path: string, lang: Lang, text: string, root: SyntaxNode, Walker: new (b: ModelBuilder, text: string) => LanguageWalker,
): FileModel {
  const builder = new ModelBuilder(path, lang, text);
  new Walker(builder, text).visit(root);
  return builder.build();
}
