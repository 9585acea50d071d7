"""News and interviews: the index at /aktuellt/ and its articles."""

import datetime

from django.core.paginator import Paginator
from django.db import models
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.contrib.routable_page.models import path
from wagtail.search import index

from core.models import BasePage, body_blocks_field
from news.feeds import ArticleFeed

PAGE_SIZE = 10


class ArticleKind(models.TextChoices):
    NEWS = "news", "Nyhet"
    INTERVIEW = "interview", "Intervju"


class NewsIndexPage(BasePage):
    """Aktuellt: news and interviews, newest first; their Atom feed at `flode/`."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.ArticlePage"]
    max_count = 1
    page_description = "Nyheter och intervjuer."

    content_panels = BasePage.content_panels

    class Meta:
        verbose_name = "nyhetsarkiv"
        verbose_name_plural = "nyhetsarkiv"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles = Paginator(self.get_articles(), PAGE_SIZE).get_page(request.GET.get("sida"))
        context.update(articles=articles, feed_url=self.feed_url(request))
        return context

    def get_cached_paths(self):
        return [*super().get_cached_paths(), self.reverse_subpage("feed")]

    @path("flode/", name="feed")
    def feed(self, request):
        return ArticleFeed(self)(request)

    def get_articles(self):
        return ArticlePage.objects.child_of(self).live().public().order_by("-date", "-pk")

    def feed_url(self, request=None):
        return self.get_url(request) + self.reverse_subpage("feed")


class ArticlePage(BasePage):
    """A news item or an interview."""

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    page_description = "En nyhet eller intervju."

    date = models.DateField("datum", default=datetime.date.today, help_text="Publiceringsdatum.")
    kind = models.CharField(
        "typ",
        max_length=20,
        choices=ArticleKind.choices,
        default=ArticleKind.NEWS,
        help_text="Nyhet eller intervju.",
    )
    body = body_blocks_field()

    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("date"), FieldPanel("kind")]),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.FilterField("date"),
        index.FilterField("kind"),
    ]
    search_facets = {"year": "date__year"}

    class Meta:
        verbose_name = "artikel"
        verbose_name_plural = "artiklar"
