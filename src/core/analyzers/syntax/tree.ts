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

/**
 * Subtrees nothing reads (comments, TypeScript types), kept as leaves so their text is still there;
 * and tokens, which have no children: asking the cursor for one is a call into WASM saved.
 */
const LEAVES = new Set(['comment', 'line_comment', 'block_comment', 'type_arguments', 'type_parameters', 'interface_declaration',
  'type_alias_declaration', 'heredoc_body', 'string_content', 'string_fragment', 'jsx_text',
  'identifier', 'property_identifier', 'shorthand_property_identifier', 'type_identifier', 'number', 'integer', 'float',
  'constant', 'name', 'true', 'false', 'null', 'none', 'this', 'self']);

/**
 * JavaScript strings cannot hold code (template strings are another type) and annotations are read
 * as text: a fifth of a TypeScript tree, never descended. Python, Ruby and PHP strings interpolate.
 */
const LEAVES_BY_GRAMMAR: Readonly<Partial<Record<Grammar, ReadonlySet<string>>>> = {
  javascript: new Set([...LEAVES, 'string', 'regex']),
  typescript: new Set([...LEAVES, 'string', 'regex', 'type_annotation']),
  tsx: new Set([...LEAVES, 'string', 'regex', 'type_annotation']),
};

/** Parses `text` and returns its tree as plain objects; the WASM tree is deleted before returning. */
export function parseTree(runtime: SyntaxRuntime, grammar: Grammar, text: string): SyntaxNode {
  runtime.parser.setLanguage(runtime.language(grammar));
  const tree = runtime.parser.parse(text);
  if (!tree) return { type: 'program', field: null, start: 0, end: text.length, children: [] };
  try {
    return copy(tree, grammar);
  } finally {
    tree.delete();
  }
}

/** Children of a leaf until it gets some: most nodes are leaves, and an array each is garbage to collect. */
const NO_CHILDREN: SyntaxNode[] = [];

/** Per language: type names, which types are named, field names; read once instead of per node. */
interface Tables {
  readonly types: readonly string[];
  readonly isNamed: readonly boolean[];
  readonly fields: readonly (string | null)[];
  readonly leaf: readonly boolean[];
}

const tablesByLanguage = new WeakMap<TreeSitter.Language, Tables>();

function tablesOf(language: TreeSitter.Language, grammar: Grammar): Tables {
  let tables = tablesByLanguage.get(language);
  if (!tables) {
    const types = language.types.map((t) => t ?? 'ERROR');
    tables = {
      types,
      isNamed: types.map((_, id) => language.nodeTypeIsNamed(id)),
      fields: language.fields,
      leaf: types.map((t) => (LEAVES_BY_GRAMMAR[grammar] ?? LEAVES).has(t)),
    };
    tablesByLanguage.set(language, tables);
  }
  return tables;
}

/**
 * Walks the tree once with a cursor. Every cursor property is a call into WASM, so each node costs
 * as few as possible: its type id and field id (names come from the language's tables), and its
 * offsets only when it is kept.
 */
function copy(tree: TreeSitter.Tree, grammar: Grammar): SyntaxNode {
  const { types, isNamed, fields, leaf } = tablesOf(tree.language, grammar);
  const cursor = tree.walk();
  const root: SyntaxNode = { type: cursor.nodeType, field: null, start: cursor.startIndex, end: cursor.endIndex, children: NO_CHILDREN };
  const stack: SyntaxNode[] = [root];
  try {
    if (!cursor.gotoFirstChild()) return root;
    for (;;) {
      const typeId = cursor.nodeTypeId;
      const field = fields[cursor.currentFieldId] ?? null;
      let descend = false;
      if (isNamed[typeId] || field) {
        const node: SyntaxNode = { type: types[typeId] ?? 'ERROR', field, start: cursor.startIndex, end: cursor.endIndex, children: NO_CHILDREN };
        const parent = stack[stack.length - 1];
        if (parent.children === NO_CHILDREN) (parent as { children: SyntaxNode[] }).children = [node];
        else parent.children.push(node);
        if (!leaf[typeId] && cursor.gotoFirstChild()) {
          stack.push(node);
          descend = true;
        }
      }
      if (descend) continue;
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
