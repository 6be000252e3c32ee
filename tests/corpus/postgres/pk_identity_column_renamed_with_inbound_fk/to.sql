CREATE TABLE accounts (account_no integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
CREATE TABLE logins (id serial PRIMARY KEY, account_id integer NOT NULL REFERENCES accounts (account_no) MATCH FULL ON DELETE CASCADE, at timestamptz NOT NULL DEFAULT now());
CREATE INDEX logins_at_idx ON logins (at DESC NULLS LAST, account_id);
