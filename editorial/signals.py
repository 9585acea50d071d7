"""Every page has a content owner: a new page without one takes its parent's."""

from wagtail.models import Page


def default_owner_from_parent(sender, instance, raw=False, **kwargs):
    """pre_save for any model: new pages with a `content_owner` field inherit the parent's.

    Connected without a sender so that it covers every page type, also those added later,
    without touching BasePage. treebeard has set the new page's path before the first save.
    """
    if raw or not isinstance(instance, Page) or not instance._state.adding:
        return
    if not hasattr(instance, "content_owner_id") or instance.content_owner_id:
        return
    if not instance.path or instance.depth <= 1:
        return
    parent = Page.objects.filter(path=instance.path[: -Page.steplen]).first()
    owner_id = getattr(parent.specific_deferred, "content_owner_id", None) if parent else None
    if owner_id:
        instance.content_owner_id = owner_id
