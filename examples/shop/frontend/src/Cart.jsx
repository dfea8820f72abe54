import { useEffect, useState } from 'react';
import { fetchCart, formatPrice } from './api.js';

export default function Cart({ cartId }) {
  const [cart, setCart] = useState(null);
  const [error, setError] = useState(null);

  useEffect(() => {
    let cancelled = false;
    fetchCart(cartId)
      .then((loaded) => {
        if (!cancelled) setCart(loaded);
      })
      .catch((err) => {
        if (!cancelled) setError(err.message);
      });
    return () => {
      cancelled = true;
    };
  }, [cartId]);

  if (error) return <p role="alert">Could not load your cart: {error}</p>;
  if (!cart) return <p>Loading cart…</p>;

  return (
    <section className="cart">
      <h2>Your cart</h2>
      <ul>
        {cart.items.map((item) => (
          <li key={item.product_id}>
            Product #{item.product_id} × {item.quantity}
          </li>
        ))}
      </ul>
      <p className="cart__total">Total: {formatPrice(cart.total)}</p>
    </section>
  );
}
