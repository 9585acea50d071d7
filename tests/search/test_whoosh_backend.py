"""The Whoosh search backend (search/backends/whoosh.py) on the modelsearch interface."""

import itertools
import threading
import time

import pytest
from django.core.management import call_command
from django.test import override_settings
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Boost, Fuzzy, MatchAll, Not, Or, Phrase, PlainText

from home.models import StandardPage
from tests.factories.home import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def index_dir(tmp_path):
    return tmp_path / "index"


@pytest.fixture
def whoosh(index_dir):
    """Whoosh as the default backend, so saving a page indexes it (as in production)."""
    config = {"default": {"BACKEND": "search.backends.whoosh", "PATH": str(index_dir)}}
    with override_settings(WAGTAILSEARCH_BACKENDS=config):
        yield get_search_backend()


SLUGS = itertools.count()


def page(parent, title, body_text="", **kwargs):
    body = [("rich_text", f"<p>{body_text}</p>")] if body_text else []
    slug = f"sida-{next(SLUGS)}"
    return StandardPageFactory(parent=parent, title=title, slug=slug, intro="", body=body, **kwargs)


def titles(results):
    return [p.title for p in results]


def search(backend, query, queryset=None, **kwargs):
    queryset = Page.objects.live() if queryset is None else queryset
    return titles(backend.search(query, queryset, **kwargs))


def test_backend_is_configured_from_settings(whoosh, index_dir):
    from search.backends.whoosh import WhooshSearchBackend

    assert isinstance(whoosh, WhooshSearchBackend)
    assert whoosh.path == index_dir


def test_default_path_is_search_index_dir(settings, tmp_path):
    from search.backends.whoosh import WhooshSearchBackend

    settings.SEARCH_INDEX_DIR = tmp_path / "var-index"
    assert WhooshSearchBackend({}).path == tmp_path / "var-index"


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("regionerna", "Region"),
        ("kompetensförsörjningen", "Kompetensförsörjning"),
        ("länen", "Län"),
        ("LÄN", "Län"),
    ],
)
def test_swedish_stemming(whoosh, home_page, query, title):
    page(home_page, "Region")
    page(home_page, "Kompetensförsörjning")
    page(home_page, "Län")
    page(home_page, "Något helt annat")
    assert search(whoosh, query) == [title]


def test_a_o_and_aa_are_kept_apart(whoosh, home_page):
    page(home_page, "Län")
    page(home_page, "Lan")
    assert search(whoosh, "län") == ["Län"]


def test_body_is_searched_and_specific_pages_returned(whoosh, home_page):
    page(home_page, "Sida", "Östersjöstrategin samlar regionerna")
    results = list(whoosh.search("östersjöstrategin", StandardPage.objects.live()))
    assert [type(p) for p in results] == [StandardPage]
    assert search(whoosh, "östersjöstrategin", Page.objects.live().specific()) == ["Sida"]


def test_unpublished_pages_are_excluded_by_live(whoosh, home_page):
    page(home_page, "Regional utveckling")
    page(home_page, "Regional utveckling utkast", live=False)
    assert search(whoosh, "regional") == ["Regional utveckling"]
    assert set(search(whoosh, "regional", Page.objects.all())) == {
        "Regional utveckling",
        "Regional utveckling utkast",
    }


def test_queryset_filters_are_kept(whoosh, home_page):
    section = page(home_page, "Avsnitt om tillväxt")
    page(section, "Tillväxt i norr")
    page(home_page, "Tillväxt i söder")
    visible = Page.objects.live().not_descendant_of(section, inclusive=True)
    assert search(whoosh, "tillväxt", visible) == ["Tillväxt i söder"]


def test_title_match_ranks_above_body_match(whoosh, home_page):
    page(home_page, "Om portalen", "Här står något om innovation och mycket annat text")
    page(home_page, "Innovation", "Text om något annat")
    assert search(whoosh, "innovation") == ["Innovation", "Om portalen"]


