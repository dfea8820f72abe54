import type { Analyzer, AnalyzerFinding } from '../types';
import { extensionOf, readIfSmall } from '../source/files';
import { maskSource, matchBracket } from '../source/mask';
import { indexCovers, unindexedForeignKeyFinding } from './fk-finding';

/**
 * Prisma does not create indexes for relation scalars on relational databases (PostgreSQL, SQLite,
 * SQL Server, CockroachDB). MySQL with real foreign keys gets them from InnoDB, so a mysql datasource
 * is left out unless relationMode = "prisma" (no constraints, so no automatic index). MongoDB has no
 * foreign keys.
 */
export const prismaForeignKeyIndexAnalyzer: Analyzer = {
  id: 'database.fk-index.prisma',
  domain: 'database',
  description: 'Prisma @relation fields without an @@index on the relation scalar',
  async run(ctx, signal) {
    const findings: AnalyzerFinding[] = [];
    for (const path of ctx.files.filter((p) => extensionOf(p) === 'prisma')) {
      signal?.throwIfAborted();
      const text = await readIfSmall(ctx, path);
      if (text === undefined) continue;
      // Prisma comments are // like JS; its strings are double-quoted like JS.
      const src = maskSource(text, 'js');
      const datasource = /datasource\s+\w+\s*\{([^}]*)\}/.exec(src.code)?.[1] ?? '';
      const provider = /provider\s*=\s*"(\w+)"/.exec(datasource)?.[1];
      const emulated = /relationMode\s*=\s*"prisma"/.test(datasource);
      if (provider === 'mongodb' || (provider === 'mysql' && !emulated)) continue;
      for (const m of src.bare.matchAll(/\bmodel\s+(\w+)\s*\{/g)) {
        const open = m.index + m[0].length - 1;
        const close = matchBracket(src.bare, open);
        if (close < 0) continue;
        const body = src.code.slice(open + 1, close);
        const bodyStart = open + 1;
        const indexes = [...body.matchAll(/@@(?:index|unique|id)\s*\(\s*(?:fields\s*:\s*)?\[([^\]]*)\]/g)].map((ix) => columnsOf(ix[1]));
        for (const field of body.matchAll(/^[ \t]*(\w+)[ \t]+\w+[?!]?[^\n]*@(?:id|unique)\b/gm)) indexes.push([field[1]]);
        for (const rel of body.matchAll(/^[ \t]*\w+[ \t]+(\w+)[?]?[ \t]+[^\n]*@relation\s*\(([^)]*)\)/gm)) {
          const fields = /fields\s*:\s*\[([^\]]*)\]/.exec(rel[2]);
          if (!fields) continue; // the back-relation side holds no column
          const columns = columnsOf(fields[1]);
          if (indexes.some((ix) => indexCovers(ix, columns))) continue;
          const scalar = new RegExp(`^[ \\t]*${columns[0]}[ \\t]+\\w`, 'm').exec(body);
          const line = src.lineAt(bodyStart + (scalar?.index ?? rel.index) + (scalar ? scalar[0].length - scalar[0].trimStart().length : 0));
          findings.push(unindexedForeignKeyFinding({
            analyzer: 'database.fk-index.prisma', table: m[1], columns, references: rel[1],
            file: path, line, excerpt: src.lineText(line),
            why: `Prisma does not index relation scalars on ${provider ?? 'relational databases'}.`,
            fix: `Add @@index([${columns.join(', ')}]) to model ${m[1]} and create a migration.`,
          }));
        }
      }
    }
    return findings;
  },
};

function columnsOf(list: string): string[] {
  return list.split(',').map((c) => c.trim().split(/[\s(]/)[0]).filter(Boolean);
}
