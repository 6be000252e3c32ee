CREATE TABLE tenants (id integer PRIMARY KEY, name text NOT NULL);

CREATE TABLE invoices (
    tenant_id integer NOT NULL REFERENCES tenants (id),
    id bigint NOT NULL,
    issued_on date NOT NULL,
    amount numeric(12,2) NOT NULL,
    status text NOT NULL DEFAULT 'open',
    PRIMARY KEY (tenant_id, id, issued_on)
) PARTITION BY RANGE (issued_on);
CREATE INDEX invoices_status_idx ON invoices (status);
COMMENT ON TABLE invoices IS 'all invoices, by issue date';

CREATE TABLE invoices_2023 PARTITION OF invoices FOR VALUES FROM (MINVALUE) TO ('2024-01-01');
CREATE TABLE invoices_2024 PARTITION OF invoices FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE invoices_2025 PARTITION OF invoices FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
COMMENT ON TABLE invoices_2023 IS 'archive';

CREATE TABLE audit_events (
    region text NOT NULL,
    happened_at timestamptz NOT NULL,
    actor text,
    detail jsonb
) PARTITION BY LIST (region);
CREATE TABLE audit_events_eu PARTITION OF audit_events FOR VALUES IN ('eu', 'uk');
CREATE TABLE audit_events_other PARTITION OF audit_events DEFAULT;
