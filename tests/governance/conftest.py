from __future__ import annotations

from dataclasses import dataclass

import pytest

from sqlxc.sign.keys import generate_key, load_key


@dataclass
class Keys:
    steward: object
    officer: object
    outsider: object
    reader: object  # trusted, but with no role that may run DDL
    paths: dict


@pytest.fixture
def keys(tmp_path_factory) -> Keys:
    folder = tmp_path_factory.mktemp("keys")
    paths = {name: generate_key(name, folder / f"{name}.key").path for name in ("steward", "officer", "outsider", "reader")}
    loaded = {name: load_key(str(p)) for name, p in paths.items()}
    return Keys(loaded["steward"], loaded["officer"], loaded["outsider"], loaded["reader"], paths)


@pytest.fixture
def config(keys) -> dict:
    """sqlx.toml's governance sections, as the raw TOML table."""
    return {
        "roles": {"privacy.officer": ["data.steward"]},
        "trust": {"keys": [
            {"id": "steward", "public_key": keys.steward.public_key, "roles": ["data.steward"]},
            {"id": "officer", "public_key": keys.officer.public_key, "roles": ["privacy.officer"]},
            {"id": "reader", "public_key": keys.reader.public_key, "roles": ["analyst"]},
        ]},
    }
