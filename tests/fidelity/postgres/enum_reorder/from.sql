CREATE TYPE level AS ENUM ('high', 'low', 'medium');
CREATE TABLE tasks (id int PRIMARY KEY, l level NOT NULL);
