'use strict';

const express = require('express');
const { searchProducts } = require('./products');
const { getCart } = require('./cart');
const { checkout } = require('./checkout');
const db = require('./db');

const app = express();
app.use(express.json({ limit: '100kb' }));

app.get('/health', (_req, res) => {
  res.json({ ok: true });
});

app.get('/products/search', async (req, res, next) => {
  try {
    const term = String(req.query.q || '');
    res.json(await searchProducts(term));
  } catch (err) {
    next(err);
  }
});

app.get('/cart/:id', async (req, res, next) => {
  try {
    const cart = await getCart(req.params.id);
    if (!cart) {
      res.status(404).json({ error: 'cart not found' });
      return;
    }
    res.json(cart);
  } catch (err) {
    next(err);
  }
});

app.post('/checkout', checkout);

app.use((err, _req, res, _next) => {
  console.error(err);
  res.status(500).json({ error: 'internal error' });
});

const port = Number(process.env.PORT || 3000);
const server = app.listen(port, () => {
  console.log(`shop api listening on :${port}`);
});

process.on('SIGTERM', () => {
  server.close(() => db.close());
});

module.exports = app;
