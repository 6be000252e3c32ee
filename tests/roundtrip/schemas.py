"""Random schemas and random edits of them, as .sqlx text, for the round-trip
property test. The model is small on purpose: what varies is which change
kinds an edit combines, not how exotic one column is."""
from __future__ import annotations

import copy
from dataclasses import dataclass, field

from hypothesis import strategies as st

# kind -> .sqlx type; FK columns are always bigint
TYPES = {"int": "integer", "big": "bigint", "text": "text", "str": "varchar({n})", "bool": "boolean",
         "num": "numeric(10, 2)", "mood": "mood"}
INDEXABLE = ("int", "big", "str")
MOODS = ("calm", "busy", "away")


@dataclass
class Col:
    name: str
    kind: str
    length: int | None = None
    nullable: bool = False
    default: str | None = None
    check: bool = False  # check (name >= 0), ints only
    ref: str | None = None  # -> table.id
    renamed_from: str | None = None
    pii: bool = False

    def text(self) -> str:
        sqlx_type = TYPES[self.kind].format(n=self.length) + ("?" if self.nullable else "")
        out = f"  {self.name} {sqlx_type}"
        if self.default is not None:
            out += f" = {self.default}"
        if self.ref:
            out += f" -> {self.ref}.id"
        if self.renamed_from:
            out += f" @renamed_from({self.renamed_from})"
        if self.pii:
            out += " @pii"
        if self.check:
            out += f" check ({self.name} >= 0)"
        return out


@dataclass
class Tab:
    name: str
    cols: list[Col]
    indexes: list[tuple[str, str, bool]] = field(default_factory=list)  # (name, column, unique)
    renamed_from: str | None = None
    comment: str | None = None
    owner: str | None = None

    def text(self) -> str:
        head = f"@renamed_from({self.renamed_from})\n" if self.renamed_from else ""
        head += f'@comment("{self.comment}")\n' if self.comment else ""
        head += f'@owner("{self.owner}")\n' if self.owner else ""
        lines = ["  id bigint @pk", *(c.text() for c in self.cols)]
        lines += [f"  {'unique ' if u else ''}index {n} ({c})" for n, c, u in self.indexes]
        return f"{head}table {self.name} {{\n" + "\n".join(lines) + "\n}"

    def col(self, name: str) -> Col | None:
        return next((c for c in self.cols if c.name == name), None)


@dataclass
class Model:
    tables: list[Tab]
    moods: list[str]
    views: list[tuple[str, str, str]] = field(default_factory=list)  # (name, table, column)

    def text(self) -> str:
        blocks = [f"enum mood {{ {', '.join(self.moods)} }}"] if self.uses_mood() else []
        blocks += [t.text() for t in self.tables]
        blocks += [f'view {n} = """SELECT id, {c} FROM {t}"""' for n, t, c in self.views]
        return "\n\n".join(blocks) + "\n"

    def uses_mood(self) -> bool:
        return any(c.kind == "mood" for t in self.tables for c in t.cols)

    def table(self, name: str) -> Tab | None:
        return next((t for t in self.tables if t.name == name), None)

    def referenced(self, name: str) -> bool:
        return any(c.ref == name for t in self.tables for c in t.cols) or any(v[1] == name for v in self.views)


def _default(kind: str, draw) -> str | None:
    options = {"int": ["0", "5"], "big": ["0"], "text": ["'x'"], "str": ["'s'"], "bool": ["true", "false"],
               "num": ["0", "1.50"], "mood": ["'calm'"]}[kind]
    return draw(st.sampled_from([None, *options]))


def new_col(draw, name: str, *, for_existing_rows: bool) -> Col:
    kind = draw(st.sampled_from(list(TYPES)))
    col = Col(name, kind, length=draw(st.sampled_from([10, 20, 40])) if kind == "str" else None,
              nullable=draw(st.booleans()), default=_default(kind, draw))
    if for_existing_rows and not col.nullable and col.default is None:
        col.nullable = True  # a NOT NULL column without a default cannot be added to filled tables
    if kind in ("int", "big") and draw(st.booleans()):
        col.check = True
        if col.default is not None and col.default.startswith("-"):
            col.default = "0"
    return col


