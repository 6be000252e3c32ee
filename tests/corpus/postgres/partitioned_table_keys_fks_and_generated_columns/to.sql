CREATE TABLE accounts (id bigint PRIMARY KEY, name text NOT NULL);

CREATE TABLE ledger (
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    entry_id bigint NOT NULL,
    booked_on date NOT NULL,
    amount_cents bigint NOT NULL,
    memo text,
    amount numeric(14,2) GENERATED ALWAYS AS (amount_cents / 100.0) STORED,
    PRIMARY KEY (account_id, entry_id, booked_on),
    CONSTRAINT ledger_amount_nonzero CHECK (amount_cents <> 0)
) PARTITION BY RANGE (booked_on);
CREATE TABLE ledger_2024 PARTITION OF ledger FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE ledger_2025 PARTITION OF ledger FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE ledger_2026 PARTITION OF ledger FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE INDEX ledger_2025_memo_idx ON ledger_2025 (memo);
CREATE UNIQUE INDEX ledger_entry_key ON ledger (entry_id, booked_on);
COMMENT ON COLUMN ledger.amount IS 'derived from cents';

CREATE TABLE statements (
    id serial PRIMARY KEY,
    account_id bigint NOT NULL,
    entry_id bigint NOT NULL,
    booked_on date NOT NULL,
    CONSTRAINT statements_entry_fkey FOREIGN KEY (account_id, entry_id, booked_on)
        REFERENCES ledger (account_id, entry_id, booked_on) ON DELETE CASCADE
);
