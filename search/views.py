"""The site search page at /sok/?q=.

A basic results page on Wagtail's database backend; issue #5 brings the Whoosh backend, facets,
highlights and suggestions.
"""

import logging
import re

from django.core.paginator import Paginator
from django.db import DatabaseError
from django.template.response import TemplateResponse
from wagtail.contrib.search_promotions.models import Query
from wagtail.search.query import PlainText

from search.visibility import pages_visible_to

PAGE_SIZE = 10
MAX_QUERY_LENGTH = 200
# Characters SQLite's FTS5 query parser cannot take even inside a plain-text query.
UNSEARCHABLE = re.compile(r'[\x00-\x1f"]+')

logger = logging.getLogger(__name__)


def clean_query(raw):
    return " ".join(UNSEARCHABLE.sub(" ", raw).split())[:MAX_QUERY_LENGTH]


def search(request):
    query = clean_query(request.GET.get("q", ""))
    results, status = [], 200
    if query:
        pages = pages_visible_to(request).specific()
        try:
            results = list(pages.search(PlainText(query))[:500])
        except DatabaseError:
            logger.warning("search failed for %r", query, exc_info=True)
            status = 400
        else:
            Query.get(query).add_hit()
    context = {
        "search_query": query,
        "search_results": Paginator(results, PAGE_SIZE).get_page(request.GET.get("sida")),
        "search_failed": status == 400,
    }
    return TemplateResponse(request, "search/search.html", context, status=status)
