import db from './db.js'

// Totals in cents, one entry per invoice id.
export async function invoiceTotals(invoiceIds) {
  const invoices = await db('invoices').whereIn('id', invoiceIds).select('id', 'currency')
  const totals = {}
  for (const invoice of invoices) {
    const lines = await db('invoice_lines').where({ invoice_id: invoice.id }).select('quantity', 'unit_cents')
    totals[invoice.id] = lines.reduce((sum, l) => sum + l.quantity * l.unit_cents, 0)
  }
  return totals
}

// The same data for the PDF export: every line in one query, grouped in memory.
export async function invoicesWithLines(invoiceIds) {
  const lines = await db('invoice_lines').whereIn('invoice_id', invoiceIds)
  const byInvoice = new Map()
  for (const line of lines) {
    const list = byInvoice.get(line.invoice_id) ?? []
    list.push(line)
    byInvoice.set(line.invoice_id, list)
  }
  return byInvoice
}
