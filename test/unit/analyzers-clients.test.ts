import { test } from 'node:test';
import assert from 'node:assert/strict';
import { queryInLoopAnalyzer } from '../../src/core/analyzers/database/query-in-loop';
import { memoryContext, places } from './analyzers-helpers';

// Every client the issue names, each built in one module and used in another under a name that
// says nothing (`db`, `store`, `conn`): the handle is found by what built it, through the import.
// Each case has one read per item of a loop (reported) and a trap (not reported): a write per item,
// a query before the loop, or work on rows already fetched.
interface ClientCase {
  readonly files: Record<string, string>;
  readonly expected: readonly string[];
}

const CASES: Record<string, ClientCase> = {
  'Knex, called as db(...) after an ES import of the shared instance': {
    files: {
      'src/db.js': "import knex from 'knex'\nexport default knex({ client: 'pg' })\n",
      'src/lines.js': [
        "import db from './db.js'",
        'export async function totals(invoices) {',
        '  for (const invoice of invoices) {',
        "    invoice.lines = await db('invoice_lines').where({ invoice_id: invoice.id })",
        '  }',
        "  const all = await db('invoice_lines').whereIn('invoice_id', invoices.map((i) => i.id))",
        '  return all.map((l) => l.amount)',
        '}',
      ].join('\n'),
    },
    expected: ['src/lines.js:4'],
  },
  'pg Pool exported from a module, awaited in a while loop': {
    files: {
      'src/pool.js': "const { Pool } = require('pg');\nmodule.exports = new Pool();\n",
      'src/jobs.js': [
        "const store = require('./pool');",
        'async function drain(queue) {',
        '  while (queue.length > 0) {',
        '    const id = queue.pop();',
        "    await store.query('SELECT * FROM jobs WHERE id = $1', [id]);",
        '  }',
        '}',
        'module.exports = { drain };',
      ].join('\n'),
    },
    expected: ['src/jobs.js:5'],
  },
  'mysql2 pool in a classic for loop': {
    files: {
      'src/db.ts': "import mysql from 'mysql2/promise';\nexport const conn = mysql.createPool({ uri: process.env.DB });\n",
      'src/report.ts': [
        "import { conn } from './db';",
        'export async function report(ids: number[]) {',
        '  for (let i = 0; i < ids.length; i++) {',
        "    await conn.execute('SELECT * FROM orders WHERE id = ?', [ids[i]]);",
        '  }',
        '}',
      ].join('\n'),
    },
    expected: ['src/report.ts:4'],
  },
  'Sequelize model in a forEach callback; a per-item update is a write': {
    files: {
      'src/models/user.js': "const { Model } = require('sequelize');\nclass User extends Model {}\nmodule.exports = User;\n",
      'src/users.js': [
        "const User = require('./models/user');",
        'async function touch(ids) {',
        '  ids.forEach(async (id) => {',
        '    const user = await User.findByPk(id);',
        '    await User.update({ seen: true }, { where: { id } });',
        '  });',
        '}',
        'module.exports = { touch };',
      ].join('\n'),
    },
    expected: ['src/users.js:4'],
  },
  'Prisma in Promise.all(list.map(...))': {
    files: {
      'src/prisma.ts': "import { PrismaClient } from '@prisma/client';\nexport const prisma = new PrismaClient();\n",
      'src/posts.ts': [
        "import { prisma } from './prisma';",
        'export async function authors(posts: { authorId: string }[]) {',
        '  return Promise.all(posts.map((p) => prisma.user.findUnique({ where: { id: p.authorId } })));',
        '}',
      ].join('\n'),
    },
    expected: ['src/posts.ts:3'],
  },
  'TypeORM repository from a DataSource, in a for...of loop': {
    files: {
      'src/data-source.ts': "import { DataSource } from 'typeorm';\nexport const AppDataSource = new DataSource({ type: 'postgres' });\n",
      'src/orders.ts': [
        "import { AppDataSource } from './data-source';",
        "const repo = AppDataSource.getRepository('Order');",
        'export async function load(ids: number[]) {',
        '  for (const id of ids) {',
        '    await repo.findOneBy({ id });',
        '  }',
        '  return repo.find();',
        '}',
      ].join('\n'),
    },
    expected: ['src/orders.ts:5'],
  },
  'Drizzle: an awaited builder in a loop is a query; one only built is not': {
    files: {
      'src/db.ts': "import { drizzle } from 'drizzle-orm/node-postgres';\nexport const db = drizzle(process.env.DATABASE_URL!);\n",
      'src/tags.ts': [
        "import { db } from './db';",
        'export async function tags(ids: number[]) {',
        '  const plans = [];',
        '  for (const id of ids) {',
        "    await db.select().from('tags').where(id);",
        "    plans.push(db.select().from('tags'));",
        '  }',
        '  return plans;',
        '}',
      ].join('\n'),
    },
    expected: ['src/tags.ts:5'],
  },
  'Mongoose model in a for...of loop': {
    files: {
      'src/models.js': "const mongoose = require('mongoose');\nexports.Order = mongoose.model('Order', new mongoose.Schema({}));\n",
      'src/orders.js': [
        "const { Order } = require('./models');",
        'async function byCustomers(customers) {',
        '  for (const c of customers) {',
        '    c.orders = await Order.find({ customer: c.id });',
        '  }',
        '}',
        'module.exports = { byCustomers };',
      ].join('\n'),
    },
    expected: ['src/orders.js:4'],
  },
  'SQLAlchemy session from a module, in a list comprehension': {
    files: {
      'app/db.py': 'from sqlalchemy import create_engine\nfrom sqlalchemy.orm import sessionmaker\nengine = create_engine("postgresql://")\nSessionLocal = sessionmaker(bind=engine)\n',
      'app/stock.py': [
        'from sqlalchemy import select, text',
        'from app.db import SessionLocal',
        '',
        'def levels(ids):',
        '    session = SessionLocal()',
        '    return [session.execute(text("SELECT qty FROM stock WHERE id = :id"), {"id": i}).scalar() for i in ids]',
      ].join('\n'),
    },
    expected: ['app/stock.py:6'],
  },
  'psycopg connection from a module, cursor in a for loop': {
    files: {
      'app/conn.py': 'import psycopg\n\ndef connect():\n    return psycopg.connect("dbname=app")\n',
      'app/sync.py': [
        'from app.conn import connect',
        '',
        'def sync(rows):',
        '    conn = connect()',
        '    cur = conn.cursor()',
        '    for row in rows:',
        '        cur.execute("SELECT 1 FROM items WHERE sku = %s", (row["sku"],))',
      ].join('\n'),
    },
    expected: ['app/sync.py:7'],
  },
  'Django manager in a for loop; the queryset is iterated once': {
    files: {
      'shop/models.py': 'from django.db import models\n\nclass Order(models.Model):\n    total = models.IntegerField()\n',
      'shop/views.py': [
        'from shop.models import Order',
        '',
        'def totals(request, ids):',
        '    out = []',
        '    for i in ids:',
        '        out.append(Order.objects.get(pk=i).total)',
        '    for order in Order.objects.filter(pk__in=ids):',
        '        out.append(order.total)',
        '    return out',
      ].join('\n'),
    },
    expected: ['shop/views.py:6'],
  },
  'ActiveRecord find in a Ruby block; includes on the relation': {
    files: {
      'app/models/application_record.rb': 'class ApplicationRecord < ActiveRecord::Base\n  self.abstract_class = true\nend\n',
      'app/models/ticket.rb': 'class Ticket < ApplicationRecord\n  belongs_to :project\nend\n',
      'app/models/project.rb': 'class Project < ApplicationRecord\nend\n',
      'app/services/digest.rb': [
        'class Digest',
        '  def names(ids)',
        '    ids.map { |id| Project.find(id).name }',
        '  end',
        '',
        '  def board',
        '    Ticket.includes(:project).each { |t| puts t.project.name }',
        '  end',
        'end',
      ].join('\n'),
    },
    expected: ['app/services/digest.rb:3'],
  },
  'Eloquent model and PDO in PHP foreach loops': {
    files: {
      'app/Models/Post.php': '<?php\nnamespace App\\Models;\n\nuse Illuminate\\Database\\Eloquent\\Model;\n\nclass Post extends Model {}\n',
      'app/Services/Feed.php': [
        '<?php',
        'namespace App\\Services;',
        '',
        'use App\\Models\\Post;',
        '',
        'class Feed {',
        '    public function posts(array $ids, \\PDO $pdo) {',
        '        foreach ($ids as $id) {',
        '            $post = Post::find($id);',
        "            $stmt = $pdo->query('SELECT * FROM votes WHERE post_id = ' . (int) $id);",
        '        }',
        '    }',
        '}',
      ].join('\n'),
    },
    expected: ['app/Services/Feed.php:9', 'app/Services/Feed.php:10'],
  },
};

for (const [name, { files, expected }] of Object.entries(CASES)) {
  test(`database handle by meaning — ${name}`, async () => {
    const findings = await queryInLoopAnalyzer.run(memoryContext(files));
    assert.deepEqual(places(findings), expected, findings.map((f) => f.title).join('\n'));
  });
}
