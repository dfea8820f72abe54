import type { Evidence } from '../../../kernel/contract';
import { loadAnalysis } from '../../meaning/analysis';
import type { Call, ClassDecl, Expr, FileModel } from '../../program/model';
import { dirName } from '../../files';
import type { Analyzer, AnalyzerFinding } from '../../types';
import { calleeName, isFalse, literal, literals, named } from './facts';
import { unindexedForeignKeyFinding } from './finding';

const ID = 'database.fk-index.django';

/**
 * Django creates an index for every ForeignKey unless `db_index=False` is given (OneToOneField is
 * unique, hence always indexed). A `db_index=False` key is still served by a Meta index, unique
 * constraint or *_together whose first field is that key. The migration that creates the field is
 * cited too: the fix is made in both.
 */
export const djangoForeignKeyIndexAnalyzer: Analyzer = {
  id: ID,
  domain: 'database',
  description: 'Django ForeignKey fields declared with db_index=False and no index leading with them',
  async run(ctx, signal) {
    const { program } = await loadAnalysis(ctx, signal);
    const files = [...program.files.values()].filter((f) => f.lang === 'py');
    const migrations = files.filter((f) => f.path.includes('/migrations/'));
    const findings: AnalyzerFinding[] = [];
    for (const file of files.filter((f) => !f.path.includes('/migrations/'))) {
      for (const b of file.bindings) {
        if (b.kind !== 'field' || b.cls === undefined || b.value?.k !== 'call') continue;
        const call = file.calls[b.value.call];
        if (calleeName(call) !== 'ForeignKey' || !isFalse(named(call, 'db_index'))) continue;
        const model = file.classes[b.cls];
        if (leadsAnIndex(file, model, b.name)) continue;
        const app = dirName(file.path).split('/').pop() || 'app';
        const finding = unindexedForeignKeyFinding({
          analyzer: ID, table: model.name, columns: [b.name], references: target(call),
          file: file.path, line: b.line, excerpt: file.excerpt(b.line),
          why: `Django indexes ForeignKey columns by default, but this one sets db_index=False (column ${b.name}_id of table ${app}_${model.name.toLowerCase()}).`,
          fix: `Remove db_index=False (or add models.Index(fields=["${b.name}"]) to Meta.indexes) and run makemigrations.`,
        });
        const appDir = dirName(file.path);
        const inMigrations = migrations.filter((m) => dirName(m.path) === `${appDir ? `${appDir}/` : ''}migrations`).flatMap((m) => migrationEvidence(m, model.name, b.name));
        findings.push({ ...finding, evidence: [...finding.evidence, ...inMigrations] });
      }
    }
    return findings;
  },
};

function target(call: Call): string | undefined {
  const to = call.args[0] ?? named(call, 'to');
  return to?.k === 'name' ? to.name : literal(to);
}

/** `class Meta:` inside the model: indexes, constraints or *_together whose first field is the key. */
function leadsAnIndex(file: FileModel, model: ClassDecl, field: string): boolean {
  const meta = file.classes.find((c) => c.name === 'Meta' && c.start > model.start && c.end <= model.end);
  if (!meta) return false;
  const leads = (fields: string[]) => fields[0]?.replace(/^-/, '') === field || fields[0] === `${field}_id`;
  for (const b of file.bindings.filter((x) => x.kind === 'field' && x.cls === meta.id)) {
    if ((b.name === 'indexes' || b.name === 'constraints') && b.value?.k === 'list') {
      if (b.value.items.some((i) => i.k === 'call' && leads(literals(named(file.calls[i.call], 'fields'))))) return true;
    }
    if ((b.name === 'unique_together' || b.name === 'index_together') && b.value) {
      const groups: readonly Expr[] = b.value.k === 'list' && b.value.items.some((i) => i.k === 'list') ? b.value.items : [b.value];
      if (groups.some((g) => leads(literals(g)))) return true;
    }
  }
  return false;
}

/** Where a migration creates the same field with db_index=False: the line to change there too. */
function migrationEvidence(file: FileModel, model: string, field: string): Evidence[] {
  const out: Evidence[] = [];
  for (const call of file.calls) {
    const name = calleeName(call);
    const owner = literal(named(call, name === 'AddField' || name === 'AlterField' ? 'model_name' : 'name'));
    if (owner?.toLowerCase() !== model.toLowerCase()) continue;
    const list = named(call, 'fields');
    const fields: readonly Expr[] = name === 'CreateModel' && list?.k === 'list' ? list.items
      : (name === 'AddField' || name === 'AlterField') && literal(named(call, 'name')) === field
        ? [{ k: 'list', items: [{ k: 'string', text: field, holes: [] }, named(call, 'field') ?? { k: 'other' }] }] : [];
    for (const entry of fields) {
      if (entry.k !== 'list' || literal(entry.items[0]) !== field || entry.items[1]?.k !== 'call') continue;
      const fk = file.calls[entry.items[1].call];
      if (calleeName(fk) === 'ForeignKey' && isFalse(named(fk, 'db_index'))) out.push({ file: file.path, line: fk.line, excerpt: file.excerpt(fk.line) });
    }
  }
  return out;
}
