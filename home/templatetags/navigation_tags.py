"""Template tags for the site's navigation: the cached main menu and section matching."""

import time

from django import template
from django.core.cache import cache
from wagtail.models import Site

register = template.Library()

MENU_VERSION_KEY = "navigation:main-menu:version"
# A safety net for caches that are local to one process (LocMemCache): a publish in one worker
# bumps the version only in that worker's cache, so entries also expire on their own.
MENU_TIMEOUT = 10 * 60


def get_menu_version():
    """The current menu version; starts from the clock so a lost key never reuses old entries."""
    return cache.get_or_set(MENU_VERSION_KEY, time.time_ns, timeout=None)


def invalidate_main_menu():
    """Make every cached main menu stale; called when pages are published, unpublished or moved."""
    try:
        cache.incr(MENU_VERSION_KEY)
    except ValueError:
        cache.set(MENU_VERSION_KEY, time.time_ns(), timeout=None)


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The live, in-menu children of the current site's root page, cached per site and version."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return []
    key = f"navigation:main-menu:{site.pk}:{site.root_page_id}:{get_menu_version()}"
    pages = cache.get(key)
    if pages is None:
        pages = list(site.root_page.get_children().live().in_menu())
        cache.set(key, pages, timeout=MENU_TIMEOUT)
    return pages


@register.filter
def startswith(value, prefix):
    """True if the string value starts with prefix, e.g. request.path|startswith:section_url."""
    return bool(prefix) and str(value).startswith(str(prefix))
