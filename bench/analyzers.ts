// The analyzer section of `npm run bench`: a local run (every domain's local analysis) over a
// generated 10,000-file project, through the analyzer worker bundle the extension ships; the longest
// stall of the calling thread meanwhile; parse and per-analyzer times from an in-process run.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { once } from 'node:events';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import * as esbuild from 'esbuild';
import { createFsAnalyzerContext } from '../src/core/analyzers/fs-context';
import { loadProgram } from '../src/core/analyzers/program/load';
import { analyzers } from '../src/core/analyzers/registry';
import { LOCAL_DOMAINS } from '../src/core/analyzers/types';
import { AnalyzerWorker } from '../src/core/analyzers/worker/session';

export const ANALYZER_FILES = 10_000;
export const ANALYZER_TARGET_MS = 5_000;
export const HOST_STALL_TARGET_MS = 50;

/** Sources in four languages with routes, loops, queries and migrations; configs, docs and assets. */
export function generate(root: string): string[] {
  const files: string[] = [];
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
    files.push(path);
  };
  write('package.json', JSON.stringify({ name: 'generated', dependencies: { express: '^4', knex: '^3', pg: '^8', react: '^18' } }, null, 2));
  write('src/db.js', "const knex = require('knex');\nmodule.exports = knex({ client: 'pg', connection: process.env.DATABASE_URL });\n");
  write('Dockerfile', 'FROM node:22.11-slim\nWORKDIR /app\nCOPY . .\nUSER node\nCMD ["node", "src/server.js"]\n');
  let n = 0;
  const next = () => n++;
  while (files.length < ANALYZER_FILES) {
    const i = next();
    switch (i % 10) {
      case 0: case 1: case 2:
        write(`src/services/s${i}.js`, jsService(i));
        break;
      case 3:
        write(`src/routes/r${i}.ts`, tsRoutes(i));
        break;
      case 4:
        write(`app/views/v${i}.py`, pythonViews(i));
        break;
      case 5:
        write(i % 20 === 5 ? `app/controllers/c${i}_controller.rb` : `app/Http/Controllers/C${i}Controller.php`, i % 20 === 5 ? rubyController(i) : phpController(i));
        break;
      case 6:
        write(i % 20 === 6 ? `db/migrations/${String(i).padStart(6, '0')}_t${i}.sql` : `migrations/${String(i).padStart(6, '0')}_t${i}.js`, i % 20 === 6 ? sqlMigration(i) : knexMigration(i));
        break;
      case 7:
        write(`web/src/components/C${i}.jsx`, `import React from 'react';\nexport function C${i}({ items }) {\n  return <ul>{items.map((x) => <li key={x.id}>{x.name}</li>)}</ul>;\n}\n`);
        break;
      case 8:
        write(`docs/d${i}.md`, `# Note ${i}\n\n${'Some words about the service. '.repeat(20)}\n`);
        break;
      default:
        write(`config/c${i}.json`, JSON.stringify({ id: i, name: `config ${i}`, enabled: i % 2 === 0 }, null, 2));
    }
  }
  return files;
}

const jsService = (i: number) => `const db = require('../db');

async function load${i}(ids) {
  const rows = await db('items_${i % 50}').whereIn('id', ids);
  const out = [];
  for (const row of rows) {
    ${i % 7 === 0 ? `const extra = await db('extras').where({ item_id: row.id }).first();` : 'const extra = null;'}
    out.push({ ...row, extra, label: \`item \${row.id}\` });
  }
  return out;
}

function summarize${i}(rows) {
  let total = 0;
  rows.forEach((r) => { total += r.amount || 0; });
  return { count: rows.length, total };
}

async function save${i}(row) {
  return db('items_${i % 50}').insert(row);
}

module.exports = { load${i}, summarize${i}, save${i} };
`;

const tsRoutes = (i: number) => `import express from 'express';
const { load${i - 3}, summarize${i - 3} } = require('../services/s${i - 3}');

export const router${i} = express.Router();

router${i}.get('/items/${i}', async (req, res) => {
  const rows = await load${i - 3}(String(req.query.ids ?? '').split(','));
  res.json(summarize${i - 3}(rows));
});

router${i}.post('/items/${i}', async (req, res) => {
  res.status(201).json({ ok: true, id: ${i} });
});
`;

