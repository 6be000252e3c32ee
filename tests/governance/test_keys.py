"""Keys: written 0600 outside the repository, loaded from a path or inline,
never echoed in a message."""
from __future__ import annotations

import base64
import os
import stat
import subprocess

import pytest

from sqlxc.errors import ConfigError, UsageError
from sqlxc.sign.keys import generate_key, key_from_env, load_key


def test_generate_writes_mode_0600(tmp_path):
    new = generate_key("alice", tmp_path / "k" / "alice.key")
    assert stat.S_IMODE(new.path.stat().st_mode) == 0o600
    assert new.path.read_text().startswith("-----BEGIN PRIVATE KEY-----")
    assert new.public_key.startswith("ed25519:") and len(base64.b64decode(new.public_key[8:])) == 32
    assert new.trust_entry() == f'[[trust.keys]]\nid = "alice"\npublic_key = "{new.public_key}"\nroles = ["data.steward"]\n'


def test_default_location_is_the_user_config(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    assert generate_key("bob").path == tmp_path / "cfg" / "sqlxc" / "keys" / "bob.key"


def test_refuses_inside_a_git_work_tree(tmp_path):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    with pytest.raises(UsageError, match=r"is inside the git work tree .*: a private key must not be committed"):
        generate_key("alice", tmp_path / "keys" / "alice.key")
    assert not (tmp_path / "keys" / "alice.key").exists()
    assert generate_key("alice", tmp_path / "keys" / "alice.key", force=True).path.exists()


def test_refuses_to_overwrite(tmp_path):
    generate_key("alice", tmp_path / "a.key")
    with pytest.raises(UsageError, match="already exists; not overwriting a key"):
        generate_key("alice", tmp_path / "a.key")


def test_invalid_key_id(tmp_path):
    with pytest.raises(UsageError, match="invalid key id 'a b'"):
        generate_key("a b", tmp_path / "x.key")


def test_load_from_path_and_inline(tmp_path):
    new = generate_key("alice", tmp_path / "alice.key")
    by_path = load_key(str(new.path))
    assert (by_path.public_key, by_path.stem) == (new.public_key, "alice")
    inline = load_key(new.path.read_text())
    assert (inline.public_key, inline.source) == (new.public_key, "SQLXC_SIGNING_KEY (inline)")
    from cryptography.hazmat.primitives import serialization

    seed = by_path.private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                         serialization.NoEncryption())
    assert load_key("ed25519-private:" + base64.b64encode(seed).decode()).public_key == new.public_key


def test_group_readable_key_is_refused(tmp_path):
    new = generate_key("alice", tmp_path / "alice.key")
    os.chmod(new.path, 0o640)
    with pytest.raises(ConfigError, match=r"readable by other users \(mode 640\)"):
        load_key(str(new.path))


def test_bad_inline_key_is_not_echoed():
    secret = "ed25519-private:" + base64.b64encode(b"\x01" * 31).decode()
    with pytest.raises(ConfigError) as err:
        load_key(secret)
    assert secret[16:] not in err.value.message
    garbage = "-----BEGIN PRIVATE KEY-----\nAAAAsecretsecret\n-----END PRIVATE KEY-----\n"
    with pytest.raises(ConfigError) as err:
        load_key(garbage)
    assert "secretsecret" not in err.value.message
    with pytest.raises(ConfigError, match=r"no key file at \(value not shown\)"):
        load_key("c2VjcmV0IHZhbHVl")


def test_env(tmp_path):
    assert key_from_env({}) is None
    new = generate_key("alice", tmp_path / "alice.key")
    assert key_from_env({"SQLXC_SIGNING_KEY": str(new.path)}).public_key == new.public_key


def test_missing_key_path_is_named_but_base64_is_not(tmp_path):
    with pytest.raises(ConfigError, match=f"no key file at {tmp_path}/nope.key"):
        load_key(str(tmp_path / "nope.key"))
    seed = "q83vEjRWeJq8/97wEjRWeJq83vASNFZ4mrze8BI0Vng="
    with pytest.raises(ConfigError) as err:
        load_key(seed, origin="--key")
    assert err.value.message == "--key: no key file at (value not shown)"
