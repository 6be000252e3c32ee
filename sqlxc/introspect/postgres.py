"""PostgreSQL catalogs -> AIR (``Schema(dialect="postgres")``).

A fixed number of bulk queries (``postgres_queries``) over ``current_schema()``.
Every value the server reports at its default is stored as the AIR default
(``None``/``False``), so that a schema lowered from ``.sqlx`` compares equal.
Objects the model cannot express become ``Opaque`` with a fingerprint, so a
plan that would leave them behind can refuse instead.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from typing import Any

from sqlxc.air.model import (
    Check,
    Column,
    Enum,
    ForeignKey,
    Generated,
    Identity,
    Index,
    IndexKey,
    Opaque,
    PrimaryKey,
    Schema,
    Sequence,
    Table,
    Tags,
    Unique,
    View,
    ddl_fingerprint,
)
from sqlxc.dialects.base import ServerInfo
from sqlxc.dialects.postgres import literal
from sqlxc.dialects.postgres_types import parse_type, quote_ident, sequence_defaults
from sqlxc.introspect import postgres_queries as Q
from sqlxc.introspect.tags import tags_from_rows

FK_ACTIONS = {"a": None, "r": "restrict", "c": "cascade", "n": "set null", "d": "set default"}
FK_MATCH = {"s": None, "f": "full", "p": "partial"}
VIEW_OPTIONS = ("check_option", "security_barrier", "security_invoker")
# relkinds the model covers; the others are opaque under these kinds
OPAQUE_RELKINDS = {"m": "materialized view", "f": "foreign table", "p": "partitioned table"}


def server_info(conn: Any) -> ServerInfo:
    num = conn.info.server_version  # e.g. 150020
    return ServerInfo(flavor="postgres", version=(num // 10000, num % 10000))


def introspect(conn: Any) -> Schema:
    rows = {name: _fetch(conn, getattr(Q, name)) for name in
            ("RELATIONS", "COLUMNS", "CONSTRAINTS", "INDEXES", "ENUMS", "SEQUENCES", "OPAQUE", "VIEW_DEPENDS")}
    tags = _tags(conn)
    columns = defaultdict(list)
    for r in rows["COLUMNS"]:
        columns[r["attrelid"]].append(r)
    constraints = defaultdict(list)
    for r in rows["CONSTRAINTS"]:
        constraints[r["conrelid"]].append(r)
    indexes = defaultdict(list)
    for r in rows["INDEXES"]:
        indexes[r["indrelid"]].append(r)
    depends = defaultdict(list)
    for r in rows["VIEW_DEPENDS"]:
        depends[r["view"]].append(r["uses"])

    oids = {rel["relname"]: rel["oid"] for rel in rows["RELATIONS"]}
    tables, views, opaque = [], [], []
    for rel in rows["RELATIONS"]:
        oid, name, kind = rel["oid"], rel["relname"], rel["relkind"]
        if kind == "v":
            views.append(_view(rel, columns[oid], tags))
        elif kind in ("r", "p") and not rel["relispartition"] and not rel["inherits"]:
            tables.append(_table(rel, columns[oid], constraints[oid], indexes[oid], tags))
        elif kind in ("r", "p") and rel["relispartition"]:
            parent_columns = columns[oids.get(rel["parent"])]
            opaque.append(_partition(rel, columns[oid], parent_columns, constraints[oid], indexes[oid]))
        else:
            opaque.append(_opaque_relation(rel, columns[oid], constraints[oid], indexes[oid], depends[name]))
    for r in rows["OPAQUE"]:
        ddl = _replay(r)
        opaque.append(Opaque(kind=r["kind"], name=r["name"],
                             fingerprint=ddl_fingerprint(ddl) if ddl is not None else _fingerprint(r["def"]),
                             depends_on=tuple(sorted(r["depends"])), ddl=ddl))
    enums = [Enum(name=r["typname"], values=tuple(r["labels"]), comment=r["comment"]) for r in rows["ENUMS"]]
    sequences = [_sequence(r) for r in rows["SEQUENCES"]]
    return Schema(
        dialect="postgres",
        tables=tuple(tables),
        views=tuple(views),
        enums=tuple(enums),
        sequences=tuple(sequences),
        opaque=tuple(sorted(opaque, key=lambda o: (o.kind, o.name))),
    )


def _fetch(conn: Any, sql: str) -> list[dict]:
    cur = conn.cursor()
    cur.execute(sql)
    names = [d.name for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


def _fingerprint(text: str) -> str:
    return hashlib.sha256((text or "").encode()).hexdigest()[:16]


# --- policy tags -------------------------------------------------------------------------


def _tags(conn: Any) -> dict[tuple[str, str], Tags]:
    """Tags from the ``sqlx_tags`` metadata table: (kind, object) -> Tags."""
    if not _fetch(conn, Q.TAGS_TABLE)[0]["?column?"]:
        return {}
    return tags_from_rows(_fetch(conn, Q.TAGS))


def _tag(tags: dict, kind: str, name: str) -> Tags:
    return tags.get((kind, name), Tags())


# --- tables ----------------------------------------------------------------------------


def _table(rel: dict, cols: list[dict], cons: list[dict], idx: list[dict], tags: dict) -> Table:
    name = rel["relname"]
    pk, uniques, fks, checks = None, [], [], []
    for c in cons:
        kind = c["contype"]
        if kind == "p":
            pk = PrimaryKey(name=c["conname"], columns=tuple(c["cols"]), include=tuple(c["include"]),
                            comment=c["comment"])
        elif kind == "u":
            uniques.append(_unique(c))
        elif kind == "f":
            fks.append(_foreign_key(c))
        elif kind == "c":
            checks.append(Check(name=c["conname"], expr=c["expr"], no_inherit=c["connoinherit"],
                                not_valid=not c["convalidated"], comment=c["comment"]))
    return Table(
        name=name,
        columns=tuple(_column(c, tags, name) for c in cols),
        primary_key=pk,
        uniques=tuple(uniques),
        indexes=tuple(_indexes(idx)),
        foreign_keys=tuple(fks),
        checks=tuple(checks),
        comment=rel["comment"],
        params=_params(rel["reloptions"]),
        partition_by=rel["partkey"],
        unlogged=rel["unlogged"],
        tags=_tag(tags, "table", name),
    )


def _column(r: dict, tags: dict, table: str) -> Column:
    identity = generated = default = None
    if r["attidentity"]:
        identity = identity_options(r, always=r["attidentity"] == "a")
    elif r["attgenerated"] == "s":
        generated = Generated(expr=r["expr"], stored=True)
    else:
        default = r["expr"]
    return Column(
        name=r["attname"],
        type=parse_type(r["type"], r["enum"]),
        nullable=not r["attnotnull"],
        default=default,
        identity=identity,
        generated=generated,
        collation=r["collation"],
        comment=r["comment"],
        tags=_tag(tags, "column", f"{table}.{r['attname']}"),
    )


def _options(type_name: str, start: int, increment: int, minvalue: int, maxvalue: int, cache: int) -> dict:
    defaults = sequence_defaults(type_name, increment)
    actual = {"start": start, "increment": increment, "minvalue": minvalue, "maxvalue": maxvalue,
              "cache": cache}
    return {k: (None if v == defaults[k] else v) for k, v in actual.items()}


def identity_options(r: dict, *, always: bool) -> Identity:
    opts = _options(r["seq_type"], r["seqstart"], r["seqincrement"], r["seqmin"], r["seqmax"], r["seqcache"])
    return Identity(always=always, cycle=r["seqcycle"], **opts)


def _sequence(r: dict) -> Sequence:
    opts = _options(r["type"], r["seqstart"], r["seqincrement"], r["seqmin"], r["seqmax"], r["seqcache"])
    owned = (r["owner_table"], r["owner_column"]) if r["owner_table"] else None
    return Sequence(name=r["relname"], type=None if r["type"] == "bigint" else r["type"],
                    cycle=r["seqcycle"], owned_by=owned, comment=r["comment"], **opts)


def _unique(c: dict) -> Unique:
    return Unique(
        name=c["conname"],
        columns=tuple(c["cols"]),
        include=tuple(c["include"]),
        nulls_not_distinct=c["nulls_not_distinct"],
        deferrable=c["condeferrable"],
        initially_deferred=c["condeferred"],
        comment=c["comment"],
    )


def _foreign_key(c: dict) -> ForeignKey:
    ref = c["ref_table"]
    if c["ref_schema"] != c["current_schema"]:  # a table in another schema stays qualified
        ref = f"{c['ref_schema']}.{ref}"
    return ForeignKey(
        name=c["conname"],
        columns=tuple(c["cols"]),
        ref_table=ref,
        ref_columns=tuple(c["ref_cols"]),
        on_delete=FK_ACTIONS[c["confdeltype"]],
        on_update=FK_ACTIONS[c["confupdtype"]],
        on_delete_columns=tuple(c["del_cols"] or ()),
        match=FK_MATCH[c["confmatchtype"]],
        deferrable=c["condeferrable"],
        initially_deferred=c["condeferred"],
        not_valid=not c["convalidated"],
        comment=c["comment"],
    )


def _indexes(rows: list[dict]) -> list[Index]:
    grouped: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        if r["indisvalid"]:  # an invalid index (failed CONCURRENTLY build) is opaque
            grouped[r["name"]].append(r)
    return [_index(parts) for _, parts in sorted(grouped.items())]


def _index(parts: list[dict]) -> Index:
    head = parts[0]
    nkey = head["indnkeyatts"]
    keys = tuple(_index_key(p) for p in parts if p["position"] <= nkey)
    include = tuple(p["attname"] for p in parts if p["position"] > nkey)
    method = head["method"]
    return Index(
        name=head["name"],
        keys=keys,
        unique=head["indisunique"],
        method=None if method == "btree" else method,
        where=head["predicate"],
        include=include,
        params=_params(head["reloptions"]),
        nulls_not_distinct=head["nulls_not_distinct"],
        comment=head["comment"],
    )


def _index_key(p: dict) -> IndexKey:
    # indoption bit 0: DESC, bit 1: NULLS FIRST; the default is NULLS FIRST for DESC only.
    desc, nulls_first = bool(p["option"] & 1), bool(p["option"] & 2)
    expr = None if p["attnum"] else p["keydef"]
    return IndexKey(
        column=p["attname"] if p["attnum"] else None,
        expr=expr,
        desc=desc,
        nulls_first=None if nulls_first == desc else nulls_first,
        opclass=p["opclass"],
        collation=p["collation"],
    )


def _params(reloptions: list[str]) -> tuple[tuple[str, str], ...]:
    # Kept in the server's order: pg_get_indexdef prints them as stored.
    return tuple(tuple(o.split("=", 1)) for o in reloptions)


# --- views and opaque relations -----------------------------------------------------------


_DOLLAR_BODY = re.compile(r"AS (\$functionx*\$)(.*)\1", re.S)


def _body_without_carriage_returns(ddl: str) -> str:
    """A body written with Windows line ends keeps its \r; a plan printed as text and
    read back (universal newlines) would lose it inside $function$…$function$, so the
    body becomes an E'…' string that spells it \r."""
    m = _DOLLAR_BODY.search(ddl)
    if "\r" not in ddl or m is None:
        return ddl
    return ddl[:m.start(2) - len(m.group(1))] + literal(m.group(2)) + ddl[m.end():]


def _replay(r: dict) -> str | None:
    """The statement that recreates an opaque object, for the kinds whose
    definition the server prints whole; None keeps it refused when it differs."""
    kind, definition = r["kind"], r["def"]
    if kind == "function" and definition.startswith("CREATE"):  # not an aggregate ("a:…")
        return _body_without_carriage_returns(definition.strip())
    if kind in ("trigger", "policy", "domain", "composite type", "collation", "text search dictionary",
                "text search configuration", "statistics", "table settings"):
        return definition
    if kind == "range type" and definition.startswith("CREATE"):  # not one with a canonical function
        return definition
    if kind == "exclusion constraint" and definition.startswith("ALTER TABLE"):
        return definition
    if kind == "rule":
        return definition.rstrip().rstrip(";")
    if kind == "row level security":  # relrowsecurity, relforcerowsecurity
        table = quote_ident(r["name"])
        steps = [f"ALTER TABLE {table} {'ENABLE' if definition.startswith('true') else 'DISABLE'} ROW LEVEL SECURITY"]
        if definition.endswith("true"):
            steps.append(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
        return ";\n".join(steps)
    if kind == "extension":  # the version too: the statement is the object's fingerprint
        return f"CREATE EXTENSION IF NOT EXISTS {quote_ident(r['name'])} VERSION {literal(definition)}"
    return None


def view_body(viewdef: str) -> str:
    """``pg_get_viewdef`` text without its leading space and trailing semicolon."""
    return viewdef.strip().rstrip(";").rstrip()


def _view(rel: dict, cols: list[dict], tags: dict) -> View:
    opts = dict(_params(rel["reloptions"]))
    comments = tuple(sorted((c["attname"], c["comment"]) for c in cols if c["comment"] is not None))
    return View(
        name=rel["relname"],
        definition=view_body(rel["viewdef"]),
        check_option=opts.get("check_option"),
        security_barrier=opts.get("security_barrier", "false") in ("true", "on", "1"),
        security_invoker=opts.get("security_invoker", "false") in ("true", "on", "1"),
        comment=rel["comment"],
        column_comments=comments,
        tags=_tag(tags, "view", rel["relname"]),
    )


def _opaque_relation(rel: dict, cols: list, cons: list, idx: list, depends: list) -> Opaque:
    kind = OPAQUE_RELKINDS.get(rel["relkind"], "partition" if rel["relispartition"] else "inherited table")
    body = [rel["relkind"], rel["viewdef"] or "", rel["partkey"] or "", rel["comment"] or "",
            ",".join(rel["reloptions"]), rel["partbound"] or "", rel["parent"] or ""]
    body += [f"{c['attname']} {c['type']} {c['attnotnull']} {c['expr']}" for c in cols]
    body += [c["def"] for c in cons] + sorted({i["def"] for i in idx})
    deps = tuple(sorted(set(depends) | ({rel["parent"]} if rel["parent"] else set())))
    fingerprint, ddl = _fingerprint("\n".join(body)), None
    if kind == "materialized view":  # its statement says all of it (its columns follow the query)
        ddl = _matview_ddl(rel, cols, idx)
        fingerprint = ddl_fingerprint(ddl)
    return Opaque(kind=kind, name=rel["relname"], fingerprint=fingerprint, depends_on=deps, ddl=ddl)


def _partition(rel: dict, cols: list, parent_cols: list, cons: list, idx: list) -> Opaque:
    """A partition (a leaf, or partitioned itself). Its columns, keys, checks, indexes
    and triggers come from its partitioned table and follow it, so its statements
    say what is its own: bound, partition key, storage parameters and comment,
    then a column's NOT NULL, default or comment beyond its parent's, and the
    constraints and indexes it has besides the parent's (see postgres_partitions)."""
    name = quote_ident(rel["relname"])
    head = f"CREATE TABLE {name} PARTITION OF {quote_ident(rel['parent'])} {rel['partbound']}"
    if rel["partkey"]:
        head += f" PARTITION BY {rel['partkey']}"
    if rel["reloptions"]:
        head += f" WITH ({', '.join(rel['reloptions'])})"
    out = [head, *_own_columns(name, cols, parent_cols)]
    if rel["comment"] is not None:
        out.append(f"COMMENT ON TABLE {name} IS {literal(rel['comment'])}")
    for c in cons:  # a check its parent gave it has coninhcount > 0; a key or FK, a conparentid
        if c["conislocal"] and not c["coninhcount"] and c["contype"] in ("c", "f", "p", "u"):
            out.append(f"ALTER TABLE {name} ADD CONSTRAINT {quote_ident(c['conname'])} {c['def']}")
            if c["comment"] is not None:
                out.append(f"COMMENT ON CONSTRAINT {quote_ident(c['conname'])} ON {name} IS {literal(c['comment'])}")
    own = {i["name"]: i for i in idx if not i["attached"] and i["indisvalid"]}
    for index, i in sorted(own.items()):
        out.append(i["def"])
        if i["comment"] is not None:
            out.append(f"COMMENT ON INDEX {quote_ident(index)} IS {literal(i['comment'])}")
    ddl = ";\n".join(out)
    return Opaque(kind="partition", name=rel["relname"], fingerprint=ddl_fingerprint(ddl),
                  depends_on=(rel["parent"],), ddl=ddl)


