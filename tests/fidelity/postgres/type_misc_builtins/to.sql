CREATE TABLE things (
    id int PRIMARY KEY,
    u uuid, j json, jb jsonb NOT NULL DEFAULT '{}', ip inet, net cidr, mac macaddr, x xml,
    m money, r real, dp double precision, b bytea, ts tsvector, rng int4range, p point
);
