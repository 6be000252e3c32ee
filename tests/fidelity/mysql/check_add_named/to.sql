CREATE TABLE t (lo INT, hi INT, CONSTRAINT lo_le_hi CHECK (lo <= hi));
