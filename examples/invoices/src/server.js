import express from 'express'
import { invoiceTotals } from './invoices.js'
import { overdueReminders } from './reminders.js'
import { customerById, customersNamed, searchCustomers } from './customers.js'

const app = express()
app.use(express.json())

app.post('/invoices/totals', async (req, res, next) => {
  try {
    res.json(await invoiceTotals(req.body.ids ?? []))
  } catch (err) {
    next(err)
  }
})

app.get('/reminders', async (req, res, next) => {
  try {
    res.json(await overdueReminders(new Date()))
  } catch (err) {
    next(err)
  }
})

app.get('/customers/search', async (req, res) => res.json(await searchCustomers(String(req.query.q ?? ''))))
app.get('/customers/named', async (req, res) => res.json(await customersNamed(String(req.query.q ?? ''))))
app.get('/customers/:id', async (req, res) => res.json(await customerById(req.params.id)))

app.listen(Number(process.env.PORT ?? 3000))
