"""What routable pages share: a 400 for an invalid filter, and the URLs of routes that are files."""


class BadFilterMixin:
    """Answers 400 when the page's filter form (GET parameters) holds an invalid value.

    The page still renders, with the form's errors and the unfiltered list, so the visitor sees
    what was wrong."""

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        form = getattr(response, "context_data", None) or {}
        form = form.get("filter_form")
        if form is not None and form.is_bound and not form.is_valid():
            response.status_code = 400
        return response


def file_route_url(page, route_name, request=None, args=()):
    """The URL of a route that is a file (`moten.ics`): without the slash Wagtail's routes end in.

    portal/urls.py hands such URLs to Wagtail's page serving (see core.views). None for a
    page that has no URL yet (a preview of a new page)."""
    page_url = page.get_url(request)
    if page_url is None:
        return None
    return page_url + page.reverse_subpage(route_name, args=args).rstrip("/")
