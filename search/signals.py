"""Keep pages' index entries current when something they are indexed with changes.

A meeting is indexed with its theme's title and its counties' names (RelatedFields), so renaming
a theme or a county must reindex the pages that carry the old name. Wagtail's own signal
handlers reindex the saved object itself on every save, publish, unpublish, move and delete.
"""

from django.db.models.signals import post_save
from django.dispatch import receiver
from modelsearch.index import insert_or_update_object
from wagtail.signals import page_published

from forum_pages.models import ForumMeetingPage, ReportPage, StrategyThemePage
from region_teams.models import County


def reindex(pages):
    for page in pages:
        insert_or_update_object(page)


@receiver(page_published, sender=ForumMeetingPage, dispatch_uid="search.reindex_meeting")
@receiver(page_published, sender=ReportPage, dispatch_uid="search.reindex_report")
def reindex_with_many_to_many(sender, instance, **kwargs):
    """Their counties and themes (ParentalManyToMany) are written after the page's own save,
    whose index update therefore saw the old ones; page_published comes after both."""
    insert_or_update_object(instance)


@receiver(page_published, sender=StrategyThemePage, dispatch_uid="search.reindex_theme_pages")
def reindex_pages_of_theme(sender, instance, **kwargs):
    reindex(instance.meetings.all())
    reindex(instance.reports.all())


@receiver(post_save, sender=County, dispatch_uid="search.reindex_county_pages")
def reindex_pages_of_county(sender, instance, created, raw=False, **kwargs):
    if created or raw:
        return
    reindex(instance.meetings.all())
    reindex(instance.reports.all())
    reindex(instance.dialogues.all())
