"""Which pages a request may see: live pages outside every view restriction it does not pass."""

from wagtail.models import Page, PageViewRestriction


def pages_visible_to(request):
    """Live pages, minus each restricted section (login, password or groups) the request fails.

    Uses Wagtail's own `accept_request`, so search shows exactly what serving the page would.
    """
    pages = Page.objects.live()
    restrictions = PageViewRestriction.objects.select_related("page").prefetch_related("groups")
    for restriction in restrictions:
        if not restriction.accept_request(request):
            pages = pages.not_descendant_of(restriction.page, inclusive=True)
    return pages
