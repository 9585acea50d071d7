"""Template tags for the site's navigation: the cached main menu, the feeds every page
advertises, and section matching."""

from django import template
from django.core.cache import cache
from wagtail.models import Site

from core.cache import FRAGMENT_TIMEOUT, content_version
from core.routes import file_route_url
from forum_pages.models import ForumIndexPage, ReportIndexPage
from news.models import NewsIndexPage
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
def feed_links(context):
    """[(type, title, URL)] of the site's news and reports feeds and the forum calendar, for a
    <link rel="alternate"> on every page; cached per site and content version."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return []
    key = f"navigation:feed-links:{site.pk}:{content_version()}"
    links = cache.get(key)
    if links is None:
        links = site_feeds(site, request)
        cache.set(key, links, timeout=FRAGMENT_TIMEOUT)
    return links


SITE_FEEDS = [  # (index page model, MIME type, title, route, the route is a file: no slash)
    (NewsIndexPage, "application/atom+xml", "Nyheter och intervjuer (Atom-flöde)", "feed", False),
    (ReportIndexPage, "application/atom+xml", "Nya rapporter (Atom-flöde)", "feed", False),
    (ForumIndexPage, "text/calendar", "Forummöten (kalender)", "calendar", True),
]


def site_feeds(site, request):
    """The feed links of the live, public index pages under the site's root page."""
    links = []
    for model, mime_type, title, route, is_file in SITE_FEEDS:
        page = model.objects.live().public().descendant_of(site.root_page).first()
        if page is None:
            continue
        if is_file:
            url = file_route_url(page, route, request)
        else:
            url = page.get_url(request) + page.reverse_subpage(route)
        links.append((mime_type, title, url))
    return links


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
