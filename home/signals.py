"""Signal receivers of the home app: keep the cached main menu in step with the page tree."""

from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

from home.templatetags.navigation_tags import invalidate_main_menu


@receiver(page_published, dispatch_uid="home.invalidate_menu_on_publish")
@receiver(page_unpublished, dispatch_uid="home.invalidate_menu_on_unpublish")
@receiver(post_page_move, dispatch_uid="home.invalidate_menu_on_move")
def invalidate_menu(sender, **kwargs):
    """Any publish, unpublish (deleting a live page unpublishes it first) or move."""
    invalidate_main_menu()
