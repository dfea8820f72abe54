import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { runLocalAnalysis } from '../../src/core/analyzers/localReport';
import { analyzers } from '../../src/core/analyzers/registry';
import { LOCAL_DOMAINS } from '../../src/core/analyzers/types';
import type { CoordinatorReport } from '../../src/core/kernel/contract';
import type { AnalyzerFinding } from '../../src/core/analyzers/types';
import { contextFor, EXAMPLES } from './analyzers-helpers';

const entry = z.object({
  id: z.string(),
  path: z.string(),
  line: z.number().nullable(),
  range: z.tuple([z.number(), z.number()]).nullable(),
  excerpt: z.string().nullable(),
});
const groundTruth = z.object({
  projects: z.record(z.string(), z.object({
    planted: z.array(entry.extend({ domain: z.string(), kind: z.string() })),
    traps: z.array(entry.extend({ guards: z.string() })),
  })),
}).parse(JSON.parse(readFileSync(join(EXAMPLES, 'ground-truth.json'), 'utf8')));

/** Which analyzers report each kind of problem the ground truth plants or guards against. */
const ANALYZERS_BY_KIND: Record<string, (f: AnalyzerFinding) => boolean> = {
  'n-plus-one-query': (f) => f.analyzer === 'database.query-in-loop' || f.analyzer === 'backend.request-path-queries',
  'sql-injection': (f) => f.analyzer === 'security.sql-injection',
  'hard-coded-secret': (f) => f.analyzer === 'security.hardcoded-secrets',
  'missing-index': (f) => f.analyzer.startsWith('database.fk-index'),
  'unused-dependency': (f) => f.analyzer === 'frontend.dependencies',
  'unoptimized-image': (f) => f.analyzer === 'frontend.image-size',
  'oversized-bundle': (f) => f.analyzer === 'frontend.bundle-size',
  'missing-healthcheck': (f) => /HEALTHCHECK/.test(f.title),
  'blocking-call-in-request-handler': (f) => f.analyzer === 'backend.blocking-handlers',
  'unpinned-base-image': (f) => f.analyzer === 'infrastructure.dockerfile' && /^Base image/.test(f.title),
  'runs-as-root': (f) => f.analyzer === 'infrastructure.dockerfile' && /runs as root/.test(f.title),
  'dev-server-in-container': (f) => f.analyzer === 'infrastructure.dockerfile' && /^Container starts/.test(f.title),
  'secret-in-image': (f) => f.analyzer === 'infrastructure.dockerfile' && /^Secret in (ENV|ARG)/.test(f.title),
  'unpinned-action': (f) => f.analyzer === 'infrastructure.ci-workflows' && /not pinned|pinned to the branch/.test(f.title),
  'ci-runs-pull-request-code': (f) => f.analyzer === 'infrastructure.ci-workflows' && /pull_request_target/.test(f.title),
  'container-controls-host': (f) => f.analyzer === 'infrastructure.compose',
};

type Place = { file: string; line: number };
const within = (e: Place, path: string, range: [number, number] | null) => e.file === path && (range === null || (e.line >= range[0] && e.line <= range[1]));

async function allFindings(project: string): Promise<AnalyzerFinding[]> {
  const ctx = contextFor(join(EXAMPLES, project));
  const all: AnalyzerFinding[] = [];
  for (const analyzer of analyzers) all.push(...await analyzer.run(ctx));
  return all;
}

async function reports(project: string): Promise<Record<string, CoordinatorReport>> {
  const ctx = contextFor(join(EXAMPLES, project));
  const out: Record<string, CoordinatorReport> = {};
  for (const domain of LOCAL_DOMAINS) out[domain] = await runLocalAnalysis(domain, ctx, { request: 'Make the checkout faster' });
  return out;
}