const pythonViews = (i: number) => `from django.db import models
from django.shortcuts import render


class Thing${i}(models.Model):
    name = models.CharField(max_length=100)
    owner = models.ForeignKey("auth.User", on_delete=models.CASCADE)


def list_things_${i}(request):
    rows = []
    for thing in Thing${i}.objects.filter(name__startswith="a"):
        rows.append((thing.name, ${i % 5 === 0 ? 'thing.owner.username' : 'thing.id'}))
    return render(request, "things.html", {"rows": rows})
`;

const rubyController = (i: number) => `class Things${i}Controller < ApplicationController
  def index
    @things = Thing.where(active: true).limit(50)
  end

  def export
    rows = Thing.includes(:owner).map { |thing| [thing.id, thing.owner.name] }
    render json: rows
  end
end
`;

const phpController = (i: number) => `<?php
namespace App\\Http\\Controllers;

use Illuminate\\Support\\Facades\\DB;

class C${i}Controller extends Controller
{
    public function index()
    {
        $rows = DB::table('things')->where('active', true)->get();
        foreach ($rows as $row) {
            $row->label = 'thing ' . $row->id;
        }
        return response()->json($rows);
    }
}
`;

const sqlMigration = (i: number) => `CREATE TABLE t${i} (
    id BIGSERIAL PRIMARY KEY,
    parent_id BIGINT REFERENCES t${Math.max(0, i - 20)}(id),
    name TEXT NOT NULL
);
CREATE INDEX t${i}_parent ON t${i} (parent_id);
`;

const knexMigration = (i: number) => `exports.up = (knex) => knex.schema.createTable('k${i}', (t) => {
  t.increments('id')
  t.integer('owner_id').references('id').inTable('users').index()
  t.string('name')
})

exports.down = (knex) => knex.schema.dropTable('k${i}')
`;

export interface AnalyzerFigures {
  readonly files: number;
  /** Of them, source files the analyzers parse. */
  readonly parsedFiles: number;
  readonly findings: number;
  /** The whole local run, all domains, through the worker bundle (thread start, WASM compile, reads, parsing, analysis); median of the runs. */
  readonly localRunMs: number;
  /** CPU time of the process during that run (the worker's, the caller idles): what the run costs whatever else the machine does. */
  readonly localRunCpuMs: number;
  /**
   * Longest event-loop stall of the calling thread while the worker ran; for comparison, over as
   * long, with nothing running and with a worker thread that only spins: on a busy machine the
   * scheduler alone delays a thread that shares its process with a busy one.
   */
  readonly hostStallMs: number;
  readonly idleStallMs: number;
  readonly spinStallMs: number;
  /** In-process: parsing the program, then each analyzer alone. */
  readonly parseMs: number;
  readonly perAnalyzerMs: Record<string, number>;
  readonly targets: { readonly localRunMsMax: number; readonly hostStallMsMax: number };
}

const RUNS = 3;

/** The worker as the extension ships it: bundled and minified (scripts/build.mjs), beside the package's grammars. */
async function bundleWorker(): Promise<string> {
  const repo = join(__dirname, '..');
  const outfile = join(repo, 'node_modules', '.cache', 'orchestrator-bench', 'analyzer-worker.js');
  await esbuild.build({
    entryPoints: [join(repo, 'src/core/analyzers/worker/entry.ts')], outfile, bundle: true, minify: true,
    platform: 'node', format: 'cjs', target: 'node20', external: ['@vscode/tree-sitter-wasm'], logLevel: 'warning',
  });
  return outfile;
}

const cpuMs = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

/** Longest stall of this thread's event loop while `work` runs. */
async function longestStall<T>(work: () => Promise<T>): Promise<{ result: T; stallMs: number }> {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  try {
    const result = await work();
    return { result, stallMs: Math.round(delay.max / 1e6) };
  } finally {
    delay.disable();
  }
}

