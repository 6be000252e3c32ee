CREATE TABLE orders (
    id serial PRIMARY KEY,
    legacy_no integer NOT NULL,
    placed_at timestamp NOT NULL DEFAULT now()
);
CREATE SEQUENCE order_no_seq START 5000 OWNED BY orders.legacy_no;
ALTER TABLE orders ALTER COLUMN legacy_no SET DEFAULT nextval('order_no_seq');

CREATE TABLE invoices (
    id bigserial PRIMARY KEY,
    order_id integer NOT NULL REFERENCES orders (id) ON DELETE CASCADE
);
