"""A site with the subscription page, the forum, a theme and a report archive."""

import pytest

from tests.factories.forum_pages import (
    ForumIndexPageFactory,
    ReportIndexPageFactory,
    StrategyThemeIndexPageFactory,
    StrategyThemePageFactory,
)
from tests.factories.subscriptions import SubscriptionPageFactory


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
