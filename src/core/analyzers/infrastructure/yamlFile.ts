import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** A YAML file read for analysis: plain values, and the line where any node starts. */
export interface YamlFile {
  readonly root: unknown;
  /** 1-based line of the node at a path of keys and indexes (the nearest existing ancestor when absent). */
  lineOf(path: readonly (string | number)[]): number;
  lineText(line: number): string;
}

/** Parses YAML; undefined when it is not valid YAML (not this analyzer's finding). */
export function readYaml(text: string): YamlFile | undefined {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: false });
  if (doc.errors.length > 0) return undefined;
  const lines = text.split('\n');
  return {
    root: doc.toJS({ maxAliasCount: 100 }) as unknown,
    lineOf(path) {
      let node: unknown = doc.contents;
      let line = 1;
      for (const key of path) {
        const range = (node as Node | undefined)?.range;
        if (range) line = counter.linePos(range[0]).line;
        if (isMap(node)) {
          const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
          if (!pair) return line;
          if (isScalar(pair.key) && pair.key.range) line = counter.linePos(pair.key.range[0]).line;
          node = pair.value;
        } else if (isSeq(node) && typeof key === 'number') {
          node = node.items[key];
        } else {
          return line;
        }
      }
      const range = (node as Node | undefined)?.range;
      return range && !isMap(node) ? counter.linePos(range[0]).line : line;
    },
    lineText: (line) => (lines[line - 1] ?? '').trim(),
  };
}

export const asRecord = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
export const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
