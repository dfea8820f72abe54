const API_BASE = import.meta.env.VITE_API_BASE || '/api';

async function request(path, options = {}) {
  const response = await fetch(`${API_BASE}${path}`, {
    headers: { 'Content-Type': 'application/json' },
    ...options,
  });
  if (!response.ok) {
    const body = await response.json().catch(() => ({}));
    throw new Error(body.error || `request failed with ${response.status}`);
  }
  return response.json();
}

export function searchProducts(term) {
  return request(`/products/search?q=${encodeURIComponent(term)}`);
}

export function fetchCart(cartId) {
  return request(`/cart/${encodeURIComponent(cartId)}`);
}

export function submitCheckout({ cartId, userId, paymentToken }) {
  return request('/checkout', {
    method: 'POST',
    body: JSON.stringify({ cartId, userId, paymentToken }),
  });
}

export function formatPrice(cents) {
  return new Intl.NumberFormat('en-IE', { style: 'currency', currency: 'EUR' }).format(cents / 100);
}
