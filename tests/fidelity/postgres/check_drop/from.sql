CREATE TABLE t (id int PRIMARY KEY, n int CHECK (n > 0), m int CONSTRAINT m_pos CHECK (m > 0));
