"""Keep cached fragments in step with content: any publish, move or snippet change bumps the
content version that their cache keys carry."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.cache import bump_content_version

# Snippets and settings whose values appear on cached fragments.
CACHED_MODELS = {
    "core.Contact",
    "region_teams.County",
    "region_teams.CountyResponsibility",
    "region_teams.RoleDescription",
    "forum_pages.ForumMember",
    "home.PortalSettings",
    "wagtailcore.PageViewRestriction",
}


@receiver(page_published, dispatch_uid="core.bump_on_publish")
@receiver(page_unpublished, dispatch_uid="core.bump_on_unpublish")
@receiver(post_page_move, dispatch_uid="core.bump_on_move")
def bump_on_page_change(sender, **kwargs):
    """Any publish, unpublish (deleting a live page unpublishes it first) or move."""
    bump_content_version()


@receiver(post_save, dispatch_uid="core.bump_on_snippet_save")
@receiver(post_delete, dispatch_uid="core.bump_on_snippet_delete")
def bump_on_snippet_change(sender, **kwargs):
    if sender._meta.label in CACHED_MODELS:
        bump_content_version()
