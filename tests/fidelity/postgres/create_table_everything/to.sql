CREATE TYPE plan AS ENUM ('free', 'pro');
CREATE TABLE accounts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email varchar(320) NOT NULL UNIQUE,
    plan plan NOT NULL DEFAULT 'free',
    balance numeric(12,2) NOT NULL DEFAULT 0 CHECK (balance >= 0),
    created_at timestamptz NOT NULL DEFAULT now(),
    tags text[] NOT NULL DEFAULT '{}'
);
COMMENT ON TABLE accounts IS 'billing accounts';
CREATE INDEX accounts_created ON accounts (created_at DESC);
CREATE TABLE invoices (
    id serial PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts ON DELETE CASCADE,
    amount numeric(12,2) NOT NULL
);
CREATE VIEW account_totals AS SELECT a.id, sum(i.amount) AS total FROM accounts a JOIN invoices i ON i.account_id = a.id GROUP BY a.id;
