"""The applier: runs a migration plan against a live database and records it.

Thin over psycopg 3 and PyMySQL. ``engine.apply_plan`` takes the advisory lock,
validates (dialect, signature, ledger head, drift, a dry run on PostgreSQL),
then applies the plan in units (a transaction, or one statement that must run
outside one), journaling each unit in ``sqlx_migration_recovery`` so a failure
is compensated and a killed run is detected and recovered. Every outcome is a
row in the append-only, hash-chained ``sqlx_migration_ledger``.
"""