for (const [project, truth] of Object.entries(groundTruth.projects)) {
  test(`${project}: every planted problem is reported by its domain, as its kind, at the ground-truth file and line`, async () => {
    const all = await allFindings(project);
    const domainOf = new Map(analyzers.map((a) => [a.id, a.domain]));
    const missing = truth.planted.filter((p) => !all.some((f) => domainOf.get(f.analyzer) === p.domain
      && (ANALYZERS_BY_KIND[p.kind]?.(f) ?? true) && f.evidence.some((e) => within(e, p.path, p.range))));
    assert.deepEqual(missing.map((p) => p.id), []);
  });

  test(`${project}: every excerpt of the ground truth is on its line`, () => {
    const wrong = [...truth.planted, ...truth.traps].filter((e) => e.line !== null && e.excerpt
      && !readFileSync(join(EXAMPLES, project, e.path), 'utf8').split('\n')[e.line - 1]?.includes(e.excerpt));
    assert.deepEqual(wrong.map((e) => e.id), []);
  });

  test(`${project}: no trap is reported as the problem it guards against`, async () => {
    assert.deepEqual(truth.traps.filter((t) => !ANALYZERS_BY_KIND[t.guards]).map((t) => t.guards), [], 'every guarded kind is mapped to its analyzers');
    const all = await allFindings(project);
    const reported = truth.traps.filter((trap) => all.some((f) => ANALYZERS_BY_KIND[trap.guards]?.(f)
      && f.evidence.some((e) => trap.guards === 'missing-healthcheck' ? e.file === trap.path : within(e, trap.path, trap.range))));
    assert.deepEqual(reported.map((t) => t.id), []);
  });
}

test('shop: "Make the checkout faster" — backend finds the query per cart item and raises DATABASE_INVESTIGATION for the database', async () => {
  const { backend, database, security, frontend } = await reports('shop');
  const flag = backend.flags.find((f) => f.type === 'DATABASE_INVESTIGATION');
  assert.ok(flag, 'backend raises DATABASE_INVESTIGATION');
  assert.equal(flag.targetDomain, 'database');
  const flagged = backend.findings[flag.findingIndex!];
  assert.deepEqual(flagged.evidence[0].file + ':' + flagged.evidence[0].line, 'backend/src/cart.js:26');
  assert.match(flagged.title, /POST \/checkout/);
  assert.match(flag.reason, /products.*backend\/src\/cart\.js:26/);

  // The database coordinator, asked with the flag's reason as context, puts the cart query first.
  const focused = await runLocalAnalysis('database', contextFor(join(EXAMPLES, 'shop')), { request: 'Make the checkout faster', context: flag.reason });
  assert.equal(`${focused.findings[0].evidence[0].file}:${focused.findings[0].evidence[0].line}`, 'backend/src/cart.js:26');
  assert.ok(database.findings.some((f) => f.title === 'Foreign key cart_items.product_id has no index'
    && f.evidence[0].file === 'db/migrations/002_create_carts.sql' && f.evidence[0].line === 11));
  assert.ok(database.memoryNotes.some((n) => /cart_items\.product_id/.test(n.note)));

  const breach = security.flags.find((f) => f.type === 'SECURITY_BREACH');
  assert.equal(breach?.priority, 'critical');
  assert.deepEqual(security.findings[breach!.findingIndex!].evidence[0], { file: 'backend/src/products.js', line: 8, excerpt: security.findings[breach!.findingIndex!].evidence[0].excerpt });
  assert.ok(frontend.findings.some((f) => f.evidence[0].file === 'frontend/dist/assets/index-4f3a9c.js' && /655 KB/.test(f.title)));
});

test('library: the outstanding-loans N+1 is on a request path and flags the database', async () => {
  const { backend } = await reports('library');
  const flag = backend.flags.find((f) => f.type === 'DATABASE_INVESTIGATION');
  assert.ok(flag);
  const flagged = backend.findings[flag.findingIndex!];
  assert.equal(flagged.title, 'Query per item on request path /loans/outstanding/');
  assert.equal(`${flagged.evidence[0].file}:${flagged.evidence[0].line}`, 'catalog/views.py:15');
});
