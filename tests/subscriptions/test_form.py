"""The form tells nobody whether an address subscribes, refuses bots and floods, and every
bad or old link gets a Swedish page with status 400."""

import datetime
import time
from unittest import mock

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client

from subscriptions import tokens
from subscriptions.models import Subscriber
from tests.factories.home import StandardPageFactory
from tests.factories.subscriptions import SubscriberFactory, links

pytestmark = pytest.mark.django_db


def subscribe(client, email, **topics):
    data = {"email": email, "consent": "on", **(topics or {"meetings": "on"})}
    return client.post("/prenumerera/", data)


def answer(response, client):
    """Everything a visitor can observe about the answer."""
    followed = client.get(response["Location"])
    return response.status_code, response["Location"], followed.status_code, followed.content


def test_new_unconfirmed_and_confirmed_addresses_get_the_same_answer(client, subscription_page):
    SubscriberFactory(email="bekraftad@example.se", reports=True, meetings=False)
    SubscriberFactory(email="obekraftad@example.se", unconfirmed=True)
    answers = {
        email: answer(subscribe(client, email, meetings="on"), client)
        for email in ("ny@example.se", "obekraftad@example.se", "bekraftad@example.se")
    }
    assert len(set(answers.values())) == 1
    assert b"Om adressen kan ta emot e-post" in answers["ny@example.se"][3]

    by_address = {message.to[0]: message for message in mail.outbox}
    assert links(by_address["ny@example.se"], "bekrafta")
    assert links(by_address["obekraftad@example.se"], "bekrafta")
    # The confirmed address is told how to change its topics, and its topics are unchanged.
    known = by_address["bekraftad@example.se"]
    assert known.subject == "Du prenumererar redan på Regionportalen"
    assert links(known, "andra") and links(known, "avsluta") and not links(known, "bekrafta")
    subscriber = Subscriber.objects.get(email="bekraftad@example.se")
    assert (subscriber.reports, subscriber.meetings) == (True, False)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"email": "", "consent": "on", "meetings": "on"}, "Fyll i din e-postadress."),
        ({"email": "inte-en-adress", "consent": "on", "meetings": "on"}, "namn@exempel.se"),
        ({"email": "a@example.se", "consent": "on"}, "Välj minst ett ämne."),
        ({"email": "a@example.se", "meetings": "on"}, "Du behöver samtycka"),
    ],
)
def test_invalid_input_is_explained_in_swedish(client, subscription_page, data, message):
    response = client.post("/prenumerera/", data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Formuläret kunde inte skickas" in html and message in html
    assert not Subscriber.objects.exists() and mail.outbox == []


@pytest.mark.parametrize("field", ["themes", "counties"])
@pytest.mark.parametrize("value", ["9" * 30, "-" + "9" * 30, "²", "NaN"])
def test_a_topic_that_cannot_be_an_id_is_explained(client, subscription_page, field, value):
    data = {"email": "a@example.se", "consent": "on", "meetings": "on", field: value}
    response = client.post("/prenumerera/", data)
    assert response.status_code == 400
    assert "Formuläret kunde inte skickas" in response.content.decode()
    assert not Subscriber.objects.exists() and mail.outbox == []


def test_the_honeypot_gets_the_usual_answer_and_nothing_happens(client, subscription_page):
    html = client.get("/prenumerera/").content.decode()
    assert 'tabindex="-1"' in html and 'autocomplete="off"' in html
    assert "Lämna det här fältet tomt" in html
    response = client.post(
        "/prenumerera/",
        {"email": "bot@example.se", "consent": "on", "meetings": "on", "website": "http://x"},
    )
    assert response.status_code == 303 and response["Location"] == "/prenumerera/skickat/"
    assert not Subscriber.objects.exists() and mail.outbox == []


def test_the_form_is_rate_limited_per_client_address(client, subscription_page):
    for number in range(5):
        assert subscribe(client, f"person{number}@example.se").status_code == 303
    refused = subscribe(client, "person5@example.se")
    assert refused.status_code == 429
    assert "Vänta tio minuter" in refused.content.decode()
    assert not Subscriber.objects.filter(email="person5@example.se").exists()
    # Another address is not held up, and the window passes.
    other = Client(REMOTE_ADDR="192.0.2.7")
    assert subscribe(other, "person6@example.se").status_code == 303
    with mock.patch("subscriptions.ratelimit.time.time", return_value=time.time() + 601):
        assert subscribe(client, "person7@example.se").status_code == 303


def test_one_address_gets_at_most_three_mails_an_hour_from_the_form(client, subscription_page):
    for number in range(4):
        Client(REMOTE_ADDR=f"192.0.2.{number}").post(
            "/prenumerera/", {"email": "offer@example.se", "consent": "on", "meetings": "on"}
        )
    assert len(mail.outbox) == 3


@pytest.mark.parametrize("route", ["bekrafta", "andra", "avsluta"])
def test_tampered_links_give_a_swedish_400_page(client, subscription_page, route):
    subscriber = SubscriberFactory(unconfirmed=True)
    purpose = {"bekrafta": tokens.CONFIRM, "andra": tokens.MANAGE, "avsluta": tokens.UNSUBSCRIBE}
    token = tokens.make_token(subscriber, purpose[route])
    for bad in (token[:-2] + "xx", "abc", token.replace(token[5], "0" if token[5] != "0" else "1")):
        for method in (client.get, client.post):
            response = method(f"/prenumerera/{route}/{bad}/")
            assert response.status_code == 400, (route, bad)
            assert "Länken fungerar inte" in response.content.decode()
    assert Subscriber.objects.filter(pk=subscriber.pk, confirmed_at=None).exists()


def test_a_link_for_one_purpose_does_not_work_for_another(client, subscription_page):
    subscriber = SubscriberFactory()
    manage = tokens.make_token(subscriber, tokens.MANAGE)
    assert client.post(f"/prenumerera/avsluta/{manage}/").status_code == 400
    assert Subscriber.objects.filter(pk=subscriber.pk).exists()


def test_an_expired_confirmation_link_says_so(client, subscription_page):
    subscriber = SubscriberFactory(unconfirmed=True)
    token = tokens.make_token(subscriber, tokens.CONFIRM)
    later = time.time() + datetime.timedelta(days=7, minutes=1).total_seconds()
    with mock.patch("django.core.signing.time.time", return_value=later):
        response = client.post(f"/prenumerera/bekrafta/{token}/")
    assert response.status_code == 400
    assert "Länken har gått ut" in response.content.decode()
    subscriber.refresh_from_db()
    assert not subscriber.is_confirmed


def test_unconfirmed_addresses_are_purged_after_seven_days(client, subscription_page, capsys):
    now = datetime.datetime.now(tz=datetime.UTC)
    old = SubscriberFactory(unconfirmed=True, confirmation_sent_at=now - datetime.timedelta(8))
    fresh = SubscriberFactory(unconfirmed=True, confirmation_sent_at=now - datetime.timedelta(6))
    confirmed = SubscriberFactory(confirmation_sent_at=now - datetime.timedelta(30))
    old_link = f"/prenumerera/bekrafta/{tokens.make_token(old, tokens.CONFIRM)}/"

    call_command("purge_unconfirmed_subscribers")
    assert "Raderade 1 obekräftade prenumeranter." in capsys.readouterr().out
    assert set(Subscriber.objects.all()) == {fresh, confirmed}
    call_command("purge_unconfirmed_subscribers")
    assert "Raderade 0 obekräftade prenumeranter." in capsys.readouterr().out

    response = client.get(old_link)
    assert response.status_code == 400
    assert "Prenumerationen finns inte längre" in response.content.decode()


def test_other_pages_under_an_avsluta_path_keep_csrf_protection(home_page, subscription_page):
    section = StandardPageFactory(parent=home_page, slug="avsluta")
    StandardPageFactory(parent=section, slug="sida")
    response = Client(enforce_csrf_checks=True).post("/avsluta/sida/")
    assert response.status_code == 403


def test_the_subscription_form_itself_needs_a_csrf_token(subscription_page):
    response = Client(enforce_csrf_checks=True).post(
        "/prenumerera/", {"email": "a@example.se", "consent": "on", "meetings": "on"}
    )
    assert response.status_code == 403
