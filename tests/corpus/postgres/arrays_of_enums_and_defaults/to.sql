CREATE TYPE permission AS ENUM ('read', 'write', 'admin');
CREATE TABLE members (
    id serial PRIMARY KEY,
    perms permission[] NOT NULL DEFAULT '{read,write}',
    labels text[] NOT NULL DEFAULT ARRAY[]::text[],
    scores bigint[] DEFAULT '{}'::bigint[],
    matrix integer[][],
    CONSTRAINT members_perms_nonempty CHECK (cardinality(perms) > 0)
);
CREATE INDEX members_perms_gin ON members USING gin (perms);