@st.composite
def models(draw) -> Model:
    n = draw(st.integers(1, 3))
    tables = []
    for i in range(n):
        cols = [new_col(draw, f"c{j}", for_existing_rows=False) for j in range(draw(st.integers(1, 4)))]
        tab = Tab(f"t{i}", cols)
        for c in cols:
            if c.kind in INDEXABLE and draw(st.integers(0, 3)) == 0:
                tab.indexes.append((f"t{i}_{c.name}_idx", c.name, draw(st.booleans())))
        if i and draw(st.booleans()):
            cols.append(Col("ref0", "big", nullable=True, ref="t0"))
        tables.append(tab)
    model = Model(tables, list(MOODS[:2]))
    if draw(st.booleans()):
        model.views.append(("v0", "t0", tables[0].cols[0].name))
    return model


# --- edits ---------------------------------------------------------------------------------
# Each edit changes the model in place and returns a note for the failure report;
# None when it does not apply to this model.


def _plain_cols(model: Model, tab: Tab) -> list[Col]:
    """Columns nothing else depends on (no index, FK, view)."""
    indexed = {c for _, c, _ in tab.indexes}
    viewed = {c for _, t, c in model.views if t == tab.name}
    return [c for c in tab.cols if c.name not in indexed and c.name not in viewed and not c.ref]


def add_table(model, draw, n):
    model.tables.append(Tab(f"n{n}", [new_col(draw, "c0", for_existing_rows=False)]))
    return f"add table n{n}"


def drop_table(model, draw, n):
    free = [t for t in model.tables if not model.referenced(t.name)]
    if len(model.tables) < 2 or not free:
        return None
    tab = draw(st.sampled_from(free))
    model.tables.remove(tab)
    return f"drop table {tab.name}"


def rename_table(model, draw, n):
    free = [t for t in model.tables if not model.referenced(t.name) and not t.indexes]
    if not free:
        return None
    tab = draw(st.sampled_from(free))
    tab.renamed_from, tab.name = tab.name, f"r{n}"
    return f"rename table {tab.renamed_from} -> {tab.name}"


def add_column(model, draw, n):
    tab = draw(st.sampled_from(model.tables))
    tab.cols.append(new_col(draw, f"a{n}", for_existing_rows=True))
    return f"add column {tab.name}.a{n}"


def drop_column(model, draw, n):
    tab = draw(st.sampled_from(model.tables))
    cols = _plain_cols(model, tab)
    if len(tab.cols) < 2 or not cols:
        return None
    col = draw(st.sampled_from(cols))
    tab.cols.remove(col)
    return f"drop column {tab.name}.{col.name}"


def rename_column(model, draw, n):
    tab = draw(st.sampled_from(model.tables))
    cols = _plain_cols(model, tab)
    if not cols:
        return None
    col = draw(st.sampled_from(cols))
    col.renamed_from, col.name = col.name, f"m{n}"
    return f"rename column {tab.name}.{col.renamed_from} -> {col.name}"


def widen(model, draw, n):
    cols = [(t, c) for t in model.tables for c in t.cols if c.kind == "str"]
    if not cols:
        return None
    tab, col = draw(st.sampled_from(cols))
    col.length += 30
    return f"widen {tab.name}.{col.name} to varchar({col.length})"


def relax_null(model, draw, n):
    cols = [(t, c) for t in model.tables for c in t.cols if not c.nullable]
    if not cols:
        return None
    tab, col = draw(st.sampled_from(cols))
    col.nullable = True
    return f"{tab.name}.{col.name} nullable"


def change_default(model, draw, n):
    tab = draw(st.sampled_from(model.tables))
    col = draw(st.sampled_from(tab.cols))
    if col.ref:
        return None
    new = _default(col.kind, draw)
    if new == col.default:
        return None
    col.default = new
    return f"default of {tab.name}.{col.name} -> {new}"


