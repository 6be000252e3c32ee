CREATE TABLE public.accounts (
    id bigint NOT NULL,
    plan character varying DEFAULT 'free'::character varying NOT NULL,
    quota integer DEFAULT 100 NOT NULL,
    motd text DEFAULT 'Welcome!

See the docs.'::text
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
      bonus integer := 10;

    BEGIN
      SELECT accounts.quota INTO q FROM accounts WHERE accounts.id = account_quota.account_id;

      IF q IS NULL THEN

        RETURN 0;
      END IF;

      RETURN q + bonus;
    END;
    $$;

CREATE FUNCTION public.account_plan_rank(p character varying) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $$
  SELECT CASE p

    WHEN 'free' THEN 0

    WHEN 'pro' THEN 1
    ELSE 2
  END
$$;

COMMENT ON TABLE public.accounts IS 'Customer accounts.

One row per paying or free customer.';
COMMENT ON COLUMN public.accounts.quota IS E'Requests per hour.\r\nWindows line end, and a line\u2028separator.';
