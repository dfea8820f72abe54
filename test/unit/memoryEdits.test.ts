import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryEditError, projectMemoryOf, proposeMemoryEdits, splitSections, type MemoryEditInput, type MemoryFile } from '../../src/core/memory/index';

function input(files: MemoryFile[], overrides: Partial<MemoryEditInput> = {}): MemoryEditInput {
  return {
    memory: projectMemoryOf(files),
    request: 'make the checkout faster.',
    date: '2026-10-02',
    problem: 'Checkout took 4 s at p95.',
    solution: 'Load the cart lines in one query.',
    result: 'p95 down to 600 ms.',
    moduleNotes: [],
    ...overrides,
  };
}

test('appends a dated Problem / Solution / Result section to the existing CLAUDE.md', () => {
  const base = '# Shop\n\n## Layout\n\n- backend/\n';
  const [edit] = proposeMemoryEdits(input([{ path: 'CLAUDE.md', content: base, origin: 'claude-md' }]));
  assert.equal(edit.path, 'CLAUDE.md');
  assert.equal(edit.kind, 'append');
  assert.equal(edit.baseContent, base);
  const after = base + edit.text;
  const sections = splitSections('CLAUDE.md', after);
  const entry = sections.find((s) => s.heading === 'Make the checkout faster (2026-10-02)');
  assert.ok(entry, `no dated section in:\n${after}`);
  assert.deepEqual(
    sections.filter((s) => s.line > entry.line).map((s) => [s.heading, s.body]),
    [
      ['Problem', 'Checkout took 4 s at p95.'],
      ['Solution', 'Load the cart lines in one query.'],
      ['Result', 'p95 down to 600 ms.'],
    ],
  );
  assert.match(after, /- backend\/\n\n## Make the checkout faster/, 'one blank line between the old text and the new section');
});

test('the appended section starts on its own block even when the file has no trailing newline', () => {
  const base = '# Shop\n\nLast line without newline';
  const [edit] = proposeMemoryEdits(input([{ path: 'CLAUDE.md', content: base, origin: 'claude-md' }], { title: 'Checkout performance' }));
  assert.match(base + edit.text, /Last line without newline\n\n## Checkout performance \(2026-10-02\)\n/);
  assert.ok(edit.text.endsWith('\n'));
});

test('creates CLAUDE.md when the workspace has none', () => {
  const [edit] = proposeMemoryEdits(input([]));
  assert.equal(edit.kind, 'create');
  assert.equal(edit.baseContent, '');
  assert.match(edit.text, /^# Project memory\n\n## Make the checkout faster \(2026-10-02\)\n/);
});

test('module notes go to modules/<module>.md: appended when it exists, created with a module heading when not', () => {
  const existing = '# Cart module\n\n- Cart lines are cached 30 s.';
  const edits = proposeMemoryEdits(
    input([{ path: 'modules/cart.md', content: existing, origin: 'module-note' }], {
      title: 'Checkout performance',
      moduleNotes: [
        { module: 'checkout', note: 'Totals are computed from one cart query.' },
        { module: 'cart', note: 'The cart loader batches line lookups.' },
        { module: 'checkout', note: 'Payment is authorised, captured later.' },
        { module: 'checkout', note: 'Totals are computed from one cart query.' },
      ],
    }),
  );
  assert.deepEqual(edits.map((e) => [e.path, e.kind]), [
    ['CLAUDE.md', 'create'],
    ['modules/cart.md', 'append'],
    ['modules/checkout.md', 'create'],
  ]);
  assert.equal(edits[1].baseContent, existing);
  assert.equal(existing + edits[1].text, `${existing}\n\n## 2026-10-02 — Checkout performance\n\n- The cart loader batches line lookups.\n`);
  assert.equal(
    edits[2].text,
    '# Checkout module\n\n## 2026-10-02 — Checkout performance\n\n- Totals are computed from one cart query.\n- Payment is authorised, captured later.\n',
  );
});

test('a module name that is not a plain file name is refused, so no edit can leave modules/', () => {
  for (const module of ['../secrets', 'a/b', '', '-x']) {
    assert.throws(() => proposeMemoryEdits(input([], { moduleNotes: [{ module, note: 'n' }] })), MemoryEditError, module);
  }
});

test('a long request gives a title cut at a word within 60 characters', () => {
  const request = 'please investigate why the product search endpoint returns stale results after a catalogue import';
  const [edit] = proposeMemoryEdits(input([], { request }));
  const title = /## (.*) \(2026-10-02\)/.exec(edit.text)?.[1] ?? '';
  assert.ok(title.length <= 60, title);
  assert.ok(title.startsWith('Please investigate why the product search'), title);
  assert.ok(title.endsWith('…'), `the cut is marked: ${title}`);
  assert.ok(request.includes(`${title.slice(1, -1)} `), 'cut at a word boundary');
});

test('a new module note file is headed by the module name in words', () => {
  const edits = proposeMemoryEdits(input([], { moduleNotes: [{ module: 'messages_controller', note: 'One query per message.' }] }));
  const created = edits.find((e) => e.path === 'modules/messages_controller.md');
  assert.ok(created, edits.map((e) => e.path).join(', '));
  assert.match(created.text, /^# Messages controller module\n/);
});
