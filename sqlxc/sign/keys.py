"""Ed25519 keys: generate, write (mode 0600, outside any git work tree), load.

Public keys travel as ``ed25519:<base64 of the 32 raw bytes>`` (the value of
``public_key`` in ``[[trust.keys]]``). Private keys are PKCS#8 PEM files, or an
inline value in ``SQLXC_SIGNING_KEY``: the PEM text itself or
``ed25519-private:<base64 of the 32-byte seed>``.

No message here ever contains key material; ``cryptography`` is imported lazily
so that commands which never sign start fast.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlxc.errors import ConfigError, UsageError

PUBLIC_PREFIX = "ed25519:"
PRIVATE_PREFIX = "ed25519-private:"
ENV_KEY = "SQLXC_SIGNING_KEY"
ENV_KEY_ID = "SQLXC_SIGNING_KEY_ID"


class KeyFileError(ConfigError):
    """A signing key that cannot be found or read (exit 2: configuration)."""


@dataclass(frozen=True)
class SigningKey:
    """A loaded private key. ``source`` says where it came from, for messages
    (a path or "SQLXC_SIGNING_KEY (inline)"), never the key itself."""

    private: Any = field(repr=False)
    source: str
    stem: str | None = None  # the key file's name without suffix: the default key id

    @property
    def public_key(self) -> str:
        return encode_public(self.private.public_key())

    def sign(self, data: bytes) -> bytes:
        return self.private.sign(data)


def encode_public(public: Any) -> str:
    from cryptography.hazmat.primitives import serialization

    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return PUBLIC_PREFIX + base64.b64encode(raw).decode()


def decode_public(text: str, *, where: str) -> Any:
    """The Ed25519 public key for a ``ed25519:<base64>`` string; ConfigError naming ``where``."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    if not isinstance(text, str) or not text.startswith(PUBLIC_PREFIX):
        raise ConfigError(
            f"{where}: public_key must look like 'ed25519:<base64>'",
            hint="paste the line printed by `sqlxc keygen`",
        )
    try:
        raw = base64.b64decode(text[len(PUBLIC_PREFIX):], validate=True)
        return Ed25519PublicKey.from_public_bytes(raw)
    except (binascii.Error, ValueError):
        raise ConfigError(
            f"{where}: public_key is not a valid Ed25519 key (32 bytes, base64)",
            hint="paste the line printed by `sqlxc keygen`",
        ) from None


def fingerprint(public_key: str) -> str:
    """A short, stable name for a public key (used when no key id is known)."""
    return "key-" + hashlib.sha256(public_key.encode()).hexdigest()[:12]


# --- generating -------------------------------------------------------------------


def default_key_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "sqlxc" / "keys"


def git_work_tree(path: Path) -> Path | None:
    """The git work tree that contains ``path`` (looking for ``.git`` upwards), or None."""
    path = path.resolve()
    for candidate in (path, *path.parents):
        if (candidate / ".git").exists():
            return candidate
    return None


@dataclass(frozen=True)
class NewKey:
    key_id: str
    path: Path
    public_key: str

    def trust_entry(self, roles: tuple[str, ...] = ("data.steward",)) -> str:
        """The TOML to paste into sqlx.toml to trust this key."""
        role_list = ", ".join(f'"{r}"' for r in roles)
        return (
            "[[trust.keys]]\n"
            f'id = "{self.key_id}"\n'
            f'public_key = "{self.public_key}"\n'
            f"roles = [{role_list}]\n"
        )


def generate_key(key_id: str, out: Path | None = None, *, force: bool = False) -> NewKey:
    """Write a new private key (mode 0600) and return its id, path and public key.

    Refuses to overwrite a file, and to write inside a git work tree unless
    ``force`` (a private key committed by accident is a key to replace)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    _check_key_id(key_id)
    path = Path(out) if out else default_key_dir() / f"{key_id}.key"
    if path.exists():
        raise UsageError(f"{path} already exists; not overwriting a key", hint="choose another --out or --id")
    tree = git_work_tree(path.parent if path.parent.exists() else _existing_parent(path))
    if tree is not None and not force:
        raise UsageError(
            f"{path} is inside the git work tree {tree}: a private key must not be committed",
            hint="write it elsewhere (the default is ~/.config/sqlxc/keys/) or pass --force",
        )
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    # O_EXCL + mode at creation: the key is never readable by others, not even briefly.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    os.chmod(path, 0o600)
    return NewKey(key_id=key_id, path=path, public_key=encode_public(private.public_key()))


def _existing_parent(path: Path) -> Path:
    for parent in path.parents:
        if parent.exists():
            return parent
    return Path("/")


def _check_key_id(key_id: str) -> None:
    ok = key_id and all(c.isalnum() or c in "._-@" for c in key_id) and len(key_id) <= 64
    if not ok:
        raise UsageError(
            f"invalid key id {key_id!r}", hint="use letters, digits, '.', '_', '-' or '@' (at most 64)"
        )


# --- loading ------------------------------------------------------------------------


def load_key(spec: str, *, origin: str = ENV_KEY) -> SigningKey:
    """A private key from a path or an inline value. ``origin`` names the
    setting it came from (``SQLXC_SIGNING_KEY`` or ``--key``) for messages."""
    text = spec.strip()
    if text.startswith("-----BEGIN"):
        return SigningKey(_from_pem(text.encode(), f"{origin} (inline)"), f"{origin} (inline)")
    if text.startswith(PRIVATE_PREFIX):
        return SigningKey(_from_seed(text[len(PRIVATE_PREFIX):], origin), f"{origin} (inline)")
    path = Path(text).expanduser()
    if not path.is_file():
        shown = str(path) if _looks_like_path(text) else "(value not shown)"
        raise KeyFileError(
            f"{origin}: no key file at {shown}",
            hint="give the path of a key written by `sqlxc keygen`, or an inline key",
        )
    mode = path.stat().st_mode
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise KeyFileError(
            f"{origin}: key file {path} is readable by other users (mode {stat.S_IMODE(mode):o})",
            hint=f"chmod 600 {path}",
        )
    return SigningKey(_from_pem(path.read_bytes(), str(path)), str(path), stem=path.stem)


def _looks_like_path(text: str) -> bool:
    """Safe to echo: a plausible path in an existing folder. An inline key that
    merely contains a '/' (base64 does) is never shown."""
    if "\n" in text or " " in text or len(text) > 1024:
        return False
    try:
        return Path(text).expanduser().parent.is_dir() and (os.sep in text or text.endswith((".key", ".pem")))
    except OSError:
        return False


def _from_pem(data: bytes, where: str) -> Any:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError):
        raise KeyFileError(
            f"{where}: not a readable unencrypted PEM private key",
            hint="generate one with `sqlxc keygen`",
        ) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError(f"{where}: the key is not an Ed25519 key", hint="generate one with `sqlxc keygen`")
    return key


def _from_seed(b64: str, origin: str) -> Any:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    try:
        return Ed25519PrivateKey.from_private_bytes(base64.b64decode(b64, validate=True))
    except (binascii.Error, ValueError):
        raise KeyFileError(
            f"{origin} (inline): not a valid 'ed25519-private:<base64 of 32 bytes>' key"
        ) from None


def key_from_env(environ: dict | None = None) -> SigningKey | None:
    """The key named by SQLXC_SIGNING_KEY, or None when it is not set."""
    env = os.environ if environ is None else environ
    spec = env.get(ENV_KEY)
    if not spec:
        return None
    return load_key(spec, origin=ENV_KEY)
