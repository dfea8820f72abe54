'use strict';

const crypto = require('node:crypto');

const PROVIDER_URL = process.env.PAYMENT_API_URL || 'https://api.paybridge.example/v2';
const apiKey = process.env.PAYMENT_API_KEY;

class PaymentError extends Error {
  constructor(message, status) {
    super(message);
    this.name = 'PaymentError';
    this.status = status;
  }
}

// The provider deduplicates on the idempotency key for 24 hours, so a retried
// checkout with the same order reference never charges twice.
function idempotencyKey(orderRef) {
  return crypto.createHash('sha256').update(`checkout:${orderRef}`).digest('hex');
}

async function charge({ orderRef, amountCents, currency = 'EUR', paymentToken }) {
  if (!apiKey) {
    throw new PaymentError('PAYMENT_API_KEY is not set; the payment provider cannot be called', 500);
  }
  const response = await fetch(`${PROVIDER_URL}/charges`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${apiKey}`,
      'Content-Type': 'application/json',
      'Idempotency-Key': idempotencyKey(orderRef),
    },
    body: JSON.stringify({ amount: amountCents, currency, source: paymentToken, capture: false }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) {
    throw new PaymentError(`payment provider answered ${response.status}`, response.status);
  }
  const body = await response.json();
  return { chargeId: body.id, status: body.status };
}

module.exports = { charge, PaymentError };
