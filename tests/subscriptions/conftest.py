"""A site with the subscription page, the forum, a theme and a report archive."""

import re

import pytest
from django.core import mail

from tests.factories.forum_pages import (
    ForumIndexPageFactory,
    ForumMeetingPageFactory,
    ReportIndexPageFactory,
    ReportPageFactory,
    StrategyThemeIndexPageFactory,
    StrategyThemePageFactory,
)
from tests.factories.subscriptions import SubscriptionPageFactory

LINK = re.compile(r"https?://\S+/prenumerera/(?:bekrafta|andra|avsluta)/[\w-]+/")


@pytest.fixture
def subscription_page(home_page):
    return SubscriptionPageFactory(parent=home_page)


@pytest.fixture
def forum(home_page):
    return ForumIndexPageFactory(parent=home_page)


@pytest.fixture
def theme(home_page):
    index = StrategyThemeIndexPageFactory(parent=home_page)
    return StrategyThemePageFactory(parent=index, title="Kompetensförsörjning")


@pytest.fixture
def report_index(home_page):
    return ReportIndexPageFactory(parent=home_page)


def publish_new(factory, **fields):
    """A page created as a draft and then published, as an editor does (page_published)."""
    page = factory(live=False, **fields)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def publish_meeting(forum, **fields):
    return publish_new(ForumMeetingPageFactory, parent=forum, **fields)


def publish_report(report_index, **fields):
    return publish_new(ReportPageFactory, parent=report_index, **fields)


def links(message, route):
    """The links of one kind (bekrafta, andra, avsluta) in a mail's text, as paths."""
    found = [url for url in LINK.findall(message.body) if f"/{route}/" in url]
    return [re.sub(r"^https?://[^/]+", "", url) for url in found]


def mails_to(address):
    return [message for message in mail.outbox if message.to == [address]]


def checked(response, name):
    """Whether the page's checkbox `name` is ticked."""
    pattern = rf'<input type="checkbox" name="{name}"[^>]*\bchecked\b'
    return re.search(pattern, response.content.decode()) is not None
