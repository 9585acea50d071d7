"""The news feed at /aktuellt/flode/ and the page metadata of an article."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from wagtail.models import PageViewRestriction

from tests.factories.news import ArticlePageFactory, NewsIndexPageFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def news(home_page):
    return NewsIndexPageFactory(parent=home_page)


def entry_titles(response):
    assert response.status_code == 200
    feed = ET.fromstring(response.content)  # noqa: S314 - the portal's own response
    return [entry.find(f"{ATOM}title").text for entry in feed.iter(f"{ATOM}entry")]


def test_news_feed_lists_articles_newest_first(client, news):
    ArticlePageFactory(parent=news, title="Äldre intervju", date=datetime.date(2019, 5, 10))
    newer = ArticlePageFactory(parent=news, title="Nyare nyhet", date=datetime.date(2019, 11, 15))
    response = client.get("/aktuellt/flode/")
    assert response["Content-Type"].startswith("application/atom+xml")
    assert entry_titles(response) == ["Nyare nyhet", "Äldre intervju"]
    xml = response.content.decode()
    assert f'href="http://localhost{newer.url}"' in xml
    assert "<published>2019-11-15T00:00:00+01:00</published>" in xml
    assert "<name>Tillväxtverket</name>" in xml


def test_news_index_links_its_feed(client, news):
    html = client.get("/aktuellt/").content.decode()
    head, body = html.split("</head>")
    assert 'rel="alternate" type="application/atom+xml"' in head
    assert 'href="/aktuellt/flode/"' in head
    assert '<a href="/aktuellt/flode/">Prenumerera' in body


def test_news_feed_leaves_out_drafts_and_restricted_articles(client, news):
    ArticlePageFactory(parent=news, title="Publicerad nyhet")
    ArticlePageFactory(parent=news, title="Utkast till nyhet", live=False)
    private = ArticlePageFactory(parent=news, title="Intern nyhet")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    assert entry_titles(client.get("/aktuellt/flode/")) == ["Publicerad nyhet"]


def test_article_has_open_graph_metadata(client, news):
    article = ArticlePageFactory(parent=news, title="3 frågor om forum", intro="Hej Anna.")
    html = client.get(article.url).content.decode()
    head = html[: html.index("</head>")]
    for tag in (
        '<meta property="og:title" content="3 frågor om forum">',
        '<meta property="og:description" content="Hej Anna.">',
        f'<meta property="og:url" content="http://localhost{article.url}">',
        '<meta property="og:type" content="article">',
        '<meta property="og:site_name" content="Regionportalen">',
        '<meta property="og:locale" content="sv_SE">',
        '<meta name="description" content="Hej Anna.">',
    ):
        assert tag in head, tag
    index_head = client.get("/aktuellt/").content.decode().split("</head>")[0]
    assert '<meta property="og:type" content="website">' in index_head
