"""News and interviews under /aktuellt/."""

import datetime

import pytest
from wagtail.models import PageViewRestriction

from tests.factories.news import ArticlePageFactory, NewsIndexPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def news(home_page):
    return NewsIndexPageFactory(parent=home_page)


def test_news_index_lists_articles_newest_first(client, news):
    ArticlePageFactory(parent=news, title="Äldre intervju", date=datetime.date(2019, 5, 10))
    ArticlePageFactory(parent=news, title="Nyare intervju", date=datetime.date(2019, 11, 15))
    response = client.get("/aktuellt/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("Nyare intervju") < html.index("Äldre intervju")


def test_unpublished_article_is_not_listed(client, news):
    ArticlePageFactory(parent=news, title="Utkast till nyhet", live=False)
    assert "Utkast till nyhet" not in client.get("/aktuellt/").content.decode()


def test_article_page_shows_kind_date_and_body(client, news):
    article = ArticlePageFactory(parent=news, title="3 frågor om forum")
    response = client.get(article.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "3 frågor om forum" in html
    assert "Intervju" in html
    assert "Vad är det?" in html
    assert "Forum samlar regionalt utvecklingsansvariga." in html
    assert "2019" in html


def test_restricting_an_article_hides_it_from_listings_at_once(client, news):
    article = ArticlePageFactory(parent=news, title="Internt om regiondialogerna")
    assert "Internt om regiondialogerna" in client.get("/aktuellt/").content.decode()

    restriction = PageViewRestriction.objects.create(page=article, restriction_type="login")
    assert "Internt om regiondialogerna" not in client.get("/aktuellt/").content.decode()
    assert "Internt om regiondialogerna" not in client.get("/").content.decode()

    restriction.delete()
    assert "Internt om regiondialogerna" in client.get("/aktuellt/").content.decode()
