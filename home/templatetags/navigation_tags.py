"""Template tags for the site's navigation: the cached main menu and section matching."""

from django import template
from django.core.cache import cache
from wagtail.models import Site

from core.cache import FRAGMENT_TIMEOUT, content_version
from region_teams.models import StaffAreaPage

register = template.Library()


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The live, in-menu children of the current site's root page, cached per site and version."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return []
    key = f"navigation:main-menu:{site.pk}:{site.root_page_id}:{content_version()}"
    pages = cache.get(key)
    if pages is None:
        pages = list(site.root_page.get_children().live().public().in_menu())
        cache.set(key, pages, timeout=FRAGMENT_TIMEOUT)
    return pages


@register.simple_tag(takes_context=True)
def staff_area(context):
    """The staff area page if this request may open it (logged in and in a staff group), else
    None. Anonymous visitors cost no query."""
    request = context.get("request")
    if request is None or not request.user.is_authenticated:
        return None
    page = StaffAreaPage.objects.live().first()
    if page is None or not all(r.accept_request(request) for r in page.get_view_restrictions()):
        return None
    return page


@register.filter
def startswith(value, prefix):
    """True if the string value starts with prefix, e.g. request.path|startswith:section_url."""
    return bool(prefix) and str(value).startswith(str(prefix))
