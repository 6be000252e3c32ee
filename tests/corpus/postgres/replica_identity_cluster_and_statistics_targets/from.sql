-- Settings pg_dump writes after a table and that a database tuned for change
-- data capture and reporting has: the events table is clustered on an index,
-- the release adds logical-replication identities (FULL, and USING INDEX on a
-- new unique index), moves the clustering to a new index whose predecessor is
-- dropped, keeps another on an index it redefines, and raises a column's
-- statistics target.
CREATE TABLE public.events (
    id bigint NOT NULL PRIMARY KEY,
    kind character varying(40) NOT NULL,
    payload jsonb,
    created_at timestamp without time zone NOT NULL
);
CREATE INDEX events_created_at_idx ON public.events USING btree (created_at);
ALTER TABLE public.events CLUSTER ON events_created_at_idx;

CREATE TABLE public.orders (
    id bigint NOT NULL PRIMARY KEY,
    number character varying(20) NOT NULL,
    status character varying(20) NOT NULL
);
CREATE INDEX orders_status_idx ON public.orders USING btree (status);
ALTER TABLE public.orders CLUSTER ON orders_status_idx;

CREATE TABLE public.invoices (
    id bigint NOT NULL PRIMARY KEY,
    issued_on date NOT NULL
);
CREATE INDEX invoices_issued_on_idx ON public.invoices USING btree (issued_on);
ALTER TABLE public.invoices CLUSTER ON invoices_issued_on_idx;
