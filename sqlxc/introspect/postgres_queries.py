"""The catalog queries PostgreSQL introspection runs: a fixed set, each over the
whole schema at once (never one query per table). All read ``current_schema()``
and leave out ``sqlx_*`` relations (ledger, recovery, tags)."""
from __future__ import annotations

# Relations of the schema with kind, comment and options.
RELATIONS = r"""
SELECT c.oid, c.relname, c.relkind, c.relispartition, c.relpersistence = 'u' AS unlogged,
       obj_description(c.oid, 'pg_class') AS comment,
       coalesce(c.reloptions, '{}') AS reloptions,
       CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid, true) END AS viewdef,
       CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partkey,
       CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END AS partbound,
       (SELECT p.relname FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent
        WHERE i.inhrelid = c.oid LIMIT 1) AS parent,
       EXISTS (SELECT 1 FROM pg_inherits i WHERE i.inhrelid = c.oid) AS inherits
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = current_schema()
  AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
  AND c.relname NOT LIKE 'sqlx\_%'
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY c.relname
"""

# Columns of every table, view and foreign table, in declared order.
COLUMNS = r"""
SELECT a.attrelid, a.attnum, a.attname,
       format_type(a.atttypid, a.atttypmod) AS type,
       a.attnotnull, a.attidentity, a.attgenerated, a.attislocal,
       pg_get_expr(ad.adbin, ad.adrelid) AS expr,
       CASE WHEN a.attcollation <> t.typcollation THEN co.collname END AS collation,
       CASE WHEN et.typtype = 'e' THEN et.typname END AS enum,
       col_description(a.attrelid, a.attnum) AS comment,
       ids.seqtypid::regtype::text AS seq_type, ids.seqstart, ids.seqincrement,
       ids.seqmin, ids.seqmax, ids.seqcache, ids.seqcycle
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_type et ON et.oid = CASE WHEN t.typelem <> 0 AND t.typlen = -1 THEN t.typelem ELSE t.oid END
     AND et.typnamespace = n.oid
LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_collation co ON co.oid = a.attcollation
LEFT JOIN LATERAL (
    SELECT s.* FROM pg_depend d JOIN pg_sequence s ON s.seqrelid = d.objid
    WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
      AND d.refobjid = a.attrelid AND d.refobjsubid = a.attnum AND d.deptype = 'i'
    LIMIT 1
) ids ON a.attidentity <> ''
WHERE n.nspname = current_schema()
  AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
  AND c.relname NOT LIKE 'sqlx\_%'
  AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY a.attrelid, a.attnum
"""

# Constraints with their index (for INCLUDE / NULLS NOT DISTINCT of keys).
CONSTRAINTS = r"""
SELECT con.conrelid, con.conname, con.contype, con.condeferrable, con.condeferred,
       con.convalidated, con.connoinherit, con.conislocal, con.coninhcount,
       ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(n, i)
             JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n ORDER BY k.i)::text[] AS cols,
       fr.relname AS ref_table, fn.nspname AS ref_schema, current_schema() AS current_schema,
       ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(n, i)
             JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n ORDER BY k.i)::text[] AS ref_cols,
       ARRAY(SELECT a.attname FROM unnest(con.confdelsetcols) WITH ORDINALITY k(n, i)
             JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n ORDER BY k.i)::text[] AS del_cols,
       con.confupdtype, con.confdeltype, con.confmatchtype,
       CASE WHEN con.contype = 'c' THEN pg_get_expr(con.conbin, con.conrelid) END AS expr,
       pg_get_constraintdef(con.oid) AS def,
       obj_description(con.oid, 'pg_constraint') AS comment,
       ARRAY(SELECT a.attname FROM unnest(i.indkey) WITH ORDINALITY k(n, p)
             JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.n
             WHERE k.p > i.indnkeyatts ORDER BY k.p)::text[] AS include,
       coalesce(i.indnullsnotdistinct, false) AS nulls_not_distinct
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_class fr ON fr.oid = con.confrelid
LEFT JOIN pg_namespace fn ON fn.oid = fr.relnamespace
LEFT JOIN pg_index i ON i.indexrelid = con.conindid AND con.contype IN ('p', 'u')
WHERE n.nspname = current_schema() AND c.relname NOT LIKE 'sqlx\_%'
  AND con.conparentid = 0
ORDER BY con.conrelid, con.conname
"""

