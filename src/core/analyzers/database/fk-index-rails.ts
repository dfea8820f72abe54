import type { Analyzer } from '../types';
import { excerptOf, loadSources, readIfSmall, type SourceFile } from '../source/files';
import { indexCovers, unindexedForeignKeyFinding } from './fk-finding';

interface Fk { table: string; column: string; references?: string; file: SourceFile; line: number }

/**
 * Rails: `t.references` / `add_reference` create an index unless `index: false`; `add_foreign_key`
 * adds only the constraint. Migrations and db/schema.rb are read together. MySQL (adapter mysql2 or
 * trilogy in config/database.yml) indexes foreign-key constraints itself, so it is left out.
 */
export const railsForeignKeyIndexAnalyzer: Analyzer = {
  id: 'database.fk-index.rails',
  domain: 'database',
  description: 'Rails references with index: false, and add_foreign_key without add_index',
  async run(ctx, signal) {
    const dbConfig = ctx.files.includes('config/database.yml') ? await readIfSmall(ctx, 'config/database.yml') : undefined;
    if (dbConfig && /adapter:\s*(?:mysql2?|trilogy)\b/.test(dbConfig) && !/adapter:\s*(?:postgresql|sqlite3)/.test(dbConfig)) return [];
    const files = (await loadSources(ctx, ['rb'], { filter: (p) => /(^|\/)db\/(migrate\/.*|schema)\.rb$/.test(p) }, signal))
      .sort((a, b) => a.path.localeCompare(b.path));
    const fks: Fk[] = [];
    const indexes: { table: string; columns: string[] }[] = [];
    const columnLines = new Map<string, { file: SourceFile; line: number }>();
    for (const file of files) {
      let table: string | undefined;
      file.src.code.split('\n').forEach((text, i) => {
        const line = i + 1;
        const create = /\bcreate_table\s+[:"'](\w+)/.exec(text) ?? /\bchange_table\s+[:"'](\w+)/.exec(text);
        if (create) { table = create[1]; return; }
        const ref = /\bt\.(?:references|belongs_to)\s+[:"'](\w+)["']?(.*)$/.exec(text);
        if (ref && table) {
          const column = `${ref[1]}_id`;
          if (/\bindex:\s*false\b/.test(ref[2])) fks.push({ table, column, references: pluralize(ref[1]), file, line });
          else indexes.push({ table, columns: [column] });
          return;
        }
        const addRef = /\badd_(?:reference|belongs_to)\s+[:"'](\w+)["']?,\s*[:"'](\w+)["']?(.*)$/.exec(text);
        if (addRef) {
          const column = `${addRef[2]}_id`;
          if (/\bindex:\s*false\b/.test(addRef[3])) fks.push({ table: addRef[1], column, references: pluralize(addRef[2]), file, line });
          else indexes.push({ table: addRef[1], columns: [column] });
          return;
        }
        const tIndex = /\bt\.index\s+(\[[^\]]*\]|[:"']\w+["']?)/.exec(text);
        if (tIndex && table) { indexes.push({ table, columns: symbols(tIndex[1]) }); return; }
        const addIndex = /\badd_index\s+[:"'](\w+)["']?,\s*(\[[^\]]*\]|[:"']\w+["']?)/.exec(text);
        if (addIndex) { indexes.push({ table: addIndex[1], columns: symbols(addIndex[2]) }); return; }
        const column = /\bt\.(?:integer|bigint|uuid|string)\s+[:"'](\w+_id)\b/.exec(text);
        if (column && table) { columnLines.set(`${table}.${column[1]}`, { file, line }); return; }
        const addColumn = /\badd_column\s+[:"'](\w+)["']?,\s*[:"'](\w+_id)\b/.exec(text);
        if (addColumn) { columnLines.set(`${addColumn[1]}.${addColumn[2]}`, { file, line }); return; }
        const foreign = /\badd_foreign_key\s+[:"'](\w+)["']?,\s*[:"'](\w+)["']?(.*)$/.exec(text);
        if (foreign) {
          const column = /\bcolumn:\s*[:"'](\w+)/.exec(foreign[3])?.[1] ?? `${singularize(foreign[2])}_id`;
          const defined = columnLines.get(`${foreign[1]}.${column}`);
          fks.push({ table: foreign[1], column, references: foreign[2], file: defined?.file ?? file, line: defined?.line ?? line });
        }
      });
    }
    const seen = new Set<string>();
    return fks
      .filter((fk) => !indexes.some((ix) => ix.table === fk.table && indexCovers(ix.columns, [fk.column])))
      .filter((fk) => !seen.has(`${fk.table}.${fk.column}`) && seen.add(`${fk.table}.${fk.column}`))
      .map((fk) => unindexedForeignKeyFinding({
        analyzer: 'database.fk-index.rails', table: fk.table, columns: [fk.column], references: fk.references,
        file: fk.file.path, line: fk.line, excerpt: excerptOf(fk.file.src, fk.line),
        why: 'Rails adds the index only for references without index: false; add_foreign_key adds the constraint alone, and PostgreSQL and SQLite do not index it.',
        fix: `Add a migration with: add_index :${fk.table}, :${fk.column}`,
      }));
  },
};

function symbols(list: string): string[] {
  return [...list.matchAll(/[:"'](\w+)/g)].map((m) => m[1]);
}

/** Rails' default inflections for the common cases; irregular plurals may be missed. */
function singularize(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

function pluralize(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|sh|ch|x)$/.test(word)) return `${word}es`;
  return `${word}s`;
}
