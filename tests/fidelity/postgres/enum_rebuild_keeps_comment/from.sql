CREATE TYPE level AS ENUM ('high', 'low');
COMMENT ON TYPE level IS 'priority';
CREATE TABLE tasks (id int PRIMARY KEY, l level);