# Indexes that no constraint owns, one row per key part.
INDEXES = r"""
SELECT i.indrelid, ic.relname AS name, i.indisunique, i.indisvalid, am.amname AS method,
       pg_get_expr(i.indpred, i.indrelid) AS predicate,
       coalesce(ic.reloptions, '{}') AS reloptions,
       coalesce(i.indnullsnotdistinct, false) AS nulls_not_distinct,
       obj_description(ic.oid, 'pg_class') AS comment,
       i.indnkeyatts, k.p AS position, k.n AS attnum, a.attname,
       pg_get_indexdef(i.indexrelid, k.p::int, true) AS keydef,
       i.indoption[k.p - 1] AS option,
       -- a non-default operator class, or one with parameters, as pg_get_indexdef prints it
       CASE WHEN NOT oc.opcdefault OR ia.attoptions IS NOT NULL
            THEN oc.opcname || coalesce(' (' || (SELECT string_agg(split_part(o, '=', 1) || '='
                                                                   || quote_literal(substr(o, strpos(o, '=') + 1)), ', ')
                                                 FROM unnest(ia.attoptions) o) || ')', '') END AS opclass,
       CASE WHEN i.indcollation[k.p - 1] <> 0
             AND i.indcollation[k.p - 1] <> coalesce(a.attcollation, ia.attcollation)
            THEN co.collname END AS collation,
       pg_get_indexdef(i.indexrelid) AS def,
       -- a partition's index that its partitioned table's index made
       EXISTS (SELECT 1 FROM pg_inherits ih WHERE ih.inhrelid = i.indexrelid) AS attached
FROM pg_index i
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_class c ON c.oid = i.indrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_am am ON am.oid = ic.relam
CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY k(n, p)
LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.n AND k.n <> 0
LEFT JOIN pg_attribute ia ON ia.attrelid = i.indexrelid AND ia.attnum = k.p
LEFT JOIN pg_opclass oc ON oc.oid = i.indclass[k.p - 1] AND k.p <= i.indnkeyatts
LEFT JOIN pg_collation co ON co.oid = i.indcollation[k.p - 1] AND k.p <= i.indnkeyatts
WHERE n.nspname = current_schema() AND c.relname NOT LIKE 'sqlx\_%'
  AND c.relkind IN ('r', 'p', 'm')
  AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = i.indexrelid AND con.contype IN ('p', 'u', 'x'))
ORDER BY i.indrelid, ic.relname, k.p
"""

ENUMS = r"""
SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS labels,
       obj_description(t.oid, 'pg_type') AS comment
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
JOIN pg_enum e ON e.enumtypid = t.oid
WHERE n.nspname = current_schema() AND t.typname NOT LIKE 'sqlx\_%'
GROUP BY t.oid, t.typname
ORDER BY t.typname
"""

# Sequences that are not identity sequences; owned_by for serial columns.
SEQUENCES = r"""
SELECT c.relname, s.seqtypid::regtype::text AS type, s.seqstart, s.seqincrement,
       s.seqmin, s.seqmax, s.seqcache, s.seqcycle,
       obj_description(c.oid, 'pg_class') AS comment,
       oc.relname AS owner_table, oa.attname AS owner_column
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_sequence s ON s.seqrelid = c.oid
LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid
     AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
LEFT JOIN pg_class oc ON oc.oid = d.refobjid
LEFT JOIN pg_attribute oa ON oa.attrelid = d.refobjid AND oa.attnum = d.refobjsubid
WHERE n.nspname = current_schema() AND c.relkind = 'S'
  AND c.relname NOT LIKE 'sqlx\_%' AND coalesce(oc.relname, '') NOT LIKE 'sqlx\_%'
  AND coalesce(d.deptype, 'a') <> 'i'
  AND NOT EXISTS (SELECT 1 FROM pg_depend x
                  WHERE x.classid = 'pg_class'::regclass AND x.objid = c.oid AND x.deptype = 'e')
ORDER BY c.relname
"""

