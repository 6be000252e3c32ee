
-- s0001 create table select
DROP TABLE "select";
