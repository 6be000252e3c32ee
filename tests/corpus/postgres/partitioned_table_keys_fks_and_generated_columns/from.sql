CREATE TABLE accounts (id bigint PRIMARY KEY, name text NOT NULL);

CREATE TABLE ledger (
    account_id bigint NOT NULL REFERENCES accounts (id),
    entry_id bigint NOT NULL,
    booked_on date NOT NULL,
    amount_cents integer NOT NULL,
    memo varchar(100),
    PRIMARY KEY (account_id, entry_id, booked_on)
) PARTITION BY RANGE (booked_on);
CREATE TABLE ledger_2024 PARTITION OF ledger FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE ledger_2025 PARTITION OF ledger FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX ledger_2025_memo_idx ON ledger_2025 (memo);

CREATE TABLE statements (
    id serial PRIMARY KEY,
    account_id bigint NOT NULL,
    entry_id bigint NOT NULL,
    booked_on date NOT NULL
);
