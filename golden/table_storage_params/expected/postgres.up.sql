
-- s0001 alter table params log
ALTER TABLE log SET (fillfactor = '70', autovacuum_enabled = 'false');

-- s0002 create table hot_counters
CREATE TABLE hot_counters (
    id bigint NOT NULL,
    n integer DEFAULT 0 NOT NULL,
    CONSTRAINT hot_counters_pkey PRIMARY KEY (id)
) WITH (fillfactor = '50', autovacuum_vacuum_scale_factor = '0.01');
