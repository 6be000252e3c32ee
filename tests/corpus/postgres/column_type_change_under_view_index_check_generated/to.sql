CREATE TABLE invoices (
    id serial PRIMARY KEY,
    amount_cents bigint NOT NULL DEFAULT 0 CHECK (amount_cents >= 0),
    tax_cents integer GENERATED ALWAYS AS (amount_cents / 5) STORED,
    ref text NOT NULL DEFAULT 'INV'
);
CREATE INDEX invoices_big_idx ON invoices (id) WHERE amount_cents > 100000;
CREATE INDEX invoices_ref_lower ON invoices (lower(ref));
CREATE VIEW invoice_totals AS SELECT id, amount_cents + tax_cents AS gross, ref FROM invoices;
CREATE VIEW big_invoices AS SELECT id, gross FROM invoice_totals WHERE gross > 1000;
