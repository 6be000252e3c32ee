"""Remote connections use verified TLS unless the user opts out (SQLXC_INSECURE=1)."""
from __future__ import annotations

import pytest

from sqlxc.connection import connect, parse_url


class Captured(Exception):
    pass


@pytest.fixture
def captured(monkeypatch):
    import psycopg
    import pymysql

    seen: dict = {}

    def fake(**kwargs):
        seen.update(kwargs)
        raise Captured

    monkeypatch.setattr(psycopg, "connect", fake)
    monkeypatch.setattr(pymysql, "connect", fake)
    monkeypatch.delenv("SQLXC_INSECURE", raising=False)
    return seen


@pytest.mark.parametrize("url, key, expected", [
    ("postgresql://u@db.example.com/app", "sslmode", "verify-full"),
    ("mysql://u@db.example.com/app", "ssl", {"check_hostname": True}),
])
def test_remote_hosts_get_verified_tls(captured, url, key, expected):
    with pytest.raises(Captured):
        connect(parse_url(url))
    assert captured[key] == expected


@pytest.mark.parametrize("url, key", [("postgresql://u@db.example.com/app", "sslmode"), ("mysql://u@db.example.com/app", "ssl")])
def test_opt_out(captured, monkeypatch, url, key):
    monkeypatch.setenv("SQLXC_INSECURE", "1")
    with pytest.raises(Captured):
        connect(parse_url(url))
    assert key not in captured


def test_local_hosts_need_no_tls(captured):
    with pytest.raises(Captured):
        connect(parse_url("postgresql://u@127.0.0.1/app"))
    assert "sslmode" not in captured
