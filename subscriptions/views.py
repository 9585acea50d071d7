"""The one-click unsubscribe URL (RFC 8058), which mail clients POST to without a CSRF token."""

from django.http import Http404
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from wagtail.models import Site
from wagtail.views import serve

from subscriptions.models import SubscriptionPage


@csrf_exempt
def serve_route(request, path):
    """RFC 8058 one-click unsubscribe: a mail client POSTs to the List-Unsubscribe URL without a
    CSRF token. Only a SubscriptionPage's `unsubscribe` route, which the signed token
    authenticates, goes without CSRF; any other page at such a path is checked as usual."""
    if request.method == "POST" and is_unsubscribe_route(request, path):
        return serve(request, path)
    return csrf_protect(serve)(request, path)


def is_unsubscribe_route(request, path):
    site = Site.find_for_request(request)
    if site is None:
        return False
    try:
        result = site.root_page.specific.route(request, [c for c in path.split("/") if c])
    except Http404:
        return False
    view = result.args[0] if result.args else None
    return isinstance(result.page, SubscriptionPage) and view == result.page.unsubscribe
