"""Atom feeds (django.contrib.syndication) of an index page's children, served as page routes."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed

FEED_LENGTH = 20


class IndexPageFeed(Feed):
    """The newest live, public children of one index page. Subclasses define `items(index)`;
    the index page serves the feed as its route named "feed".

    Built per request with the index page (`IndexPageFeed(page)(request)`) and keeps the request
    for absolute URLs, which Wagtail resolves from the request's cached site root paths.
    """

    feed_type = Atom1Feed
    language = "sv"
    author_name = "Tillväxtverket"

    def __init__(self, index):
        self.index = index
        self.request = None

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index

    def title(self, index):
        return f"{index.title} – Regionportalen"

    def subtitle(self, index):
        return index.intro

    def link(self, index):
        return index.get_full_url(self.request)

    def feed_url(self, index):
        return index.get_full_url(self.request) + index.reverse_subpage("feed")

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        """The intro, after the change note of the latest publish when there is one."""
        if item.change_note:
            return f"{item.change_note} – {item.intro}" if item.intro else item.change_note
        return item.intro

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at or item.first_published_at
