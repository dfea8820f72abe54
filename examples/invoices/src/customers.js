import db from './db.js'

export async function searchCustomers(term) {
  const { rows } = await db.raw(`SELECT id, name, email FROM customers WHERE name ILIKE '%${term}%' ORDER BY name LIMIT 50`)
  return rows
}

export async function customerById(id) {
  const { rows } = await db.raw('SELECT id, name, email FROM customers WHERE id = ?', [id])
  return rows[0]
}

export async function customersNamed(term) {
  return db('customers').where('name', 'ilike', `%${term}%`).limit(50)
}
