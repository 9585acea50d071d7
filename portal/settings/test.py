"""Tests: fast hashing, mail kept in memory, uploads in a temporary directory."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="regionportalen-media-"))
ARCHIVE_EXPORT_DIR = Path(tempfile.mkdtemp(prefix="regionportalen-archive-"))
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
ALLOWED_HOSTS = ["*"]
WAGTAILADMIN_BASE_URL = "http://testserver"
# Factories write pages without publishing them; tests/core/test_page_cache.py turns it on.
PAGE_CACHE = False
# Serve static files through whitenoise straight from the source folders, as in `make run`.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Each test gets a fresh index directory too (tests/conftest.py); this one serves the rest.
SEARCH_BACKENDS["whoosh"]["PATH"] = Path(tempfile.mkdtemp(prefix="regionportalen-index-"))  # noqa: F405
# The test client's login() calls authenticate() without a request, which django-axes refuses;
# the tests of login throttling switch it on (tests/editorial/test_login_throttling.py).
AXES_ENABLED = False
