CREATE TABLE orders (
    id serial PRIMARY KEY,
    number bigint NOT NULL,
    placed_at timestamptz NOT NULL DEFAULT now()
);
CREATE SEQUENCE order_no_seq START 5000 OWNED BY orders.number;
ALTER TABLE orders ALTER COLUMN number SET DEFAULT nextval('order_no_seq');
COMMENT ON SEQUENCE order_no_seq IS 'customer-facing order numbers';

CREATE SEQUENCE invoices_id_seq;
CREATE TABLE invoices (
    id bigint PRIMARY KEY DEFAULT nextval('invoices_id_seq'),
    order_id integer NOT NULL REFERENCES orders (id) ON DELETE RESTRICT,
    number bigint NOT NULL DEFAULT nextval('order_no_seq')
);
