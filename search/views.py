"""The site search page at /sok/?q= and the search box's suggestions at /sok/forslag/?q=.

Whatever the backend (SEARCH_BACKEND), the search runs on the pages the request may see
(core.visibility), so results, facet counts and suggestions never show a restricted page.
"""

import logging
from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db import DatabaseError
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.http import urlencode
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from core.visibility import pages_visible_to
from search.facets import (
    DIMENSIONS,
    PARAMETERS,
    BadFacet,
    chosen_facets,
    collect_hits,
    facet_options,
    filter_hits,
)
from search.highlight import highlight_results
from search.query import MAX_QUERY_LENGTH, SearchQuery, words_of
from search.suggestions import did_you_mean

PAGE_SIZE = 10
MAX_HITS = 1000  # ranked hits that facets and pages are made from
MAX_SUGGESTIONS = 8
FACET_HEADINGS = {"type": "Typ av innehåll", "theme": "Tema", "county": "Län", "year": "År"}

logger = logging.getLogger(__name__)


class SearchFailed(Exception):
    """The backend could not run the query (e.g. a database full-text parser refused it)."""


@dataclass
class Ranked:
    rows: list  # [(pk, content_type_id)], best first
    loosened: bool = False  # no page had every word: pages with any of them


def search(request):
    query = SearchQuery.parse(request.GET.get("q", ""))
    context = {"search_query": query.text, "facet_error": None, "search_failed": False}
    try:
        chosen = chosen_facets(request.GET)
    except BadFacet as error:
        context["facet_error"] = str(error)
        return TemplateResponse(request, "search/search.html", context, status=400)
    if query:
        try:
            context.update(results_context(request, query, chosen))
        except SearchFailed:
            context["search_failed"] = True
            return TemplateResponse(request, "search/search.html", context, status=400)
    return TemplateResponse(request, "search/search.html", context)


def results_context(request, query, chosen):
    visible = pages_visible_to(request)
    ranked = rank(visible, query)
    hits = collect_hits(ranked.rows)
    filtered, keys = filter_hits(hits, chosen)
    options = facet_options(hits, chosen, keys)
    page = Paginator(filtered, PAGE_SIZE).get_page(request.GET.get("sida"))
    page.object_list = highlight_results(specific_pages(page.object_list), query.terms)
    if "sida" not in request.GET and not chosen:  # a new search, not paging or filtering one
        Query.get(query.text).add_hit()  # Wagtail's search-term report
    return {
        "search_results": page,
        "loosened": ranked.loosened,
        "suggestion": did_you_mean(query, visible) if not ranked.rows or ranked.loosened else None,
        "facets": facet_groups(request, options),
        "chosen_facets": chosen_labels(request, options, chosen),
        "promotions": promotions(query.text, visible),
    }


def rank(visible, query):
    rows = ranked_rows(visible, query.strict())
    if not rows and len(query.groups) > 1:
        return Ranked(ranked_rows(visible, query.loosened()), loosened=True)
    return Ranked(rows)


def ranked_rows(visible, backend_query):
    pages = visible.only("id", "content_type_id")
    try:
        results = pages.search(backend_query)[:MAX_HITS]
        if hasattr(results, "ranked_values"):  # the Whoosh backend: no Page instances built
            return results.ranked_values("content_type_id")
        return [(page.pk, page.content_type_id) for page in results]
    except DatabaseError as error:
        logger.warning("search failed for %r", backend_query, exc_info=True)
        raise SearchFailed from error


def specific_pages(hits):
    """The hits' pages as their own types, in the hits' order: one query per page type."""
    pages = Page.objects.filter(pk__in=[hit.pk for hit in hits]).specific().in_bulk()
    return [pages[hit.pk] for hit in hits if hit.pk in pages]


def facet_groups(request, options):
    """[(heading, dimension, [option with .url])] for the facets that have options."""
    groups = []
    for dimension in DIMENSIONS:
        rows = options[dimension]
        for option in rows:
            option.url = facet_url(request, dimension, None if option.selected else option.value)
        if rows:
            groups.append((FACET_HEADINGS[dimension], dimension, rows))
    return groups


def chosen_labels(request, options, chosen):
    """[(heading, label, url that removes the filter)] for the filters in use."""
    labels = []
    for dimension in chosen:
        label = next((o.label for o in options[dimension] if o.selected), chosen[dimension])
        labels.append((FACET_HEADINGS[dimension], label, facet_url(request, dimension, None)))
    return labels


def facet_url(request, dimension, value):
    """This search with the filter of `dimension` set to `value` (None: removed), first page."""
    params = {name: request.GET.get(name, "") for name in ("q", *PARAMETERS.values())}
    params[PARAMETERS[dimension]] = value or ""
    return "?" + urlencode({name: v for name, v in params.items() if v})


def promotions(text, visible):
    """Editors' picks for this query (Wagtail search promotions) that the reader may see."""
    picks = list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(text))
        .select_related("page")
        .order_by("sort_order")
    )
    page_ids = [pick.page_id for pick in picks if pick.page_id]
    visible_ids = set(visible.filter(pk__in=page_ids).values_list("pk", flat=True))
    return [pick for pick in picks if pick.page_id in visible_ids or not pick.page_id]


def autocomplete(request):
    """Up to eight page titles starting with what was typed, for the search box (JSON).

    Only the typed words: titles start with those, not with every synonym of them."""
    text = " ".join(words_of(request.GET.get("q", "")[:MAX_QUERY_LENGTH]))[:100]
    suggestions = []
    if len(text) >= 2:
        pages = pages_visible_to(request).only("id", "title", "url_path")
        try:
            found = list(pages.autocomplete(text)[:MAX_SUGGESTIONS])
        except DatabaseError:
            logger.warning("autocomplete failed for %r", text, exc_info=True)
            found = []
        suggestions = [{"title": p.title, "url": p.get_url(request)} for p in found]
    response = JsonResponse({"query": text, "suggestions": suggestions})
    response["Cache-Control"] = "private, max-age=60"
    return response
