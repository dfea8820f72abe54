import db from './db.js'

const REMINDER_TEMPLATE = 'Invoice {ref} is overdue.'

export async function overdueReminders(today) {
  const overdue = await db('invoices').where('due_on', '<', today).andWhere({ paid: false })
  return Promise.all(overdue.map(async (invoice) => {
    const customer = await db('customers').where({ id: invoice.customer_id }).first()
    return { to: customer.email, text: REMINDER_TEMPLATE.replace('{ref}', invoice.ref) }
  }))
}
