import type { Analyzer } from '../types';
import { excerptOf, loadSources, type SourceFile } from '../source/files';
import { matchBracket } from '../source/mask';
import { indexCovers, unindexedForeignKeyFinding } from './fk-finding';

interface ForeignKey { table: string; columns: string[]; references?: string; file: SourceFile; index: number }
interface Index { table: string; columns: string[] }

const NAME = String.raw`[\`"\[]?(?:\w+[\`"\]]?\.[\`"\[]?)?(\w+)[\`"\]]?`;
const unquote = (s: string) => s.replace(/[`"[\]]/g, '').split('.').pop()!.trim().toLowerCase();
const columnList = (s: string) => s.split(',').map((c) => unquote(c.trim().split(/\s+/)[0])).filter(Boolean);

/**
 * Foreign keys in SQL migrations, read together across all *.sql files (an index may be added in a
 * later migration). MySQL/InnoDB creates an index for every foreign key by itself, so files that
 * look like MySQL (ENGINE=, AUTO_INCREMENT, backtick names) are left out; PostgreSQL, SQLite and
 * SQL Server do not index foreign keys automatically.
 */
export const sqlForeignKeyIndexAnalyzer: Analyzer = {
  id: 'database.fk-index.sql',
  domain: 'database',
  description: 'Foreign-key columns without an index in SQL migrations (PostgreSQL, SQLite)',
  async run(ctx, signal) {
    const files = (await loadSources(ctx, ['sql'], { includeTests: false }, signal))
      .filter((f) => !/\bENGINE\s*=|\bAUTO_INCREMENT\b|`/i.test(f.src.code))
      .sort((a, b) => a.path.localeCompare(b.path));
    const fks: ForeignKey[] = [];
    const indexes: Index[] = [];
    for (const file of files) parseFile(file, fks, indexes);
    return fks
      .filter((fk) => !indexes.some((ix) => ix.table === fk.table && indexCovers(ix.columns, fk.columns)))
      .map((fk) => {
        const line = fk.file.src.lineAt(fk.index);
        const name = `${fk.table}_${fk.columns.join('_')}_idx`;
        return unindexedForeignKeyFinding({
          analyzer: 'database.fk-index.sql', table: fk.table, columns: fk.columns, references: fk.references,
          file: fk.file.path, line, excerpt: excerptOf(fk.file.src, line),
          why: 'PostgreSQL and SQLite do not index foreign-key columns automatically.',
          fix: `Add it in a migration: CREATE INDEX ${name} ON ${fk.table} (${fk.columns.join(', ')});`,
        });
      });
  },
};

function parseFile(file: SourceFile, fks: ForeignKey[], indexes: Index[]): void {
  // String contents are blanked in `bare` ("DEFAULT 'x REFERENCES y'" is not a key); names survive.
  const { bare } = file.src;
  for (const m of bare.matchAll(new RegExp(String.raw`\bCREATE\s+(?:(?:GLOBAL\s+|LOCAL\s+)?(?:TEMP|TEMPORARY|UNLOGGED)\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?${NAME}\s*\(`, 'gi'))) {
    const open = m.index + m[0].length - 1;
    const close = matchBracket(bare, open);
    if (close < 0) continue;
    const table = m[1].toLowerCase();
    for (const item of splitTopLevel(file, open + 1, close)) parseTableItem(table, item.text, item.start, file, fks, indexes);
  }
  for (const m of bare.matchAll(new RegExp(String.raw`\bALTER\s+TABLE\s+(?:ONLY\s+)?(?:IF\s+EXISTS\s+)?${NAME}\s+([^;]*)`, 'gi'))) {
    const table = m[1].toLowerCase();
    const actionsStart = m.index + m[0].length - m[2].length;
    for (const action of splitTopLevel(file, actionsStart, actionsStart + m[2].length)) {
      const added = /^\s*ADD\s+(?:COLUMN\s+)?(?:IF\s+NOT\s+EXISTS\s+)?/i.exec(action.text);
      if (added) parseTableItem(table, action.text.slice(added[0].length), action.start + added[0].length, file, fks, indexes);
    }
  }
  for (const m of bare.matchAll(new RegExp(String.raw`\bCREATE\s+(?:UNIQUE\s+)?INDEX\s+(?:CONCURRENTLY\s+)?(?:IF\s+NOT\s+EXISTS\s+)?(?:${NAME}\s+)?ON\s+(?:ONLY\s+)?${NAME}\s*(?:USING\s+\w+\s*)?\(`, 'gi'))) {
    const open = m.index + m[0].length - 1;
    const close = matchBracket(bare, open);
    if (close < 0) continue;
    const first = bare.slice(open + 1, close).trim();
    if (/^\w*\s*\(/.test(first)) continue; // expression index: its leading column is not a plain column
    indexes.push({ table: m[2].toLowerCase(), columns: columnList(bare.slice(open + 1, close)) });
  }
}

function parseTableItem(table: string, text: string, start: number, file: SourceFile, fks: ForeignKey[], indexes: Index[]): void {
  const item = text.trim();
  const offset = start + (text.length - text.trimStart().length);
  const constraint = item.replace(/^CONSTRAINT\s+\S+\s+/i, '');
  const keyed = /^(PRIMARY\s+KEY|UNIQUE(?:\s+(?:KEY|INDEX))?|(?:KEY|INDEX)(?:\s+\w+)?)\s*(?:\w+\s*)?\(([^)]*)\)/i.exec(constraint);
  if (keyed) { indexes.push({ table, columns: columnList(keyed[2]) }); return; }
  const foreign = /^FOREIGN\s+KEY\s*\(([^)]*)\)\s*REFERENCES\s+([\w".`[\]]+)\s*(\([^)]*\))?/i.exec(constraint);
  if (foreign) {
    fks.push({ table, columns: columnList(foreign[1]), references: `${unquote(foreign[2])}${(foreign[3] ?? '').replace(/\s+/g, '')}`, file, index: offset });
    return;
  }
  if (/^(CHECK|EXCLUDE|LIKE)\b/i.test(constraint)) return;
  const column = /^[`"[]?(\w+)[`"\]]?\s+/.exec(item);
  if (!column) return;
  const name = column[1].toLowerCase();
  if (/\bPRIMARY\s+KEY\b|\bUNIQUE\b/i.test(item)) indexes.push({ table, columns: [name] });
  const references = /\bREFERENCES\s+([\w".`[\]]+)\s*(\([^)]*\))?/i.exec(item);
  if (references) fks.push({ table, columns: [name], references: `${unquote(references[1])}${(references[2] ?? '').replace(/\s+/g, '')}`, file, index: offset });
}

/** Comma-separated items of a parenthesised list, skipping commas nested in parentheses. */
function splitTopLevel(file: SourceFile, from: number, to: number): { text: string; start: number }[] {
  const { bare } = file.src;
  const items: { text: string; start: number }[] = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    const c = bare[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) { items.push({ text: bare.slice(start, i), start }); start = i + 1; }
  }
  items.push({ text: bare.slice(start, to), start });
  return items.filter((i) => i.text.trim() !== '');
}
