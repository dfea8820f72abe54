import { test } from 'node:test';
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { codeFence, codeSpan, escapeMarkdown, plainText } from '../../src/core/kernel/untrustedText';
import { safeInlineMarkdown, safeMarkdown } from '../../src/core/kernel/safeMarkdown';
import { hazardsIn } from './inertMarkdown';

// What a model has been seen (or could be expected) to write to get a link, a script or a load past
// a renderer. Each is dangerous as written (checked below, so the table cannot go stale) and inert
// once through the sanitizer.
const HOSTILE: readonly (readonly [string, string])[] = [
  ['inline command: link', 'Fix: [run this](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22echo%20pwned%5Cn%22%7D).'],
  ['terminal.new command link', '[open a shell](command:workbench.action.terminal.new)'],
  ['javascript: link', 'Background: [docs](javascript:alert(document.cookie))'],
  ['mixed-case scheme', '[docs](JaVaScRiPt:alert(1))'],
  ['scheme hidden in an entity', '[docs](&#106;avascript:alert(1))'],
  ['angle-bracket destination', '[x](<command:workbench.action.terminal.new>)'],
  ['autolink', 'See <command:workbench.action.terminal.new> now'],
  ['javascript autolink', '<javascript:alert(1)>'],
  ['reference-style link', 'See [the fix][fix].\n\n[fix]: command:workbench.action.terminal.new'],
  ['collapsed reference', '[fix][]\n\n[fix]: javascript:alert(1)'],
  ['shortcut reference', '[fix]\n\n[fix]: vscode://file/etc/passwd'],
  ['vscode: link', '[the code](vscode://file/etc/passwd)'],
  ['file: link outside the workspace', '[passwd](file:///etc/passwd)'],
  ['bare file: address', 'Read file:///etc/passwd for details'],
  ['data: link', '[x](data:text/html,<script>alert(1)</script>)'],
  ['bare data: address with a script', 'See data:text/html,<script>alert(1)</script>'],
  ['image from data:', '![logo](data:image/png;base64,iVBORw0KGgo=)'],
  ['tracking image', '![pixel](https://tracker.example/p.gif)'],
  ['raw img with a handler', 'Key <img src=x onerror=alert(1)> leaks'],
  ['raw script', '<script>alert(2)</script>'],
  ['raw anchor', '<a href="command:workbench.action.terminal.new">click</a>'],
  ['raw iframe', '<iframe src="https://evil.example"></iframe>'],
  ['html block', '<div onclick="alert(1)">\n\n**hi**\n\n</div>'],
  ['mailto link', '[mail me](mailto:a@b.example)'],
  ['link in a list item', '- **security**: [run this](command:x) to rotate\n- **backend**: [docs](javascript:alert(1))'],
  ['link in a table cell', '| fix |\n|---|\n| [run](command:x) |'],
  ['link in a blockquote', '> [run](command:x)'],
  ['link in a heading', '# [run](command:x)'],
];

test('every hostile input is dangerous as written and inert after safeMarkdown', () => {
  for (const [name, input] of HOSTILE) {
    assert.notDeepEqual(hazardsIn(input), [], `the table entry "${name}" is not dangerous to begin with`);
    assert.deepEqual(hazardsIn(safeMarkdown(input)), [], `${name}: ${safeMarkdown(input)}`);
    assert.deepEqual(hazardsIn(safeInlineMarkdown(input)), [], `${name} (inline): ${safeInlineMarkdown(input)}`);
    assert.deepEqual(hazardsIn(escapeMarkdown(input)), [], `${name} (escaped): ${escapeMarkdown(input)}`);
  }
});

test('a removed link keeps its label and says it was removed; the address is gone', () => {
  const out = safeMarkdown('Rotate it now: [run this](command:workbench.action.terminal.sendSequence?%7B%7D).');
  assert.equal(out, 'Rotate it now: run this (command link removed).');
  assert.equal(safeMarkdown('See <javascript:alert(1)> now'), 'See (javascript link removed) now');
  assert.equal(safeMarkdown('[passwd](../../etc/passwd)'), 'passwd (link removed)');
  assert.equal(safeMarkdown('![logo](data:image/png;base64,AAAA)'), '(image: logo)');
});

test('http(s) links and ordinary Markdown survive', () => {
  const input = [
    '# Checkout',
    '',
    'The **cart** is *slow*: see [the docs](https://example.com/a_(b)) and `cartTotal()`.',
    '',
    '1. Add an index',
    '2. Batch the query',
    '   - in `cart.js`',
    '',
    '| file | line |',
    '|---|--:|',
    '| cart.js | 26 |',
    '',
    '```sql',
    'CREATE INDEX ON cart_items (product_id);',
    '```',
    '',
    '> measured: 40 ms',
  ].join('\n');
  const out = safeMarkdown(input);
  const render = (text: string) => new MarkdownIt().render(text);
  assert.equal(render(out), render(input), out);
});

test('a workspace location survives only where the host resolves it', () => {
  const input = 'See [cart.js](backend/src/cart.js#L26) and [passwd](../../etc/passwd).';
  assert.equal(safeMarkdown(input), 'See cart.js (link removed) and passwd (link removed).');
  const verified = (target: string) => (target === 'backend/src/cart.js#L26' ? 'file:///work/shop/backend/src/cart.js#L26' : undefined);
  assert.equal(safeMarkdown(input, { workspaceLink: verified }), 'See [cart.js](<file:///work/shop/backend/src/cart.js#L26>) and passwd (link removed).');
});

test('text that looks like Markdown stays text', () => {
  assert.equal(escapeMarkdown('1. [x](y) *z* <b> `c` #h'), '1\\. \\[x\\](y) \\*z\\* \\<b\\> \\`c\\` #h');
  assert.equal(`- ${escapeMarkdown('- item')}`, '- \\- item', 'after a bullet, a dash is text');
  // Underscores inside words cannot emphasise: left as they are, so memory files stay readable.
  assert.equal(escapeMarkdown('cart_items.product_id _x_'), 'cart_items.product_id \\_x\\_');
  assert.equal(safeInlineMarkdown('line one\n- line two\n# three'), 'line one - line two # three');
  // file:line citations are not addresses: they stay readable.
  assert.equal(escapeMarkdown('src/payments.js:10'), 'src/payments.js:10');
  assert.equal(escapeMarkdown('Note: command:x'), 'Note: command\\:x');
});

test('terminal escapes and bidi overrides are dropped; code keeps its backticks inside', () => {
  assert.equal(plainText('ok\u001b]8;;command:x\u0007link\u001b]8;;\u0007 \u202Eevil\u2066'), 'ok]8;;command:xlink]8;; evil');
  assert.equal(codeSpan('a `b` c'), '``a `b` c``');
  assert.equal(codeSpan('`x'), '`` `x ``');
  assert.equal(codeFence('x\n````\ny', 'sql'), '`````sql\nx\n````\ny\n`````');
  assert.equal(codeFence('x', 'js"><script>'), '```jsscript\nx\n```');
  // The editor links file:// even inside code: the address is broken by an invisible space, as a
  // quoted command: or javascript: is; ordinary code with colons is left alone.
  assert.equal(codeSpan('file:///etc/passwd'), '`file:\u200b///etc/passwd`');
  assert.equal(codeFence('{"detail": "[run](command:workbench.action.terminal.new)"}', 'json'), '```json\n{"detail": "[run](command:\u200bworkbench.action.terminal.new)"}\n```');
  assert.equal(codeSpan('const a = { b: c, d:e }; std::vector'), '`const a = { b: c, d:e }; std::vector`');
});
