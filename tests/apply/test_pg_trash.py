"""PostgreSQL keeps what a plan drops: a dropped column's values (with the row
key) and a dropped table's rows are copied to sqlx_trash_* tables in the
step's transaction; `migrate rollback` and compensation put them back, and the
catalog ends as it was. Plans come from `migrate diff` between two live
databases, so they carry the planner's DDL and snapshots (drift is checked)."""
from __future__ import annotations

import json
import signal

from sqlxc.plan.model import MigrationPlan
from sqlxc.sign import approve_plan
from tests.apply.conftest import plan, rows_of, step, tables_of, write_plan
from tests.apply.test_faults import sqlxc, unit_started, wait_for
from tests.catalog.postgres import comparable, snapshot
from tests.dbs import run_sql, scratch

TRASH = "SELECT tablename FROM pg_tables WHERE tablename LIKE 'sqlx\\_trash\\_%' ORDER BY 1"


def diff_plan(cli, signer, tmp_path, before: str, after: str, *, name: str = "p.json"):
    """The signed plan `migrate diff` prints from a database built by ``before`` to one built by ``after``."""
    with scratch("postgres") as target:
        run_sql(target, after)
        with scratch("postgres") as source:
            run_sql(source, before)
            code, out, err = cli("migrate", "diff", "--from", source, "--to", target, "--format", "json")
    assert code == 0, err
    p = signer.sign(MigrationPlan.model_validate(json.loads(out)))
    p = approve_plan(p, signer.key, signer.config, role="data.steward")  # drops need a steward (GOV102)
    return p, write_plan(tmp_path / name, p)


def apply(cli, signer, path, url, *extra):
    return cli("migrate", "apply", "--plan", path, "--url", url, "--config", signer.config_path, *extra)


def rollback(cli, signer, p, url, *extra):
    return cli("migrate", "rollback", "--id", p.id, "--url", url, "--config", signer.config_path, *extra)


def trash(url: str) -> list[str]:
    return [r[0] for r in rows_of(url, TRASH)]


ITEMS = """CREATE TABLE items (
  id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  sku text NOT NULL,
  note text,
  qty int NOT NULL,
  price numeric(8,2) NOT NULL DEFAULT 0
);
COMMENT ON COLUMN items.qty IS 'how many'"""
ITEMS_AFTER = """CREATE TABLE items (
  id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  sku text NOT NULL
)"""
ITEMS_ROWS = "INSERT INTO items (sku, note, qty, price) VALUES ('a', 'first', 3, 1.50), ('b', NULL, 0, 2), ('c', 'x', 7, 0)"


def test_rollback_restores_dropped_columns(signer, cli, tmp_path):
    """A nullable column, a NOT NULL column without default (re-added nullable,
    filled, then SET NOT NULL) and one with a default all get their values back."""
    p, path = diff_plan(cli, signer, tmp_path, ITEMS, ITEMS_AFTER)
    assert [(s.kind, s.object, s.rollback) for s in p.steps] == [
        ("set_comment", "items.qty", "COMMENT ON COLUMN items.qty IS 'how many'"),
        ("drop_column", "items.note", "ALTER TABLE items ADD COLUMN note text"),
        ("drop_column", "items.qty", "ALTER TABLE items ADD COLUMN qty integer NOT NULL"),
        ("drop_column", "items.price", "ALTER TABLE items ADD COLUMN price numeric(8,2) DEFAULT 0 NOT NULL"),
    ]
    with scratch("postgres") as url:
        run_sql(url, ITEMS + ";" + ITEMS_ROWS)
        before = snapshot(url)
        code, _, err = apply(cli, signer, path, url)
        assert code == 0, err
        kept = trash(url)
        assert len(kept) == 3 and [t[-11:] for t in kept] == ["_0001_s0002", "_0001_s0003", "_0001_s0004"]
        assert rows_of(url, f"SELECT * FROM {kept[1]} ORDER BY id") == [(1, 3), (2, 0), (3, 7)]
        assert rows_of(url, "SELECT * FROM items ORDER BY id") == [(1, "a"), (2, "b"), (3, "c")]

        code, _, err = rollback(cli, signer, p, url)
        assert code == 0, err
        assert rows_of(url, "SELECT id, sku, note, qty, price::text FROM items ORDER BY id") == [
            (1, "a", "first", 3, "1.50"), (2, "b", None, 0, "2.00"), (3, "c", "x", 7, "0.00")]
        assert comparable(snapshot(url)) == comparable(before)
        code, out, err = cli("migrate", "cleanup", "--url", url)
        assert (code, out.split(), err) == (0, kept, "sqlxc: dropped 3 trash table(s)\n")
        assert trash(url) == []
        # The re-added columns come last, which is not drift (column order is not counted).
        assert [r[0] for r in rows_of(url, "SELECT column_name FROM information_schema.columns "
                                           "WHERE table_name = 'items' ORDER BY ordinal_position")] == [
            "id", "sku", "price", "qty", "note"]
        code, _, err = apply(cli, signer, path, url)
        assert code == 0, err


