from __future__ import annotations

import pytest

from tests.dbs import scratch


@pytest.fixture
def pg_url():
    with scratch("postgres") as url:
        yield url


@pytest.fixture
def mysql_url():
    with scratch("mysql") as url:
        yield url


def pytest_addoption(parser):
    # golden/ expected outputs are rewritten only when asked (tests/golden/test_golden.py)
    parser.addoption("--regen-golden", action="store_true", default=False,
                     help="rewrite golden/<case>/expected/* from the current output")
