import { extensionOf, readIfSmall } from '../../files';
import { indexCovers } from './finding';
import { emptySchema, addFk, type SchemaTool } from './facts';

/** A Prisma schema line without its `//` comment (a `//` inside a string, like a URL, stays). */
function withoutComment(line: string): string {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"' && line[i - 1] !== '\\') quoted = !quoted;
    else if (!quoted && line[i] === '/' && line[i + 1] === '/') return line.slice(0, i);
  }
  return line;
}

const columnsOf = (list: string) => list.split(',').map((c) => c.trim().split(/[\s(]/)[0]).filter(Boolean);

/**
 * Prisma does not create indexes for relation scalars on relational databases (PostgreSQL, SQLite,
 * SQL Server, CockroachDB). MySQL with real foreign keys gets them from InnoDB, so a mysql datasource
 * is left out unless relationMode = "prisma" (no constraints, so no automatic index). MongoDB has no
 * foreign keys. The schema language is line-oriented; it is read line by line.
 */
export const prismaSchema: SchemaTool = {
  id: 'database.fk-index.prisma',
  description: 'Prisma @relation fields without an @@index on the relation scalar',
  why: 'Prisma does not index relation scalars on relational databases.',
  fix: (fk) => `Add @@index([${fk.columns.join(', ')}]) to model ${fk.table} and create a migration.`,
  async collect(ctx, _analysis, signal) {
    const schema = emptySchema();
    for (const path of ctx.files.filter((p) => extensionOf(p) === 'prisma')) {
      signal?.throwIfAborted();
      const text = await readIfSmall(ctx, path);
      if (text === undefined) continue;
      const raw = text.split('\n');
      const lines = raw.map(withoutComment);
      const datasource = /datasource\s+\w+\s*\{([^}]*)\}/.exec(lines.join('\n'))?.[1] ?? '';
      const provider = /provider\s*=\s*"(\w+)"/.exec(datasource)?.[1];
      if (provider === 'mongodb' || (provider === 'mysql' && !/relationMode\s*=\s*"prisma"/.test(datasource))) continue;
      let model: string | undefined;
      let fields = new Map<string, number>();
      let relations: { columns: string[]; references: string; line: number }[] = [];
      let indexes: string[][] = [];
      lines.forEach((line, i) => {
        const open = /^\s*model\s+(\w+)\s*\{/.exec(line);
        if (open) { model = open[1]; fields = new Map(); relations = []; indexes = []; return; }
        if (!model) return;
        if (/^\s*\}/.test(line)) {
          for (const rel of relations) {
            if (indexes.some((ix) => indexCovers(ix, rel.columns))) continue;
            const at = fields.get(rel.columns[0]) ?? rel.line;
            addFk(schema, { table: model, columns: rel.columns, references: rel.references, file: path, line: at, excerpt: raw[at - 1].trim() });
          }
          model = undefined;
          return;
        }
        const block = /@@(?:index|unique|id)\s*\(\s*(?:fields\s*:\s*)?\[([^\]]*)\]/.exec(line);
        if (block) { indexes.push(columnsOf(block[1])); return; }
        const field = /^\s*(\w+)\s+(\w+)(\[\])?\??/.exec(line);
        if (!field) return;
        fields.set(field[1], i + 1);
        if (/@(?:id|unique)\b/.test(line)) indexes.push([field[1]]);
        const relation = /@relation\s*\(([^)]*)\)/.exec(line);
        const relationFields = relation && /fields\s*:\s*\[([^\]]*)\]/.exec(relation[1]);
        if (relationFields) relations.push({ columns: columnsOf(relationFields[1]), references: field[2], line: i + 1 });
      });
    }
    return schema;
  },
};
