"""Shared fixtures: one site tree (root → HomePage → Site) that every test builds on."""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from wagtail.models import Page, Site

from home.models import PortalSettings
from tests.factories.home import HomePageFactory

DEMO_PASSWORD = "demo1234"


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _fresh_search_index(settings, tmp_path_factory):
    """An empty Whoosh index per test: the database rolls back after a test, an index does not."""
    backend = dict(settings.WAGTAILSEARCH_BACKENDS["default"])
    if backend["BACKEND"] == "search.backends.whoosh":
        backend["PATH"] = tmp_path_factory.mktemp("index")
        settings.WAGTAILSEARCH_BACKENDS = {"default": backend}


@pytest.fixture(params=["whoosh", "database"])
def search_backend(request, settings, tmp_path_factory):
    """Run a test on each backend SEARCH_BACKEND offers here (database: SQLite FTS5 or PostgreSQL
    with the Swedish configuration, whichever DATABASE_URL names). Request it before any fixture
    that creates pages, so they are indexed by the backend under test."""
    backend = dict(settings.SEARCH_BACKENDS[request.param])
    if request.param == "whoosh":
        backend["PATH"] = tmp_path_factory.mktemp("index")
    settings.WAGTAILSEARCH_BACKENDS = {"default": backend}
    return request.param


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


@pytest.fixture
def demo(db):
    """The whole demo site, as `make run` builds it."""
    call_command("load_demo_content", verbosity=0)
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def superuser(db, django_user_model):
    return django_user_model.objects.create_superuser("webbadmin", "webbadmin@example.se", "pw")


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client
