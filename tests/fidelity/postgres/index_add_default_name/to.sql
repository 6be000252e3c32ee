CREATE TABLE orders (id int PRIMARY KEY, user_id int, placed_at timestamptz);
CREATE INDEX ON orders (user_id, placed_at);
CREATE INDEX orders_placed_idx ON orders (placed_at);
