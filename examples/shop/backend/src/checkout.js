'use strict';

const crypto = require('node:crypto');
const db = require('./db');
const { cartTotal, loadItems } = require('./cart');
const payment = require('./payment');

function orderLines(items) {
  const lines = [];
  for (const item of items) {
    lines.push({ productId: item.product_id, quantity: item.quantity });
  }
  return lines;
}

async function checkout(req, res, next) {
  const { cartId, userId, paymentToken } = req.body || {};
  if (!cartId || !userId || !paymentToken) {
    res.status(400).json({ error: 'cartId, userId and paymentToken are required' });
    return;
  }
  try {
    const items = await loadItems(cartId);
    if (items.length === 0) {
      res.status(409).json({ error: 'cart is empty' });
      return;
    }
    const amountCents = await cartTotal(cartId);
    const orderRef = crypto.randomUUID();
    const charge = await payment.charge({ orderRef, amountCents, paymentToken });

    const order = await db.withTransaction(async (client) => {
      const { rows } = await client.query(
        `INSERT INTO orders (ref, user_id, cart_id, total_cents, charge_id, status)
         VALUES ($1, $2, $3, $4, $5, 'pending_capture') RETURNING id, ref, status`,
        [orderRef, userId, cartId, amountCents, charge.chargeId],
      );
      await client.query(
        'INSERT INTO order_lines (order_id, lines) VALUES ($1, $2)',
        [rows[0].id, JSON.stringify(orderLines(items))],
      );
      return rows[0];
    });

    res.status(201).json(order);
  } catch (err) {
    if (err instanceof payment.PaymentError) {
      res.status(402).json({ error: 'payment was declined' });
      return;
    }
    next(err);
  }
}

module.exports = { checkout, orderLines };
