"""The news feed at /aktuellt/flode/."""

import datetime
import zoneinfo

from core.feeds import FEED_LENGTH, IndexPageFeed

STOCKHOLM = zoneinfo.ZoneInfo("Europe/Stockholm")


class ArticleFeed(IndexPageFeed):
    """News and interviews, newest first by their editorial date."""

    def items(self, index):
        return index.get_articles()[:FEED_LENGTH]

    def item_pubdate(self, item):
        return datetime.datetime.combine(item.date, datetime.time(), tzinfo=STOCKHOLM)

    def item_categories(self, item):
        return [item.get_kind_display()]
