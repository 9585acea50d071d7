"""Keep cached fragments in step with content: any publish, move or snippet change bumps the
content version that their cache keys carry. And drop the renditions of an image that turns
private (moved into a restricted collection, or its collection restricted), so their addresses
stop working: see core.private_files."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.images import get_image_model
from wagtail.models import CollectionViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.cache import bump_content_version
from core.private_files import delete_renditions, is_private

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


@receiver(post_save, sender=get_image_model(), dispatch_uid="core.private_image_renditions")
def drop_renditions_of_private_image(sender, instance, **kwargs):
    if is_private(instance.collection):
        delete_renditions(sender.objects.filter(pk=instance.pk))


@receiver(post_save, sender=CollectionViewRestriction, dispatch_uid="core.restricted_collection")
def drop_renditions_of_restricted_collection(sender, instance, **kwargs):
    collections = instance.collection.get_descendants(inclusive=True)
    delete_renditions(get_image_model().objects.filter(collection__in=collections))
