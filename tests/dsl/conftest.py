import pytest


@pytest.fixture(autouse=True, scope="session")
def _expr_cache(tmp_path_factory):
    """Keep the expression cache of the tests out of the user's cache folder."""
    mp = pytest.MonkeyPatch()
    mp.setenv("SQLXC_CACHE_DIR", str(tmp_path_factory.mktemp("sqlxc-cache")))
    yield
    mp.undo()
