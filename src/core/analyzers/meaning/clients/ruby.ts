import type { Expr } from '../../program/model';
import { db, type CallInfo, type Client, type ModelRef } from '../values';
import { noQuery, query, set, sqlQuery, WRITES } from './shared';

/** Relation methods: they build a query and run nothing until the relation is enumerated or a terminal method is called. */
const LAZY = set('where', 'order', 'reorder', 'includes', 'preload', 'eager_load', 'joins', 'left_joins', 'left_outer_joins', 'select', 'limit', 'offset',
  'group', 'having', 'distinct', 'all', 'none', 'rewhere', 'not', 'references', 'readonly', 'lock', 'unscoped', 'merge', 'or', 'and', 'extending', 'in_order_of', 'strict_loading');
const TERMINAL = set('find', 'find_by', 'find_by!', 'find_by_sql', 'first', 'first!', 'last', 'last!', 'take', 'take!', 'count', 'sum', 'average', 'minimum',
  'maximum', 'pluck', 'pick', 'ids', 'exists?', 'create', 'create!', 'find_or_create_by', 'find_or_create_by!', 'find_or_initialize_by', 'update_all',
  'delete_all', 'destroy_all', 'insert_all', 'upsert_all', 'to_a', 'load', 'size', 'length', 'empty?', 'any?', 'none?', 'many?', 'second', 'third',
  'update', 'update!', 'destroy', 'delete', 'calculate', 'explain', 'find_sole_by', 'sole', 'increment_counter');
const ROW_WRITES = set('save', 'save!', 'update', 'update!', 'destroy', 'destroy!', 'reload', 'touch', 'increment!', 'decrement!', 'toggle!', 'update_column', 'update_columns');
const CONNECTION_QUERIES = set('execute', 'exec_query', 'select_all', 'select_one', 'select_value', 'select_values', 'select_rows', 'insert', 'update', 'delete', 'exec_update', 'exec_delete');
const ASSOCIATIONS = set('belongs_to', 'has_one', 'has_many', 'has_and_belongs_to_many');
const SINGULAR_ASSOCIATIONS = set('belongs_to', 'has_one');
const EAGER = set('includes', 'preload', 'eager_load');

const symbolNames = (args: readonly Expr[], named: readonly (readonly [string, Expr])[]): string[] => [
  ...args.flatMap((a) => (a.k === 'string' ? [a.text] : a.k === 'list' ? a.items.flatMap((i) => (i.k === 'string' ? [i.text] : [])) : a.k === 'dict' ? a.entries.map(([k]) => k) : [])),
  ...named.map(([k]) => k),
];

/** ActiveRecord: models derive from ApplicationRecord or ActiveRecord::Base. */
const activeRecord: Client = {
  id: 'activerecord', lang: 'rb',
  fromPackage(pkg, path, use) {
    const full = [pkg, ...path].join('::');
    if ((use === 'base' || use === 'value') && (full === 'ActiveRecord::Base' || full === 'ApplicationRecord')) return db('activerecord', 'modelBase');
    return undefined;
  },
  member: (target, name) => (name === 'connection' && (target.role === 'model' || target.role === 'modelBase') ? db('activerecord', 'conn') : undefined),
  call(target, view): CallInfo | undefined {
    const method = view.method ?? '';
    if (target.role === 'conn') return CONNECTION_QUERIES.has(method) ? sqlQuery(target, view) : undefined;
    if (method === 'connection') return noQuery(db('activerecord', 'conn'));
    if (target.role === 'model' || target.role === 'builder') {
      if (TERMINAL.has(method) || /^find_by_\w+!?$/.test(method)) {
        const single = /^(?:find|find_by.*|first!?|last!?|take!?|create!?|find_or_\w+|second|third|sole)$/.test(method);
        return query({ ...target, role: single ? 'row' : 'rows' }, target.target, WRITES.has(method));
      }
      if (LAZY.has(method) || (target.role === 'model' && view.call.args.length === 0 && !ROW_WRITES.has(method) && method !== 'new')) {
        const loads = EAGER.has(method) ? symbolNames(view.call.args, view.call.named) : [];
        return noQuery({ ...target, role: 'builder', eager: [...(target.eager ?? []), ...loads] });
      }
      if (method === 'new' || method === 'build') return noQuery({ ...target, role: 'row' });
    }
    if (target.role === 'row' && ROW_WRITES.has(method)) return query(target, target.target, true);
    // `loan.comments.count`: an association read on a row is a relation of its own (its lazy load is reported where it is read).
    if (target.role === 'row' && target.model && view.call.args.length === 0 && associations(target.model, ASSOCIATIONS).has(method)) {
      return noQuery(db('activerecord', 'builder', { target: `${target.target}.${method}` }));
    }
    return undefined;
  },
  /** belongs_to and has_one: reading one loads the record. (A has_many read is a relation; its terminal calls query.) */
  relations: (model) => associations(model, SINGULAR_ASSOCIATIONS),
};

function associations(model: ModelRef, kinds: ReadonlySet<string>): Set<string> {
  const names = new Set<string>();
  for (const call of model.file.calls) {
    if (call.cls !== model.cls || call.fn !== undefined || call.callee.k !== 'name' || !kinds.has(call.callee.name)) continue;
    const first = call.args[0];
    if (first?.k === 'string') names.add(first.text);
  }
  return names;
}

export const rubyClients: readonly Client[] = [activeRecord];
