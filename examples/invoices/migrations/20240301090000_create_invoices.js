// Knex migration, written without semicolons like the rest of the service.
export const up = (knex) => knex.schema
  .createTable('customers', (t) => {
    t.increments('id')
    t.string('name').notNullable()
    t.string('email').notNullable().unique()
  })
  .createTable('invoices', (t) => {
    t.increments('id')
    t.string('ref').notNullable().unique()
    t.integer('customer_id').notNullable().references('id').inTable('customers').index()
    t.date('due_on').notNullable()
    t.boolean('paid').notNullable().defaultTo(false)
    t.string('currency', 3).notNullable()
  })
  .createTable('invoice_lines', (t) => {
    t.increments('id')
    t.integer('invoice_id').notNullable().references('id').inTable('invoices')
    t.integer('product_id').notNullable().references('products.id')
    t.integer('quantity').notNullable()
    t.integer('unit_cents').notNullable()
    t.index(['product_id', 'invoice_id'])
  })

export const down = (knex) => knex.schema.dropTable('invoice_lines').dropTable('invoices').dropTable('customers')