def test_phrase(whoosh, home_page):
    page(home_page, "Hållbar regional utveckling")
    page(home_page, "Regional hållbar utveckling")
    assert search(whoosh, Phrase("hållbar regional")) == ["Hållbar regional utveckling"]


def test_a_three_word_phrase_needs_its_words_in_a_row(whoosh, home_page):
    page(home_page, "Stöd", "hållbar regional utveckling i norr")
    page(home_page, "Isär", "hållbar regional politik och regional utveckling")  # both pairs
    assert search(whoosh, Phrase("hållbar regional utveckling")) == ["Stöd"]


def test_a_three_word_phrase_is_not_found_with_its_pairs_in_two_fields(whoosh, home_page):
    page(home_page, "Hållbar regional", "regional utveckling i norr")
    page(home_page, "Stöd", "om hållbar regional utveckling")
    assert search(whoosh, Phrase("hållbar regional utveckling")) == ["Stöd"]


def test_a_phrase_finds_the_last_part_of_a_compound(whoosh, home_page):
    page(home_page, "Nationellt politikerforum startar")
    assert search(whoosh, Phrase("forum startar")) == ["Nationellt politikerforum startar"]


def test_count_and_results_agree_when_the_title_is_searched_again(whoosh, home_page):
    for n in range(3):
        page(home_page, f"Innovation {n}")
    page(home_page, "Annat", "innovation i texten")
    results = whoosh.search("innovation", Page.objects.live())
    assert results.count() == len(list(results)) == 4


def test_and_or_operators(whoosh, home_page):
    page(home_page, "Norr och samverkan")
    page(home_page, "Norr")
    page(home_page, "Samverkan")
    assert search(whoosh, "norr samverkan", operator="and") == ["Norr och samverkan"]
    assert set(search(whoosh, "norr samverkan", operator="or")) == {
        "Norr och samverkan",
        "Norr",
        "Samverkan",
    }
    assert search(whoosh, "norr samverkan", operator="or")[0] == "Norr och samverkan"


def test_query_classes(whoosh, home_page):
    page(home_page, "Norr och samverkan")
    page(home_page, "Norr")
    page(home_page, "Samverkan")
    assert set(search(whoosh, And([PlainText("norr"), Not(PlainText("samverkan"))]))) == {"Norr"}
    assert set(search(whoosh, Or([PlainText("norr"), PlainText("samverkan")]))) == {
        "Norr och samverkan",
        "Norr",
        "Samverkan",
    }
    assert "Norr" not in search(whoosh, Not(PlainText("norr")))
    assert "Samverkan" in search(whoosh, Not(PlainText("norr")))
    assert set(search(whoosh, MatchAll(), StandardPage.objects.live())) == {
        "Norr och samverkan",
        "Norr",
        "Samverkan",
    }
    boosted = Or([PlainText("norr"), Boost(PlainText("samverkan"), 10)])
    assert search(whoosh, boosted)[0] in {"Samverkan", "Norr och samverkan"}
    assert search(whoosh, boosted)[-1] == "Norr"


def test_fields_restricts_the_search(whoosh, home_page):
    page(home_page, "Rubrik", "Innovation i texten")
    page(home_page, "Innovation")
    assert search(whoosh, "innovation", StandardPage.objects.live(), fields=["title"]) == [
        "Innovation"
    ]


def body_search(whoosh, query):
    return sorted(search(whoosh, query, StandardPage.objects.live(), fields=["body"]))