async function localRun(script: string, root: string, files: readonly string[]): Promise<{ wallMs: number; cpuMs: number; findings: number }> {
  const worker = new AnalyzerWorker(root, files, script);
  const wall = performance.now();
  const cpu = cpuMs();
  try {
    let findings = 0;
    for (const domain of LOCAL_DOMAINS) {
      findings += (await worker.run(domain, { request: 'Make the item listing faster' }, new AbortController().signal)).findings.length;
    }
    return { wallMs: performance.now() - wall, cpuMs: cpuMs() - cpu, findings };
  } finally {
    worker.dispose();
  }
}

/** A worker thread that burns CPU and does nothing else, for `ms`. */
async function spinFor(ms: number): Promise<void> {
  const worker = new Worker(
    `const end = Date.now() + ${Math.round(ms)}; let x = 0; while (Date.now() < end) x = Math.sqrt(x + 1); require('node:worker_threads').parentPort.postMessage(x);`,
    { eval: true },
  );
  try {
    await once(worker, 'message');
  } finally {
    await worker.terminate();
  }
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function analyzerFigures(): Promise<AnalyzerFigures> {
  const script = await bundleWorker();
  const root = mkdtempSync(join(tmpdir(), 'orchestrator-analyzers-'));
  try {
    const files = generate(root);
    const runs: { wallMs: number; cpuMs: number; findings: number }[] = [];
    let hostStallMs = 0;
    for (let i = 0; i < RUNS; i++) {
      const { result, stallMs } = await longestStall(() => localRun(script, root, files));
      runs.push(result);
      hostStallMs = Math.max(hostStallMs, stallMs);
    }
    const localRunMs = median(runs.map((r) => r.wallMs));
    const idle = await longestStall(() => new Promise<void>((resolve) => setTimeout(resolve, localRunMs)));
    const spin = await longestStall(() => spinFor(localRunMs));

    const ctx = createFsAnalyzerContext(root, files);
    const parseStarted = performance.now();
    const program = await loadProgram(ctx);
    const parseMs = Math.round(performance.now() - parseStarted);
    const perAnalyzerMs: Record<string, number> = {};
    for (const analyzer of analyzers) {
      const t = performance.now();
      await analyzer.run(ctx);
      perAnalyzerMs[analyzer.id] = Math.round(performance.now() - t);
    }
    return {
      files: files.length, parsedFiles: program.files.size, findings: runs[0].findings,
      localRunMs: Math.round(localRunMs), localRunCpuMs: Math.round(median(runs.map((r) => r.cpuMs))),
      hostStallMs, idleStallMs: idle.stallMs, spinStallMs: spin.stallMs, parseMs, perAnalyzerMs,
      targets: { localRunMsMax: ANALYZER_TARGET_MS, hostStallMsMax: HOST_STALL_TARGET_MS },
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** The lines the bench prints for the analyzers. */
export function analyzerLines(f: AnalyzerFigures): string[] {
  const slowest = Object.entries(f.perAnalyzerMs).sort((a, b) => b[1] - a[1]).slice(0, 5).map(([id, ms]) => `${id} ${ms}`).join(', ');
  const ok = (value: number, max: number) => (value <= max ? 'OK' : 'OVER');
  return [
    `Local analyzers over a generated ${f.files}-file project (${f.parsedFiles} parsed; all domains through the worker bundle; ${f.findings} findings; median of ${RUNS} runs)`,
    `  local run                      ${f.localRunMs} ms (target ≤ ${f.targets.localRunMsMax}) ${ok(f.localRunMs, f.targets.localRunMsMax)}; CPU ${f.localRunCpuMs} ms`,
    `  longest stall of the caller    ${f.hostStallMs} ms (target ≤ ${f.targets.hostStallMsMax}) ${ok(f.hostStallMs, f.targets.hostStallMsMax)}; as long with nothing running ${f.idleStallMs} ms, beside a spinning thread ${f.spinStallMs} ms`,
    `  in-process (tsx)               parse ${f.parseMs} ms; slowest analyzers (ms): ${slowest}`,
  ];
}
