CREATE TABLE other (id int PRIMARY KEY);
CREATE TABLE log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    body text
) WITH (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.05, log_autovacuum_min_duration = -1);
