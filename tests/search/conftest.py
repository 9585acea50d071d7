"""The modules named test_whoosh_*.py test the Whoosh backend itself (its analyser, its index on
disk, its rebuild), so they run only when SEARCH_BACKEND is whoosh; the other search tests run on
whichever backend is configured."""

import pytest


@pytest.hookimpl(tryfirst=True)  # before tests/conftest.py skips the whoosh_only ones
def pytest_collection_modifyitems(items):
    for item in items:
        if item.path.name.startswith("test_whoosh_"):
            item.add_marker(pytest.mark.whoosh_only)