# Objects the model does not cover: kind, name, definition text, what they read.
# A function's, trigger's or policy's comment follows its statement (COMMENT ON …):
# the statement that recreates it says all of it.
OPAQUE = r"""
SELECT 'function' AS kind, p.proname || '(' || oidvectortypes(p.proargtypes) || ')' AS name,
       CASE WHEN p.prokind IN ('f', 'p') THEN rtrim(pg_get_functiondef(p.oid), chr(10))
                 || coalesce(';' || chr(10) || 'COMMENT ON ' || CASE p.prokind WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END
                             || ' ' || p.oid::regprocedure::text
                             || ' IS ' || quote_literal(obj_description(p.oid, 'pg_proc')), '')
            -- an aggregate's prosrc says nothing ("aggregate_dummy"): its parts do
            ELSE p.prokind::text || ':' || coalesce((
                 SELECT concat_ws(' ', g.aggkind, g.aggnumdirectargs, g.aggtransfn::regproc, g.aggfinalfn::regproc,
                                  g.aggcombinefn::regproc, g.aggmtransfn::regproc, g.aggsortop::regoper,
                                  format_type(g.aggtranstype, NULL), g.agginitval, g.aggfinalmodify)
                 FROM pg_aggregate g WHERE g.aggfnoid = p.oid), p.prosrc) END AS def,
       -- tables and views whose row type (or an array of it) its signature names, and
       -- those a SQL-standard body (BEGIN ATOMIC, RETURN) reads: the server holds it to them
       ARRAY(SELECT r.relname FROM pg_depend d JOIN pg_type t ON t.oid = d.refobjid
             LEFT JOIN pg_type e ON e.oid = t.typelem
             JOIN pg_class r ON r.oid = coalesce(nullif(t.typrelid, 0), e.typrelid)
             WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.refclassid = 'pg_type'::regclass
               AND r.relkind IN ('r', 'p', 'v', 'm', 'f')
             UNION
             SELECT r.relname FROM pg_depend d JOIN pg_class r ON r.oid = d.refobjid
             WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.refclassid = 'pg_class'::regclass
               AND d.deptype = 'n' AND r.relkind IN ('r', 'p', 'v', 'm', 'f')
             ORDER BY 1)::text[] AS depends
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname = current_schema()
  -- nor a range type's constructor functions, which come and go with it
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                  AND d.objid = p.oid AND d.deptype IN ('e', 'i'))
UNION ALL
SELECT 'trigger', c.relname || '.' || t.tgname,
       pg_get_triggerdef(t.oid)
       || coalesce(';' || chr(10) || 'COMMENT ON TRIGGER ' || quote_ident(t.tgname) || ' ON ' || quote_ident(c.relname)
                   || ' IS ' || quote_literal(obj_description(t.oid, 'pg_trigger')), ''),
       ARRAY[c.relname]::text[]
FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = current_schema() AND NOT t.tgisinternal AND c.relname NOT LIKE 'sqlx\_%'
  AND t.tgparentid = 0  -- a partition's clone of its partitioned table's trigger comes with it
UNION ALL
SELECT 'rule', c.relname || '.' || r.rulename, pg_get_ruledef(r.oid), ARRAY[c.relname]::text[]
FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = current_schema() AND r.rulename <> '_RETURN'
UNION ALL
SELECT 'policy', c.relname || '.' || p.polname,
       'CREATE POLICY ' || quote_ident(p.polname) || ' ON ' || quote_ident(c.relname)
       || ' AS ' || CASE WHEN p.polpermissive THEN 'PERMISSIVE' ELSE 'RESTRICTIVE' END
       || ' FOR ' || CASE p.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE'
                                   WHEN 'd' THEN 'DELETE' ELSE 'ALL' END
       || ' TO ' || array_to_string(ARRAY(SELECT CASE WHEN r.oid = 0 THEN 'public' ELSE quote_ident(a.rolname) END
                                          FROM unnest(p.polroles) AS r(oid) LEFT JOIN pg_roles a ON a.oid = r.oid
                                          ORDER BY 1), ', ')
       || coalesce(' USING (' || pg_get_expr(p.polqual, p.polrelid) || ')', '')
       || coalesce(' WITH CHECK (' || pg_get_expr(p.polwithcheck, p.polrelid) || ')', '')
       || coalesce(';' || chr(10) || 'COMMENT ON POLICY ' || quote_ident(p.polname) || ' ON ' || quote_ident(c.relname)
                   || ' IS ' || quote_literal(obj_description(p.oid, 'pg_policy')), ''),
       ARRAY[c.relname]::text[]
FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = current_schema()
UNION ALL
SELECT 'row level security', c.relname, c.relrowsecurity::text || c.relforcerowsecurity::text,
       ARRAY[c.relname]::text[]
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = current_schema() AND (c.relrowsecurity OR c.relforcerowsecurity)
UNION ALL
SELECT 'domain', t.typname,
       'CREATE DOMAIN ' || quote_ident(t.typname) || ' AS ' || format_type(t.typbasetype, t.typtypmod)
       || coalesce((SELECT ' COLLATE ' || quote_ident(co.collname) FROM pg_collation co JOIN pg_type b ON b.oid = t.typbasetype
                    WHERE co.oid = t.typcollation AND t.typcollation <> b.typcollation), '')
       || coalesce(' DEFAULT ' || t.typdefault, '') || CASE WHEN t.typnotnull THEN ' NOT NULL' ELSE '' END
       || coalesce((SELECT string_agg(' CONSTRAINT ' || quote_ident(k.conname) || ' ' || pg_get_constraintdef(k.oid), ''
                                      ORDER BY k.conname)
                    FROM pg_constraint k WHERE k.contypid = t.oid), ''),
       -- the domain, composite or range type of the schema it is made of (created first)
       ARRAY(SELECT u.typname FROM pg_type b JOIN pg_type u ON u.oid = CASE WHEN b.typelem <> 0 AND b.typlen = -1
                                                                         THEN b.typelem ELSE b.oid END
             WHERE b.oid = t.typbasetype AND u.typnamespace = t.typnamespace AND u.typtype IN ('d', 'c', 'r'))::text[]
FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE n.nspname = current_schema() AND t.typtype = 'd'
UNION ALL
SELECT CASE t.typtype WHEN 'r' THEN 'range type' ELSE 'composite type' END,
       t.typname,
       CASE WHEN t.typtype = 'c' THEN 'CREATE TYPE ' || quote_ident(t.typname) || ' AS ('
            || coalesce((SELECT string_agg(quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod)
                                           || CASE WHEN a.attcollation <> at.typcollation
                                                   THEN ' COLLATE ' || quote_ident(co.collname) ELSE '' END,
                                           ', ' ORDER BY a.attnum)
                         FROM pg_attribute a JOIN pg_type at ON at.oid = a.atttypid
                         LEFT JOIN pg_collation co ON co.oid = a.attcollation
                         WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped), '') || ')'
       -- a range type with the multirange type that comes with it; one with a canonical
       -- function needs a shell type first and is only fingerprinted (no CREATE: not replayed)
       ELSE (SELECT CASE WHEN r.rngcanonical <> 0 THEN 'canonical ' ELSE '' END
                    || 'CREATE TYPE ' || quote_ident(t.typname) || ' AS RANGE (subtype = '
                    || format_type(r.rngsubtype, NULL)
                    || CASE WHEN NOT oc.opcdefault THEN ', subtype_opclass = ' || quote_ident(oc.opcname) ELSE '' END
                    || CASE WHEN r.rngcollation <> 0 AND r.rngcollation <> st.typcollation
                            THEN ', collation = ' || quote_ident(rc.collname) ELSE '' END
                    || CASE WHEN r.rngcanonical <> 0 THEN ', canonical = ' || r.rngcanonical::regproc::text ELSE '' END
                    || CASE WHEN r.rngsubdiff <> 0 THEN ', subtype_diff = ' || r.rngsubdiff::regproc::text ELSE '' END
                    || ', multirange_type_name = ' || quote_ident(mt.typname) || ')'
             FROM pg_range r JOIN pg_type st ON st.oid = r.rngsubtype JOIN pg_opclass oc ON oc.oid = r.rngsubopc
             JOIN pg_type mt ON mt.oid = r.rngmultitypid
             LEFT JOIN pg_collation rc ON rc.oid = r.rngcollation
             WHERE r.rngtypid = t.oid) END,
       -- the domain, composite or range types of the schema its attributes or subtype are
       ARRAY(SELECT DISTINCT u.typname
             FROM pg_type b JOIN pg_type u ON u.oid = CASE WHEN b.typelem <> 0 AND b.typlen = -1
                                                           THEN b.typelem ELSE b.oid END
             WHERE u.typnamespace = t.typnamespace AND u.typtype IN ('d', 'c', 'r') AND u.oid <> t.oid
               AND (b.oid IN (SELECT a.atttypid FROM pg_attribute a
                              WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped)
                    OR b.oid = (SELECT r.rngsubtype FROM pg_range r WHERE r.rngtypid = t.oid))
             ORDER BY 1)::text[]
FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
LEFT JOIN pg_class c ON c.oid = t.typrelid
-- a multirange type is its range type's: created and dropped with it
WHERE n.nspname = current_schema() AND (t.typtype = 'r' OR (t.typtype = 'c' AND c.relkind = 'c'))
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass
                  AND d.objid = t.oid AND d.deptype = 'e')
UNION ALL
-- a collation of the schema (CREATE COLLATION), as the statement that recreates it; the
-- locale column is colliculocale on 15-16 and colllocale from 17, so read it by name
SELECT 'collation', co.collname,
       'CREATE COLLATION ' || quote_ident(co.collname) || ' ('
       || CASE co.collprovider
            WHEN 'c' THEN 'provider = libc, lc_collate = ' || quote_literal(co.collcollate)
                          || ', lc_ctype = ' || quote_literal(co.collctype)
            ELSE 'provider = ' || CASE co.collprovider WHEN 'i' THEN 'icu' ELSE 'builtin' END
                 || ', locale = ' || quote_literal(coalesce(to_jsonb(co) ->> 'colllocale',
                                                            to_jsonb(co) ->> 'colliculocale'))
                 || coalesce(', rules = ' || quote_literal(to_jsonb(co) ->> 'collicurules'), '')
          END
       || CASE WHEN co.collisdeterministic THEN '' ELSE ', deterministic = false' END || ')'
       || coalesce(E';\nCOMMENT ON COLLATION ' || quote_ident(co.collname) || ' IS '
                   || quote_literal(obj_description(co.oid, 'pg_collation')), ''),
       '{}'::text[]
FROM pg_collation co JOIN pg_namespace n ON n.oid = co.collnamespace
WHERE n.nspname = current_schema()
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_collation'::regclass
                  AND d.objid = co.oid AND d.deptype = 'e')
UNION ALL
-- objects the model has no place for, as fingerprints: a difference in one is refused
SELECT 'operator', o.oprname || '(' || coalesce(format_type(nullif(o.oprleft, 0), NULL), 'NONE') || ', '
                   || format_type(o.oprright, NULL) || ')',
       concat_ws(' ', o.oprcode::regproc, o.oprcom::regoper, o.oprnegate::regoper, o.oprrest::regproc,
                 o.oprjoin::regproc, o.oprcanhash, o.oprcanmerge, obj_description(o.oid, 'pg_operator')),
       '{}'::text[]
FROM pg_operator o JOIN pg_namespace n ON n.oid = o.oprnamespace
WHERE n.nspname = current_schema()
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_operator'::regclass
                  AND d.objid = o.oid AND d.deptype = 'e')
UNION ALL
SELECT 'operator class', c.opcname || ' USING ' || a.amname,
       concat_ws(' ', format_type(c.opcintype, NULL), c.opcdefault, f.opfname,
                 (SELECT string_agg(m.amopstrategy || ':' || m.amopopr::regoperator, ',' ORDER BY m.amopstrategy)
                  FROM pg_amop m WHERE m.amopfamily = c.opcfamily),
                 (SELECT string_agg(r.amprocnum || ':' || r.amproc::regprocedure, ',' ORDER BY r.amprocnum)
                  FROM pg_amproc r WHERE r.amprocfamily = c.opcfamily)),
       '{}'::text[]
FROM pg_opclass c JOIN pg_namespace n ON n.oid = c.opcnamespace JOIN pg_am a ON a.oid = c.opcmethod
JOIN pg_opfamily f ON f.oid = c.opcfamily
WHERE n.nspname = current_schema()
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_opclass'::regclass
                  AND d.objid = c.oid AND d.deptype = 'e')
UNION ALL
SELECT 'statistics', s.stxname, pg_get_statisticsobjdef(s.oid), ARRAY[c.relname]::text[]
FROM pg_statistic_ext s JOIN pg_namespace n ON n.oid = s.stxnamespace JOIN pg_class c ON c.oid = s.stxrelid
WHERE n.nspname = current_schema()
UNION ALL
-- what pg_dump writes after a table (ALTER TABLE … REPLICA IDENTITY / CLUSTER ON / ALTER COLUMN … SET
-- STATISTICS), as the statements that set it: replayed with the table
SELECT 'table settings', c.relname,
       concat_ws(E';\n',
         CASE c.relreplident
           WHEN 'f' THEN 'ALTER TABLE ' || quote_ident(c.relname) || ' REPLICA IDENTITY FULL'
           WHEN 'n' THEN 'ALTER TABLE ' || quote_ident(c.relname) || ' REPLICA IDENTITY NOTHING'
           WHEN 'i' THEN (SELECT 'ALTER TABLE ' || quote_ident(c.relname) || ' REPLICA IDENTITY USING INDEX '
                                 || quote_ident(ic.relname)
                          FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
                          WHERE i.indrelid = c.oid AND i.indisreplident) END,
         (SELECT 'ALTER TABLE ' || quote_ident(c.relname) || ' CLUSTER ON ' || quote_ident(ic.relname)
          FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid WHERE i.indrelid = c.oid AND i.indisclustered),
         (SELECT string_agg('ALTER TABLE ' || quote_ident(c.relname) || ' ALTER COLUMN ' || quote_ident(a.attname)
                            || ' SET STATISTICS ' || a.attstattarget, E';\n' ORDER BY a.attnum)
          FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            AND coalesce(a.attstattarget, -1) >= 0)),
       ARRAY[c.relname]::text[]
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND c.relname NOT LIKE 'sqlx\_%'
  AND (c.relreplident <> 'd'
       OR EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.oid AND i.indisclustered)
       OR EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                  AND coalesce(a.attstattarget, -1) >= 0))
UNION ALL
-- a column's storage or compression other than its type's: a fingerprint (a difference is refused)
SELECT 'column storage', c.relname || '.' || a.attname, a.attstorage::text || ' ' || a.attcompression::text,
       '{}'::text[]
FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_type t ON t.oid = a.atttypid
WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND c.relname NOT LIKE 'sqlx\_%'
  AND a.attnum > 0 AND NOT a.attisdropped AND (a.attstorage <> t.typstorage OR a.attcompression <> '')
UNION ALL
SELECT 'extension', e.extname, e.extversion, '{}'::text[]
FROM pg_extension e WHERE e.extname <> 'plpgsql'
UNION ALL
-- text search objects as the statements that create them (generated expressions and
-- indexes name them, so they come before the tables)
SELECT 'text search dictionary', d.dictname,
       'CREATE TEXT SEARCH DICTIONARY ' || quote_ident(d.dictname) || ' (TEMPLATE = '
       || quote_ident(tn.nspname) || '.' || quote_ident(t.tmplname) || coalesce(', ' || d.dictinitoption, '') || ')'
       || coalesce(E';\nCOMMENT ON TEXT SEARCH DICTIONARY ' || quote_ident(d.dictname) || ' IS '
                   || quote_literal(obj_description(d.oid, 'pg_ts_dict')), ''),
       '{}'::text[]
FROM pg_ts_dict d JOIN pg_namespace n ON n.oid = d.dictnamespace
JOIN pg_ts_template t ON t.oid = d.dicttemplate JOIN pg_namespace tn ON tn.oid = t.tmplnamespace
WHERE n.nspname = current_schema()
  AND NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = 'pg_ts_dict'::regclass
                  AND x.objid = d.oid AND x.deptype = 'e')
UNION ALL
SELECT 'text search configuration', c.cfgname,
       'CREATE TEXT SEARCH CONFIGURATION ' || quote_ident(c.cfgname) || ' (PARSER = '
       || quote_ident(pn.nspname) || '.' || quote_ident(p.prsname) || ')'
       || coalesce((SELECT string_agg(E';\nALTER TEXT SEARCH CONFIGURATION ' || quote_ident(c.cfgname)
                                      || ' ADD MAPPING FOR ' || tt.alias || ' WITH ' || m.dicts, '' ORDER BY tt.tokid)
                    FROM (SELECT maptokentype, string_agg(mapdict::regdictionary::text, ', ' ORDER BY mapseqno) AS dicts
                          FROM pg_ts_config_map WHERE mapcfg = c.oid GROUP BY maptokentype) m
                    JOIN ts_token_type(c.cfgparser) tt ON tt.tokid = m.maptokentype), '')
       || coalesce(E';\nCOMMENT ON TEXT SEARCH CONFIGURATION ' || quote_ident(c.cfgname) || ' IS '
                   || quote_literal(obj_description(c.oid, 'pg_ts_config')), ''),
       '{}'::text[]
FROM pg_ts_config c JOIN pg_namespace n ON n.oid = c.cfgnamespace
JOIN pg_ts_parser p ON p.oid = c.cfgparser JOIN pg_namespace pn ON pn.oid = p.prsnamespace
WHERE n.nspname = current_schema()
  AND NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = 'pg_ts_config'::regclass
                  AND x.objid = c.oid AND x.deptype = 'e')
UNION ALL
-- an exclusion constraint as the statement that adds it (and its comment); a constraint
-- trigger's own row (contype 't') comes and goes with its trigger, which is replayed
SELECT 'exclusion constraint', c.relname || '.' || con.conname,
       'ALTER TABLE ' || quote_ident(c.relname) || ' ADD CONSTRAINT ' || quote_ident(con.conname) || ' '
       || pg_get_constraintdef(con.oid)
       || coalesce(E';\nCOMMENT ON CONSTRAINT ' || quote_ident(con.conname) || ' ON ' || quote_ident(c.relname)
                   || ' IS ' || quote_literal(obj_description(con.oid, 'pg_constraint')), ''),
       ARRAY[c.relname]::text[]
FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = current_schema() AND con.contype = 'x'
UNION ALL
SELECT 'index', c.relname || '.' || ic.relname, pg_get_indexdef(i.indexrelid) || ' invalid',
       ARRAY[c.relname]::text[]
FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class c ON c.oid = i.indrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = current_schema() AND NOT i.indisvalid AND c.relname NOT LIKE 'sqlx\_%'
UNION ALL
-- storage parameters of a table's TOAST table (toast.*), which the model does not hold
SELECT 'toast storage parameters of table', c.relname, array_to_string(tc.reloptions, ','), ARRAY[c.relname]::text[]
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_class tc ON tc.oid = c.reltoastrelid
WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND tc.reloptions IS NOT NULL
  AND c.relname NOT LIKE 'sqlx\_%'
UNION ALL
-- comments the model has no place for: on a key constraint's own index
SELECT 'constraint index comment', t.relname || '.' || ic.relname, d.description, ARRAY[t.relname]::text[]
FROM pg_constraint con
JOIN pg_class ic ON ic.oid = con.conindid
JOIN pg_class t ON t.oid = con.conrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
JOIN pg_description d ON d.objoid = ic.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
WHERE n.nspname = current_schema() AND con.contype IN ('p', 'u') AND t.relname NOT LIKE 'sqlx\_%'
UNION ALL
SELECT 'schema', s.nspname,
       -- everything in another schema, summarized: a change there is a difference to refuse
       coalesce((SELECT string_agg(c.relkind::text || ':' || c.relname || ':' || coalesce(
                    (SELECT string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || ' '
                                       || a.attnotnull::text || ' ' || coalesce(pg_get_expr(d.adbin, d.adrelid), ''),
                                       ',' ORDER BY a.attnum)
                     FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                     WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped), ''), ';' ORDER BY c.relname)
                 FROM pg_class c WHERE c.relnamespace = s.oid), '')
       || coalesce((SELECT string_agg(k.conname || pg_get_constraintdef(k.oid), ';' ORDER BY k.conname)
                    FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid WHERE c.relnamespace = s.oid), '')
       || coalesce((SELECT string_agg(p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')'
                                      || md5(p.prosrc), ';' ORDER BY p.proname, p.oid)
                    FROM pg_proc p WHERE p.pronamespace = s.oid), '')
       || coalesce((SELECT string_agg(t.typname || t.typtype::text, ';' ORDER BY t.typname)
                    FROM pg_type t WHERE t.typnamespace = s.oid), ''),
       '{}'::text[]
FROM pg_namespace s
WHERE s.nspname NOT IN ('public', 'information_schema') AND s.nspname NOT LIKE 'pg\_%'
  AND s.nspname <> current_schema()
"""

# What each view or materialized view reads (tables, views), for ordering and opaque deps.
VIEW_DEPENDS = r"""
SELECT DISTINCT v.relname AS view, t.relname AS uses
FROM pg_class v
JOIN pg_namespace n ON n.oid = v.relnamespace
JOIN pg_rewrite r ON r.ev_class = v.oid
JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid
     AND d.refclassid = 'pg_class'::regclass AND d.deptype = 'n'
JOIN pg_class t ON t.oid = d.refobjid AND t.oid <> v.oid
WHERE n.nspname = current_schema() AND v.relkind IN ('v', 'm')
ORDER BY 1, 2
"""

TAGS_TABLE = "SELECT to_regclass('sqlx_tags') IS NOT NULL"
TAGS = "SELECT kind, object, tags FROM sqlx_tags ORDER BY kind, object"
