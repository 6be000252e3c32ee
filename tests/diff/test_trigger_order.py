"""MySQL trigger order: where a statement puts a trigger, and which kept triggers
must be created again to keep their place (see sqlxc.diff.triggers)."""
from __future__ import annotations

from sqlxc.air.model import Opaque, ddl_fingerprint
from sqlxc.diff.triggers import in_order, out_of_place, place


def trig(name: str, body: str = "SET NEW.a = 1", follows: str | None = None, event: str = "UPDATE") -> Opaque:
    where = f"FOLLOWS `{follows}` " if follows else ""
    ddl = f"CREATE TRIGGER `{name}` BEFORE {event} ON `t` FOR EACH ROW {where}{body}"
    return Opaque(kind="trigger", name=name, fingerprint=ddl_fingerprint(ddl), depends_on=("t",), ddl=ddl)


def test_place_reads_group_and_predecessor():
    assert place(trig("b", follows="a")).group == ("t", "BEFORE", "UPDATE")
    assert place(trig("b", follows="a")).follows == "a"
    assert place(trig("a")).follows is None
    assert place(Opaque(kind="trigger", name="x", fingerprint="0", ddl="CREATE TRIGGER x AFTER DELETE ON s "
                        "FOR EACH ROW FOLLOWS `y``z` DELETE FROM u")).follows == "y`z"


def test_in_order_follows_the_chain_not_the_names():
    assert in_order([trig("a", follows="c"), trig("c"), trig("b", follows="a")]) == {("t", "BEFORE", "UPDATE"): ["c", "a", "b"]}


def test_a_recreated_first_trigger_takes_the_rest_along():
    old = [trig("a"), trig("b", follows="a"), trig("c", follows="b"), trig("x", event="INSERT")]
    new = [trig("a", body="SET NEW.a = 2"), trig("b", follows="a"), trig("c", follows="b"), trig("x", event="INSERT")]
    assert out_of_place(old, new, set()) == {"b", "c"}


def test_a_changed_middle_trigger_goes_back_after_its_predecessor():
    old = [trig("a"), trig("b", follows="a"), trig("c", follows="b")]
    new = [trig("a"), trig("b", body="SET NEW.a = 2", follows="a"), trig("c", follows="b")]
    assert out_of_place(old, new, set()) == set()  # FOLLOWS a puts it back before c
    assert out_of_place(old, old, set()) == set()


def test_triggers_of_a_dropped_table_are_not_kept():
    old = [trig("a"), trig("b", follows="a")]
    assert out_of_place(old, old, {"a"}) == {"b"}
