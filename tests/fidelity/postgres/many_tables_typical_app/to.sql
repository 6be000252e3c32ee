CREATE TABLE users (id bigserial PRIMARY KEY, email text NOT NULL UNIQUE, name varchar(100), created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz);
CREATE TABLE posts (id bigserial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users ON DELETE CASCADE, title varchar(200) NOT NULL, body text, published boolean NOT NULL DEFAULT false);
CREATE INDEX posts_user_id_idx ON posts (user_id);
CREATE INDEX posts_published_idx ON posts (published) WHERE published;
CREATE TABLE comments (id bigserial PRIMARY KEY, post_id bigint NOT NULL REFERENCES posts ON DELETE CASCADE, user_id bigint REFERENCES users ON DELETE SET NULL, body text NOT NULL);
CREATE INDEX ON comments (post_id);
