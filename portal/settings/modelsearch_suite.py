"""modelsearch's own backend test-suite against our Whoosh backend (tests/search/modelsearch_suite,
the second pytest run of `make test`): modelsearch's test app and settings, not the portal's."""

import tempfile
from pathlib import Path

from modelsearch.test.settings import *  # noqa: F403

BASE_DIR = Path(__file__).resolve().parents[2]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
FIXTURE_DIRS = [BASE_DIR / "tests" / "search" / "modelsearch_suite" / "fixtures"]
SEARCH_INDEX_DIR = Path(tempfile.mkdtemp(prefix="modelsearch-suite-index-"))
MODELSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.whoosh", "PATH": SEARCH_INDEX_DIR}}
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
