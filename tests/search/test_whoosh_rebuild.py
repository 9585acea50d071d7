"""`manage.py update_index` on the Whoosh backend: the site search keeps answering while it
runs, saves made meanwhile are not lost, and it replaces, empties or repairs what was there."""

import time

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from core.models import Contact
from forum_pages.models import ReportPage
from home.models import StandardPage
from search.backends import whoosh as backend
from search.backends.whoosh import WhooshIndex
from tests.factories.forum_pages import (
    ReportIndexPageFactory,
    ReportPageFactory,
    StrategyThemeIndexPageFactory,
    StrategyThemePageFactory,
)
from tests.factories.home import StandardPageFactory
from tests.factories.region_teams import ContactFactory, county

pytestmark = pytest.mark.django_db


@pytest.fixture
def whoosh(tmp_path):
    """Whoosh as the default backend; saves wait at most 0.1 s for the write lock before their
    update is handed to a thread (so a save during a rebuild returns at once)."""
    config = {
        "default": {
            "BACKEND": "search.backends.whoosh",
            "PATH": str(tmp_path / "index"),
            "WRITE_TIMEOUT": 0.1,
        }
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=config):
        yield get_search_backend()


def titles(query):
    return sorted(page.title for page in get_search_backend().search(query, Page.objects.live()))


def during_rebuild(monkeypatch, action):
    """Runs action() once, inside update_index, after the rebuild's first batch was added."""
    add_items, done = WhooshIndex.add_items, []

    def add_then_act(self, model, items):
        add_items(self, model, items)
        if self.rebuild_writer is not None and not done:
            done.append(action())

    monkeypatch.setattr(WhooshIndex, "add_items", add_then_act)
    return done


def wait_for(condition, seconds=10):
    ends = time.monotonic() + seconds
    while not condition() and time.monotonic() < ends:
        time.sleep(0.05)
    return condition()


def test_the_search_answers_from_the_old_index_until_the_rebuild_commits(
    whoosh, home_page, monkeypatch
):
    StandardPageFactory(parent=home_page, title="Regional utveckling", slug="utveckling")
    StandardPage.objects.filter(slug="utveckling").update(title="Regionala planer")
    seen = during_rebuild(monkeypatch, lambda: (titles("utveckling"), titles("planer")))
    call_command("update_index", verbosity=0)
    # mid-rebuild: found by the words it was indexed with
    assert seen == [(["Regionala planer"], [])]
    assert (titles("utveckling"), titles("planer")) == ([], ["Regionala planer"])


def test_a_save_during_the_rebuild_is_applied_after_it(whoosh, home_page, monkeypatch):
    page = StandardPageFactory(parent=home_page, title="Gammal rubrik", slug="sidan")

    def edit_and_publish():
        page.title = "Ny rubrik"
        page.save_revision().publish()  # its index update waits for the rebuild's lock
        return titles("ny")

    seen = during_rebuild(monkeypatch, edit_and_publish)
    call_command("update_index", verbosity=0)
    assert seen == [[]]  # not yet: the rebuild held the write lock
    # The rebuild read the page before the edit; the save, applied after the rebuild's commit,
    # replaces that document instead of being lost under it.
    assert wait_for(lambda: titles("ny") == ["Ny rubrik"])
    assert titles("gammal") == []


def test_a_failed_rebuild_leaves_the_index_as_it_was(whoosh, home_page, monkeypatch):
    StandardPageFactory(parent=home_page, title="Landsbygd", slug="landsbygd")
    document = backend.document

    def broken_document(obj):
        if obj.title == "Landsbygd":
            raise ValueError("a page whose text cannot be read")
        return document(obj)

    monkeypatch.setattr(backend, "document", broken_document)
    with pytest.raises(ValueError, match="cannot be read") as failure:
        call_command("update_index", verbosity=0)
    monkeypatch.undo()
    assert titles("landsbygd") == ["Landsbygd"]  # the old documents, still searchable
    # The rebuild let go of the write lock (its writer is still referenced, by the traceback):
    # the next save is applied at once, not queued.
    StandardPageFactory(parent=home_page, title="Skärgård", slug="skargard")
    assert titles("skärgård") == ["Skärgård"]
    assert failure.traceback


def test_a_model_with_no_objects_left_is_emptied(whoosh, db):
    ContactFactory(name="Anna Regionsdotter")
    assert [c.name for c in whoosh.search("regionsdotter", Contact.objects.all())]
    with override_settings(WAGTAILSEARCH_BACKENDS={}):  # deleted behind the index's back
        Contact.objects.all().delete()
    call_command("update_index", verbosity=0)
    assert whoosh.get_index_for_model(Contact).open().doc_count() == 0


def test_update_index_repairs_a_broken_index(whoosh, home_page):
    StandardPageFactory(parent=home_page, title="Landsbygd", slug="landsbygd")
    index_path = whoosh.get_index_for_model(Page).path
    for toc in index_path.glob("_MAIN_*.toc"):
        toc.write_bytes(b"not an index")
    call_command("update_index", verbosity=0)
    assert titles("landsbygd") == ["Landsbygd"]


def add_reports(archive, theme, numbers):
    for n in numbers:
        report = ReportPageFactory(parent=archive, title=f"Rapport {n}", slug=f"rapport-{n}")
        report.themes.set([theme])
        report.counties.set([county("Gotland"), county("Skåne")])
        report.save_revision().publish()


def update_index_queries():
    with CaptureQueriesContext(connection) as queries:
        call_command("update_index", verbosity=0)
    return len(queries)


def test_update_index_reads_themes_and_counties_in_a_fixed_number_of_queries(whoosh, home_page):
    themes = StrategyThemeIndexPageFactory(parent=home_page)
    theme = StrategyThemePageFactory(parent=themes, title="Kompetensförsörjning")
    archive = ReportIndexPageFactory(parent=home_page)
    add_reports(archive, theme, range(2))
    few = update_index_queries()
    add_reports(archive, theme, range(2, 14))
    assert update_index_queries() == few  # not a query per report for its themes and counties
    reports = ReportPage.objects.live()
    assert whoosh.search("gotland", reports).count() == 14
    assert whoosh.search("kompetensförsörjning", reports).count() == 14
