CREATE FUNCTION cents_to_amount(cents bigint) RETURNS numeric LANGUAGE sql IMMUTABLE
AS $$ SELECT round(cents / 100.0, 2) $$;

CREATE FUNCTION is_positive(v numeric) RETURNS boolean LANGUAGE sql IMMUTABLE
AS $$ SELECT v > 0 $$;

CREATE TABLE line_items (
    id bigserial PRIMARY KEY,
    sku text NOT NULL,
    qty integer NOT NULL DEFAULT 1,
    unit_cents integer NOT NULL,
    discount_cents bigint NOT NULL DEFAULT 0,
    CONSTRAINT line_items_qty_check CHECK (is_positive(qty))
);
CREATE INDEX line_items_amount_idx ON line_items (cents_to_amount(unit_cents));

CREATE VIEW line_item_amounts AS
    SELECT id, sku, qty, cents_to_amount(unit_cents) AS unit_amount FROM line_items;
