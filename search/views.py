"""The site search page at /sok/?q=."""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page

PAGE_SIZE = 10
MAX_QUERY_LENGTH = 200


def search(request):
    query = request.GET.get("q", "").replace("\x00", "").strip()[:MAX_QUERY_LENGTH]
    results = Page.objects.none()
    if query:
        pages = Page.objects.live().specific()
        if not request.user.is_authenticated:
            pages = pages.public()
        results = pages.search(query)
        Query.get(query).add_hit()
    page = Paginator(results, PAGE_SIZE).get_page(request.GET.get("sida"))
    return TemplateResponse(
        request, "search/search.html", {"search_query": query, "search_results": page}
    )
