"""``sqlxc keygen [--out PATH] [--id KEYID] [--role ROLE]… [--force]``: a new Ed25519 signing key."""
from __future__ import annotations

import sys


def register(sub) -> None:
    p = sub.add_parser("keygen", help="create an Ed25519 signing key and print the sqlx.toml lines that trust it")
    p.add_argument("--id", dest="key_id", help="key id recorded in signatures (default: user@host)")
    p.add_argument("--out", help="where to write the private key (default: ~/.config/sqlxc/keys/<id>.key)")
    p.add_argument("--role", action="append", dest="roles", metavar="ROLE",
                   help="role to grant in the printed trust entry (repeatable; default data.steward)")
    p.add_argument("--force", action="store_true", help="allow writing the key inside a git work tree")
    p.set_defaults(run=run)


def _default_id() -> str:
    import getpass
    import socket  # imported here: every command's start-up loads this module

    user = "".join(c for c in getpass.getuser() if c.isalnum() or c in "._-") or "sqlxc"
    host = "".join(c for c in socket.gethostname().split(".")[0] if c.isalnum() or c in "-") or "host"
    return f"{user}@{host}"


def run(args) -> int:
    from sqlxc.sign.keys import generate_key

    new = generate_key(args.key_id or _default_id(), args.out, force=args.force)
    sys.stderr.write(f"wrote private key {new.path} (mode 0600); keep it secret, never commit it\n")
    sys.stderr.write(f"sign with it: export SQLXC_SIGNING_KEY={new.path}\n")
    sys.stderr.write("trust it: add these lines to sqlx.toml\n")
    sys.stdout.write(new.trust_entry(tuple(args.roles or ("data.steward",))))
    return 0
