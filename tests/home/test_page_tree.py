"""Every page type can be created where the content model allows it and nowhere else.

Checked through the admin's own "add page" view, as an administrator would meet it. The table
below must name every concrete page type Wagtail knows, so a new page type fails this test until
its rules are written down here.
"""

import pytest
from wagtail.models import Page, get_page_models

from tests.factories.forum_pages import (
    ForumIndexPageFactory,
    ForumMeetingPageFactory,
    ReportIndexPageFactory,
    ReportPageFactory,
    StrategyThemeIndexPageFactory,
    StrategyThemePageFactory,
)
from tests.factories.home import FormPageFactory, StandardPageFactory
from tests.factories.news import ArticlePageFactory, NewsIndexPageFactory
from tests.factories.region_teams import (
    RegionDialoguePageFactory,
    RegionTeamIndexPageFactory,
    RegionTeamPageFactory,
    StaffAreaPageFactory,
)
from tests.factories.regional_statistics import StatisticsPageFactory
from tests.factories.subscriptions import SubscriptionPageFactory

# page type -> the page types it may be created under (the design, written out independently)
ALLOWED_PARENTS = {
    "home.HomePage": {"wagtailcore.Page"},
    "home.StandardPage": {
        "home.HomePage",
        "home.StandardPage",
        "forum_pages.ForumIndexPage",
        "region_teams.RegionTeamIndexPage",
        "region_teams.StaffAreaPage",
    },
    "forum_pages.ForumIndexPage": {"home.HomePage"},
    "forum_pages.ForumMeetingPage": {"forum_pages.ForumIndexPage"},
    "forum_pages.StrategyThemeIndexPage": {"home.HomePage"},
    "forum_pages.StrategyThemePage": {"forum_pages.StrategyThemeIndexPage"},
    "forum_pages.ReportIndexPage": {"home.HomePage"},
    "forum_pages.ReportPage": {"forum_pages.ReportIndexPage"},
    "region_teams.RegionTeamIndexPage": {"home.HomePage"},
    "region_teams.RegionTeamPage": {"region_teams.RegionTeamIndexPage"},
    "news.NewsIndexPage": {"home.HomePage"},
    "news.ArticlePage": {"news.NewsIndexPage"},
    "home.FormPage": {"home.HomePage"},  # StandardPage admits only standard pages below it
    "region_teams.StaffAreaPage": {"home.HomePage"},
    "region_teams.RegionDialoguePage": {"region_teams.StaffAreaPage"},
    "regional_statistics.StatisticsPage": {"home.HomePage"},
    "subscriptions.SubscriptionPage": {"home.HomePage"},
}
# one per site: a second one is refused even under an allowed parent
SINGLETONS = {
    "home.HomePage",
    "forum_pages.ForumIndexPage",
    "forum_pages.StrategyThemeIndexPage",
    "forum_pages.ReportIndexPage",
    "region_teams.RegionTeamIndexPage",
    "news.NewsIndexPage",
    "region_teams.StaffAreaPage",
    "subscriptions.SubscriptionPage",
}


@pytest.fixture
def page_of_each_type(home_page):
    forum = ForumIndexPageFactory(parent=home_page)
    themes = StrategyThemeIndexPageFactory(parent=home_page)
    reports = ReportIndexPageFactory(parent=home_page)
    teams = RegionTeamIndexPageFactory(parent=home_page)
    news = NewsIndexPageFactory(parent=home_page)
    staff = StaffAreaPageFactory(parent=home_page)
    pages = [
        Page.get_first_root_node(),
        home_page,
        StandardPageFactory(parent=home_page),
        forum,
        ForumMeetingPageFactory(parent=forum),
        themes,
        StrategyThemePageFactory(parent=themes),
        reports,
        ReportPageFactory(parent=reports),
        teams,
        RegionTeamPageFactory(parent=teams),
        news,
        ArticlePageFactory(parent=news),
        FormPageFactory(parent=home_page),
        staff,
        RegionDialoguePageFactory(parent=staff),
        StatisticsPageFactory(parent=home_page),
        SubscriptionPageFactory(parent=home_page),
    ]
    return {label(page): page for page in pages}


def label(page):
    return page.specific_class._meta.label


def test_every_page_type_has_its_rules_written_down():
    page_types = {model._meta.label for model in get_page_models()} - {"wagtailcore.Page"}
    assert page_types == set(ALLOWED_PARENTS)


@pytest.mark.django_db
def test_every_page_type_has_a_page_in_the_tree(page_of_each_type):
    """The test below tries each type under a page of every type, so each must be built."""
    assert set(page_of_each_type) == set(ALLOWED_PARENTS) | {"wagtailcore.Page"}


@pytest.mark.django_db
@pytest.mark.parametrize("page_type", sorted(ALLOWED_PARENTS))
def test_page_type_can_be_added_only_under_its_allowed_parents(
    admin_client, page_of_each_type, page_type
):
    app_label, model_name = page_type.lower().split(".")
    for parent_label, parent in page_of_each_type.items():
        url = f"/admin/pages/add/{app_label}/{model_name}/{parent.pk}/"
        response = admin_client.get(url)
        allowed = parent_label in ALLOWED_PARENTS[page_type] and page_type not in SINGLETONS
        if allowed:
            assert response.status_code == 200, (page_type, parent_label)
        else:  # the admin turns its PermissionDenied into a redirect with an error message
            assert (response.status_code, response.get("Location")) == (302, "/admin/"), (
                page_type,
                parent_label,
            )


@pytest.mark.django_db
def test_add_subpage_menu_offers_only_the_allowed_types(admin_client, page_of_each_type):
    forum = page_of_each_type["forum_pages.ForumIndexPage"]
    response = admin_client.get(f"/admin/pages/{forum.pk}/add_subpage/")
    assert response.status_code == 200
    offered = response.content.decode()
    assert "/admin/pages/add/forum_pages/forummeetingpage/" in offered
    assert "/admin/pages/add/home/standardpage/" in offered
    assert "/admin/pages/add/forum_pages/reportpage/" not in offered
