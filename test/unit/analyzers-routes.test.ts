import { test } from 'node:test';
import assert from 'node:assert/strict';
import { requestPathQueriesAnalyzer } from '../../src/core/analyzers/backend/request-path-queries';
import { memoryContext, places } from './analyzers-helpers';

// Routes of each framework the issue names. Every workspace has one handler that reaches a query per
// item through a helper in another module (reported, with its route), and the same helper used by
// code no route reaches (not reported): a route is what makes the loop a user's wait.
interface RouteCase {
  readonly files: Record<string, string>;
  readonly expected: readonly string[];
  readonly title: string;
}

const KNEX_HELPER = {
  'src/db.js': "const knex = require('knex');\nmodule.exports = knex({ client: 'pg' });\n",
  'src/lines.js': [
    "const db = require('./db');",
    'async function withLines(orders) {',
    '  for (const order of orders) {',
    "    order.lines = await db('order_lines').where({ order_id: order.id });",
    '  }',
    '  return orders;',
    '}',
    'module.exports = { withLines };',
  ].join('\n'),
};

const CASES: Record<string, RouteCase> = {
  'Fastify: fastify.get and fastify.route({ url, handler })': {
    files: {
      ...KNEX_HELPER,
      'src/server.js': [
        "const fastify = require('fastify')();",
        "const { withLines } = require('./lines');",
        "fastify.get('/orders', async (request) => withLines(request.body));",
        "fastify.route({ method: 'POST', url: '/orders/batch', handler: async (request) => withLines(request.body) });",
      ].join('\n'),
    },
    expected: ['src/lines.js:4'],
    title: 'Query per item on request path GET /orders, POST /orders/batch',
  },
  'Koa: a koa-router route': {
    files: {
      ...KNEX_HELPER,
      'src/router.js': [
        "const Router = require('@koa/router');",
        "const { withLines } = require('./lines');",
        'const router = new Router();',
        "router.get('/orders', async (ctx) => { ctx.body = await withLines(ctx.request.body); });",
        'module.exports = router;',
      ].join('\n'),
    },
    expected: ['src/lines.js:4'],
    title: 'Query per item on request path GET /orders',
  },
  'FastAPI: a router made with a prefix': {
    files: {
      'app/db.py': 'from sqlalchemy import create_engine\nfrom sqlalchemy.orm import sessionmaker\nSessionLocal = sessionmaker(bind=create_engine("postgresql://"))\n',
      'app/stock.py': [
        'from sqlalchemy import text',
        'from app.db import SessionLocal',
        '',
        'def levels(ids):',
        '    session = SessionLocal()',
        '    return [session.execute(text("SELECT qty FROM stock WHERE id = :id"), {"id": i}).scalar() for i in ids]',
      ].join('\n'),
      'app/routes.py': [
        'from fastapi import APIRouter',
        'from app.stock import levels',
        '',
        'router = APIRouter(prefix="/stock")',
        '',
        '@router.get("/levels")',
        'def read_levels(ids: list[int]):',
        '    return levels(ids)',
      ].join('\n'),
    },
    expected: ['app/stock.py:6'],
    title: 'Query per item on request path GET /stock/levels',
  },
  'Flask: a blueprint route': {
    files: {
      'app/db.py': 'import psycopg\n\ndef connect():\n    return psycopg.connect("dbname=app")\n',
      'app/skus.py': [
        'from app.db import connect',
        '',
        'def check(rows):',
        '    cur = connect().cursor()',
        '    for row in rows:',
        '        cur.execute("SELECT 1 FROM items WHERE sku = %s", (row,))',
      ].join('\n'),
      'app/views.py': [
        'from flask import Blueprint, request',
        'from app.skus import check',
        '',
        'bp = Blueprint("items", __name__, url_prefix="/items")',
        '',
        '@bp.route("/check", methods=["POST"])',
        'def check_items():',
        '    return check(request.json)',
      ].join('\n'),
    },
    expected: ['app/skus.py:6'],
    title: 'Query per item on request path POST /items/check',
  },
  'Rails: a public controller action; a private helper is not an action': {
    files: {
      'app/models/application_record.rb': 'class ApplicationRecord < ActiveRecord::Base\n  self.abstract_class = true\nend\n',
      'app/models/project.rb': 'class Project < ApplicationRecord\nend\n',
      'app/controllers/projects_controller.rb': [
        'class ProjectsController < ApplicationController',
        '  def names',
        '    render json: params[:ids].map { |id| Project.find(id).name }',
        '  end',
        '',
        '  private',
        '',
        '  def warm',
        '    params[:ids].each { |id| Project.find(id) }',
        '  end',
        'end',
      ].join('\n'),
    },
    expected: ['app/controllers/projects_controller.rb:3'],
    title: 'Query per item on request path ProjectsController#names',
  },
  'Laravel: a controller action; a protected method is not an action': {
    files: {
      'app/Models/Post.php': '<?php\nnamespace App\\Models;\n\nuse Illuminate\\Database\\Eloquent\\Model;\n\nclass Post extends Model {}\n',
      'app/Http/Controllers/PostController.php': [
        '<?php',
        'namespace App\\Http\\Controllers;',
        '',
        'use App\\Models\\Post;',
        '',
        'class PostController extends Controller {',
        '    public function titles(array $ids) {',
        '        foreach ($ids as $id) {',
        '            $titles[] = Post::find($id)->title;',
        '        }',
        '        return $titles;',
        '    }',
        '',
        '    protected function warm(array $ids) {',
        '        foreach ($ids as $id) {',
        '            Post::find($id);',
        '        }',
        '    }',
        '}',
      ].join('\n'),
    },
    expected: ['app/Http/Controllers/PostController.php:9'],
    title: 'Query per item on request path PostController@titles',
  },
};

for (const [name, { files, expected, title }] of Object.entries(CASES)) {
  test(`routes — ${name}`, async () => {
    const findings = await requestPathQueriesAnalyzer.run(memoryContext(files));
    assert.deepEqual(places(findings), expected, findings.map((f) => f.title).join('\n'));
    assert.equal(findings[0].title, title);
    assert.equal(findings[0].flag?.type, 'DATABASE_INVESTIGATION');
  });
}

test('routes — a helper that queries per item but no route reaches is not on a request path', async () => {
  const findings = await requestPathQueriesAnalyzer.run(memoryContext({
    ...KNEX_HELPER,
    'src/cron.js': "const { withLines } = require('./lines');\nsetInterval(() => withLines([]), 60_000);\n",
  }));
  assert.deepEqual(findings, []);
});
