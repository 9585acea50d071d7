import datetime

import factory
import wagtail_factories

from news.models import ArticleKind, ArticlePage, NewsIndexPage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsIndexPage

    title = "Aktuellt"
    slug = "aktuellt"


class ArticlePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ArticlePage

    title = factory.Sequence(lambda n: f"3 frågor om forum {n}")
    date = datetime.date(2019, 5, 10)
    kind = ArticleKind.INTERVIEW
    intro = "Hej Anna Ebenmark, som arbetar med forumet."
    body = factory.LazyFunction(
        lambda: [
            ("heading", {"text": "Vad är det?", "level": "h2"}),
            ("rich_text", "<p>Forum samlar regionalt utvecklingsansvariga.</p>"),
        ]
    )
