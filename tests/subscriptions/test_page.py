"""The subscription page: where it may be created, what it shows, and the demo's links to it."""

import pytest

from forum_pages.models import ForumIndexPage
from home.models import HomePage, StandardPage
from subscriptions.models import SubscriptionPage

pytestmark = pytest.mark.django_db


def test_the_page_goes_under_the_home_page_only():
    assert SubscriptionPage.allowed_parent_page_models() == [HomePage]
    assert SubscriptionPage not in StandardPage.allowed_subpage_models()
    assert SubscriptionPage.allowed_subpage_models() == []
    assert SubscriptionPage not in ForumIndexPage.allowed_subpage_models()


def test_the_form_shows_the_consent_text_and_the_topics(client, subscription_page, theme):
    subscription_page.consent_text = "Vi sparar adressen tills du avslutar."
    subscription_page.save_revision().publish()
    html = client.get("/prenumerera/").content.decode()
    assert "Vi sparar adressen tills du avslutar." in html
    assert "Kompetensförsörjning" in html and "Gotland" in html
    assert "<legend" in html and "Vad vill du få mejl om?" in html


def test_the_demo_has_the_page_and_the_forum_links_to_it(demo, client):
    response = client.get("/prenumerera/")
    assert response.status_code == 200
    assert 'href="/prenumerera/"' in client.get("/forum/").content.decode()
    assert 'href="/prenumerera/"' in client.get("/").content.decode()  # footer
