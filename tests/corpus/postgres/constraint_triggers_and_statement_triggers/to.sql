CREATE TABLE accounts (
    id bigserial PRIMARY KEY,
    balance_cents numeric(18,0) NOT NULL DEFAULT 0,
    currency char(3) NOT NULL DEFAULT 'EUR'
);
CREATE TABLE transfers (
    id bigserial PRIMARY KEY,
    from_id bigint NOT NULL REFERENCES accounts (id),
    to_id bigint NOT NULL REFERENCES accounts (id),
    cents bigint NOT NULL CHECK (cents > 0),
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION check_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM accounts GROUP BY currency HAVING sum(balance_cents) <> 0) THEN
    RAISE EXCEPTION 'ledger out of balance';
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION note_transfer() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER accounts_balanced AFTER INSERT OR UPDATE OR DELETE ON accounts
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION check_balanced();
CREATE TRIGGER transfers_note AFTER INSERT ON transfers
    REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION note_transfer();
