
-- s0001 create table select
CREATE TABLE "select" (
    id integer NOT NULL,
    "Mixed Case" text,
    "quote's" integer,
    "order" integer,
    CONSTRAINT select_pkey PRIMARY KEY (id)
);
