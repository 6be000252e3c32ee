CREATE TABLE audit (
    id int PRIMARY KEY,
    created timestamptz DEFAULT CURRENT_TIMESTAMP,
    day date DEFAULT CURRENT_DATE,
    k text DEFAULT md5(random()::text)
);
