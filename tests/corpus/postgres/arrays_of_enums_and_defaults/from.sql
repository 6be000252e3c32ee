CREATE TYPE permission AS ENUM ('read', 'write');
CREATE TABLE members (
    id serial PRIMARY KEY,
    perms permission[] NOT NULL DEFAULT '{read}',
    labels varchar(20)[] NOT NULL DEFAULT '{}',
    scores integer[] DEFAULT '{}'::integer[],
    matrix integer[][]
);