def test_fields_body_finds_words_of_the_body_only(whoosh, home_page):
    """fields=["body"] finds words of the body only, as a saved page and after update_index."""
    page(home_page, "Innovation", "Regional tillväxt i norr")
    edited = page(home_page, "Tillväxt", "Innovation och hållbar utveckling")
    for moment in ("saved", "rebuilt"):
        assert body_search(whoosh, "innovation") == ["Tillväxt"], moment
        assert body_search(whoosh, "tillväxt") == ["Innovation"], moment
        assert body_search(whoosh, Phrase("hållbar utveckling")) == ["Tillväxt"], moment
        assert body_search(whoosh, Phrase("innovation tillväxt")) == [], moment  # title + body
        assert body_search(whoosh, Fuzzy("inovation")) == ["Tillväxt"], moment
        assert body_search(whoosh, Not(PlainText("norr"))) == ["Tillväxt"], moment
        call_command("update_index", verbosity=0)
    edited.body = [("rich_text", "<p>Något helt annat</p>")]
    edited.save_revision().publish()
    assert body_search(whoosh, "innovation") == []
    assert body_search(whoosh, "annat") == ["Tillväxt"]


def test_autocomplete_prefix(whoosh, home_page):
    page(home_page, "Kompetensförsörjning i länen")
    page(home_page, "Kommunikation")
    page(home_page, "Region")
    assert set(titles(whoosh.autocomplete("kom", Page.objects.live()))) == {
        "Kompetensförsörjning i länen",
        "Kommunikation",
    }
    assert titles(whoosh.autocomplete("kompetens", Page.objects.live())) == [
        "Kompetensförsörjning i länen"
    ]
    assert titles(whoosh.autocomplete("kompetensf lä", Page.objects.live())) == [
        "Kompetensförsörjning i länen"
    ]
    assert set(titles(whoosh.autocomplete("k", Page.objects.live()))) == {
        "Kompetensförsörjning i länen",
        "Kommunikation",
    }


def test_count_slicing_and_score(whoosh, home_page):
    for n in range(5):
        page(home_page, f"Region {n}")
    results = whoosh.search("region", Page.objects.live())
    assert results.count() == 5
    assert len(results[1:3]) == 2
    assert results[1:3].count() == 2
    scored = list(results.annotate_score("search_score"))
    assert all(p.search_score > 0 for p in scored)
    unordered = whoosh.search("region", Page.objects.live(), order_by_relevance=False)
    assert len(unordered) == 5


def test_facet(whoosh, home_page):
    page(home_page, "Region ett")
    page(home_page, "Region två", live=False)
    facets = whoosh.search("region", Page.objects.all()).facet("live")
    assert dict(facets) == {True: 1, False: 1}


def test_update_index_rebuilds(whoosh, home_page, index_dir):
    page(home_page, "Regional utveckling")
    StandardPage.objects.filter(title="Regional utveckling").update(title="Regionala planer")
    # changed behind the index's back: still found under the old words
    assert search(whoosh, "planer") == []
    call_command("update_index", verbosity=0)
    assert search(whoosh, "planer") == ["Regionala planer"]
    assert search(whoosh, "utveckling") == []
    assert (index_dir / "wagtailcore_page").is_dir()


def test_update_index_from_empty_directory(whoosh, home_page, index_dir):
    with override_settings(WAGTAILSEARCH_BACKENDS={}):  # created without indexing
        page(home_page, "Landsbygd")
    assert search(whoosh, "landsbygd") == []
    call_command("update_index", verbosity=0)
    assert search(whoosh, "landsbygd") == ["Landsbygd"]


def test_deleting_a_page_removes_it(whoosh, home_page):
    doomed = page(home_page, "Jämtland")
    page(home_page, "Jämtland Härjedalen")
    doomed.delete()
    assert search(whoosh, "jämtland", Page.objects.all()) == ["Jämtland Härjedalen"]
    # and the document is gone from the index itself, not only filtered out by the ORM
    index = whoosh.get_index_for_model(Page)
    compiler = whoosh.query_compiler_class(Page.objects.all(), PlainText("jämtland"))
    assert len(index.search(Page, compiler.build(compiler.query))) == 1


