-- A pg_dump-style schema whose function bodies keep their blank lines (as
-- structure.sql files do); the release rewrites one function and adds another,
-- and comments gain paragraphs. A plan that loses a body's blank line leaves a
-- function different from the target's, and the next diff replaces it again.
CREATE TABLE public.accounts (
    id bigint NOT NULL,
    plan character varying DEFAULT 'free'::character varying NOT NULL,
    quota integer DEFAULT 100 NOT NULL
);

CREATE SEQUENCE public.accounts_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE public.accounts_id_seq OWNED BY public.accounts.id;
ALTER TABLE ONLY public.accounts ALTER COLUMN id SET DEFAULT nextval('public.accounts_id_seq'::regclass);
ALTER TABLE ONLY public.accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);

CREATE FUNCTION public.account_quota(account_id bigint) RETURNS integer
    LANGUAGE plpgsql STABLE
    AS $$
    DECLARE
      q integer;

    BEGIN
      SELECT accounts.quota INTO q FROM accounts WHERE accounts.id = account_quota.account_id;

      RETURN coalesce(q, 0);
    END;
    $$;

COMMENT ON TABLE public.accounts IS 'Customer accounts.';
