"""The analysed AST -> neutral AIR (``Schema(dialect=None)``), in canonical order.

Runs only on an analysis without errors, so every fact it reads is present.
Names left out stay ``None``: lowering fills in each server's default names.
"""
from __future__ import annotations

from sqlxc.air import model as M
from sqlxc.air.canonical import canonical
from sqlxc.dsl import ast as A
from sqlxc.dsl.analyze import Analysis
from sqlxc.dsl.resolve import tags_of


def _name(ident):
    return ident.name if ident is not None else None


def _names(idents) -> tuple[str, ...]:
    return tuple(i.name for i in idents)


def _tags(facts: dict) -> M.Tags:
    tags = tags_of(facts)
    return M.Tags(**tags) if tags else M.EMPTY_TAGS


class Builder:
    def __init__(self, an: Analysis):
        self.an = an

    def sql(self, e):
        return self.an.norm[id(e)] if e is not None else None

    def schema(self) -> M.Schema:
        an = self.an
        return canonical(M.Schema(
            dialect=None,
            tables=tuple(self.table(t) for t in an.tables.values()),
            views=tuple(self.view(v) for v in an.views.values()),
            enums=tuple(self.enum(e) for e in an.enums.values()),
            sequences=tuple(self.sequence(s) for s in an.sequences.values()),
            opaque=tuple(self.raw(r) for r in an.raws.values()),
        ))

    # ---- tables ---------------------------------------------------------------------
    def table(self, t: A.TableDef) -> M.Table:
        r, facts = t.r, t.r["facts"]
        pk = r["pk"]
        mysql = r["mysql"]
        return M.Table(
            name=t.name.name,
            columns=tuple(self.column(c) for c in r["columns"]),
            primary_key=M.PrimaryKey(name=_name(pk.name), columns=_names(pk.columns), include=_names(pk.include),
                                     comment=pk.comment) if pk else None,
            uniques=tuple(self.unique(u) for u in r["uniques"]),
            indexes=tuple(self.index(ix) for ix in r["indexes"]),
            foreign_keys=tuple(self.fk(fk) for fk in r["fks"]),
            checks=tuple(M.Check(name=_name(c.name), expr=self.sql(c.expr), no_inherit=c.no_inherit,
                                 not_valid=c.not_valid, comment=c.comment) for c in r["checks"]),
            comment=facts.get("comment"),
            mysql=M.MySQLTableOptions(**mysql) if mysql else None,
            params=r["params"] or (),
            partition_by=facts.get("partition_by"),
            unlogged="unlogged" in facts,
            tags=_tags(facts),
            renamed_from=facts.get("renamed_from"),
        )

    def column(self, c: A.Column) -> M.Column:
        facts = c.r["facts"]
        identity = None
        if "auto" in facts:
            identity = M.Identity()
        elif "identity" in facts:
            identity = M.Identity(**facts["identity"])
        generated = None
        if c.generated is not None:
            generated = M.Generated(expr=self.sql(c.generated), stored=c.generated_kind != "virtual")
        elif "generated" in facts:
            expr, stored = facts["generated"]
            generated = M.Generated(expr=self.sql(expr), stored=stored)
        return M.Column(
            name=c.name.name,
            type=M.Type(**c.r["type"]),
            nullable=c.nullable,
            default=self.sql(c.default),
            identity=identity,
            generated=generated,
            collation=facts.get("collate"),
            charset=facts.get("charset"),
            on_update=self.sql(facts.get("on_update")),
            invisible="invisible" in facts,
            compressed="compressed" in facts,
            srid=facts.get("srid"),
            check=self.sql(c.r.get("check")),
            comment=facts.get("comment"),
            tags=_tags(facts),
            renamed_from=facts.get("renamed_from"),
        )

    @staticmethod
    def unique(u: A.UniqueDef) -> M.Unique:
        return M.Unique(name=_name(u.name), columns=_names(u.columns), include=_names(u.include),
                        nulls_not_distinct=u.nulls_not_distinct, deferrable=u.deferrable,
                        initially_deferred=u.initially_deferred, comment=u.comment)

    def index(self, ix: A.IndexDef) -> M.Index:
        method = ix.using.name.lower() if ix.using is not None else None
        return M.Index(
            name=_name(ix.name),
            keys=tuple(self.key(k) for k in ix.keys),
            unique=ix.unique,
            method=None if method == "btree" else method,
            where=self.sql(ix.where),
            include=_names(ix.include),
            params=ix.params,
            nulls_not_distinct=ix.nulls_not_distinct,
            invisible=ix.invisible,
            comment=ix.comment,
        )

    def key(self, k: A.IndexKeyDef) -> M.IndexKey:
        # NULLS LAST is the default ascending, NULLS FIRST descending: say nothing then.
        nulls_first = None
        if k.nulls is not None and (k.nulls == "first") != k.desc:
            nulls_first = k.nulls == "first"
        return M.IndexKey(column=_name(k.column), expr=self.sql(k.expr), desc=k.desc, nulls_first=nulls_first,
                          opclass=k.opclass, collation=k.collation, length=k.length)

    @staticmethod
    def fk(fk: A.ForeignKeyDef) -> M.ForeignKey:
        s = fk.spec
        return M.ForeignKey(
            name=_name(fk.name), columns=_names(fk.columns), ref_table=s.ref_table.name,
            ref_columns=_names(s.ref_columns), on_delete=s.on_delete, on_update=s.on_update,
            on_delete_columns=_names(s.on_delete_columns),
            match=None if s.match == "simple" else s.match,
            deferrable=s.deferrable, initially_deferred=s.initially_deferred, not_valid=s.not_valid,
            comment=s.comment,
        )

    # ---- other objects ---------------------------------------------------------------
    def view(self, v: A.ViewDef) -> M.View:
        facts = v.r["facts"]
        algorithm = facts.get("algorithm")
        return M.View(
            name=v.name.name, definition=self.sql(v.body), columns=_names(v.columns),
            check_option=facts.get("check_option"), security_barrier="security_barrier" in facts,
            security_invoker="security_invoker" in facts,
            algorithm=None if algorithm == "undefined" else algorithm,
            comment=facts.get("comment"),
            column_comments=tuple(sorted((c, text) for c, text, _ in facts.get("column_comment", ()))),
            tags=_tags(facts),
        )

    @staticmethod
    def enum(e: A.EnumDef) -> M.Enum:
        return M.Enum(name=e.name.name, values=_names(e.labels), comment=e.r["facts"].get("comment"))

    @staticmethod
    def sequence(s: A.SequenceDef) -> M.Sequence:
        seq = dict(s.r["seq"])
        owned = seq.pop("owned_by", None)
        return M.Sequence(name=s.name.name, owned_by=owned[0] if owned else None,
                          comment=s.r["facts"].get("comment"), **seq)

    @staticmethod
    def raw(r: A.RawDef) -> M.Opaque:
        ddl = _unpad(r.body.text)
        return M.Opaque(kind=r.kind.name, name=r.name.name, fingerprint=M.ddl_fingerprint(ddl), ddl=ddl,
                        depends_on=tuple(sorted(set(r.r["facts"].get("depends", ())))), dialect=r.dialect)


def _unpad(text: str) -> str:
    """The statement between the newlines that open and close its triple quotes (the
    printer's layout), kept otherwise as written: it is the object's fingerprint."""
    text = text[1:] if text.startswith("\n") else text
    return text[:-1] if text.endswith("\n") else text


def build(an: Analysis) -> M.Schema:
    return Builder(an).schema()
