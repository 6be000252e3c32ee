"""Remote connections use verified TLS unless the user opts out (--insecure or SQLXC_INSECURE=1)."""
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


@pytest.mark.parametrize("argv", [
    ["inspect", "--url", "postgresql://u@db.example.com/app"],
    ["migrate", "list", "--url", "postgresql://u@db.example.com/app"],
    ["migrate", "diff", "--from", "postgresql://u@db.example.com/a", "--to", "postgresql://u@db.example.com/b"],
])
def test_insecure_flag_is_the_explicit_opt_out(captured, argv, capsys):
    import os

    from sqlxc.cli.main import main

    main(argv)
    assert captured["sslmode"] == "verify-full"
    captured.clear()
    main([*argv, "--insecure"])
    assert "sslmode" not in captured
    assert "SQLXC_INSECURE" not in os.environ  # restored: main() may run in-process
    capsys.readouterr()


def test_insecure_only_on_commands_that_connect():
    from sqlxc.cli.main import build_parser

    parser = build_parser()
    with pytest.raises(SystemExit) as exc:
        parser.parse_args(["check", "--insecure"])
    assert exc.value.code == 2
    assert parser.parse_args(["migrate", "apply", "--plan", "p.json", "--url", "mysql://h/d", "--insecure"]).insecure