PARENT = """CREATE TABLE parent (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE child (id int PRIMARY KEY, parent_id int REFERENCES parent (id));
CREATE TABLE counters (
  id bigint GENERATED ALWAYS AS IDENTITY (START WITH 10) PRIMARY KEY,
  n int NOT NULL,
  twice int GENERATED ALWAYS AS (n * 2) STORED,
  code serial UNIQUE
)"""
PARENT_AFTER = "CREATE TABLE child (id int PRIMARY KEY, parent_id int)"
PARENT_ROWS = """INSERT INTO parent VALUES (1, 'one'), (2, 'two');
INSERT INTO child VALUES (10, 1), (11, 2), (12, NULL);
INSERT INTO counters (n) VALUES (5), (6), (7);
DELETE FROM counters WHERE n = 6"""


def test_rollback_restores_dropped_tables(signer, cli, tmp_path):
    """Rows come back before the FK that references them is re-added; identity
    values are kept (OVERRIDING SYSTEM VALUE), generated ones recomputed, and
    the identity and serial sequences continue after the restored values."""
    p, path = diff_plan(cli, signer, tmp_path, PARENT, PARENT_AFTER)
    assert [(s.kind, s.object) for s in p.steps] == [
        ("drop_foreign_key", "child.child_parent_id_fkey"), ("alter_sequence", "counters_code_seq"),
        ("drop_table", "counters"), ("drop_table", "parent"), ("drop_sequence", "counters_code_seq")]
    with scratch("postgres") as url:
        run_sql(url, PARENT + ";" + PARENT_ROWS)
        before = snapshot(url)
        code, _, err = apply(cli, signer, path, url)
        assert code == 0, err
        assert tables_of(url)[:1] == ["child"] and "parent" not in tables_of(url)
        assert rows_of(url, f"SELECT * FROM {trash(url)[1]} ORDER BY id") == [(1, "one"), (2, "two")]

        code, _, err = rollback(cli, signer, p, url)
        assert code == 0, err
        assert rows_of(url, "SELECT * FROM parent ORDER BY id") == [(1, "one"), (2, "two")]
        assert rows_of(url, "SELECT * FROM counters ORDER BY id") == [(10, 5, 10, 1), (12, 7, 14, 3)]
        assert comparable(snapshot(url)) == comparable(before)
        run_sql(url, "INSERT INTO counters (n) VALUES (8)")
        assert rows_of(url, "SELECT * FROM counters ORDER BY id DESC LIMIT 1") == [(13, 8, 16, 4)]
        code, _, err = cli("migrate", "apply", "--plan", path, "--url", url, "--config", signer.config_path)
        assert code == 0, err  # the trash of the first run does not collide with the second's


def test_trash_is_not_drift_and_not_inspected(signer, cli, tmp_path):
    _, path = diff_plan(cli, signer, tmp_path, ITEMS, ITEMS_AFTER)
    with scratch("postgres") as url:
        run_sql(url, ITEMS + ";" + ITEMS_ROWS)
        assert apply(cli, signer, path, url)[0] == 0
        assert len(trash(url)) == 3
        code, out, _ = cli("drift", "--url", url, "--plan", path)
        assert code == 1  # the database is at the plan's `to`: the only differences are the dropped columns
        assert [line.split(": ")[:2] for line in out.splitlines()[2:]] == [
            ["~ table items", f"columns[{c}]"] for c in ("note", "price", "qty")]
        code, out, _ = cli("inspect", "--url", url)
        assert code == 0 and "sqlx_" not in out


