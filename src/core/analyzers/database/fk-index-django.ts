import type { Evidence } from '../../kernel/contract';
import type { Analyzer, AnalyzerFinding } from '../types';
import { dirName, excerptOf, loadSources, type SourceFile } from '../source/files';
import { matchBracket } from '../source/mask';
import { unindexedForeignKeyFinding } from './fk-finding';

/**
 * Django creates an index for every ForeignKey unless `db_index=False` is given (OneToOneField is
 * unique, hence always indexed). A `db_index=False` key is still served by a Meta index, unique
 * constraint or *_together whose first field is that key.
 */
export const djangoForeignKeyIndexAnalyzer: Analyzer = {
  id: 'database.fk-index.django',
  domain: 'database',
  description: 'Django ForeignKey fields declared with db_index=False and no index leading with them',
  async run(ctx, signal) {
    const findings: AnalyzerFinding[] = [];
    const all = await loadSources(ctx, ['py'], {}, signal);
    const migrations = all.filter((f) => f.path.includes('/migrations/'));
    for (const file of all.filter((f) => !f.path.includes('/migrations/'))) {
      const { bare, code } = file.src;
      const classes = [...bare.matchAll(/^class\s+(\w+)\s*\(/gm)].map((m, i, all) => ({ name: m[1], start: m.index, end: all[i + 1]?.index ?? bare.length }));
      for (const m of bare.matchAll(/^[ \t]+(\w+)\s*=\s*(?:models\.)?ForeignKey\s*\(/gm)) {
        const open = m.index + m[0].length - 1;
        const close = matchBracket(bare, open);
        if (close < 0 || !/\bdb_index\s*=\s*False\b/.test(code.slice(open, close))) continue;
        const field = m[1];
        const model = classes.find((c) => m.index >= c.start && m.index < c.end);
        const classText = model ? code.slice(model.start, model.end) : '';
        if (leadsAnIndex(classText, field)) continue;
        const line = file.src.lineAt(m.index);
        const app = dirName(file.path).split('/').pop() || 'app';
        const modelName = model?.name ?? 'model';
        const finding = unindexedForeignKeyFinding({
          analyzer: 'database.fk-index.django', table: modelName, columns: [field],
          references: /ForeignKey\s*\(\s*['"]?([\w.]+)/.exec(code.slice(m.index, close))?.[1],
          file: file.path, line, excerpt: excerptOf(file.src, line),
          why: `Django indexes ForeignKey columns by default, but this one sets db_index=False (column ${field}_id of table ${app}_${modelName.toLowerCase()}).`,
          fix: `Remove db_index=False (or add models.Index(fields=["${field}"]) to Meta.indexes) and run makemigrations.`,
        });
        const appDir = dirName(file.path);
        const inMigrations = migrations.filter((mf) => dirName(mf.path) === `${appDir ? `${appDir}/` : ''}migrations`)
          .flatMap((mf) => migrationEvidence(mf, modelName, field));
        findings.push({ ...finding, evidence: [...finding.evidence, ...inMigrations] });
      }
    }
    return findings;
  },
};

/** Where a migration creates the same field with db_index=False: the line to change there too. */
function migrationEvidence(file: SourceFile, model: string, field: string): Evidence[] {
  const { bare, code } = file.src;
  const out: Evidence[] = [];
  for (const m of code.matchAll(new RegExp(`\\(\\s*["']${field}["']\\s*,\\s*(?:models\\.)?ForeignKey\\s*\\(`, 'g'))) {
    const open = m.index + m[0].length - 1;
    const close = matchBracket(bare, open);
    const args = code.slice(open, close < 0 ? undefined : close);
    const owner = [...code.slice(0, m.index).matchAll(/\b(?:name|model_name)\s*=\s*["'](\w+)["']/g)].pop()?.[1];
    const flag = /\bdb_index\s*=\s*False\b/.exec(args);
    if (!flag || owner?.toLowerCase() !== model.toLowerCase()) continue;
    const line = file.src.lineAt(open + flag.index);
    out.push({ file: file.path, line, excerpt: excerptOf(file.src, line) });
  }
  return out;
}

function leadsAnIndex(classText: string, field: string): boolean {
  const quoted = `['"]-?(?:${field}|${field}_id)['"]`;
  return new RegExp(`fields\\s*=\\s*[\\[(]\\s*${quoted}`).test(classText)
    || new RegExp(`(?:unique|index)_together\\s*=\\s*[\\[(]\\s*[\\[(]?\\s*${quoted}`).test(classText);
}