def test_unpublishing_and_editing_update_the_index(whoosh, home_page):
    p = page(home_page, "Smart specialisering")
    p.title = "Innovationsstrategi"
    p.save_revision().publish()
    assert search(whoosh, "specialisering") == []
    assert search(whoosh, "innovationsstrategi") == ["Innovationsstrategi"]
    p.unpublish()
    assert search(whoosh, "innovationsstrategi") == []


def test_search_without_an_index_finds_nothing(whoosh):
    assert search(whoosh, "region") == []


ODD_QUERIES = [
    '"',
    '"unbalanced',
    "((region",
    "region)",
    "AND OR NOT",
    "region*",
    "?",
    "title:region",
    "\x00",
    "reg\x00ion",
    "region " * 2000,
    "x" * 10_000,
    "🙂 region 🏳️‍🌈",
    "",
    "   ",
    "och i att",
    "\udcff",
]


@pytest.mark.parametrize("query", ODD_QUERIES)
def test_odd_queries_never_raise(whoosh, home_page, query):
    page(home_page, "Region")
    for method in (whoosh.search, whoosh.autocomplete):
        results = method(query, Page.objects.live())
        list(results)
        results.count()
    list(whoosh.search(Phrase(query), Page.objects.live()))


def test_two_writers_at_once_lose_nothing(whoosh, home_page):
    from search.backends.whoosh import PendingWrites

    whoosh.write_timeout = 0.2
    index = whoosh.get_index_for_model(Page)
    index.open()
    with override_settings(WAGTAILSEARCH_BACKENDS={}):  # created without indexing
        pages = [page(home_page, f"Parallell {n}") for n in range(6)]
    assert search(whoosh, "parallell") == []
    blocker = index.open().writer()  # another process holding the write lock
    try:
        thread = threading.Thread(target=index.add_items, args=(StandardPage, pages[:3]))
        thread.start()
        thread.join(timeout=30)
    finally:
        blocker.cancel()
    index.add_items(StandardPage, pages[3:])
    PendingWrites.of(index).wait(timeout=30)  # the updates that waited for the lock
    assert len(search(whoosh, "parallell")) == 6


def test_saves_queued_behind_the_lock_are_applied_in_order(whoosh, home_page):
    from search.backends.whoosh import PendingWrites

    whoosh.write_timeout = 0.2
    index = whoosh.get_index_for_model(Page)
    saved = page(home_page, "Alfa rubriken")
    blocker = index.open().writer()  # another process holding the write lock
    try:
        for title in ("Beta rubriken", "Gamma rubriken"):
            saved.title = title
            StandardPage.objects.filter(pk=saved.pk).update(title=title)  # no signals
            index.add_items(StandardPage, [saved])  # each waits 0.2 s, then is queued
        assert search(whoosh, "gamma") == []
    finally:
        blocker.cancel()
    PendingWrites.of(index).wait(timeout=30)
    assert search(whoosh, "gamma") == ["Gamma rubriken"]
    assert search(whoosh, "beta") == []  # the older save neither overtook nor stayed beside it
    assert search(whoosh, "alfa") == []
    with index.open().searcher() as searcher:
        assert len(list(searcher.document_numbers(pk=str(saved.pk)))) == 1


def test_a_save_after_queued_ones_does_not_wait_for_the_lock(whoosh, home_page):
    from search.backends.whoosh import PendingWrites

    index = whoosh.get_index_for_model(Page)
    pages = [page(home_page, f"Sida {n}") for n in range(8)]
    slowest = 0.0
    for _ in range(3):
        blocker = index.open().writer()
        whoosh.write_timeout = 0.1
        index.add_items(StandardPage, pages[:1])  # queued behind the blocker
        whoosh.write_timeout = 3
        blocker.cancel()
        ends, saves = time.monotonic() + 1, itertools.cycle(pages)
        while time.monotonic() < ends:  # saves in a row, while the queue drains and after
            started = time.monotonic()
            index.add_items(StandardPage, [next(saves)])
            slowest = max(slowest, time.monotonic() - started)
        PendingWrites.of(index).wait(timeout=30)
    assert slowest < 2  # none waited out the 3 s for a lock that nobody else held
    assert len(search(whoosh, "sida")) == 8


