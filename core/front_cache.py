"""Purge a front cache (nginx, Varnish) in front of the portal when content changes.

Wagtail's frontend_cache app purges a page's own URLs (`get_cached_paths`) when it is published
or unpublished. What else shows the page is purged here, in one batch: the pages that list it
(`BasePage.get_listing_pages`: its ancestors with their feeds and calendars, its themes), the
county pages it appears on (`get_listing_urls`) and the sitemap. A move purges the old URLs too.
A snippet, setting or view restriction can show on any page (the menu, the footer, a county's
responsibilities), so a change to one purges every live page.

Nothing is sent unless WAGTAILFRONTENDCACHE is set (FRONTEND_CACHE_PURGE_URL, see settings).
The purge requests go out from a task (Wagtail's), so a slow cache never blocks an editor.
"""

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.models import BasePage
from core.signals import CACHED_MODELS


def is_configured():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


@receiver(page_published, dispatch_uid="core.front_cache.publish")
@receiver(page_unpublished, dispatch_uid="core.front_cache.unpublish")
def purge_listings(sender, instance, **kwargs):
    if not is_configured():
        return
    batch = PurgeBatch()
    add_listings(batch, instance.specific)
    batch.add_urls(sitemap_urls())
    batch.purge()


@receiver(post_page_move, dispatch_uid="core.front_cache.move")
def purge_moved(sender, instance, parent_page_before, url_path_before, url_path_after, **kwargs):
    if not is_configured() or url_path_before == url_path_after:
        return
    moved = [instance, *Page.objects.descendant_of(instance).live().specific()]
    batch = PurgeBatch()
    batch.add_urls(
        url for page in moved for url in urls_before_move(page, url_path_before, url_path_after)
    )
    batch.add_pages(page for page in moved if page.live)
    add_listings(batch, instance.specific)
    batch.add_pages(parent_page_before.get_ancestors(inclusive=True).filter(depth__gt=1).specific())
    batch.add_urls(sitemap_urls())
    batch.purge()


@receiver(post_save, dispatch_uid="core.front_cache.snippet_save")
@receiver(post_delete, dispatch_uid="core.front_cache.snippet_delete")
def purge_everything_on_snippet_change(sender, **kwargs):
    if sender._meta.label not in CACHED_MODELS or not is_configured():
        return
    batch = PurgeBatch()
    batch.add_pages(Page.objects.live().filter(depth__gt=1).specific())
    batch.add_urls(sitemap_urls())
    batch.purge()


def add_listings(batch, page):
    if isinstance(page, BasePage):
        batch.add_pages(page.get_listing_pages())
        batch.add_urls(page.get_listing_urls())


def sitemap_urls():
    return [f"{site.root_url}/sitemap.xml" for site in Site.objects.all()]


def urls_before_move(page, url_path_before, url_path_after):
    """The page's full URLs (itself and its routes) where it stood before its branch moved."""
    old_url_path = url_path_before + page.url_path[len(url_path_after) :]
    for root in Site.get_site_root_paths():
        if old_url_path.startswith(root.root_path):
            old_url = root.root_url + old_url_path[len(root.root_path) - 1 :]
            return [old_url + path.lstrip("/") for path in page.get_cached_paths()]
    return []
