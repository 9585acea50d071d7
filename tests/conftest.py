"""Shared fixtures: one site tree (root → HomePage → Site) that every test builds on."""

import shutil
import tempfile
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from wagtail.models import Page, Site

from home.models import PortalSettings
from tests.factories.home import HomePageFactory


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _fresh_search_index(settings, tmp_path_factory):
    """An empty Whoosh index per test: the database rolls back after a test, an index does not."""
    settings.WAGTAILSEARCH_BACKENDS = whoosh_at(tmp_path_factory.mktemp("index"))


@pytest.fixture
def search_backend(settings):
    """The name of the backend SEARCH_BACKEND configures, for tests that depend on what it can
    do (whoosh by default; CI runs the search tests again with database on PostgreSQL). Each
    test gets an empty index either way (_fresh_search_index, or the rolled-back database)."""
    return settings.SEARCH_BACKEND


@pytest.fixture
def home_page(db):
    root = Page.get_first_root_node()
    for default_page in root.get_children():
        default_page.delete()
    home = HomePageFactory(parent=root)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Test"},
    )
    PortalSettings.load()  # as on a real site; created on first use otherwise
    return home


class SharedDemo:
    """The demo site loaded once for a run of consecutive tests that use it, inside an outer
    transaction; each test's own transaction is a savepoint in it, so what a test changes is
    rolled back and the next test sees the demo as loaded. Loading takes seconds and ~70 tests
    use it. A test without the demo (or a transactional one) rolls the outer transaction back
    first, so no other test ever sees the demo's rows."""

    def __init__(self):
        self.atomic = None
        self.index_dir = None

    def ensure(self, django_db_blocker):
        if self.atomic is not None:
            return
        with django_db_blocker.unblock():
            self.atomic = transaction.atomic()
            self.atomic._from_testcase = True  # durable=True blocks inside tests still work
            self.atomic.__enter__()
            self.index_dir = Path(tempfile.mkdtemp(prefix="regionportalen-demo-index-"))
            with override_settings(WAGTAILSEARCH_BACKENDS=whoosh_at(self.index_dir)):
                call_command("load_demo_content", verbosity=0)

    def drop(self, django_db_blocker):
        if self.atomic is None:
            return
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            self.atomic.__exit__(None, None, None)
        self.atomic = None
        shutil.rmtree(self.index_dir, ignore_errors=True)

    def copy_index_to(self, path):
        shutil.copytree(self.index_dir, path, dirs_exist_ok=True)


def whoosh_at(path):
    backend = dict(django_settings.WAGTAILSEARCH_BACKENDS["default"])
    if backend["BACKEND"] == "search.backends.whoosh":
        backend["PATH"] = path
    return {"default": backend}


def is_transactional(request):
    marker = request.node.get_closest_marker("django_db")
    return "transactional_db" in request.fixturenames or bool(
        marker and marker.kwargs.get("transaction")
    )


@pytest.fixture(scope="session")
def shared_demo(django_db_blocker):
    shared = SharedDemo()
    yield shared
    shared.drop(django_db_blocker)


def pytest_collection_modifyitems(items):
    skip_whoosh_only = pytest.mark.skip(
        reason=f"tests the Whoosh backend; SEARCH_BACKEND={django_settings.SEARCH_BACKEND}"
    )
    for item in items:
        if django_settings.SEARCH_BACKEND != "whoosh" and item.get_closest_marker("whoosh_only"):
            item.add_marker(skip_whoosh_only)
    for item in items:  # first of all fixtures, so before the test's own transaction opens
        if "_demo_for_this_test" not in item.fixturenames:  # parametrized tests share the list
            item.fixturenames.insert(0, "_demo_for_this_test")


@pytest.fixture
def _demo_for_this_test(request, django_db_blocker, shared_demo):
    """Load the shared demo for a test that uses it; roll it back before any other test that
    touches the database (through a fixture or only a `django_db` marker)."""
    if "demo" in request.fixturenames and not is_transactional(request):
        request.getfixturevalue("django_db_setup")
        shared_demo.ensure(django_db_blocker)
    else:
        shared_demo.drop(django_db_blocker)


@pytest.fixture
def demo(db, shared_demo):
    """The whole demo site, as `make run` builds it (with its search index)."""
    if shared_demo.atomic is not None:  # _demo_for_this_test loaded it (never if transactional)
        backend = django_settings.WAGTAILSEARCH_BACKENDS["default"]
        if backend["BACKEND"] == "search.backends.whoosh":
            shared_demo.copy_index_to(backend["PATH"])
    else:
        call_command("load_demo_content", verbosity=0)
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def superuser(db, django_user_model):
    return django_user_model.objects.create_superuser("webbadmin", "webbadmin@example.se", "pw")


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client
