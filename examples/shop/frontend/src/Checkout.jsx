import { useState } from 'react';
import { submitCheckout } from './api.js';

export default function Checkout({ cartId, userId }) {
  const [status, setStatus] = useState('idle');
  const [order, setOrder] = useState(null);
  const [error, setError] = useState(null);

  async function onPay() {
    setStatus('paying');
    setError(null);
    try {
      // The provider's hosted card field (loaded in index.html) turns the card into a one-time token.
      const paymentToken = await window.PayBridge.createToken('#card-field');
      const placed = await submitCheckout({ cartId, userId, paymentToken });
      setOrder(placed);
      setStatus('done');
    } catch (err) {
      setError(err.message);
      setStatus('idle');
    }
  }

  if (status === 'done') {
    return <p className="checkout__done">Thanks! Order {order.ref} is being processed.</p>;
  }

  return (
    <section className="checkout">
      <div id="card-field" />
      <button type="button" onClick={onPay} disabled={status === 'paying'}>
        {status === 'paying' ? 'Paying…' : 'Pay now'}
      </button>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
