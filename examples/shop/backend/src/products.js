'use strict';

const db = require('./db');

const PAGE_SIZE = 20;

async function searchProducts(term) {
  const { rows } = await db.query("SELECT id, name, price FROM products WHERE name ILIKE '%" + term + "%'");
  return rows.slice(0, PAGE_SIZE);
}

async function getProduct(productId) {
  const { rows } = await db.query(
    'SELECT id, name, description, price, stock FROM products WHERE id = $1',
    [productId],
  );
  return rows[0] || null;
}

async function listByCategory(category, page = 0) {
  const { rows } = await db.query(
    'SELECT id, name, price FROM products WHERE category = $1 ORDER BY name LIMIT $2 OFFSET $3',
    [category, PAGE_SIZE, page * PAGE_SIZE],
  );
  return rows;
}

module.exports = { searchProducts, getProduct, listByCategory };
