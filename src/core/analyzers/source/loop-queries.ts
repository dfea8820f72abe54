import type { SourceFile } from './files';
import { findLoops, type LoopRange } from './loops';
import { findDbCalls, type DbCall } from './queries';
import { lazyLoadsInLoop, type OrmRelations } from './orm-relations';

export interface LoopQuery {
  readonly call: DbCall;
  readonly loop: LoopRange;
  /** True for an ORM relation loaded lazily per item (`loan.book`), false for an explicit query call. */
  readonly lazy: boolean;
}

/** Database calls that run once per item of a loop (the loop header itself runs once). */
export function queriesInLoops(file: SourceFile, relations?: OrmRelations): LoopQuery[] {
  const loops = findLoops(file.src, file.lang);
  if (loops.length === 0) return [];
  const out: LoopQuery[] = [];
  for (const call of findDbCalls(file)) {
    // The innermost loop around the call: its items multiply the queries.
    const around = loops.filter((l) => call.index >= l.start && call.index < l.end).sort((a, b) => (a.end - a.start) - (b.end - b.start));
    if (around.length > 0) out.push({ call, loop: around[0], lazy: false });
  }
  if (relations) {
    for (const loop of loops) {
      for (const call of lazyLoadsInLoop(file, loop, relations)) out.push({ call, loop, lazy: true });
    }
  }
  // One entry per line: `loan.book.title, loan.member.name` is one place to fix.
  const byLine = new Map<number, LoopQuery>();
  for (const q of out) {
    const prior = byLine.get(q.call.line);
    if (!prior) { byLine.set(q.call.line, q); continue; }
    if (q.call.target && prior.call.target && !prior.call.target.split(', ').includes(q.call.target)) {
      byLine.set(q.call.line, { ...prior, call: { ...prior.call, target: `${prior.call.target}, ${q.call.target}` } });
    }
  }
  return [...byLine.values()].sort((a, b) => a.call.index - b.call.index);
}
