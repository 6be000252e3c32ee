CREATE TABLE invoices (
    id bigserial PRIMARY KEY,
    customer_id bigint NOT NULL,
    amount_cents bigint NOT NULL,
    currency char(3) NOT NULL DEFAULT 'USD',
    issued_on date NOT NULL DEFAULT CURRENT_DATE,
    due_on date,
    paid_on date
);
COMMENT ON COLUMN invoices.due_on IS 'defaults to issued_on + 30 when null';

CREATE FUNCTION money_fmt(cents bigint) RETURNS text LANGUAGE sql IMMUTABLE
AS $$ SELECT to_char(cents / 100.0, 'FM999999990.00') $$;

CREATE FUNCTION money_fmt(cents bigint, currency text, symbol boolean DEFAULT false) RETURNS text LANGUAGE sql IMMUTABLE
AS $$ SELECT CASE WHEN symbol AND currency = 'USD' THEN '$' ELSE currency || ' ' END || money_fmt(cents) $$;

CREATE FUNCTION overdue_invoices(as_of date DEFAULT CURRENT_DATE, grace integer DEFAULT 45)
RETURNS SETOF invoices LANGUAGE sql STABLE
AS $$ SELECT * FROM invoices WHERE paid_on IS NULL AND coalesce(due_on, issued_on + grace) < as_of $$;

CREATE FUNCTION invoice_total(p_customer bigint, p_currency text DEFAULT 'USD') RETURNS bigint LANGUAGE plpgsql STABLE AS $$
DECLARE t bigint;
BEGIN
  SELECT coalesce(sum(amount_cents), 0) INTO t FROM invoices WHERE customer_id = p_customer AND currency = p_currency;
  RETURN t;
END $$;

CREATE VIEW invoice_lines AS
    SELECT id, customer_id, money_fmt(amount_cents, currency::text) AS amount, currency, issued_on, due_on
    FROM invoices;

CREATE VIEW open_invoice_lines AS
    SELECT l.id, l.customer_id, l.amount, l.due_on FROM invoice_lines l JOIN invoices i ON i.id = l.id WHERE i.paid_on IS NULL;

CREATE MATERIALIZED VIEW customer_balances AS
    SELECT customer_id, currency, sum(amount_cents) AS balance_cents, count(*) AS invoices
    FROM invoices WHERE paid_on IS NULL GROUP BY customer_id, currency;
CREATE UNIQUE INDEX customer_balances_customer_idx ON customer_balances (customer_id, currency);
CREATE INDEX customer_balances_balance_idx ON customer_balances (balance_cents DESC);
COMMENT ON FUNCTION money_fmt(bigint) IS 'cents as a decimal string';
COMMENT ON MATERIALIZED VIEW customer_balances IS 'refreshed nightly';

CREATE FUNCTION invoices_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.paid_on IS NOT NULL AND NEW.paid_on < NEW.issued_on THEN
    RAISE EXCEPTION 'paid before issued';
  END IF;
  RETURN NEW;
END $$;
COMMENT ON FUNCTION invoices_guard() IS 'trigger function for invoices_guard';
CREATE TRIGGER invoices_guard BEFORE INSERT OR UPDATE ON invoices FOR EACH ROW EXECUTE FUNCTION invoices_guard();
COMMENT ON TRIGGER invoices_guard ON invoices IS 'rejects payment dates before the issue date';
ALTER TABLE invoices ENABLE ROW LEVEL SECURITY;
CREATE POLICY invoices_reader ON invoices FOR SELECT USING (true);
COMMENT ON POLICY invoices_reader ON invoices IS 'everyone reads, for now';
