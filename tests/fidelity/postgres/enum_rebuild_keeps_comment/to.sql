CREATE TYPE level AS ENUM ('low', 'high');
COMMENT ON TYPE level IS 'priority';
CREATE TABLE tasks (id int PRIMARY KEY, l level);
