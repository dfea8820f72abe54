import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Evidence } from '../../src/core/kernel/contract';
import {
  byEvidenceThenSeverity, citedLocations, countEvidence, describeEvidenceCounts, evidenceLabel, type CheckedFinding,
} from '../../src/core/run/evidence';
import { checkEvidence, checkReportEvidence } from '../../src/core/run/evidenceCheck';
import { Workspace } from '../../src/core/workspace';
import { copyExample, engineFor, LOCAL_RUN } from './engineHarness';
import { copyHostile } from './hostileFixture';

// src/payments.js of the hostile fixture: line 10 is `const stripe = Stripe('sk_live_…');`, 28 lines in all.
const CASES: readonly { readonly name: string; readonly evidence: Evidence; readonly verdict: string }[] = [
  { name: 'the line and its excerpt', evidence: { file: 'src/payments.js', line: 10, excerpt: 'const stripe = Stripe(' }, verdict: 'verified' },
  { name: 'an excerpt three lines off', evidence: { file: 'src/payments.js', line: 7, excerpt: 'const stripe = Stripe(' }, verdict: 'verified' },
  { name: 'an excerpt shortened with an ellipsis', evidence: { file: 'src/payments.js', line: 10, excerpt: 'const stripe = ... ;' }, verdict: 'verified' },
  { name: 'an excerpt quoting the secret on the line', evidence: { file: 'src/payments.js', line: 10, excerpt: "Stripe('sk_live_uOq5vpOnM98bvIUuau1UY9BnXjAqkkpgpCMtzgph')" }, verdict: 'verified' },
  { name: 'a masked excerpt with a note on what was left out', evidence: { file: 'src/payments.js', line: 10, excerpt: "const stripe = Stripe('sk_l…(48 chars)');" }, verdict: 'verified' },
  { name: 'a range inside the file', evidence: { file: 'src/payments.js', line: 6, endLine: 9 }, verdict: 'verified' },
  { name: 'a path with ./ and backslashes', evidence: { file: '.\\src\\payments.js', line: 1 }, verdict: 'verified' },
  { name: 'an excerpt four lines off', evidence: { file: 'src/payments.js', line: 6, excerpt: 'const stripe = Stripe(' }, verdict: 'excerpt: the excerpt is not within 3 lines of line 6' },
  { name: 'an excerpt made up', evidence: { file: 'src/payments.js', line: 10, excerpt: "const masterKey = 'made up';" }, verdict: 'excerpt: the excerpt is not within 3 lines of line 10' },
  { name: 'a line past the end', evidence: { file: 'src/payments.js', line: 4242 }, verdict: 'line: line 4242 is past the end of the file (28 lines)' },
  { name: 'a range past the end', evidence: { file: 'src/payments.js', line: 27, endLine: 40 }, verdict: 'line: line 40 is past the end of the file (28 lines)' },
  { name: 'a range ending before it starts', evidence: { file: 'src/payments.js', line: 10, endLine: 2 }, verdict: 'line: the range 10-2 ends before it starts' },
  { name: 'a climb out of the workspace', evidence: { file: '../../etc/passwd', line: 1, excerpt: 'root:x:0:0' }, verdict: 'path: the path is outside the workspace' },
  { name: 'an absolute path', evidence: { file: '/etc/passwd', line: 1 }, verdict: 'path: the path is outside the workspace' },
  { name: 'a link leading outside', evidence: { file: 'src/outside.js', line: 1 }, verdict: 'path: the path is outside the workspace' },
  { name: 'a secret by name', evidence: { file: 'config/deploy_key', line: 1 }, verdict: 'hidden: the file is a secret and is never read' },
  { name: 'a key under an innocent name', evidence: { file: 'ops/ci-signing.txt', line: 2 }, verdict: 'hidden: the file holds a private key and is never read' },
  { name: 'environment values', evidence: { file: '.env', line: 1 }, verdict: 'hidden: the file is a secret and is never read' },
  { name: 'a gitignored file', evidence: { file: 'build/out.js', line: 1 }, verdict: 'hidden: the file is excluded (gitignored, dependencies or generated files)' },
  { name: 'a file that does not exist', evidence: { file: 'src/billing.js', line: 3 }, verdict: 'missing: no such file in the workspace' },
  { name: 'a folder', evidence: { file: 'src', line: 1 }, verdict: 'unreadable: not a readable text file' },
  { name: 'a binary file as a whole', evidence: { file: 'media/logo.png', line: 1 }, verdict: 'verified' },
  { name: 'a line of a binary file', evidence: { file: 'media/logo.png', line: 5 }, verdict: 'line: the file is binary: it has no lines to cite' },
];

