import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import markdownIt from 'markdown-it';
import { contentStems, projectMemoryOf, rankSections, readProjectMemory, splitSections } from '../../src/core/memory/index';
import { selectMemory, selectMemoryInSlices } from '../../src/core/memory/selection';
import { writeLargeClaudeMd } from '../../bench/scaleData';
import { matchSections } from '../../src/core/memory/sectionSearch';
import { outlineOf } from '../../src/core/memory/sections';
import { Stepped } from '../../src/core/kernel/stepped';
import { turnsDuring } from '../support/eventLoopTurns';

/** A memory entry of the kind a run appends, numbered so every section differs. */
function entry(i: number): string {
  const topics = ['checkout', 'search', 'payments', 'queries', 'Café menu', 'Über uns'];
  const topic = topics[i % topics.length];
  return [
    `## ${topic} change ${i}`,
    '',
    `The ${topic} handler was slow; we batched the queries (ticket ${i}).`,
    '',
    i % 2 === 0 ? '```sh' : '~~~',
    `# not a heading ${i}`,
    i % 2 === 0 ? '```' : '~~~',
    '',
    `### Result ${i}`,
    '',
    'Faster by half.',
    '',
  ].join('\n');
}

/** What stemming every word of every section finds: the reference the scan must agree with. */
function referenceMatches(memory: ReturnType<typeof projectMemoryOf>, request: string) {
  const wanted = [...new Set(contentStems(request))];
  return memory.sections
    .map((section) => {
      const heading = new Set(contentStems(section.heading));
      const body = new Set(contentStems(section.body));
      return { at: `${section.file}:${section.line}`, heading: wanted.filter((s) => heading.has(s)), body: wanted.filter((s) => body.has(s)) };
    })
    .filter((m) => m.heading.length > 0 || m.body.length > 0);
}

test('the prior-work scan finds exactly the sections that stemming every word finds', () => {
  const tricky = [
    'Intro about checkout speed and the CLAUDE file.',
    '',
    '# Title with Queries',
    '',
    '> ## Quoted checkout heading',
    '',
    '- ## Listed search heading',
    '',
    'Setext about payments',
    '---------------------',
    '',
    'checkouts checkout-flow rechecked queried query QUERY querying; the of and (stop words)',
    'Ünïcode café CAFÉ cafe\u0301 naïve searches',
    '',
    '## Windows lines\r\nfaster\r\nslowness\r\n',
  ].join('\n');
  const memory = projectMemoryOf([
    { path: 'CLAUDE.md', content: tricky, origin: 'claude-md' },
    { path: 'modules/search.md', content: Array.from({ length: 30 }, (_, i) => entry(i)).join('\n'), origin: 'module-note' },
  ]);
  for (const request of ['Make the checkout faster', 'slow queries in search', 'café payments', 'CLAUDE', 'the of and', 'Über search checkout queries payments']) {
    const found = new Stepped(matchSections(memory, new Set(contentStems(request)))).now().map((m) => ({ at: `${m.section.file}:${m.section.line}`, heading: m.heading, body: m.body }));
    assert.deepEqual(found, referenceMatches(memory, request), request);
  }
});

