CREATE TABLE public.invoices (
    id bigint NOT NULL PRIMARY KEY,
    total_cents bigint DEFAULT 0 NOT NULL,
    tax_cents bigint DEFAULT 0 NOT NULL
);

CREATE FUNCTION public.invoice_total(invoice_id bigint) RETURNS bigint
    LANGUAGE sql STABLE
    AS E'\r\n  SELECT total_cents + tax_cents\r\n  FROM invoices\r\n  WHERE id = invoice_id\r\n';

CREATE FUNCTION public.invoice_tax_rate(invoice_id bigint) RETURNS numeric
    LANGUAGE plpgsql STABLE
    AS E'\r\nDECLARE\r\n  r numeric;\r\nBEGIN\r\n  SELECT tax_cents::numeric / nullif(total_cents, 0) INTO r\r\n  FROM invoices WHERE id = invoice_id;\r\n  RETURN coalesce(r, 0); -- ''none'' is 0\r\nEND;\r\n';
