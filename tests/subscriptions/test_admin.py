"""The secretariat's side: list, filter, export (CSV) and erase subscribers, as each role."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from editorial import roles
from subscriptions.models import Delivery, Notice, Subscriber
from tests.factories.subscriptions import SubscriberFactory

pytestmark = pytest.mark.django_db

LIST = "wagtailsnippets_subscriptions_subscriber:list"
DELETE = "wagtailsnippets_subscriptions_subscriber:delete"


@pytest.fixture
def login_as(client, home_page):
    groups, _ = roles.ensure_groups()

    def login(group_name):
        user = get_user_model().objects.create_user(f"user-{len(group_name)}", password="pw")
        user.groups.add(Group.objects.get(name=group_name))
        client.force_login(user)
        return client

    return login


@pytest.fixture
def subscriber(theme, forum):
    subscriber = SubscriberFactory(email="anna.lind@example.se", reports=True, themes=[theme])
    notice = Notice.objects.create(kind="report", object_id=1, title="Rapport")
    Delivery.objects.create(notice=notice, subscriber=subscriber, status="sent")
    return subscriber


def refused(response):
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


@pytest.mark.parametrize("group", [roles.SECRETARIAT, roles.WEB_ADMIN])
def test_secretariat_and_web_admin_export_subscribers_as_csv(login_as, subscriber, group):
    client = login_as(group)
    listing = client.get(reverse(LIST))
    assert listing.status_code == 200
    assert "anna.lind@example.se" in listing.content.decode()
    export = client.get(reverse(LIST) + "?export=csv")
    assert export.status_code == 200
    assert 'filename="prenumeranter.csv"' in export["Content-Disposition"]
    rows = b"".join(export.streaming_content).decode().splitlines()
    assert rows[0].startswith("E-postadress,Anmäld,Bekräftad (samtycke)")
    assert "anna.lind@example.se" in rows[1]
    assert "Rapporter, Tema: Kompetensförsörjning" in rows[1]


def test_the_list_filters_on_confirmation(login_as, subscriber):
    SubscriberFactory(email="obekraftad@example.se", unconfirmed=True)
    html = login_as(roles.SECRETARIAT).get(reverse(LIST) + "?confirmed=false").content.decode()
    assert "obekraftad@example.se" in html and "anna.lind@example.se" not in html


def test_secretariat_erases_a_subscriber_on_request(login_as, subscriber):
    client = login_as(roles.SECRETARIAT)
    url = reverse(DELETE, args=[subscriber.pk])
    assert client.get(url).status_code == 200
    response = client.post(url)
    assert response.status_code == 302
    assert not Subscriber.objects.exists()
    assert not Delivery.objects.exists()


@pytest.mark.parametrize("group", [roles.EDITOR, roles.CONTENT_OWNER])
def test_other_roles_see_no_subscribers(login_as, subscriber, group):
    client = login_as(group)
    assert refused(client.get(reverse(LIST)))
    assert refused(client.get(reverse(LIST) + "?export=csv"))
    assert refused(client.post(reverse(DELETE, args=[subscriber.pk])))
    assert Subscriber.objects.filter(pk=subscriber.pk).exists()


def test_nobody_adds_a_subscriber_by_hand(login_as):
    client = login_as(roles.SECRETARIAT)
    add = reverse("wagtailsnippets_subscriptions_subscriber:add")
    assert refused(client.get(add))
