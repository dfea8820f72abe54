'use strict';

const db = require('./db');

async function loadCart(cartId) {
  const { rows } = await db.query(
    'SELECT id, user_id, created_at FROM carts WHERE id = $1',
    [cartId],
  );
  return rows[0] || null;
}

async function loadItems(cartId) {
  const { rows } = await db.query(
    'SELECT product_id, quantity FROM cart_items WHERE cart_id = $1 ORDER BY id',
    [cartId],
  );
  return rows;
}

// Total in cents so that rounding happens once, at display time.
async function cartTotal(cartId) {
  const items = await loadItems(cartId);
  let total = 0;
  for (const item of items) {
    const { rows } = await db.query('SELECT price FROM products WHERE id = $1', [item.product_id]);
    if (rows.length === 0) {
      continue; // product was removed from the catalogue after it was added to the cart
    }
    total += rows[0].price * item.quantity;
  }
  return total;
}

async function getCart(cartId) {
  const cart = await loadCart(cartId);
  if (!cart) {
    return null;
  }
  const items = await loadItems(cartId);
  const total = await cartTotal(cartId);
  return { ...cart, items, total };
}

module.exports = { getCart, cartTotal, loadItems };
