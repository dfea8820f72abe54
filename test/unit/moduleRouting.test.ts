// Memory updates go to the module the finding's files belong to (#10 item 5).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { filesNamedIn, moduleForFile } from '../../src/core/memory/moduleRouting';
import { projectMemoryOf } from '../../src/core/memory/index';

const memory = projectMemoryOf([
  { path: 'CLAUDE.md', content: '# Shop\n', origin: 'claude-md' },
  { path: 'modules/payment.md', content: '# Payment module\n\nCode: `backend/src/payment.js`, called from `backend/src/checkout.js`.\n', origin: 'module-note' },
]);

test('a file named in a module note belongs to that module', () => {
  assert.equal(moduleForFile('backend/src/payment.js', memory), 'payment');
  assert.equal(moduleForFile('backend/src/checkout.js', memory), 'payment');
});

test('other files belong to the module named after them, or after their folder when the name says nothing', () => {
  assert.equal(moduleForFile('backend/src/cart.js', memory), 'cart', 'not payment, although the request was about checkout');
  assert.equal(moduleForFile('db/migrations/002_create_carts.sql', memory), 'carts');
  assert.equal(moduleForFile('db/migrations/002_create_carts.sql', memory, ['cart']), 'cart', 'joins the cart module of the same proposal');
  assert.equal(moduleForFile('src/orders/index.ts', memory), 'orders');
  assert.equal(moduleForFile('frontend/dist/assets/index-4f3a9c.js', memory), undefined, 'a build artefact names no module');
  assert.equal(moduleForFile('frontend/package.json', memory), undefined);
});

test('the files a note names are found with or without a line', () => {
  assert.deepEqual(
    filesNamedIn('Checkout time depends on the cart total: backend/src/cart.js looks prices up per cart item, which needs an index (db/migrations/002_create_carts.sql:11).'),
    ['backend/src/cart.js', 'db/migrations/002_create_carts.sql'],
  );
  assert.deepEqual(filesNamedIn('See `frontend/package.json:13`. Also e.g. Node.js.'), ['frontend/package.json']);
});
