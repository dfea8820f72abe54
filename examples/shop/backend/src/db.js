'use strict';

const { Pool } = require('pg');

// One pool per process; pg queues queries when all clients are busy.
const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DB_POOL_SIZE || 10),
  idleTimeoutMillis: 30_000,
});

pool.on('error', (err) => {
  console.error('idle pg client error', err);
});

async function query(sql, params = []) {
  return pool.query(sql, params);
}

async function withTransaction(work) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  } finally {
    client.release();
  }
}

async function close() {
  await pool.end();
}

module.exports = { query, withTransaction, close };
