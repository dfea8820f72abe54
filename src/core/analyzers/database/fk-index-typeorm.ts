import type { Analyzer, AnalyzerFinding } from '../types';
import { excerptOf, loadSources } from '../source/files';
import { matchBracket } from '../source/mask';
import { unindexedForeignKeyFinding } from './fk-finding';

/**
 * TypeORM creates the foreign-key constraint for @ManyToOne but no index; PostgreSQL does not add
 * one, MySQL/InnoDB does (so a project whose data source says type 'mysql'/'mariadb' is left out).
 * Covered: @Index() on the property, or a class-level @Index whose first column is the property or
 * its join column.
 */
export const typeormForeignKeyIndexAnalyzer: Analyzer = {
  id: 'database.fk-index.typeorm',
  domain: 'database',
  description: 'TypeORM @ManyToOne relations without @Index',
  async run(ctx, signal) {
    const sources = await loadSources(ctx, ['js'], {}, signal);
    const entities = sources.filter((f) => /@ManyToOne\s*\(/.test(f.src.bare));
    if (entities.length === 0) return [];
    if (sources.some((f) => /\btype\s*:\s*['"](?:mysql|mariadb)['"]/.test(f.src.code))) return [];
    const findings: AnalyzerFinding[] = [];
    for (const file of entities) {
      const { bare, code } = file.src;
      const classes = [...bare.matchAll(/\bclass\s+(\w+)/g)];
      for (const m of bare.matchAll(/@ManyToOne\s*\(/g)) {
        const close = matchBracket(bare, m.index + m[0].length - 1);
        if (close < 0) continue;
        const rest = bare.slice(close + 1);
        const property = /^(?:\s*@\w+\s*(?:\([^)]*(?:\([^)]*\)[^)]*)*\))?)*\s*(?:readonly\s+)?(\w+)[!?]?\s*:/.exec(rest);
        if (!property) continue;
        const prop = property[1];
        const decoratorsBefore = code.slice(previousMemberEnd(bare, m.index), m.index);
        const decoratorsAfter = code.slice(close + 1, close + 1 + property.index + property[0].length);
        const joinColumn = /@JoinColumn\s*\(\s*\{[^}]*name\s*:\s*['"](\w+)['"]/.exec(decoratorsBefore + decoratorsAfter)?.[1];
        if (/@Index\s*\(/.test(decoratorsBefore + decoratorsAfter)) continue;
        const owner = classes.filter((c) => c.index < m.index).pop();
        const classHeader = code.slice(0, owner?.index ?? 0);
        const names = [prop, joinColumn].filter((n): n is string => !!n);
        const classIndex = [...classHeader.matchAll(/@Index\s*\(\s*(?:['"][^'"]*['"]\s*,\s*)?\[\s*['"](\w+)['"]/g)].some((ix) => names.includes(ix[1]));
        if (classIndex) continue;
        const line = file.src.lineAt(close + 1 + property.index + property[0].length - 1);
        findings.push(unindexedForeignKeyFinding({
          analyzer: 'database.fk-index.typeorm', table: owner?.[1] ?? 'entity', columns: [joinColumn ?? `${prop}Id`],
          references: /@ManyToOne\s*\(\s*\(\)\s*=>\s*(\w+)/.exec(code.slice(m.index, close))?.[1],
          file: file.path, line, excerpt: excerptOf(file.src, line),
          why: 'TypeORM adds the foreign-key constraint for @ManyToOne but no index, and PostgreSQL does not create one.',
          fix: `Add @Index() above the ${prop} property and generate a migration.`,
        }));
      }
    }
    return findings;
  },
};

/** Where the member that holds the decorator at `index` begins: after the previous `;`, `{` or `}`. */
function previousMemberEnd(bare: string, index: number): number {
  for (let i = index - 1; i >= 0; i--) if (bare[i] === ';' || bare[i] === '{' || bare[i] === '}') return i + 1;
  return 0;
}