test('a large file is parsed in pieces with the same headings and lines as in one go', () => {
  const tilde = '~~~\n## inside a tilde fence\n~~~~\n';
  const longFence = '````md\n```\n## inside a fence that holds a shorter fence\n```\n````\n';
  const parts: string[] = ['# Project memory', '', 'Intro.', ''];
  for (let i = 0; i < 2000; i++) parts.push(entry(i), i % 50 === 7 ? tilde : '', i % 70 === 3 ? longFence : '', i % 90 === 5 ? 'Setext here\n===\n' : '');
  const content = parts.join('\n');
  assert.ok(content.length > 200 * 1024, 'large enough to be cut into pieces');
  const whole = markdownIt({ html: false }).parse(content, {}).filter((t) => t.type === 'heading_open').map((t) => t.map?.[0]);
  assert.deepEqual(outlineOf(content).headings.map((h) => h.startLine), whole);
  const sections = splitSections('CLAUDE.md', content);
  assert.equal(sections.length, whole.length + 0, 'one section per heading (no preamble before the title)');
  const lines = content.split('\n');
  for (const section of sections.slice(1, 40)) {
    assert.match(lines[section.line - 1], /^#+ |^Setext/, `line ${section.line} is its heading`);
    assert.equal(lines.slice(section.bodyLine - 1, section.endLine - 1).join('\n').trim(), section.body);
  }
});

test('a CLAUDE.md over 1 MB is project memory: its sections are found and ranked', async (t) => {
  const root = await mkdtemp(join(tmpdir(), 'memory-large-'));
  t.after(() => rm(root, { recursive: true, force: true }));
  const body = Array.from({ length: 8000 }, (_, i) => entry(i)).join('\n');
  await writeFile(join(root, 'CLAUDE.md'), `# Project\n\n${body}\n## Deploy freeze on Fridays\n\nNo deploys after noon; token ghp_ztQr5y77cZ9Zqs3GwctHhAXoRNMkqB6BWl9e.\n`);
  const memory = await readProjectMemory(root);
  assert.ok(memory.files[0].content.length > 1_000_000);
  assert.equal(memory.sections.filter((s) => s.heading.startsWith('Result')).length, 8000);
  const freeze = memory.sections.find((s) => s.heading === 'Deploy freeze on Fridays');
  assert.ok(freeze, 'the last section of a large file is read');
  assert.match(freeze.body, /\[redacted: GitHub token\]/, 'secrets are replaced in large files too');
  assert.ok(!memory.files[0].content.includes('ghp_ztQr5y77'));
});

test('the memory of a 2 MB CLAUDE.md is ranked and chosen in slices, and the choice is the one made in one go', async (t) => {
  const root = await mkdtemp(join(tmpdir(), 'memory-sliced-'));
  t.after(() => rm(root, { recursive: true, force: true }));
  const sections = writeLargeClaudeMd(root, 2 * 2 ** 20);
  const memory = await readProjectMemory(root);
  assert.equal(memory.sections.length, sections);
  // Another read of the same files: nothing worked out for one is remembered for the other.
  const again = projectMemoryOf(memory.files);
  const { result: sliced, turns } = await turnsDuring(() => selectMemoryInSlices(memory, 'make the checkout faster', 4000));
  assert.ok(turns >= 2, `the event loop had ${turns} turns while ${sections} sections were ranked and chosen`);
  assert.deepEqual(sliced, selectMemory(again, 'make the checkout faster', 4000), 'the same sections, the same bytes');
  assert.match(sliced.text, /## checkout \w+ \(entry \d+,/, 'a related entry is sent');
  assert.equal(selectMemory(memory, 'make the checkout faster', 4000), sliced, 'the plan reuses the choice made in slices');
  assert.deepEqual(rankSections(memory, 'make the checkout faster'), rankSections(again, 'make the checkout faster'));

  const stop = new AbortController();
  stop.abort();
  await assert.rejects(selectMemoryInSlices(projectMemoryOf(memory.files), 'make the checkout faster', 4000, stop.signal), { name: 'AbortError' }, 'Stop ends the work');
});

test('the memory digest is the sha256 of the sorted [path, content] pairs as JSON, as digests journaled before', () => {
  // Hashed a piece at a time: an emoji across a piece boundary, a lone surrogate, escapes.
  const large = `${'x'.repeat(256 * 1024 - 1)}😀 Café\u2028\\ "quoted" \ud800 ${'😀'.repeat(200_000)}\n`;
  const files = [
    { path: 'modules/cart "v2".md', content: 'Café\u2028\\ "quoted"\n', origin: 'module-note' as const },
    { path: 'CLAUDE.md', content: large, origin: 'claude-md' as const },
  ];
  const expected = createHash('sha256').update(JSON.stringify([['CLAUDE.md', large], ['modules/cart "v2".md', 'Café\u2028\\ "quoted"\n']])).digest('hex');
  assert.equal(projectMemoryOf(files).digest, expected);
  assert.equal(projectMemoryOf([]).digest, createHash('sha256').update('[]').digest('hex'));
});
