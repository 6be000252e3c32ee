CREATE TABLE posts (
    id bigserial PRIMARY KEY,
    title varchar(300) NOT NULL,
    body text NOT NULL DEFAULT '',
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE comments (
    id bigserial PRIMARY KEY,
    post_id bigint NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    body text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.updated_at = clock_timestamp(); RETURN NEW; END $$;
COMMENT ON FUNCTION touch_updated_at() IS 'BEFORE UPDATE row trigger: sets updated_at';
CREATE TRIGGER set_timestamp BEFORE UPDATE ON posts FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER set_timestamp BEFORE UPDATE ON comments FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

CREATE VIEW post_summaries AS SELECT id, title, left(body, 160) AS excerpt FROM posts;
CREATE FUNCTION post_summaries_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN UPDATE posts SET title = NEW.title, body = NEW.excerpt WHERE id = OLD.id; RETURN NEW; END $$;
CREATE TRIGGER post_summaries_update INSTEAD OF UPDATE ON post_summaries FOR EACH ROW EXECUTE FUNCTION post_summaries_update();