def test_snippets_have_their_own_index(whoosh, home_page, index_dir):
    from core.models import Contact
    from tests.factories.region_teams import ContactFactory

    ContactFactory(name="Anna Lindqvist", unit="Enheten för regional utveckling", is_public=True)
    ContactFactory(name="Erik Berg", unit="Kommunikation", is_public=False)
    page(home_page, "Regional utveckling")
    assert [c.name for c in whoosh.search("regionala", Contact)] == ["Anna Lindqvist"]
    public = Contact.objects.filter(is_public=True)
    assert [c.name for c in whoosh.search("kommunikation", public)] == []
    assert [c.name for c in whoosh.autocomplete("lindq", Contact)] == ["Anna Lindqvist"]
    assert (index_dir / "core_contact").is_dir()
    assert search(whoosh, "regionala") == ["Regional utveckling"]


def test_related_fields_are_searched(whoosh, home_page):
    from tests.factories.region_teams import RegionDialoguePageFactory, StaffAreaPageFactory

    staff = StaffAreaPageFactory(parent=home_page)
    RegionDialoguePageFactory(parent=staff, title="Regiondialog våren")  # county: Gotland
    assert search(whoosh, "gotland") == ["Regiondialog våren"]
    assert search(whoosh, "gotlands") == ["Regiondialog våren"]


@hypothesis_settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=st.text(max_size=300))
def test_no_text_makes_the_backend_raise(whoosh, home_page, query):
    if not Page.objects.filter(title="Region").exists():
        page(home_page, "Region")
    for method in (whoosh.search, whoosh.autocomplete):
        list(method(query, Page.objects.live()))
    for cls in (PlainText, Phrase):
        list(whoosh.search(cls(query), Page.objects.live()))


def test_an_emptied_index_finds_nothing(whoosh, home_page):
    """As after reset_indexes(), or for a model with no objects yet."""
    page(home_page, "Region")
    whoosh.reset_indexes()
    assert search(whoosh, "region") == []
    whoosh.get_index_for_model(Page).reset()
    assert whoosh.search("region", Page.objects.live()).count() == 0


def test_fuzzy_unaccent_matches_accented_words(whoosh, home_page):
    page(home_page, "Högskola i norr")
    assert search(whoosh, Fuzzy("hogskola", unaccent=True)) == ["Högskola i norr"]


# Speed: top-k, cached searchers and answers, merged segments --------------------------------


def test_a_results_page_is_filled_when_the_best_matches_are_hidden(whoosh, home_page):
    """Whoosh ranks only the best few; when the queryset turns them down (here: drafts that
    rank higher), it is asked for more until the page is full."""
    for n in range(70):
        page(home_page, f"Region region {n}", "region region region", live=False)
    for n in range(12):
        page(home_page, f"Om oss {n}", "en mening om en region")
    results = whoosh.search("region", Page.objects.live())
    assert len(results[:10]) == 10
    assert all(title.startswith("Om oss") for title in titles(results[:10]))
    assert results.count() == 12
    assert len(list(results[10:20])) == 2


def test_a_phrase_gives_the_same_results_and_count(whoosh, home_page):
    for n in range(3):
        page(home_page, f"Hållbar regional utveckling {n}")
    page(home_page, "Regional hållbar utveckling")
    page(home_page, "Hållbar regional tillväxt", live=False)
    results = whoosh.search(Phrase("hållbar regional"), Page.objects.live())
    assert results.count() == 3
    assert sorted(titles(results[:10])) == [f"Hållbar regional utveckling {n}" for n in range(3)]