def add_index(model, draw, n):
    tab = draw(st.sampled_from(model.tables))
    cols = [c for c in tab.cols if c.kind in INDEXABLE and not c.nullable and not c.ref]
    if not cols:
        return None
    col = draw(st.sampled_from(cols))
    unique = draw(st.booleans()) and col.default is None  # rows filled by the test are distinct
    tab.indexes.append((f"i{n}", col.name, unique))
    return f"add {'unique ' if unique else ''}index i{n} on {tab.name}.{col.name}"


def drop_index(model, draw, n):
    tabs = [t for t in model.tables if t.indexes]
    if not tabs:
        return None
    tab = draw(st.sampled_from(tabs))
    idx = draw(st.sampled_from(tab.indexes))
    tab.indexes.remove(idx)
    return f"drop index {idx[0]}"


def add_fk(model, draw, n):
    if len(model.tables) < 2:
        return None
    tab = draw(st.sampled_from(model.tables[1:]))
    ref = model.tables[0]
    tab.cols.append(Col(f"f{n}", "big", nullable=True, ref=ref.name))
    return f"add fk {tab.name}.f{n} -> {ref.name}"


def add_check(model, draw, n):
    cols = [(t, c) for t in model.tables for c in t.cols if c.kind in ("int", "big") and not c.check and not c.ref]
    if not cols:
        return None
    tab, col = draw(st.sampled_from(cols))
    col.check = True
    return f"add check on {tab.name}.{col.name}"


def add_enum_value(model, draw, n):
    if not model.uses_mood() or len(model.moods) == len(MOODS):
        return None
    model.moods.append(MOODS[len(model.moods)])
    return f"add enum value {model.moods[-1]}"


def toggle_view(model, draw, n):
    if model.views:
        name = model.views.pop()[0]
        return f"drop view {name}"
    tab = model.tables[0]
    model.views.append((f"w{n}", tab.name, tab.cols[0].name))
    return f"create view w{n}"


def drop_check(model, draw, n):
    cols = [(t, c) for t in model.tables for c in t.cols if c.check]
    if not cols:
        return None
    tab, col = draw(st.sampled_from(cols))
    col.check = False
    return f"drop check on {tab.name}.{col.name}"


def drop_fk(model, draw, n):
    cols = [(t, c) for t in model.tables for c in t.cols if c.ref]
    if not cols:
        return None
    tab, col = draw(st.sampled_from(cols))
    col.ref = None
    return f"drop fk {tab.name}.{col.name}"


def set_comment(model, draw, n):
    tab = draw(st.sampled_from(model.tables))
    tab.comment = None if tab.comment else f"note {n}"
    return f"comment on {tab.name} -> {tab.comment}"


def set_tags(model, draw, n):
    tab = draw(st.sampled_from(model.tables))
    if draw(st.booleans()):
        tab.owner = None if tab.owner else f"team{n}"
        return f"owner of {tab.name} -> {tab.owner}"
    col = draw(st.sampled_from(tab.cols))
    col.pii = not col.pii
    return f"pii of {tab.name}.{col.name} -> {col.pii}"


EDITS = (add_table, drop_table, rename_table, add_column, drop_column, rename_column, widen, relax_null,
         change_default, add_index, drop_index, add_fk, add_check, add_enum_value, toggle_view, drop_check, drop_fk,
         set_comment, set_tags)


@st.composite
def edits(draw, model: Model) -> tuple[Model, list[str]]:
    edited = copy.deepcopy(model)
    for tab in edited.tables:  # hints from an earlier edit are not hints any more
        tab.renamed_from = None
        for c in tab.cols:
            c.renamed_from = None
    notes: list[str] = []
    for n in range(draw(st.integers(1, 4))):
        note = draw(st.sampled_from(EDITS))(edited, draw, n)
        if note:
            notes.append(note)
    return edited, notes
