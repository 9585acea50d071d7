"""The report feed at /rapporter/flode/."""

from core.feeds import FEED_LENGTH, IndexPageFeed


class ReportFeed(IndexPageFeed):
    """Reports, the most recently published first."""

    def items(self, index):
        return index.get_reports().order_by("-first_published_at", "-pk")[:FEED_LENGTH]

    def item_categories(self, item):
        return [str(item.year), item.get_kind_display()]
