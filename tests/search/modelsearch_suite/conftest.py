"""Collected only in its own run (see the Makefile's `test`): it needs modelsearch's test app,
which the portal's settings do not install."""

import os

SUITE_SETTINGS = "portal.settings.modelsearch_suite"

if os.environ.get("DJANGO_SETTINGS_MODULE") != SUITE_SETTINGS:
    collect_ignore = ["test_backend_tests.py"]
