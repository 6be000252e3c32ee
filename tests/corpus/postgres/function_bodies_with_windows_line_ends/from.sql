-- Functions created from files saved with Windows line ends keep a carriage
-- return at the end of every line of their body (written here as E'…\r\n…' so
-- this file has none). The release changes one such function and adds another;
-- a plan whose \r is lost on the way (a script read as text turns \r\n into \n)
-- creates bodies that differ from the target's.
CREATE TABLE public.invoices (
    id bigint NOT NULL PRIMARY KEY,
    total_cents bigint DEFAULT 0 NOT NULL,
    tax_cents bigint DEFAULT 0 NOT NULL
);

CREATE FUNCTION public.invoice_total(invoice_id bigint) RETURNS bigint
    LANGUAGE sql STABLE
    AS E'\r\n  SELECT total_cents\r\n  FROM invoices\r\n  WHERE id = invoice_id\r\n';
