CREATE TYPE shipment_state AS ENUM ('created', 'in_transit', 'lost', 'delivered');

CREATE TABLE shipments (
    id bigint NOT NULL,
    shipped_on date NOT NULL,
    state shipment_state NOT NULL DEFAULT 'created',
    carrier text,
    PRIMARY KEY (id, shipped_on),
    CONSTRAINT shipments_state_check CHECK (state <> 'lost' OR carrier IS NOT NULL)
) PARTITION BY RANGE (shipped_on);
CREATE INDEX shipments_open_idx ON shipments (shipped_on) WHERE state IN ('created', 'in_transit');
COMMENT ON INDEX shipments_open_idx IS 'open shipments by day';
COMMENT ON CONSTRAINT shipments_state_check ON shipments IS 'a lost parcel names its carrier';
CREATE TABLE shipments_2025 PARTITION OF shipments FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE shipments_2026 PARTITION OF shipments FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE INDEX shipments_2026_transit_idx ON shipments_2026 (carrier) WHERE state = 'in_transit';

CREATE TABLE claims (
    id serial PRIMARY KEY,
    shipment_id bigint NOT NULL,
    state shipment_state NOT NULL,
    filed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX claims_lost_idx ON claims (filed_at) WHERE state = 'lost';
COMMENT ON INDEX claims_lost_idx IS 'claims for lost parcels';
