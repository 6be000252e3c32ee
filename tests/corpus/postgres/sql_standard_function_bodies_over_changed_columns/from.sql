CREATE TABLE users (
    id bigserial PRIMARY KEY,
    email varchar(255) NOT NULL,
    active boolean NOT NULL DEFAULT true,
    score integer NOT NULL DEFAULT 0
);

CREATE FUNCTION active_user_count() RETURNS bigint LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT count(*) FROM users WHERE active;
END;

CREATE FUNCTION user_score(uid bigint) RETURNS integer LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT score FROM users WHERE id = uid;
END;

CREATE FUNCTION email_domain(e varchar) RETURNS text LANGUAGE sql IMMUTABLE
RETURN split_part(e, '@', 2);
