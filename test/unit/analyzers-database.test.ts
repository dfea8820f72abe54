import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  sqlForeignKeyIndexAnalyzer,
  railsForeignKeyIndexAnalyzer,
  prismaForeignKeyIndexAnalyzer,
  knexForeignKeyIndexAnalyzer,
  laravelForeignKeyIndexAnalyzer,
  typeormForeignKeyIndexAnalyzer,
} from '../../src/core/analyzers/database/schema/analyzers';
import { djangoForeignKeyIndexAnalyzer } from '../../src/core/analyzers/database/schema/django';
import { queryInLoopAnalyzer } from '../../src/core/analyzers/database/query-in-loop';
import { fixture, memoryContext, places } from './analyzers-helpers';

test('SQL: foreign keys without an index are found across migrations; PK, later CREATE INDEX, comments and strings are not', async () => {
  const findings = await sqlForeignKeyIndexAnalyzer.run(fixture('sql-fk'));
  assert.deepEqual(places(findings), ['migrations/001_init.sql:5', 'migrations/002_more.sql:1']);
  assert.equal(findings[0].title, 'Foreign key invoices.customer_id has no index');
  assert.match(findings[0].detail, /CREATE INDEX invoices_customer_id_idx ON invoices \(customer_id\)/);
  assert.match(findings[1].title, /invoice_lines\.product_id/);
});

test('SQL: MySQL schemas are skipped because InnoDB indexes foreign keys itself', async () => {
  const findings = await sqlForeignKeyIndexAnalyzer.run(fixture('sql-fk'));
  assert.ok(findings.every((f) => !f.evidence[0].file.startsWith('mysql/')));
});

test('SQL: an index added in a later migration covers the key', async () => {
  const ctx = memoryContext({
    'm/1.sql': 'CREATE TABLE a (id INT PRIMARY KEY, b_id INT REFERENCES b(id));',
    'm/2.sql': 'CREATE INDEX a_b ON a (b_id);',
  });
  assert.deepEqual(await sqlForeignKeyIndexAnalyzer.run(ctx), []);
  const without = memoryContext({ 'm/1.sql': 'CREATE TABLE a (id INT PRIMARY KEY, b_id INT REFERENCES b(id));' });
  assert.deepEqual(places(await sqlForeignKeyIndexAnalyzer.run(without)), ['m/1.sql:1']);
});

test('Django: ForeignKey with db_index=False and no Meta index is reported; default and Meta-indexed keys are not', async () => {
  const findings = await djangoForeignKeyIndexAnalyzer.run(fixture('django'));
  assert.deepEqual(places(findings), ['shop/models.py:9']);
  assert.equal(findings[0].title, 'Foreign key Order.customer has no index');
});

test('Rails: references with index: false and add_foreign_key without add_index are reported', async () => {
  const findings = await railsForeignKeyIndexAnalyzer.run(fixture('rails'));
  assert.deepEqual(findings.map((f) => f.title), ['Foreign key loans.member_id has no index', 'Foreign key loans.branch_id has no index']);
  // The add_foreign_key finding points at the column definition, where the index belongs.
  assert.deepEqual(places(findings), ['db/migrate/20240101000000_create_loans.rb:5', 'db/migrate/20240101000000_create_loans.rb:6']);
});

test('Prisma: a relation scalar without @@index is reported at its field line; an indexed one is not', async () => {
  const findings = await prismaForeignKeyIndexAnalyzer.run(fixture('prisma'));
  assert.deepEqual(places(findings), ['prisma/schema.prisma:13']);
  assert.match(findings[0].detail, /@@index\(\[authorId\]\)/);
});

test('Prisma: MySQL with foreign keys is skipped, relationMode "prisma" is not', async () => {
  const schema = (extra: string) => `datasource db {\n provider = "mysql"\n ${extra}\n}\nmodel P {\n id Int @id\n uid Int\n u U @relation(fields: [uid], references: [id])\n}\n`;
  assert.deepEqual(await prismaForeignKeyIndexAnalyzer.run(memoryContext({ 'schema.prisma': schema('') })), []);
  assert.equal((await prismaForeignKeyIndexAnalyzer.run(memoryContext({ 'schema.prisma': schema('relationMode = "prisma"') }))).length, 1);
});

test('Knex: .references() without .index() or table.index() is reported', async () => {
  const findings = await knexForeignKeyIndexAnalyzer.run(fixture('knex'));
  assert.deepEqual(places(findings), ['migrations/001_orders.js:4']);
  assert.equal(findings[0].title, 'Foreign key orders.customer_id has no index');
});

test('Knex: a MySQL knexfile turns the check off', async () => {
  const ctx = memoryContext({
    'knexfile.js': "module.exports = { client: 'mysql2' };",
    'migrations/1.js': "knex.schema.createTable('o', (t) => { t.integer('c_id').references('id').inTable('c'); });",
  });
  assert.deepEqual(await knexForeignKeyIndexAnalyzer.run(ctx), []);
});

test('TypeORM: @ManyToOne without @Index is reported with its join column; with @Index it is not', async () => {
  const findings = await typeormForeignKeyIndexAnalyzer.run(fixture('typeorm'));
  assert.deepEqual(places(findings), ['src/entity/Order.ts:13']);
  assert.equal(findings[0].title, 'Foreign key Order.customer_id has no index');
});

test('Laravel on PostgreSQL: constrained foreignId without ->index() is reported', async () => {
  const findings = await laravelForeignKeyIndexAnalyzer.run(fixture('laravel'));
  assert.deepEqual(places(findings), ['database/migrations/2024_01_01_000000_create_posts_table.php:10']);
  assert.equal(findings[0].title, 'Foreign key posts.user_id has no index');
});

test('N+1: queries inside JS loops and callbacks are found; loop headers, comments and Array.find are not', async () => {
  const findings = await queryInLoopAnalyzer.run(fixture('node-loops'));
  assert.deepEqual(places(findings), ['src/orders.js:12', 'src/orders.js:23']);
  assert.match(findings[0].title, /on customers/);
  assert.match(findings[1].title, /on auditLog/);
  assert.ok(findings.every((f) => !f.flag), 'the database domain owns N+1; it raises nothing itself');
});

test('N+1: Django lazy relations, comprehensions and related managers in loops; select_related is respected', async () => {
  const findings = await queryInLoopAnalyzer.run(fixture('django'));
  assert.deepEqual(places(findings), ['shop/views.py:9', 'shop/views.py:13', 'shop/views.py:15']);
  assert.match(findings[0].title, /Line\.order loaded lazily/);
});

test('N+1: ActiveRecord association access in .each and Model.find per item; includes is respected', async () => {
  const findings = await queryInLoopAnalyzer.run(fixture('rails'));
  assert.deepEqual(places(findings), ['app/controllers/loans_controller.rb:5', 'app/controllers/loans_controller.rb:14']);
});

test('N+1: PHP foreach with a query inside', async () => {
  const findings = await queryInLoopAnalyzer.run(fixture('ruby-php'));
  assert.deepEqual(places(findings), ['posts.php:8']);
});

test('N+1: array methods on constants and plain arrays inside loops are not queries', async () => {
  const ctx = memoryContext({
    'src/a.js': "const KNOWN = [];\nfor (const line of lines) {\n  const hit = KNOWN.find((k) => k.re.test(line));\n  const other = items.find((i) => i.id === line);\n}\n",
  });
  assert.deepEqual(await queryInLoopAnalyzer.run(ctx), []);
});
