"""`{% subscription_page_url as url %}`: where to subscribe, for links from other pages.

Cached under the content version (core.cache), which every publish bumps: no query per page."""

from django import template
from django.core.cache import cache

from core.cache import FRAGMENT_TIMEOUT, content_version
from subscriptions.models import subscription_page

register = template.Library()


@register.simple_tag
def subscription_page_url():
    key = f"subscriptions:page-url:{content_version()}"
    url = cache.get(key)
    if url is None:
        page = subscription_page()
        public = page is not None and not page.get_view_restrictions().exists()
        url = (page.url or "") if public else ""
        cache.set(key, url, timeout=FRAGMENT_TIMEOUT)
    return url or None