ENUM = """CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE people (id int PRIMARY KEY, mood mood NOT NULL, tags text[])"""
ENUM_AFTER = "CREATE TABLE people (id int PRIMARY KEY, tags text[])"


def test_dropped_enum_column_and_its_type(signer, cli, tmp_path):
    """The trash keeps a user type's values as text, so the plan can still drop the type."""
    p, path = diff_plan(cli, signer, tmp_path, ENUM, ENUM_AFTER)
    assert [s.kind for s in p.steps] == ["drop_column", "drop_enum"]
    with scratch("postgres") as url:
        run_sql(url, ENUM + ";INSERT INTO people VALUES (1, 'happy', '{a,b}'), (2, 'sad', NULL)")
        before = snapshot(url)
        code, _, err = apply(cli, signer, path, url)
        assert code == 0, err
        code, _, err = rollback(cli, signer, p, url)
        assert code == 0, err
        assert rows_of(url, "SELECT id, mood::text, tags FROM people ORDER BY id") == [
            (1, "happy", ["a", "b"]), (2, "sad", None)]
        assert comparable(snapshot(url)) == comparable(before)


def test_key_fallback_and_keyless_table(signer, cli, tmp_path):
    """No primary key: a unique index over NOT NULL columns (of a user type, kept
    as text) matches rows; a table
    with neither keeps whole rows for a person and its rollback restores structure only."""
    before_sql = """CREATE DOMAIN code_t AS text; CREATE TABLE coded (code code_t NOT NULL UNIQUE, v int);
CREATE TABLE loose (a int, b text)"""
    after_sql = "CREATE DOMAIN code_t AS text; CREATE TABLE coded (code code_t NOT NULL UNIQUE); CREATE TABLE loose (a int)"
    p, path = diff_plan(cli, signer, tmp_path, before_sql, after_sql)
    with scratch("postgres") as url:
        run_sql(url, before_sql + ";INSERT INTO coded VALUES ('x', 1), ('y', 2); INSERT INTO loose VALUES (1, 'p')")
        code, _, err = apply(cli, signer, path, url)
        assert code == 0, err
        kept = trash(url)
        assert [rows_of(url, f"SELECT * FROM {t}") for t in kept] == [[("x", 1), ("y", 2)], [(1, "p")]]
        assert rollback(cli, signer, p, url)[0] == 0
        assert rows_of(url, "SELECT * FROM coded ORDER BY code") == [("x", 1), ("y", 2)]
        assert rows_of(url, "SELECT * FROM loose") == [(1, None)]
        assert rows_of(url, f"SELECT * FROM {kept[1]}") == [(1, "p")]


def test_compensation_restores_dropped_data(signer, cli, tmp_path):
    """A committed unit that dropped data is undone with its values when a later
    unit (a concurrent index build outside the transaction) fails."""
    with scratch("postgres") as url:
        run_sql(url, "CREATE TABLE items (id int PRIMARY KEY, v int, note varchar(20) NOT NULL);"
                     "INSERT INTO items VALUES (1, 7, 'one'), (2, 7, 'two');"
                     "CREATE TABLE old (id int GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY);"
                     "INSERT INTO old VALUES (5), (6)")
        before = snapshot(url)
        p = signer.sign(plan("postgres", [
            step(1, "drop_column", "items.note", "ALTER TABLE items DROP COLUMN note",
                 "ALTER TABLE items ADD COLUMN note character varying(20) NOT NULL", op="drop", entity="column"),
            step(2, "drop_table", "old", "DROP TABLE old",
                 "CREATE TABLE old (\n    id integer GENERATED BY DEFAULT AS IDENTITY NOT NULL,\n"
                 "    CONSTRAINT old_pkey PRIMARY KEY (id)\n)", op="drop"),
            step(3, "create_index", "items.items_v_key", "CREATE UNIQUE INDEX CONCURRENTLY items_v_key ON items (v)",
                 "DROP INDEX CONCURRENTLY items_v_key", entity="index", transactional=False),
        ], from_="aaaaaaaaaaaaaaaa", to="bbbbbbbbbbbbbbbb"))
        code, _, err = apply(cli, signer, write_plan(tmp_path / "p.json", p), url)
        assert code == 1
        assert err.splitlines()[0].endswith("; 1 completed unit(s) were undone: the database is at aaaaaaaaaaaaaaaa")
        assert rows_of(url, "SELECT id, v, note FROM items ORDER BY id") == [(1, 7, "one"), (2, 7, "two")]
        assert rows_of(url, "SELECT id FROM old ORDER BY id") == [(5,), (6,)]
        assert comparable(snapshot(url)) == comparable(before)
        run_sql(url, "INSERT INTO old DEFAULT VALUES")
        assert rows_of(url, "SELECT max(id) FROM old") == [(7,)]


