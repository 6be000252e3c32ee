CREATE TABLE a (id int PRIMARY KEY, created_at timestamptz);
CREATE TABLE b (id int PRIMARY KEY, created_at timestamptz);
CREATE INDEX idx_created ON b (created_at);
