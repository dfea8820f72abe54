import type { Access, FileModel, Loop } from '../program/model';
import type { Evaluator } from './evaluator';
import { isMaintenancePath } from '../files';
import { tableIn } from './clients/shared';
import { isDb } from './values';

/** A database round trip made once per item of a loop. */
export interface LoopQuery {
  readonly file: FileModel;
  readonly line: number;
  readonly start: number;
  readonly loop: Loop;
  /** The table or model, when the code names it (`products`, `Loan.book`). */
  readonly target?: string;
  /** A relation read lazily from a row (`loan.book`), rather than an explicit query call. */
  readonly lazy: boolean;
  /** The function the query runs in. */
  readonly fn?: number;
}

const memo = new WeakMap<Evaluator, WeakMap<FileModel, LoopQuery[]>>();

/**
 * Reads that run once per item: calls that query, in a loop body, in code that serves users; one per
 * line. Kept per evaluator: the database and backend analyzers of a run both ask for every file.
 */
export function queriesInLoops(evaluator: Evaluator, file: FileModel): readonly LoopQuery[] {
  let byFile = memo.get(evaluator);
  if (!byFile) memo.set(evaluator, (byFile = new WeakMap()));
  let queries = byFile.get(file);
  if (!queries) byFile.set(file, (queries = findQueriesInLoops(evaluator, file)));
  return queries;
}

function findQueriesInLoops(evaluator: Evaluator, file: FileModel): LoopQuery[] {
  if (isMaintenancePath(file.path)) return [];
  const found: LoopQuery[] = [];
  for (const call of file.calls) {
    if (call.loop === undefined || fixedCount(file, file.loops[call.loop])) continue;
    const info = evaluator.call(file, call);
    // Writes per item (save, update, insert) are per-item work, not an N+1 read; a builder that is
    // not awaited (or returned to be awaited) only builds.
    if (!info.query || info.write || (info.lazy && !runs(file, call))) continue;
    // `db('t').where(…).first()` is one query: report the outermost call of the chain.
    if (call.outer !== undefined && evaluator.call(file, file.calls[call.outer]).query) continue; // the chain is reported (or not) at its outermost call
    const target = info.target ?? tableIn(call.args.find((a) => a.k === 'string')?.text);
    found.push({ file, line: call.line, start: call.start, loop: file.loops[call.loop], target, lazy: false, fn: call.fn });
  }
  for (const access of file.accesses) {
    const lazy = access.loop !== undefined ? lazyRelation(evaluator, file, access) : undefined;
    if (lazy) found.push({ file, line: access.line, start: access.start, loop: file.loops[access.loop!], target: lazy, lazy: true, fn: access.fn });
  }
  const byLine = new Map<number, LoopQuery>();
  for (const q of found.sort((a, b) => a.start - b.start)) {
    const prior = byLine.get(q.line);
    if (!prior) byLine.set(q.line, q);
    else if (q.target && prior.target && !prior.target.split(', ').includes(q.target)) byLine.set(q.line, { ...prior, target: `${prior.target}, ${q.target}` });
  }
  return [...byLine.values()];
}

/** A thenable query builder runs when awaited, or when its function returns it to a caller that awaits (`Promise.all(ids.map((id) => db('t')…))`). */
function runs(file: FileModel, call: { readonly id: number; readonly awaited: boolean; readonly fn?: number }): boolean {
  if (call.awaited) return true;
  const fn = call.fn === undefined ? undefined : file.functions[call.fn];
  return fn?.returns.some((r) => (r.k === 'call' && r.call === call.id) || (r.k === 'await' && r.value.k === 'call' && r.value.call === call.id)) ?? false;
}

/**
 * `10.times { … }`, `for _ in range(3)`, `for (;;)`, `while (true)`: tries (a retry on collision,
 * a search for a free name), not one round trip per item of data.
 */
function fixedCount(file: FileModel, loop: Loop): boolean {
  if (loop.retries) return true;
  const it = loop.iterable;
  if (it?.k === 'literal' && typeof it.value === 'number') return true;
  if (it?.k !== 'call') return false;
  const call = file.calls[it.call];
  return call.callee.k === 'name' && call.callee.name === 'range' && call.args.length > 0 && call.args.every((a) => a.k === 'literal');
}

/** `loan.book` where `loan` is a row of a model whose `book` relation the loop's query did not load: `Loan.book`. */
function lazyRelation(evaluator: Evaluator, file: FileModel, access: Access): string | undefined {
  const row = evaluator.name(file, access.object, { fn: access.fn, offset: access.start });
  if (!isDb(row) || row.role !== 'row' || !row.model) return undefined;
  const relations = evaluator.client(row)?.relations?.(row.model);
  if (!relations?.has(access.name) || row.eager?.includes(access.name) || row.eager?.includes('*')) return undefined;
  return `${row.model.name}.${access.name}`;
}