def test_dry_run_passes_with_the_trash_statements(signer, cli, tmp_path):
    _, path = diff_plan(cli, signer, tmp_path, PARENT, PARENT_AFTER)
    with scratch("postgres") as url:
        run_sql(url, PARENT + ";" + PARENT_ROWS)
        code, _, err = apply(cli, signer, path, url, "--dry-run")
        assert code == 0, err
        assert trash(url) == [] and "parent" in tables_of(url)


STAMPED = """CREATE TABLE notes (id int PRIMARY KEY, body text NOT NULL, stamp text NOT NULL DEFAULT 'new');
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.stamp := 'touched'; RETURN NEW; END $$;
CREATE TRIGGER notes_touch BEFORE UPDATE ON notes FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TRIGGER notes_touch_replica BEFORE UPDATE ON notes FOR EACH ROW EXECUTE FUNCTION touch();
ALTER TABLE notes ENABLE REPLICA TRIGGER notes_touch_replica"""
STAMPED_AFTER = "CREATE TABLE notes (id int PRIMARY KEY, stamp text NOT NULL DEFAULT 'new')"


def test_restoring_values_fires_no_user_trigger(signer, cli, tmp_path):
    p, path = diff_plan(cli, signer, tmp_path, "CREATE TABLE notes (id int PRIMARY KEY, body text NOT NULL, "
                        "stamp text NOT NULL DEFAULT 'new')", STAMPED_AFTER)
    with scratch("postgres") as url:
        run_sql(url, STAMPED + ";INSERT INTO notes (id, body) VALUES (1, 'hello'), (2, 'world')")
        assert apply(cli, signer, path, url, "--allow-drift")[0] == 0  # the plan does not know the triggers
        code, _, err = rollback(cli, signer, p, url, "--allow-drift")
        assert code == 0, err
        assert rows_of(url, "SELECT id, body, stamp FROM notes ORDER BY id") == [(1, "hello", "new"), (2, "world", "new")]
        assert rows_of(url, "SELECT tgname, tgenabled FROM pg_trigger WHERE tgrelid = 'notes'::regclass ORDER BY 1") == [
            ("notes_touch", "O"), ("notes_touch_replica", "R")]


def test_rows_added_after_the_drop_block_a_not_null_restore(signer, cli, tmp_path):
    p, path = diff_plan(cli, signer, tmp_path, ITEMS, ITEMS_AFTER)
    with scratch("postgres") as url:
        run_sql(url, ITEMS + ";" + ITEMS_ROWS)
        assert apply(cli, signer, path, url)[0] == 0
        run_sql(url, "INSERT INTO items (sku) VALUES ('late')")
        code, _, err = rollback(cli, signer, p, url)
        assert code == 1
        assert err.splitlines()[0] == (
            "sqlxc: error: step s0002 (add_column items.qty) failed: 1 row(s) of items have no kept value for qty, "
            "which is NOT NULL without a default: they were added after the plan dropped qty (or the trash was "
            f"purged); delete or fix them, then roll back again. Nothing of {p.id} remains applied: the database "
            f"is at {p.to}")
        assert rows_of(url, "SELECT * FROM items ORDER BY id") == [(1, "a"), (2, "b"), (3, "c"), (4, "late")]
        run_sql(url, "DELETE FROM items WHERE sku = 'late'")
        assert rollback(cli, signer, p, url)[0] == 0
        assert rows_of(url, "SELECT id, qty FROM items ORDER BY id") == [(1, 3), (2, 0), (3, 7)]