def test_a_repeated_search_sees_every_commit(whoosh, home_page):
    page(home_page, "Västerbotten")
    assert search(whoosh, "västerbotten") == ["Västerbotten"]
    second = page(home_page, "Västerbotten och Norrbotten")
    assert set(search(whoosh, "västerbotten")) == {"Västerbotten", "Västerbotten och Norrbotten"}
    second.delete()
    assert search(whoosh, "västerbotten") == ["Västerbotten"]


def test_single_saves_do_not_pile_up_segments(whoosh, home_page):
    """Whoosh's merge policy (MERGE_SMALL) merges the small segments that single saves add."""
    for n in range(20):
        page(home_page, f"Sparad sida {n}")
    with whoosh.get_index_for_model(Page).open().reader() as reader:
        assert len(list(reader.leaf_readers())) < 6
    assert whoosh.search("sparad", Page.objects.live()).count() == 20


def test_an_index_of_an_older_schema_is_emptied_until_rebuilt(whoosh, home_page, index_dir, caplog):
    page(home_page, "Gotland")
    (index_dir / "wagtailcore_page" / "schema-version").write_text("1")
    assert search(whoosh, "gotland") == []
    assert "older schema" in caplog.text
    call_command("update_index", verbosity=0)
    assert search(whoosh, "gotland") == ["Gotland"]


def test_an_index_written_by_older_code_is_emptied_without_reading_it(
    whoosh, home_page, index_dir, caplog
):
    """An upgrade leaves an index whose schema names classes that no longer exist."""
    page(home_page, "Gotland")
    directory = index_dir / "wagtailcore_page"
    (directory / "schema-version").write_text("1")
    for toc in directory.glob("*.toc"):
        toc.write_bytes(b"not a table of contents Whoosh can read")
    page(home_page, "Visby")
    assert "older schema" in caplog.text
    assert search(whoosh, "visby") == ["Visby"]
    call_command("update_index", verbosity=0)
    assert search(whoosh, "gotland") == ["Gotland"]


def test_ranked_values_are_the_results_without_instances(whoosh, home_page):
    for n in range(4):
        page(home_page, f"Region {n}", "region " * n)
    page(home_page, "Region utkast", live=False)
    results = whoosh.search("region", Page.objects.live())
    expected = [(p.pk, p.title) for p in results[:3]]
    assert len(expected) == 3
    assert results[:3].ranked_values("title") == expected
    assert results[1:].ranked_values() == [(pk,) for pk, _ in expected[1:]] + [
        (p.pk,) for p in results[3:]
    ]


@pytest.mark.parametrize("model", [Page, StandardPage])
def test_many_matches_are_counted_faceted_and_ordered_exactly(whoosh, home_page, model):
    """Over PK_CHUNK matches the keys go to the database as one parameter (json_each/unnest)."""
    from search.backends.whoosh import PK_CHUNK
    from tests.factories.bulk import bulk_create_children

    many = PK_CHUNK + 150
    rows = [{"title": f"Kommun {n}", "intro": "kommun"} for n in range(many)]
    pages = bulk_create_children(home_page, StandardPage, rows)
    Page.objects.filter(pk__in=[p.pk for p in pages[::10]]).update(live=False)
    call_command("update_index", verbosity=0)
    live = many - len(range(0, many, 10))
    results = whoosh.search("kommun", model.objects.live())
    assert results.count() == live
    assert dict(whoosh.search("kommun", model.objects.all()).facet("live")) == {
        True: live,
        False: many - live,
    }
    by_title = whoosh.search(
        "kommun", model.objects.live().order_by("title"), order_by_relevance=False
    )
    assert by_title.count() == live
    assert [p.title for p in by_title[:2]] == ["Kommun 1", "Kommun 101"]
    assert whoosh.search(Not(PlainText("kommun")), model.objects.filter(depth__gt=2)).count() == 0


