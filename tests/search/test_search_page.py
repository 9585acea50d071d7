"""The search page /sok/?q= on each backend: ranking, highlights, facets, suggestions, synonyms,
promotions, the search-term log, pagination and privacy."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from region_teams.models import County
from search.models import SearchSynonym
from search.query import searched_terms
from tests.factories.forum_pages import (
    ForumIndexPageFactory,
    ForumMeetingPageFactory,
    ReportIndexPageFactory,
    ReportPageFactory,
    StrategyThemeIndexPageFactory,
    StrategyThemePageFactory,
)
from tests.factories.home import StandardPageFactory

pytestmark = pytest.mark.django_db


def stems_swedish(backend):
    """Whoosh and PostgreSQL's `swedish` configuration stem; SQLite's FTS5 does not."""
    return backend == "whoosh" or connection.vendor == "postgresql"


@pytest.fixture
def staff_group():
    return Group.objects.get_or_create(name="Medarbetare")[0]  # editorial 0002 creates it


@pytest.fixture
def pages(search_backend, home_page, staff_group):
    StandardPageFactory(parent=home_page, title="Samarbeta i Östersjöregionen", intro="Östersjö")
    staff_only = StandardPageFactory(parent=home_page, title="Östersjö internt för inloggade")
    PageViewRestriction.objects.create(page=staff_only, restriction_type="login")
    group_only = StandardPageFactory(parent=home_page, title="Östersjö för medarbetargruppen")
    restriction = PageViewRestriction.objects.create(page=group_only, restriction_type="groups")
    restriction.groups.add(staff_group)
    secret = StandardPageFactory(parent=home_page, title="Östersjö bakom lösenord")
    PageViewRestriction.objects.create(page=secret, restriction_type="password", password="hemligt")
    StandardPageFactory(parent=home_page, title="Östersjö utkast", live=False)


def result_titles(response):
    return {page.title for page in response.context["search_results"]}


def ordered_titles(response):
    return [page.title for page in response.context["search_results"]]


def test_search_finds_live_public_pages(client, pages):
    response = client.get("/sok/", {"q": "Östersjöregionen"})
    assert response.status_code == 200
    assert "Samarbeta i Östersjöregionen" in result_titles(response)
    assert '<mark class="search-hit' in response.content.decode()


def test_anonymous_visitors_see_no_restricted_or_draft_pages(client, pages):
    assert result_titles(client.get("/sok/", {"q": "Östersjö"})) == {"Samarbeta i Östersjöregionen"}


def test_logged_in_users_see_what_their_login_and_groups_open(
    client, pages, staff_group, django_user_model
):
    user = django_user_model.objects.create_user("anvandare", password="x")
    client.force_login(user)
    assert result_titles(client.get("/sok/", {"q": "Östersjö"})) == {
        "Samarbeta i Östersjöregionen",
        "Östersjö internt för inloggade",
    }
    user.groups.add(staff_group)
    assert "Östersjö för medarbetargruppen" in result_titles(client.get("/sok/", {"q": "Östersjö"}))
    assert "Östersjö bakom lösenord" not in result_titles(client.get("/sok/", {"q": "Östersjö"}))


def test_empty_query_shows_the_form_without_results(client, home_page):
    response = client.get("/sok/")
    assert response.status_code == 200
    assert "search_results" not in response.context
    assert "Skriv ett eller flera sökord" in response.content.decode()


def test_title_match_ranks_above_a_match_in_the_text(client, search_backend, home_page):
    if search_backend == "database" and connection.vendor == "sqlite":
        pytest.skip("Wagtail's SQLite backend ranks with unweighted bm25(): no title boost")
    body = [("rich_text", "<p>Här nämns kompetensförsörjning en gång.</p>")]
    StandardPageFactory(parent=home_page, title="Om forumet", intro="", body=body)
    StandardPageFactory(parent=home_page, title="Kompetensförsörjning", intro="")
    assert ordered_titles(client.get("/sok/", {"q": "kompetensförsörjning"})) == [
        "Kompetensförsörjning",
        "Om forumet",
    ]


def test_excerpt_shows_the_matching_passage_highlighted(client, search_backend, home_page):
    filler = "Inledande text om annat. " * 30
    body = [("rich_text", f"<p>{filler}Dialogen med Gävleborg gällde <b>tillgänglighet</b>.</p>")]
    StandardPageFactory(parent=home_page, title="En dialog", intro="", body=body)
    html = client.get("/sok/", {"q": "Gävleborg"}).content.decode()
    assert '<mark class="search-hit search-hit--0">Gävleborg</mark> gällde tillgänglighet' in html
    assert "<b>" not in html.split("search-results")[1]  # markup of the page text is not reused


def test_swedish_word_forms_find_each_other(client, search_backend, home_page):
    if not stems_swedish(search_backend):
        pytest.skip("SQLite's full-text search has no Swedish stemmer")
    StandardPageFactory(parent=home_page, title="Länen och regionen", intro="")
    response = client.get("/sok/", {"q": "regionerna"})
    assert result_titles(response) == {"Länen och regionen"}
    assert '<mark class="search-hit search-hit--0">regionen</mark>' in response.content.decode()


@pytest.mark.whoosh_only
def test_parts_of_compound_words_are_found_and_marked(client, home_page):
    """Whoosh's analyser splits compounds; PostgreSQL's and SQLite's full-text search don't."""
    StandardPageFactory(parent=home_page, title="Politikerforum i Luleå", intro="")
    response = client.get("/sok/", {"q": "forum"})
    assert result_titles(response) == {"Politikerforum i Luleå"}
    html = response.content.decode()
    assert '<mark class="search-hit search-hit--0">Politikerforum</mark>' in html


def test_county_synonyms_are_searched(client, search_backend, home_page):
    StandardPageFactory(parent=home_page, title="Besök i Södermanland", intro="")
    assert result_titles(client.get("/sok/", {"q": "Sörmland"})) == {"Besök i Södermanland"}


def test_a_synonym_holding_a_one_word_synonym_finds_and_marks_the_same_pages(
    client, search_backend, home_page
):
    StandardPageFactory(parent=home_page, title="Region Skåne satsar", intro="")
    StandardPageFactory(parent=home_page, title="Skåne län i siffror", intro="")
    StandardPageFactory(parent=home_page, title="Regionen och länet", intro="")
    response = client.get("/sok/", {"q": "region skåne"})
    assert result_titles(response) == {"Region Skåne satsar", "Skåne län i siffror"}
    html = response.content.decode()
    assert '<mark class="search-hit search-hit--0">Region</mark>' in html
    assert '">Skåne</mark> satsar' in html


def test_a_synonym_holding_a_hyphenated_or_stop_word_synonym_is_still_searched(
    client, search_backend, home_page
):
    StandardPageFactory(parent=home_page, title="Digitala tjänster för invånare", intro="")
    SearchSynonym.objects.create(terms="e-tjänster, digitala e-tjänster, digitala tjänster")
    assert result_titles(client.get("/sok/", {"q": "e-tjänster"})) == {
        "Digitala tjänster för invånare"
    }
    group = ["e-tjänster", "digitala e-tjänster", "i norr", "övre i norr", "srd", "srd-stöd"]
    assert searched_terms(group) == group  # nothing here is one word on every backend


def test_synonyms_added_by_an_administrator_take_effect_at_once(client, search_backend, home_page):
    StandardPageFactory(parent=home_page, title="Smart specialisering i regionerna", intro="")
    assert result_titles(client.get("/sok/", {"q": "S3"})) == set()
    SearchSynonym.objects.create(terms="s3, smart specialisering")
    assert result_titles(client.get("/sok/", {"q": "S3"})) == {"Smart specialisering i regionerna"}


def test_all_words_must_match_before_any_word_will_do(client, search_backend, home_page):
    StandardPageFactory(parent=home_page, title="Forum i Umeå", intro="")
    StandardPageFactory(parent=home_page, title="Forum i Luleå", intro="")
    strict = client.get("/sok/", {"q": "forum Umeå"})
    assert result_titles(strict) == {"Forum i Umeå"}
    assert not strict.context["loosened"]
    loose = client.get("/sok/", {"q": "Luleå Kiruna"})
    assert result_titles(loose) == {"Forum i Luleå"}
    assert "Ingen sida innehöll alla orden" in loose.content.decode()


def test_quoted_phrase_is_searched_as_a_phrase(client, search_backend, home_page):
    StandardPageFactory(parent=home_page, title="Hållbar regional tillväxt", intro="")
    StandardPageFactory(parent=home_page, title="Tillväxt som är hållbar", intro="")
    response = client.get("/sok/", {"q": '"hållbar regional tillväxt"'})
    assert result_titles(response) == {"Hållbar regional tillväxt"}


def test_results_are_paginated(client, search_backend, home_page):
    for number in range(23):
        StandardPageFactory(parent=home_page, title=f"Tillväxtrapport {number}", intro="")
    first = client.get("/sok/", {"q": "tillväxtrapport"})
    assert first.context["search_results"].paginator.count == 23
    assert len(first.context["search_results"]) == 10
    third = client.get("/sok/", {"q": "tillväxtrapport", "sida": "3"})
    assert len(third.context["search_results"]) == 3
    assert result_titles(first).isdisjoint(result_titles(third))
    assert 'rel="next"' in first.content.decode()


def test_no_results_offer_a_spelling_correction_and_tips(client, search_backend, home_page):
    StandardPageFactory(parent=home_page, title="Kompetensförsörjning i länen", intro="")
    response = client.get("/sok/", {"q": "kompetensförsörjnig"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Inga träffar för ”kompetensförsörjnig”" in html
    assert response.context["suggestion"].text == "kompetensförsörjning"
    assert 'Menade du <a href="/sok/?q=kompetensf%C3%B6rs%C3%B6rjning">' in html
    assert "Kontrollera stavningen" in html


def test_suggestions_never_reveal_words_of_restricted_pages(
    client, search_backend, home_page, django_user_model
):
    secret = StandardPageFactory(parent=home_page, title="Sekretessbelagd budgetprognos", intro="")
    PageViewRestriction.objects.create(page=secret, restriction_type="login")
    assert client.get("/sok/", {"q": "budgetprognoss"}).context["suggestion"] is None
    client.force_login(django_user_model.objects.create_user("medarbetare", password="x"))
    if search_backend == "whoosh":  # the database backend suggests from public titles only
        assert client.get("/sok/", {"q": "budgetprognoss"}).context["suggestion"] is not None


def test_search_promotions_are_shown_first_if_visible(client, search_backend, home_page):
    guide = StandardPageFactory(parent=home_page, title="Så fungerar forumet", intro="")
    hidden = StandardPageFactory(parent=home_page, title="Intern mötesplanering", intro="")
    PageViewRestriction.objects.create(page=hidden, restriction_type="login")
    query = Query.get("möten")
    SearchPromotion.objects.create(query=query, page=guide, description="Läs först", sort_order=0)
    SearchPromotion.objects.create(query=query, page=hidden, sort_order=1)
    html = client.get("/sok/", {"q": "Möten"}).content.decode()
    assert "Rekommenderat" in html
    assert "Så fungerar forumet" in html and "Läs först" in html
    assert "Intern mötesplanering" not in html


def test_searches_are_logged_for_the_search_term_report(client, search_backend, home_page):
    StandardPageFactory(parent=home_page, title="Regiondialoger", intro="")
    client.get("/sok/", {"q": "Regiondialoger"})
    client.get("/sok/", {"q": "regiondialoger"})
    client.get("/sok/", {"q": "regiondialoger", "sida": "2"})  # paging is not a new search
    assert Query.get("regiondialoger").hits == 2


@pytest.mark.parametrize(
    "query", ['"', "(((", "AND OR NOT", "*", "x" * 10_000, "\x00", "🙂", "Östersjö -", "a:b"]
)
def test_odd_queries_never_crash(client, pages, query):
    assert client.get("/sok/", {"q": query}).status_code == 200


def test_invalid_utf8_in_the_address_is_answered(client, pages):
    assert client.get("/sok/?q=%ff%fe%00%C3").status_code == 200


def test_odd_page_numbers_never_crash(client, pages):
    for page_number in ("-1", "0", "99999", "abc", "1e9", "9" * 50):
        assert client.get("/sok/", {"q": "Östersjö", "sida": page_number}).status_code == 200


# Facets ---------------------------------------------------------------------------------------


@pytest.fixture
def faceted(search_backend, home_page, staff_group):
    """Meetings and reports on two themes and counties in two years, one meeting staff-only."""
    themes = StrategyThemeIndexPageFactory(parent=home_page)
    growth = StrategyThemePageFactory(parent=themes, title="Innovation", slug="innovation")
    skills = StrategyThemePageFactory(
        parent=themes, title="Kompetensförsörjning", slug="kompetensforsorjning"
    )
    forum = ForumIndexPageFactory(parent=home_page)
    gotland, skane = County.objects.get(slug="gotland"), County.objects.get(slug="skane")

    def meeting(title, theme, counties, year):
        starts = datetime.datetime(year, 3, 1, 10, tzinfo=datetime.UTC)
        page = ForumMeetingPageFactory(
            parent=forum, title=title, theme=theme, starts_at=starts, agenda="<p>Samverkan</p>"
        )
        page.counties.set(counties)
        page.save_revision().publish()
        return page

    meeting("Samverkan på Gotland", growth, [gotland], 2024)
    meeting("Samverkan i Skåne", skills, [skane], 2025)
    meeting("Samverkan i båda", growth, [gotland, skane], 2025)
    internal = meeting("Samverkan internt", skills, [gotland], 2023)
    PageViewRestriction.objects.create(page=internal, restriction_type="login")
    reports = ReportIndexPageFactory(parent=home_page)
    report = ReportPageFactory(
        parent=reports, title="Samverkan i regionerna", year=2025, summary="<p>Samverkan</p>"
    )
    report.themes.set([skills])
    report.save_revision().publish()
    return {"growth": growth, "skills": skills}


def facet_counts(response, dimension):
    groups = {d: options for _, d, options in response.context["facets"]}
    return {option.label: option.count for option in groups.get(dimension, [])}


def test_facets_count_each_type_theme_county_and_year(client, faceted):
    response = client.get("/sok/", {"q": "samverkan"})
    assert response.context["search_results"].paginator.count == 4
    assert facet_counts(response, "type") == {"Forummöten": 3, "Rapporter": 1}
    assert facet_counts(response, "theme") == {"Innovation": 2, "Kompetensförsörjning": 2}
    assert facet_counts(response, "county") == {"Gotland": 2, "Skåne": 2}
    assert facet_counts(response, "year") == {"2025": 3, "2024": 1}
    html = response.content.decode()
    assert "Filtrera träffarna" in html
    assert 'href="?q=samverkan&amp;lan=gotland"' in html


def test_choosing_facets_narrows_results_and_counts_the_other_choices(client, faceted):
    response = client.get("/sok/", {"q": "samverkan", "tema": "innovation", "ar": "2025"})
    assert result_titles(response) == {"Samverkan i båda"}
    # Each dimension counts the hits of the other chosen filters: the choices one click away.
    assert facet_counts(response, "year") == {"2025": 1, "2024": 1}
    assert facet_counts(response, "theme") == {"Innovation": 1, "Kompetensförsörjning": 2}
    html = response.content.decode()
    assert "Tema: Innovation" in html and "ta bort filtret" in html
    by_type = client.get("/sok/", {"q": "samverkan", "typ": "reportpage"})
    assert result_titles(by_type) == {"Samverkan i regionerna"}
    by_county = client.get("/sok/", {"q": "samverkan", "lan": "skane"})
    assert result_titles(by_county) == {"Samverkan i Skåne", "Samverkan i båda"}


def test_facet_counts_include_restricted_pages_only_for_those_who_may_see_them(
    client, faceted, django_user_model
):
    anonymous = client.get("/sok/", {"q": "samverkan"})
    assert "2023" not in facet_counts(anonymous, "year")
    client.force_login(django_user_model.objects.create_user("anstalld", password="x"))
    logged_in = client.get("/sok/", {"q": "samverkan"})
    assert facet_counts(logged_in, "year")["2023"] == 1
    assert facet_counts(logged_in, "county")["Gotland"] == 3


@pytest.mark.parametrize(
    "params", [{"ar": "tjugo"}, {"ar": "99999"}, {"lan": "<script>"}, {"tema": "x" * 200}]
)
def test_bad_facet_values_get_a_clear_400(client, faceted, params):
    response = client.get("/sok/", {"q": "samverkan", **params})
    assert response.status_code == 400
    assert "Filtret kunde inte användas" in response.content.decode()


def test_unknown_facet_values_give_an_empty_state_with_a_way_back(client, faceted):
    response = client.get("/sok/", {"q": "samverkan", "lan": "atlantis"})
    assert response.status_code == 200
    assert "med de valda filtren" in response.content.decode()
    assert "Sök utan filter" in response.content.decode()


def test_query_count_does_not_grow_with_the_number_of_hits(
    client, search_backend, home_page, django_assert_max_num_queries
):
    from django.core.management import call_command

    from home.models import StandardPage
    from tests.factories.bulk import bulk_create_children

    def queries_for_search():
        from django.test.utils import CaptureQueriesContext

        client.get("/sok/", {"q": "landsbygd"})  # warm caches
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/sok/", {"q": "landsbygd"}).status_code == 200
        return len(captured)

    rows = [{"title": f"Landsbygd {n}", "intro": "Landsbygd"} for n in range(15)]
    bulk_create_children(home_page, StandardPage, rows)
    call_command("update_index", verbosity=0)
    few = queries_for_search()
    rows = [{"title": f"Landsbygd mer {n}", "intro": "Landsbygd"} for n in range(150)]
    bulk_create_children(home_page, StandardPage, rows)
    call_command("update_index", verbosity=0)
    assert queries_for_search() == few


# Autocomplete ---------------------------------------------------------------------------------


def test_autocomplete_suggests_visible_page_titles(client, pages):
    response = client.get("/sok/forslag/", {"q": "Östersj"})
    assert response.status_code == 200
    titles = [s["title"] for s in response.json()["suggestions"]]
    assert titles == ["Samarbeta i Östersjöregionen"]
    assert response.json()["suggestions"][0]["url"].endswith("/")


def test_autocomplete_completes_a_county_name_that_has_synonyms(client, pages, home_page):
    StandardPageFactory(parent=home_page, title="Sörmlands regionala utvecklingsstrategi")
    for typed in ("Sörml", "Sörmland", "sörmlands reg"):
        response = client.get("/sok/forslag/", {"q": typed})
        titles = [s["title"] for s in response.json()["suggestions"]]
        assert titles == ["Sörmlands regionala utvecklingsstrategi"], typed


def test_autocomplete_ignores_short_and_odd_input(client, pages):
    for text in ("", "Ö", "\x00", '"(*', "🙂" * 500):
        response = client.get("/sok/forslag/", {"q": text})
        assert response.status_code == 200
        assert response.json()["suggestions"] == []


def test_search_boxes_are_enhanced_with_suggestions(client, home_page):
    html = client.get("/sok/").content.decode()
    assert 'data-autocomplete="/sok/forslag/"' in html
    assert "js/search-autocomplete.js" in html
