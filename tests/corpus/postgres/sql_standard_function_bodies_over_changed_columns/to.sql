CREATE TABLE users (
    id bigserial PRIMARY KEY,
    email text NOT NULL,
    active boolean NOT NULL DEFAULT true,
    score bigint NOT NULL DEFAULT 0,
    deactivated_at timestamptz
);

CREATE FUNCTION active_user_count() RETURNS bigint LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT count(*) FROM users WHERE active AND deactivated_at IS NULL;
END;

CREATE FUNCTION user_score(uid bigint) RETURNS bigint LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT score FROM users WHERE id = uid;
END;

CREATE FUNCTION email_domain(e text) RETURNS text LANGUAGE sql IMMUTABLE
RETURN split_part(e, '@', 2);