def test_update_index_indexes_every_page(home_page, index_dir):
    from tests.factories.bulk import bulk_create_children

    rows = [{"title": f"Län {n}", "intro": "regional utveckling"} for n in range(450)]
    bulk_create_children(home_page, StandardPage, rows)
    config = {
        "default": {
            "BACKEND": "search.backends.whoosh",
            "PATH": str(index_dir),
        }
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=config):
        call_command("update_index", verbosity=0)
        backend = get_search_backend()
        assert backend.search("utveckling", Page.objects.live()).count() == 450
        assert search(backend, "län 117", fields=["title"], operator="and") == ["Län 117"]


@pytest.mark.parametrize("query", [MatchAll(), Not(MatchAll())])
def test_scores_of_match_all_and_match_none(whoosh, home_page, query):
    page(home_page, "Region")
    results = whoosh.search(query, Page.objects.live()).annotate_score("search_score")
    assert all(p.search_score is None for p in results)


def test_a_rebuild_that_lost_documents_says_so(whoosh, home_page, monkeypatch):
    from django.core.management.base import CommandError

    page(home_page, "Region ett")
    page(home_page, "Region två")
    from search.backends.whoosh import WhooshRebuilder

    real_start = WhooshRebuilder.start

    def losing_start(self):
        """A rebuild whose writer drops the first document."""
        index = real_start(self)
        writer = index.rebuild_writer
        add_document, calls = writer.add_document, itertools.count()
        writer.add_document = lambda **doc: None if next(calls) == 0 else add_document(**doc)
        return index

    monkeypatch.setattr(WhooshRebuilder, "start", losing_start)
    with pytest.raises(CommandError, match="objects were indexed"):
        call_command("update_index", verbosity=0)


def test_compound_words_are_found_by_their_parts(whoosh, home_page):
    page(home_page, "Politikerforum i Luleå")
    page(home_page, "Tjänstemannaforum", "Om kompetensförsörjningen i regionerna")
    page(home_page, "Regionportalen")
    page(home_page, "Samarbeta i Östersjöregionen", "Om tjänstemannaforumet")
    page(home_page, "Forum för regionerna")
    assert set(search(whoosh, "forum")) == {
        "Politikerforum i Luleå",
        "Tjänstemannaforum",
        "Forum för regionerna",
        "Samarbeta i Östersjöregionen",  # its body: "tjänstemannaforumet"
    }
    assert search(whoosh, "forum")[0] == "Forum för regionerna"  # the word itself ranks first
    assert search(whoosh, "försörjning") == ["Tjänstemannaforum"]
    assert search(whoosh, "kompetens") == []  # the first part names no kind of thing
    assert "Regionportalen" not in search(whoosh, "region")
    assert "Samarbeta i Östersjöregionen" in search(whoosh, "region")
    # a compound typed as such is not split: it finds only itself
    assert search(whoosh, "politikerforum") == ["Politikerforum i Luleå"]


def test_a_rebuild_keeps_every_word_for_spelling_suggestions(whoosh, home_page):
    from tests.factories.bulk import bulk_create_children

    rows = [{"title": f"Kompetensförsörjning {n}", "intro": "regional"} for n in range(8)]
    rows.append({"title": "Attraktionskraft", "intro": "landsbygd"})
    bulk_create_children(home_page, StandardPage, rows)
    call_command("update_index", verbosity=0)
    assert whoosh.spelling_suggestions(Page, "kompetensförsörjnig") == ["kompetensförsörjning"]
    assert whoosh.spelling_suggestions(Page, "atraktionskraft") == ["attraktionskraft"]


def test_a_headings_level_is_not_searchable_text(whoosh, home_page):
    heading = {"text": "Om regionerna", "level": "h2"}
    StandardPageFactory(parent=home_page, title="Sida", slug="sida", body=[("heading", heading)])
    assert search(whoosh, "regionerna") == ["Sida"]
    assert search(whoosh, "nivå") == []  # the level's label, "Nivå 2"


