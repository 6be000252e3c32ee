CREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL);
CREATE TABLE posts (id serial PRIMARY KEY, user_id integer REFERENCES users (id), score integer NOT NULL DEFAULT 0,
  doubled integer GENERATED ALWAYS AS (score * 2) STORED, CONSTRAINT posts_score_check CHECK (score >= 0));
CREATE INDEX posts_user_idx ON posts (user_id);
CREATE VIEW post_scores AS SELECT id, score FROM posts;
COMMENT ON CONSTRAINT posts_user_id_fkey ON posts IS 'author';
COMMENT ON CONSTRAINT posts_score_check ON posts IS 'no negatives';
COMMENT ON INDEX posts_user_idx IS 'by author';
COMMENT ON COLUMN posts.doubled IS 'derived';
COMMENT ON VIEW post_scores IS 'scores';
COMMENT ON CONSTRAINT posts_pkey ON posts IS 'surrogate';
