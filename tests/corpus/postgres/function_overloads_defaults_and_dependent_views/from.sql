CREATE TABLE invoices (
    id bigserial PRIMARY KEY,
    customer_id bigint NOT NULL,
    amount_cents integer NOT NULL,
    currency char(3) NOT NULL DEFAULT 'USD',
    issued_on date NOT NULL DEFAULT CURRENT_DATE,
    paid_on date
);

CREATE FUNCTION money_fmt(cents integer) RETURNS text LANGUAGE sql IMMUTABLE
AS $$ SELECT to_char(cents / 100.0, 'FM999999990.00') $$;

CREATE FUNCTION money_fmt(cents integer, currency text) RETURNS text LANGUAGE sql IMMUTABLE
AS $$ SELECT currency || ' ' || money_fmt(cents) $$;

CREATE FUNCTION overdue_invoices(as_of date DEFAULT CURRENT_DATE, grace integer DEFAULT 30)
RETURNS SETOF invoices LANGUAGE sql STABLE
AS $$ SELECT * FROM invoices WHERE paid_on IS NULL AND issued_on + grace < as_of $$;

CREATE FUNCTION invoice_total(p_customer bigint) RETURNS integer LANGUAGE plpgsql STABLE AS $$
DECLARE t integer;
BEGIN
  SELECT coalesce(sum(amount_cents), 0) INTO t FROM invoices WHERE customer_id = p_customer;
  RETURN t;
END $$;

CREATE VIEW invoice_lines AS
    SELECT id, customer_id, money_fmt(amount_cents, currency::text) AS amount, issued_on
    FROM invoices;

CREATE VIEW open_invoice_lines AS
    SELECT l.id, l.customer_id, l.amount FROM invoice_lines l JOIN invoices i ON i.id = l.id WHERE i.paid_on IS NULL;

CREATE MATERIALIZED VIEW customer_balances AS
    SELECT customer_id, sum(amount_cents) AS balance_cents, count(*) AS invoices
    FROM invoices WHERE paid_on IS NULL GROUP BY customer_id;
CREATE UNIQUE INDEX customer_balances_customer_idx ON customer_balances (customer_id);
COMMENT ON FUNCTION money_fmt(integer) IS 'cents as a decimal string';

CREATE FUNCTION invoices_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.paid_on IS NOT NULL AND NEW.paid_on < NEW.issued_on THEN
    RAISE EXCEPTION 'paid before issued';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER invoices_guard BEFORE INSERT OR UPDATE ON invoices FOR EACH ROW EXECUTE FUNCTION invoices_guard();
COMMENT ON TRIGGER invoices_guard ON invoices IS 'rejects impossible payment dates';
ALTER TABLE invoices ENABLE ROW LEVEL SECURITY;
CREATE POLICY invoices_reader ON invoices FOR SELECT USING (true);
COMMENT ON POLICY invoices_reader ON invoices IS 'everyone reads for now';
