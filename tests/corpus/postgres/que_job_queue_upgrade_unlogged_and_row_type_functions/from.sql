-- A Rails app's job queue (the que gem) as version 0.x left it, plus a cache
-- table; the release upgrades the queue to que 1.x and makes the cache
-- UNLOGGED. The new schema has an UNLOGGED lockers table, functions over the
-- jobs table's row type, trigger functions with their triggers, checks calling
-- a function, and storage parameters.
CREATE TABLE public.que_jobs (
    priority smallint DEFAULT 100 NOT NULL,
    run_at timestamp with time zone DEFAULT now() NOT NULL,
    job_id bigint NOT NULL,
    job_class text NOT NULL,
    args json DEFAULT '[]'::json NOT NULL,
    error_count integer DEFAULT 0 NOT NULL,
    last_error text,
    queue text DEFAULT ''::text NOT NULL
);
COMMENT ON TABLE public.que_jobs IS '3';
CREATE SEQUENCE public.que_jobs_job_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE public.que_jobs_job_id_seq OWNED BY public.que_jobs.job_id;
ALTER TABLE ONLY public.que_jobs ALTER COLUMN job_id SET DEFAULT nextval('public.que_jobs_job_id_seq'::regclass);
ALTER TABLE ONLY public.que_jobs ADD CONSTRAINT que_jobs_pkey PRIMARY KEY (queue, priority, run_at, job_id);

CREATE TABLE public.page_cache (
    key text NOT NULL,
    body text NOT NULL,
    expires_at timestamp without time zone NOT NULL,
    CONSTRAINT page_cache_pkey PRIMARY KEY (key)
);
CREATE INDEX index_page_cache_on_expires_at ON public.page_cache USING btree (expires_at);
