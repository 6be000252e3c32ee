CREATE TABLE posts (
    id bigserial PRIMARY KEY,
    title text NOT NULL,
    body text NOT NULL DEFAULT '',
    updated_at timestamp NOT NULL DEFAULT now()
);
CREATE TABLE comments (
    id bigserial PRIMARY KEY,
    post_id bigint NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    body text NOT NULL,
    updated_at timestamp NOT NULL DEFAULT now()
);

CREATE FUNCTION trigger_set_timestamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.updated_at = now(); RETURN NEW; END $$;
CREATE TRIGGER set_timestamp BEFORE UPDATE ON posts FOR EACH ROW EXECUTE FUNCTION trigger_set_timestamp();
CREATE TRIGGER set_timestamp BEFORE UPDATE ON comments FOR EACH ROW EXECUTE FUNCTION trigger_set_timestamp();

CREATE VIEW post_summaries AS SELECT id, title, left(body, 100) AS excerpt FROM posts;
CREATE FUNCTION post_summaries_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN UPDATE posts SET title = NEW.title WHERE id = OLD.id; RETURN NEW; END $$;
CREATE TRIGGER post_summaries_update INSTEAD OF UPDATE ON post_summaries FOR EACH ROW EXECUTE FUNCTION post_summaries_update();
