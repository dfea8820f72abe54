import type * as TreeSitter from '@vscode/tree-sitter-wasm';
import type { SyntaxRuntime, Grammar } from './runtime';

/**
 * A syntax tree copied out of WASM into plain objects: named nodes, plus anonymous nodes that fill a
 * field (operators). Reading a plain object is far cheaper than crossing into WASM for every
 * property, and the WASM tree is freed at once, so memory does not grow with the workspace.
 */
export interface SyntaxNode {
  readonly type: string;
  /** The field this node fills in its parent (`function`, `arguments`, `operator`, …), if any. */
  readonly field: string | null;
  /** UTF-16 offsets into the source, like String.prototype.slice. */
  readonly start: number;
  readonly end: number;
  readonly children: SyntaxNode[];
}

/** Subtrees nothing reads (comments, TypeScript types); kept as leaves so their text is still there. */
const LEAVES = new Set(['comment', 'line_comment', 'block_comment', 'type_arguments', 'type_parameters', 'interface_declaration',
  'type_alias_declaration', 'heredoc_body', 'string_content', 'string_fragment', 'jsx_text']);

/** Parses `text` and returns its tree as plain objects; the WASM tree is deleted before returning. */
export function parseTree(runtime: SyntaxRuntime, grammar: Grammar, text: string): SyntaxNode {
  runtime.parser.setLanguage(runtime.language(grammar));
  const tree = runtime.parser.parse(text);
  if (!tree) return { type: 'program', field: null, start: 0, end: text.length, children: [] };
  try {
    return copy(tree);
  } finally {
    tree.delete();
  }
}

function copy(tree: TreeSitter.Tree): SyntaxNode {
  const cursor = tree.walk();
  const root: SyntaxNode = { type: cursor.nodeType, field: null, start: cursor.startIndex, end: cursor.endIndex, children: [] };
  const stack: SyntaxNode[] = [root];
  try {
    if (!cursor.gotoFirstChild()) return root;
    for (;;) {
      const field = cursor.currentFieldName;
      let node: SyntaxNode | undefined;
      if (cursor.nodeIsNamed || field) {
        node = { type: cursor.nodeType, field, start: cursor.startIndex, end: cursor.endIndex, children: [] };
        stack[stack.length - 1].children.push(node);
      }
      if (node && !LEAVES.has(node.type) && cursor.gotoFirstChild()) {
        stack.push(node);
        continue;
      }
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent() || stack.length <= 1) return root;
        stack.pop();
      }
    }
  } finally {
    cursor.delete();
  }
}

export function child(node: SyntaxNode | undefined, field: string): SyntaxNode | undefined {
  return node?.children.find((c) => c.field === field);
}

export function childrenOf(node: SyntaxNode | undefined, field: string): SyntaxNode[] {
  return node ? node.children.filter((c) => c.field === field) : [];
}

export function firstOfType(node: SyntaxNode | undefined, ...types: string[]): SyntaxNode | undefined {
  return node?.children.find((c) => types.includes(c.type));
}

/** Named children that are not comments. */
export function named(node: SyntaxNode | undefined): SyntaxNode[] {
  return node ? node.children.filter((c) => c.type !== 'comment' && c.field !== 'operator') : [];
}
