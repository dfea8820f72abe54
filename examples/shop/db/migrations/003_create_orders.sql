CREATE TABLE users (
    id         BIGSERIAL PRIMARY KEY,
    email      TEXT NOT NULL UNIQUE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE orders (
    id          BIGSERIAL PRIMARY KEY,
    ref         UUID NOT NULL UNIQUE,
    user_id     BIGINT NOT NULL REFERENCES users(id),
    cart_id     BIGINT NOT NULL,
    total_cents INTEGER NOT NULL,
    charge_id   TEXT,
    status      TEXT NOT NULL DEFAULT 'pending_capture',
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX idx_orders_user_id ON orders(user_id);

CREATE TABLE order_lines (
    order_id BIGINT PRIMARY KEY REFERENCES orders(id) ON DELETE CASCADE,
    lines    JSONB NOT NULL
);
