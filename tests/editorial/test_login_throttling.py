"""Login throttling (django-axes): five failed logins for one account, or from one client,
block further attempts, even with the right password, with a Swedish message and 429; the
block lifts by itself after the cool-off, or when an administrator lifts it in the admin."""

import datetime

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import Group, Permission
from django.db.models import F
from django.test import Client
from django.urls import reverse

from editorial.roles import WEB_ADMIN
from tests.factories.users import TEST_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

LOGIN_URL = "/admin/login/"
BLOCKED = "För många misslyckade inloggningsförsök. Försök igen om 15 minuter"
LIST_URL = "/admin/sparrade-inloggningar/"


@pytest.fixture(autouse=True)
def axes_on(settings):
    settings.AXES_ENABLED = True


@pytest.fixture
def editor(db):
    user = UserFactory(username="lisa")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def log_in(client, username, password=TEST_PASSWORD, **request):
    return client.post(LOGIN_URL, {"username": username, "password": password}, **request)


def fail(client, username, times=5, **request):
    for _ in range(times):
        response = log_in(client, username, "fel-lösenord", **request)
        assert response.status_code in (200, 429)


def assert_blocked(response):
    assert response.status_code == 429
    assert BLOCKED in response.content.decode()


def assert_logged_in(response):
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")


def test_four_failures_still_let_the_right_password_in(client, editor):
    fail(client, "lisa", times=4)
    assert_logged_in(log_in(client, "lisa"))


def test_five_failures_block_the_account_even_with_the_right_password(client, editor):
    fail(client, "lisa")
    assert_blocked(log_in(client, "lisa"))
    assert client.get("/admin/").status_code == 302  # not logged in: to the login page


def test_a_blocked_account_is_blocked_from_every_address(editor):
    fail(Client(REMOTE_ADDR="198.51.100.1"), "lisa")
    assert_blocked(log_in(Client(REMOTE_ADDR="198.51.100.2"), "lisa"))


def test_one_client_guessing_many_accounts_is_blocked_but_others_are_not(editor):
    guesser = Client(REMOTE_ADDR="198.51.100.9")
    for name in ("anna", "bertil", "cecilia", "david", "erik"):
        fail(guesser, name, times=1)
    assert_blocked(log_in(guesser, "lisa"))
    assert_logged_in(log_in(Client(REMOTE_ADDR="198.51.100.10"), "lisa"))


def test_the_block_lifts_by_itself_after_the_cool_off(client, editor):
    fail(client, "lisa")
    assert_blocked(log_in(client, "lisa"))
    # As if 16 minutes had passed since the latest attempt.
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - datetime.timedelta(minutes=16))
    assert_logged_in(log_in(client, "lisa"))


def test_behind_the_proxy_the_address_it_appended_counts_not_what_the_client_wrote(
    settings, editor
):
    # As base.py sets them for LOGIN_CLIENT_IP_HEADER=HTTP_X_FORWARDED_FOR.
    settings.AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR")
    proxy = Client(REMOTE_ADDR="127.0.0.1")
    for n, name in enumerate(("anna", "bertil", "cecilia", "david", "erik")):
        spoofed = f"192.0.2.{n}, 203.0.113.7"  # the client wrote the first entry itself
        fail(proxy, name, times=1, HTTP_X_FORWARDED_FOR=spoofed)
    assert_blocked(log_in(proxy, "lisa", HTTP_X_FORWARDED_FOR="203.0.113.7"))
    assert_logged_in(log_in(proxy, "lisa", HTTP_X_FORWARDED_FOR="203.0.113.8"))


@pytest.fixture
def web_admin(db):
    user = UserFactory(username="webbadmin2")
    user.groups.add(Group.objects.get(name=WEB_ADMIN))
    return user


@pytest.mark.parametrize("who", ["superuser", "web_admin"])
def test_an_administrator_lifts_a_block_in_the_admin(request, who, client, editor):
    fail(client, "lisa")
    admin = Client()
    admin.force_login(request.getfixturevalue(who))

    listing = admin.get(LIST_URL)
    assert listing.status_code == 200
    assert "lisa" in listing.content.decode()
    attempt = AccessAttempt.objects.get(username="lisa")
    delete_url = f"{LIST_URL}delete/{attempt.pk}/"
    assert admin.get(delete_url).status_code == 200  # the confirmation
    response = admin.post(delete_url)
    assert response.status_code == 302
    assert "lisa" not in admin.get(LIST_URL).content.decode()

    assert_logged_in(log_in(client, "lisa"))


def test_an_editor_cannot_see_or_lift_blocks(client, editor):
    fail(Client(REMOTE_ADDR="198.51.100.3"), "olle")
    attempt = AccessAttempt.objects.get(username="olle")
    client.force_login(editor)
    for response in (
        client.get(LIST_URL),
        client.post(f"{LIST_URL}delete/{attempt.pk}/"),
    ):
        assert response.status_code == 403 or (
            response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
        )
    assert AccessAttempt.objects.filter(username="olle").exists()


def test_nobody_adds_or_edits_attempts_by_hand(admin_client):
    fail(Client(REMOTE_ADDR="198.51.100.4"), "olle")
    attempt = AccessAttempt.objects.get(username="olle")
    for url in (f"{LIST_URL}new/", f"{LIST_URL}edit/{attempt.pk}/"):
        response = admin_client.get(url)
        assert response.status_code in (302, 403)


def test_a_new_password_must_pass_the_password_validators(client, editor):
    client.force_login(editor)
    response = client.post(
        reverse("wagtailadmin_account"),
        {
            "password-old_password": TEST_PASSWORD,
            "password-new_password1": "12345678",
            "password-new_password2": "12345678",
        },
    )
    assert response.status_code == 200
    editor.refresh_from_db()
    assert editor.check_password(TEST_PASSWORD)
    page = response.content.decode()
    assert "för vanligt" in page or "helt numeriskt" in page
