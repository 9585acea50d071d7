"""A reader's whole journey, through HTTP and the mails they get: subscribe, confirm, receive a
notice when a meeting is published, change topics, unsubscribe with one click."""

import pytest
from django.core import mail
from django.test import Client

from subscriptions.models import DEFAULT_CONSENT_TEXT, Delivery, Subscriber, consent_version
from tests.factories.subscriptions import (
    checked,
    links,
    mails_to,
    publish_meeting,
    publish_report,
)

pytestmark = pytest.mark.django_db

ADDRESS = "anna.lind@example.se"
FORM_ENCODED = "application/x-www-form-urlencoded"


def subscribe(client, email=ADDRESS, **topics):
    data = {"email": email, "consent": "on", **(topics or {"meetings": "on"})}
    return client.post("/prenumerera/", data)


def test_the_whole_life_cycle(client, subscription_page, forum, theme, report_index):
    # The form.
    form = client.get("/prenumerera/")
    assert form.status_code == 200
    html = form.content.decode()
    assert 'name="email"' in html and 'name="themes"' in html and 'name="counties"' in html
    assert "det är vi som ansvarar för denna uppgift" in html  # the default consent text

    # Subscribe: one answer for everyone, one mail with a confirmation link.
    response = subscribe(client, "  Anna.Lind@Example.SE ", meetings="on", themes=[theme.pk])
    assert response.status_code == 303
    assert response["Location"] == "/prenumerera/skickat/"
    assert "Om adressen kan ta emot e-post" in client.get(response["Location"]).content.decode()
    subscriber = Subscriber.objects.get()
    assert subscriber.email == ADDRESS
    assert not subscriber.is_confirmed
    assert subscriber.consent_text == DEFAULT_CONSENT_TEXT
    assert subscriber.consent_version == consent_version(DEFAULT_CONSENT_TEXT)
    assert len(mail.outbox) == 1
    [confirm_link] = links(mail.outbox[0], "bekrafta")
    assert mail.outbox[0].to == [ADDRESS]

    # A link checker's GET confirms nothing; the reader's button does.
    page = client.get(confirm_link)
    assert page.status_code == 200
    assert "Bekräfta prenumerationen" in page.content.decode()
    subscriber.refresh_from_db()
    assert not subscriber.is_confirmed
    done = client.post(confirm_link)
    assert done.status_code == 200
    assert "Prenumerationen är bekräftad" in done.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.is_confirmed

    # A meeting is published: one mail built from the page, with the unsubscribe headers.
    mail.outbox.clear()
    meeting = publish_meeting(forum, title="Politikerforum: Kompetensförsörjning", theme=theme)
    [notice] = mails_to(ADDRESS)
    assert notice.subject == "Nytt forummöte: Politikerforum: Kompetensförsörjning"
    assert "Rosenbad, Stockholm" in notice.body
    assert f"http://localhost{meeting.url}" in notice.body
    assert notice.alternatives[0].mimetype == "text/html"
    assert "Politikerforum: Kompetensförsörjning" in notice.alternatives[0].content
    [unsubscribe_link] = links(notice, "avsluta")
    assert notice.extra_headers["List-Unsubscribe"] == f"<http://localhost{unsubscribe_link}>"
    assert notice.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    # Publishing the same meeting again mails nobody.
    mail.outbox.clear()
    meeting.save_revision().publish()
    assert mail.outbox == []

    # Change topics from the mail's link: reports instead of meetings.
    [manage_link] = links(notice, "andra")
    manage = client.get(manage_link)
    assert manage.status_code == 200
    assert checked(manage, "meetings") and not checked(manage, "reports")
    saved = client.post(manage_link, {"reports": "on"})
    assert saved.status_code == 303
    assert "Dina val är sparade" in client.get(saved["Location"]).content.decode()
    subscriber.refresh_from_db()
    assert (subscriber.meetings, subscriber.reports, list(subscriber.themes.all())) == (
        False,
        True,
        [],
    )
    publish_meeting(forum, title="Tjänstemannaforum: Kompetensförsörjning", theme=theme)
    publish_report(report_index, title="Tillstånd och trender 2026")
    assert [m.subject for m in mails_to(ADDRESS)] == ["Ny rapport: Tillstånd och trender 2026"]

    # Unsubscribe: GET only asks; the one-click POST needs no CSRF token and erases everything.
    assert client.get(unsubscribe_link).status_code == 200
    assert Subscriber.objects.filter(email=ADDRESS).exists()
    one_click = Client(enforce_csrf_checks=True).post(
        unsubscribe_link, "List-Unsubscribe=One-Click", content_type=FORM_ENCODED
    )
    assert one_click.status_code == 200
    assert "Du prenumererar inte längre" in one_click.content.decode()
    assert not Subscriber.objects.exists()
    assert not Delivery.objects.exists()
    # The link still answers (a second click, a mail client retrying), and nothing comes back.
    assert client.post(unsubscribe_link).status_code == 200
    mail.outbox.clear()
    publish_report(report_index, title="Regionalt tillväxtarbete 2026")
    assert mail.outbox == []
