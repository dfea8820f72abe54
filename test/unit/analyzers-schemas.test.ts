import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  alembicForeignKeyIndexAnalyzer,
  knexForeignKeyIndexAnalyzer,
  sequelizeForeignKeyIndexAnalyzer,
  sqlalchemyForeignKeyIndexAnalyzer,
} from '../../src/core/analyzers/database/schema/analyzers';
import type { Analyzer } from '../../src/core/analyzers/types';
import { memoryContext, places } from './analyzers-helpers';

// Migration tools the other schema tests do not cover, each with one unindexed foreign key
// (reported at its line) beside keys an index covers (not reported).
async function unindexed(analyzer: Analyzer, files: Record<string, string>) {
  const findings = await analyzer.run(memoryContext(files));
  return { places: places(findings), titles: findings.map((f) => f.title) };
}

test('Sequelize: a references column without addIndex is reported; one with addIndex is not', async () => {
  const found = await unindexed(sequelizeForeignKeyIndexAnalyzer, {
    'migrations/20240101-create-posts.js': [
      "'use strict';",
      'module.exports = {',
      '  async up(queryInterface, Sequelize) {',
      "    await queryInterface.createTable('posts', {",
      '      id: { type: Sequelize.INTEGER, primaryKey: true },',
      "      authorId: { type: Sequelize.INTEGER, references: { model: 'users', key: 'id' } },",
      "      topicId: { type: Sequelize.INTEGER, references: { model: 'topics', key: 'id' } },",
      '    });',
      "    await queryInterface.addIndex('posts', ['topicId']);",
      '  },',
      "  async down(queryInterface) { await queryInterface.dropTable('posts'); },",
      '};',
    ].join('\n'),
  });
  assert.deepEqual(found.places, ['migrations/20240101-create-posts.js:6']);
  assert.deepEqual(found.titles, ['Foreign key posts.authorId has no index']);
});

test('Alembic: sa.ForeignKey in op.create_table without op.create_index is reported; index=True and op.create_index cover the others', async () => {
  const found = await unindexed(alembicForeignKeyIndexAnalyzer, {
    'alembic.ini': '[alembic]\nsqlalchemy.url = postgresql://localhost/app\n',
    'alembic/versions/0001_initial.py': [
      'import sqlalchemy as sa',
      'from alembic import op',
      '',
      'revision = "0001"',
      'down_revision = None',
      '',
      'def upgrade():',
      '    op.create_table(',
      '        "orders",',
      '        sa.Column("id", sa.Integer, primary_key=True),',
      '        sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id")),',
      '        sa.Column("store_id", sa.Integer, sa.ForeignKey("stores.id"), index=True),',
      '        sa.Column("courier_id", sa.Integer, sa.ForeignKey("couriers.id")),',
      '    )',
      '    op.create_index("ix_orders_courier_id", "orders", ["courier_id"])',
    ].join('\n'),
  });
  assert.deepEqual(found.places, ['alembic/versions/0001_initial.py:11']);
  assert.deepEqual(found.titles, ['Foreign key orders.customer_id has no index']);
});

test('Alembic: a MySQL URL turns the check off (InnoDB indexes foreign keys itself)', async () => {
  const found = await unindexed(alembicForeignKeyIndexAnalyzer, {
    'alembic.ini': '[alembic]\nsqlalchemy.url = mysql+pymysql://localhost/app\n',
    'alembic/versions/0001_initial.py': 'import sqlalchemy as sa\nfrom alembic import op\nrevision = "0001"\ndown_revision = None\n\ndef upgrade():\n    op.create_table("orders", sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id")))\n',
  });
  assert.deepEqual(found.places, []);
});

test('SQLAlchemy models without Alembic: mapped_column(ForeignKey) without index=True is reported', async () => {
  const found = await unindexed(sqlalchemyForeignKeyIndexAnalyzer, {
    'app/models.py': [
      'from sqlalchemy import ForeignKey',
      'from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column',
      '',
      'class Base(DeclarativeBase):',
      '    pass',
      '',
      'class Order(Base):',
      '    __tablename__ = "orders"',
      '    id: Mapped[int] = mapped_column(primary_key=True)',
      '    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))',
      '    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"), index=True)',
    ].join('\n'),
  });
  assert.deepEqual(found.places, ['app/models.py:10']);
  assert.deepEqual(found.titles, ['Foreign key orders.customer_id has no index']);
});

test('Knex without semicolons: .references() is reported; a raw CREATE INDEX in a later migration covers another key', async () => {
  const found = await unindexed(knexForeignKeyIndexAnalyzer, {
    'migrations/20240101_orders.js': [
      'exports.up = (knex) => knex.schema.createTable(\'orders\', (t) => {',
      '  t.increments(\'id\')',
      '  t.integer(\'customer_id\').references(\'customers.id\')',
      '  t.integer(\'store_id\').references(\'id\').inTable(\'stores\')',
      '})',
      'exports.down = (knex) => knex.schema.dropTable(\'orders\')',
    ].join('\n'),
    'migrations/20240201_index.js': "exports.up = (knex) => knex.raw('CREATE INDEX orders_store_id_idx ON orders (store_id)')\nexports.down = () => {}\n",
  });
  assert.deepEqual(found.places, ['migrations/20240101_orders.js:3']);
  assert.deepEqual(found.titles, ['Foreign key orders.customer_id has no index']);
});