function verdictOf(check: Awaited<ReturnType<typeof checkEvidence>>): string {
  return check.verified ? 'verified' : `${check.problem}: ${check.reason}`;
}

test('each cited location is checked against the workspace: inside it after links, visible, the line there, the excerpt near it', async (t) => {
  const root = copyHostile(t);
  const outside = mkdtempSync(join(tmpdir(), 'evidence-outside-'));
  t.after(() => rmSync(outside, { recursive: true, force: true }));
  writeFileSync(join(outside, 'secret.js'), 'module.exports = 42;\n');
  symlinkSync(join(outside, 'secret.js'), join(root, 'src', 'outside.js'));
  writeFileSync(join(root, '.gitignore'), 'build/\n');
  mkdirSync(join(root, 'build'));
  writeFileSync(join(root, 'build', 'out.js'), 'x\n');
  mkdirSync(join(root, 'media'));
  writeFileSync(join(root, 'media', 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
  const workspace = new Workspace(root);
  for (const { name, evidence, verdict } of CASES) {
    assert.equal(verdictOf(await checkEvidence(workspace, evidence)), verdict, name);
  }
});

test('a report comes back with a verdict on every piece of evidence, in order', async (t) => {
  const workspace = new Workspace(copyHostile(t));
  const checked = await checkReportEvidence(workspace, {
    summary: 's',
    findings: [
      { title: 'made up', detail: '', severity: 'critical', evidence: [{ file: '../../etc/passwd', line: 1 }, { file: 'src/payments.js', line: 4242 }] },
      { title: 'real', detail: '', severity: 'high', evidence: [{ file: 'src/payments.js', line: 10, excerpt: 'const stripe = Stripe(' }] },
    ],
    flags: [],
    memoryNotes: [],
  });
  assert.deepEqual(checked.findings.map((f) => f.evidence.map(evidenceLabel)), [
    ['../../etc/passwd:1 (unverified: the path is outside the workspace)', 'src/payments.js:4242 (unverified: line 4242 is past the end of the file (28 lines))'],
    ['src/payments.js:10'],
  ]);
  assert.equal(describeEvidenceCounts(countEvidence(checked.findings)), '1 verified / 2 unverified');
  assert.deepEqual(citedLocations(checked.findings), ['src/payments.js:10']);
  // The critical claim nothing backs ranks below the verified high one.
  assert.deepEqual([...checked.findings].sort(byEvidenceThenSeverity).map((f) => f.title), ['real', 'made up']);
});

test('everything the local analyzers cite in the sample projects is verified', async (t) => {
  for (const [example, request] of [['shop', 'Review everything: backend, database, frontend, security and infrastructure'], ['library', 'Review the security and performance of the app']] as const) {
    const state = await (await engineFor(copyExample(t, example)).start(request, LOCAL_RUN, new AbortController().signal)).done;
    const evidence = state.tasks.flatMap((task) => task.delegation?.report?.findings.flatMap((f) => f.evidence) ?? []);
    assert.ok(evidence.length >= 8, `${example}: ${evidence.length} locations cited`);
    assert.deepEqual(evidence.filter((e) => !e.check?.verified).map(evidenceLabel), [], example);
  }
});

test('stopping the run stops the check', async (t) => {
  const workspace = new Workspace(copyHostile(t));
  const controller = new AbortController();
  controller.abort(new Error('stop'));
  await assert.rejects(checkEvidence(workspace, { file: 'src/payments.js', line: 1 }, controller.signal));
});

test('evidence journaled before checks existed counts as unverified and says why', () => {
  const old: CheckedFinding = { title: 't', detail: '', severity: 'low', evidence: [{ file: 'a.js', line: 1 }] };
  assert.equal(evidenceLabel(old.evidence[0]), 'a.js:1 (unverified: not checked (recorded before evidence was checked))');
  assert.deepEqual(countEvidence([old]), { verified: 0, unverified: 1 });
});
