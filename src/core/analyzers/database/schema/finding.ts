import type { AnalyzerFinding } from '../../types';

export interface UnindexedForeignKey {
  readonly analyzer: string;
  readonly table: string;
  readonly columns: readonly string[];
  /** What it references, e.g. "products(id)", when known. */
  readonly references?: string;
  readonly file: string;
  readonly line: number;
  readonly excerpt: string;
  /** Why the framework leaves it unindexed, and how to add the index there. */
  readonly why: string;
  readonly fix: string;
}

export function unindexedForeignKeyFinding(fk: UnindexedForeignKey): AnalyzerFinding {
  const column = `${fk.table}.${fk.columns.join(', ')}`;
  return {
    analyzer: fk.analyzer,
    title: `Foreign key ${column} has no index`,
    detail: `${column}${fk.references ? ` references ${fk.references}, but` : ' is a foreign key, but'} no index starts with `
      + `${fk.columns.join(', ')}. ${fk.why} Lookups and joins by ${fk.columns.join(', ')}, and deletes or updates of the referenced rows, `
      + `scan the whole ${fk.table} table. ${fk.fix}`,
    severity: 'medium',
    evidence: [{ file: fk.file, line: fk.line, excerpt: fk.excerpt }],
    memoryNote: `${column} (foreign key${fk.references ? ` to ${fk.references}` : ''}) had no index (${fk.file}:${fk.line}).`,
  };
}

/** An index whose leading columns are exactly the foreign key's columns serves its lookups. */
export function indexCovers(indexColumns: readonly string[], fkColumns: readonly string[]): boolean {
  if (indexColumns.length < fkColumns.length) return false;
  const leading = new Set(indexColumns.slice(0, fkColumns.length).map((c) => c.toLowerCase()));
  return fkColumns.every((c) => leading.has(c.toLowerCase()));
}
