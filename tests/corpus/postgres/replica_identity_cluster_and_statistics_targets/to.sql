CREATE TABLE public.events (
    id bigint NOT NULL PRIMARY KEY,
    kind character varying(40) NOT NULL,
    payload jsonb,
    created_at timestamp without time zone NOT NULL
);
CREATE INDEX events_kind_created_at_idx ON public.events USING btree (kind, created_at);
ALTER TABLE public.events CLUSTER ON events_kind_created_at_idx;
ALTER TABLE ONLY public.events REPLICA IDENTITY FULL;
ALTER TABLE ONLY public.events ALTER COLUMN kind SET STATISTICS 500;

CREATE TABLE public.orders (
    id bigint NOT NULL PRIMARY KEY,
    number character varying(40) NOT NULL,
    status character varying(20) NOT NULL
);
CREATE UNIQUE INDEX orders_number_key ON public.orders USING btree (number);
ALTER TABLE ONLY public.orders REPLICA IDENTITY USING INDEX orders_number_key;
-- same name, another definition: rebuilt, and clustered on again
CREATE INDEX orders_status_idx ON public.orders USING btree (status, id);
ALTER TABLE public.orders CLUSTER ON orders_status_idx;

CREATE TABLE public.invoices (
    id bigint NOT NULL PRIMARY KEY,
    issued_on date NOT NULL
);
CREATE INDEX invoices_issued_on_idx ON public.invoices USING btree (issued_on DESC);
ALTER TABLE public.invoices CLUSTER ON invoices_issued_on_idx;