def _own_columns(table: str, cols: list, parent_cols: list) -> list[str]:
    """A partition column's NOT NULL, default and comment where they are not its parent's."""
    parent = {c["attname"]: c for c in parent_cols}
    out = []
    for c in cols:
        p = parent.get(c["attname"], {})
        column = f"ALTER TABLE {table} ALTER COLUMN {quote_ident(c['attname'])}"
        if c["attnotnull"] and not p.get("attnotnull"):
            out.append(f"{column} SET NOT NULL")
        if not (c["attidentity"] or c["attgenerated"]) and c["expr"] != p.get("expr"):
            out.append(f"{column} DROP DEFAULT" if c["expr"] is None else f"{column} SET DEFAULT {c['expr']}")
        if c["comment"] is not None:
            out.append(f"COMMENT ON COLUMN {table}.{quote_ident(c['attname'])} IS {literal(c['comment'])}")
    return out


def _matview_ddl(rel: dict, cols: list, idx: list) -> str:
    """A materialized view as its catalog holds it: query, storage parameters,
    indexes and comments (what its fingerprint covers), populated on creation."""
    name = quote_ident(rel["relname"])
    params = f" WITH ({', '.join(rel['reloptions'])})" if rel["reloptions"] else ""
    out = [f"CREATE MATERIALIZED VIEW {name}{params} AS\n{rel['viewdef'].rstrip().rstrip(';')}"]
    out += sorted({i["def"] for i in idx})
    out += sorted({f"COMMENT ON INDEX {quote_ident(i['name'])} IS {literal(i['comment'])}"
                   for i in idx if i["comment"] is not None})
    if rel["comment"] is not None:
        out.append(f"COMMENT ON MATERIALIZED VIEW {name} IS {literal(rel['comment'])}")
    out += [f"COMMENT ON COLUMN {name}.{quote_ident(c['attname'])} IS {literal(c['comment'])}"
            for c in cols if c["comment"] is not None]
    return ";\n".join(out)
