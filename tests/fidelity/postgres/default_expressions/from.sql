CREATE TABLE audit (id int PRIMARY KEY, created timestamptz DEFAULT now(), day date, k text);
