from tests.dbs import run_sql


def test_pg_scratch(pg_url):
    run_sql(pg_url, "CREATE TABLE t (id int); INSERT INTO t VALUES (1);")


def test_mysql_scratch(mysql_url):
    run_sql(mysql_url, "CREATE TABLE t (id int); INSERT INTO t VALUES (1);")
