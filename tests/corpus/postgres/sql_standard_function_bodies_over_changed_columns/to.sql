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

CREATE TABLE counters (name text PRIMARY KEY, value bigint NOT NULL DEFAULT 0);
CREATE FUNCTION current_counter(counter text) RETURNS bigint LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT coalesce(max(value), 0) + 1 FROM counters WHERE name = counter;
END;
CREATE FUNCTION valid_handle(h text) RETURNS boolean LANGUAGE sql IMMUTABLE
RETURN h ~ '^[a-z0-9_]{3,30}$';
CREATE TABLE handles (
    handle text PRIMARY KEY CHECK (valid_handle(handle)),
    user_id bigint NOT NULL REFERENCES users (id),
    seq bigint NOT NULL DEFAULT current_counter('handles')
);
