import type { SourceFile } from './files';
import type { LoopRange } from './loops';
import type { DbCall } from './queries';

/**
 * Relations declared on ORM models (Django ForeignKey/OneToOne/ManyToMany, Rails belongs_to/has_*),
 * so that `loan.book.title` inside a loop can be recognised as one lazy query per item.
 */
export interface OrmRelations {
  /** model name → relation attribute names. */
  readonly byModel: ReadonlyMap<string, ReadonlySet<string>>;
}

export function collectRelations(files: readonly SourceFile[]): OrmRelations {
  const byModel = new Map<string, Set<string>>();
  const add = (model: string, field: string) => {
    if (!byModel.has(model)) byModel.set(model, new Set());
    byModel.get(model)!.add(field);
  };
  for (const file of files) {
    if (file.lang === 'py' && !file.path.includes('/migrations/')) {
      let model: string | undefined;
      for (const line of file.src.code.split('\n')) {
        const cls = /^class\s+(\w+)\s*\(/.exec(line);
        if (cls) { model = cls[1]; continue; }
        const field = /^\s+(\w+)\s*=\s*(?:models\.)?(?:ForeignKey|OneToOneField|ManyToManyField)\s*\(/.exec(line);
        if (model && field) add(model, field[1]);
      }
    }
    if (file.lang === 'rb') {
      let model: string | undefined;
      for (const line of file.src.code.split('\n')) {
        const cls = /^\s*class\s+(\w+)\s*<\s*(?:ApplicationRecord|ActiveRecord::Base)/.exec(line);
        if (cls) { model = cls[1]; continue; }
        const assoc = /^\s*(?:belongs_to|has_many|has_one|has_and_belongs_to_many)\s+:(\w+)/.exec(line);
        if (model && assoc) add(model, assoc[1]);
      }
    }
  }
  return { byModel };
}

const EAGER = /\b(?:select_related|prefetch_related|includes|preload|eager_load)\s*\(?([^)\n]*)\)?/g;

/** Lazy relation loads on the loop variable, one per loop and relation, when the loop iterates a query that does not eager-load it. */
export function lazyLoadsInLoop(file: SourceFile, loop: LoopRange, relations: OrmRelations): DbCall[] {
  if (!loop.variable || !/^\w+$/.test(loop.variable) || !loop.iterable) return [];
  const source = resolveIterable(file, loop);
  const model = /\b([A-Z]\w*)\s*(?:\.objects\b|\.(?:where|all|order|includes|preload|eager_load|joins)\b)/.exec(source)?.[1];
  if (!model || !relations.byModel.has(model)) return []; // not provably a query over a model with relations
  const eager = [...source.matchAll(EAGER)];
  const eagerAll = eager.some((m) => m[0].startsWith('select_related') && m[1].trim() === '');
  const eagerText = eager.map((m) => m[1]).join(' ');
  const body = file.src.code.slice(loop.start, loop.end);
  const calls: DbCall[] = [];
  const seen = new Set<string>();
  for (const m of body.matchAll(new RegExp(`\\b${loop.variable}\\.(\\w+)\\b(?!\\s*=[^=])`, 'g'))) {
    const field = m[1];
    if (!relations.byModel.get(model)!.has(field) || seen.has(field)) continue;
    if (eagerAll || new RegExp(`['":]${field}\\b`).test(eagerText)) continue;
    seen.add(field);
    const index = loop.start + m.index;
    calls.push({ index, end: index + m[0].length, line: file.src.lineAt(index), target: `${model}.${field}` });
  }
  return calls;
}

/** The expression a loop iterates: inline, or the latest assignment to that name before the loop. */
function resolveIterable(file: SourceFile, loop: LoopRange): string {
  const iterable = loop.iterable!;
  const name = /^@?\w+$/.test(iterable) ? iterable : undefined;
  if (!name) return iterable;
  const before = file.src.code.slice(0, loop.start);
  const assignments = [...before.matchAll(new RegExp(`(?:^|\\n)\\s*${name.replace('@', '@')}\\s*=\\s*`, 'g'))];
  const last = assignments[assignments.length - 1];
  if (!last) return iterable;
  const rest = before.slice(last.index + last[0].length);
  // A parenthesised or chained expression may span lines; stop at the first line that closes it.
  let depth = 0;
  let end = rest.length;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === '\n' && depth <= 0 && !/^\s*\./.test(rest.slice(i + 1))) { end = i; break; }
  }
  return rest.slice(0, end);
}