def test_a_phrase_is_not_found_across_two_fields(whoosh, home_page):
    page(home_page, "Rapport om hållbar", "tillväxt i norr")
    page(home_page, "Rapport", "Hållbar tillväxt i norr")
    assert search(whoosh, Phrase("hållbar tillväxt")) == ["Rapport"]
    assert search(whoosh, PlainText("hållbar tillväxt", operator="and")) == [
        "Rapport om hållbar",
        "Rapport",
    ]


def test_equal_scores_are_ordered_as_whoosh_orders_them(whoosh, home_page):
    from whoosh import query as wq

    for _ in range(60):
        page(home_page, "Län", "län i norr")
    page(home_page, "Län och län", "län län")
    index = whoosh.get_index_for_model(Page)
    query = wq.Or([wq.Term("t__all", "län"), wq.Term("t_title", "län", boost=2.0)])
    ours = list(index.search(Page, query, limit=55))
    with index.open().searcher() as searcher:
        theirs = [int(hit["pk"]) for hit in searcher.search(query, limit=55)]
    assert ours == theirs
    assert ours[0] == Page.objects.get(title="Län och län").pk


def test_a_save_that_never_gets_the_lock_is_dropped_with_an_error(
    whoosh, home_page, monkeypatch, caplog
):
    """A queued update tries a bounded number of times, then logs; update_index repairs."""
    from search.backends import whoosh as backend

    monkeypatch.setattr(backend, "WRITE_ATTEMPTS", 2)
    monkeypatch.setattr(backend, "RETRY_TIMEOUT", 0.1)
    whoosh.write_timeout = 0.1
    index = whoosh.get_index_for_model(Page)
    with override_settings(WAGTAILSEARCH_BACKENDS={}):
        lost = page(home_page, "Fjällen")
    blocker = index.open().writer()  # held for longer than every attempt
    try:
        index.add_items(StandardPage, [lost])
        backend.PendingWrites.of(index).wait(timeout=10)
        assert "1 index updates dropped" in caplog.text
    finally:
        blocker.cancel()
    assert search(whoosh, "fjällen") == []
    call_command("update_index", verbosity=0)
    assert search(whoosh, "fjällen") == ["Fjällen"]


def test_a_queued_save_whose_write_fails_is_tried_again(whoosh, home_page, monkeypatch, caplog):
    """An index that cannot be opened, or a commit that fails, leaves the save queued for the
    next attempt: the queue neither stops for good nor loses it."""
    from search.backends import whoosh as backend

    monkeypatch.setattr(backend, "WRITE_ATTEMPTS", 50)
    monkeypatch.setattr(backend, "RETRY_TIMEOUT", 0.1)
    whoosh.write_timeout = 0.1
    index = whoosh.get_index_for_model(Page)
    with override_settings(WAGTAILSEARCH_BACKENDS={}):
        saved = page(home_page, "Fjällen")
    blocker = index.open().writer()  # the save is queued behind it
    try:
        index.add_items(StandardPage, [saved])
        queue = backend.PendingWrites.of(index)
        monkeypatch.setattr(queue.index, "open", failing_once(queue.index.open, OSError))
        monkeypatch.setattr(backend, "apply", failing_once(backend.apply, RuntimeError))
    finally:
        blocker.cancel()
    queue.wait(timeout=30)
    assert "the index cannot be opened for queued updates" in caplog.text
    assert "queued index updates failed" in caplog.text
    assert search(whoosh, "fjällen") == ["Fjällen"]


def failing_once(function, error):
    calls = []

    def call(*args, **kwargs):
        calls.append(args)
        if len(calls) == 1:
            if args and hasattr(args[0], "cancel"):
                args[0].cancel()  # a failing commit leaves the lock free, as apply() does
            raise error("failing once")
        return function(*args, **kwargs)

    return call
