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
