import { useState } from 'react';
import Cart from './Cart.jsx';
import Checkout from './Checkout.jsx';
import SalesChart from './SalesChart.jsx';
import { searchProducts, formatPrice } from './api.js';

const DEMO_CART_ID = '1';
const DEMO_USER_ID = '42';

export default function App() {
  const [term, setTerm] = useState('');
  const [results, setResults] = useState([]);
  const [error, setError] = useState(null);

  async function onSearch(event) {
    event.preventDefault();
    setError(null);
    try {
      setResults(await searchProducts(term));
    } catch (err) {
      setError(err.message);
    }
  }

  return (
    <main className="shop">
      <header className="shop__header">
        <img src="/logo.svg" alt="Shop" width="120" height="32" />
        <form onSubmit={onSearch} role="search">
          <input
            value={term}
            onChange={(event) => setTerm(event.target.value)}
            placeholder="Search products"
            aria-label="Search products"
          />
          <button type="submit">Search</button>
        </form>
      </header>
      <section className="hero">
        <img src="/hero.png" alt="New season collection" />
      </section>
      {error && <p role="alert">{error}</p>}
      <ul className="results">
        {results.map((product) => (
          <li key={product.id}>
            {product.name} <span>{formatPrice(product.price)}</span>
          </li>
        ))}
      </ul>
      <Cart cartId={DEMO_CART_ID} />
      <Checkout cartId={DEMO_CART_ID} userId={DEMO_USER_ID} />
      <SalesChart />
    </main>
  );
}
