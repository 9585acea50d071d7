"""Keep pages' index entries current when something they are indexed with changes.

A meeting is indexed with its theme's title and its counties' names (RelatedFields), so renaming
a theme or a county must reindex the pages that carry the old name. Wagtail's own signal
handlers reindex the saved object itself on every save, publish, unpublish, move and delete.
"""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.signals import page_published

from forum_pages.models import ForumMeetingPage, ReportPage, StrategyThemePage
from region_teams.models import County
from search.indexing import reindex


def reindex_all(pages):
    for page in pages:
        reindex(page)


@receiver(page_published, sender=ForumMeetingPage, dispatch_uid="search.reindex_meeting")
@receiver(page_published, sender=ReportPage, dispatch_uid="search.reindex_report")
def reindex_with_many_to_many(sender, instance, **kwargs):
    """Their counties and themes (ParentalManyToMany) are written after the page's own save,
    whose index update therefore saw the old ones; page_published comes after both."""
    reindex(instance)


@receiver(page_published, sender=StrategyThemePage, dispatch_uid="search.reindex_theme_pages")
def reindex_pages_of_theme(sender, instance, **kwargs):
    reindex_all(instance.meetings.all())
    reindex_all(instance.reports.all())


@receiver(post_save, sender=County, dispatch_uid="search.reindex_county_pages")
def reindex_pages_of_county(sender, instance, created, raw=False, **kwargs):
    if created or raw:
        return
    reindex_all(instance.meetings.all())
    reindex_all(instance.reports.all())
    reindex_all(instance.dialogues.all())