def test_recover_after_a_kill_restores_dropped_data(signer, cli, tmp_path):
    """The journal's per-step detail of a committed unit is what `migrate recover` restores from."""
    with scratch("postgres") as url:
        run_sql(url, "CREATE TABLE items (id int PRIMARY KEY, note text NOT NULL); "
                     "INSERT INTO items VALUES (1, 'one'), (2, 'two')")
        before = snapshot(url)
        p = signer.sign(plan("postgres", [
            step(1, "drop_column", "items.note", "ALTER TABLE items DROP COLUMN note",
                 "ALTER TABLE items ADD COLUMN note text NOT NULL", op="drop", entity="column"),
            step(2, "create_table", "slow", "SELECT pg_sleep(3)", "", transactional=False),
        ], from_="aaaaaaaaaaaaaaaa", to="bbbbbbbbbbbbbbbb"))
        path = write_plan(tmp_path / "p.json", p)
        proc = sqlxc("migrate", "apply", "--plan", path, "--url", url, "--config", signer.config_path)
        wait_for(lambda: unit_started(url, 2))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert rows_of(url, "SELECT * FROM items ORDER BY id") == [(1,), (2,)]
        code, _, err = cli("migrate", "recover", "--url", url, "--config", signer.config_path)
        assert code == 0, err
        assert rows_of(url, "SELECT * FROM items ORDER BY id") == [(1, "one"), (2, "two")]
        assert comparable(snapshot(url)) == comparable(before)


RENAMED_FROM = """table t0 {
  id bigint @pk
  c0 integer
  c2 text?
}
"""
RENAMED_TO = """@renamed_from(t0)
table r0 {
  id bigint @pk
  c0 integer
}
"""


def test_key_dropped_by_the_plan_comes_from_its_snapshot(signer, cli, tmp_path):
    """Renaming a table renames its primary key (dropped before the column, added
    after): the kept values are matched by the key the plan's snapshot names."""
    (tmp_path / "a.sqlx").write_text(RENAMED_FROM)
    (tmp_path / "b.sqlx").write_text(RENAMED_TO)
    code, out, err = cli("migrate", "diff", "--from", tmp_path / "a.sqlx", "--to", tmp_path / "b.sqlx",
                         "--dialect", "postgres", "--format", "json")
    assert code == 0, err
    p = approve_plan(signer.sign(MigrationPlan.model_validate(json.loads(out))), signer.key, signer.config,
                     role="data.steward")
    assert [(s.kind, s.object) for s in p.steps] == [
        ("drop_primary_key", "t0.t0_pkey"), ("rename_table", "r0"), ("drop_column", "r0.c2"),
        ("add_primary_key", "r0.r0_pkey")]
    with scratch("postgres") as url:
        run_sql(url, "CREATE TABLE t0 (id bigint NOT NULL, c0 integer NOT NULL, c2 text, CONSTRAINT t0_pkey "
                     "PRIMARY KEY (id)); INSERT INTO t0 VALUES (1, 10, 'x'), (2, 20, NULL), (3, 30, 'z')")
        before = snapshot(url)
        path = write_plan(tmp_path / "p.json", p)
        code, _, err = apply(cli, signer, path, url)
        assert code == 0, err
        assert rows_of(url, f"SELECT * FROM {trash(url)[0]} ORDER BY id") == [(1, "x"), (2, None), (3, "z")]
        code, _, err = rollback(cli, signer, p, url)
        assert code == 0, err
        assert rows_of(url, "SELECT id, c0, c2 FROM t0 ORDER BY id") == [(1, 10, "x"), (2, 20, None), (3, 30, "z")]
        assert comparable(snapshot(url)) == comparable(before)
