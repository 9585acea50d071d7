"""Periodic review: dates set on publish, shown publicly, the owner's
dashboard panel, the report with filters and CSV, and the daily reminder digest."""

import csv
import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core.review_dates import add_months
from editorial.models import ReviewReminder
from home.models import StandardPage
from tests.factories.admin import standard_page_form
from tests.factories.home import StandardPageFactory
from tests.factories.region_teams import ContactFactory

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate


def days(n):
    return TODAY() + datetime.timedelta(days=n)


def owned_page(parent, owner, review_due, **kwargs):
    """A published page of `owner` whose review is due on `review_due`."""
    page = StandardPageFactory(parent=parent, content_owner=owner, **kwargs)
    page.save_revision().publish()
    StandardPage.objects.filter(pk=page.pk).update(review_due=review_due)
    return page


@pytest.fixture
def owner(superuser):
    return ContactFactory(name="Anna Ägare", user=superuser)


@pytest.fixture
def other_owner(django_user_model):
    user = django_user_model.objects.create_user("bertil", "bertil@example.se", "pw")
    return ContactFactory(name="Bertil Annan", user=user)


# Dates on publish ------------------------------------------------------------------------------


def test_publishing_in_the_admin_sets_the_review_dates_and_shows_them(home_page, admin_client):
    page = StandardPageFactory(parent=home_page, title="Om forumet", live=False)
    url = f"/admin/pages/{page.pk}/edit/"
    response = admin_client.post(url, {**standard_page_form(page), "action-publish": "on"})
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live
    assert page.last_reviewed == TODAY()
    assert page.review_due == add_months(TODAY(), 12)
    html = admin_client.get(page.url).content.decode()
    assert "Senast granskad:" in html and f'datetime="{TODAY():%Y-%m-%d}"' in html
    # The editor shows the date that was stored on publish.
    assert f'value="{page.review_due:%Y-%m-%d}"' in admin_client.get(url).content.decode()


def test_an_editors_later_review_date_is_kept_and_a_past_one_replaced(home_page, admin_client):
    page = StandardPageFactory(parent=home_page, live=False)
    url = f"/admin/pages/{page.pk}/edit/"
    later = days(500).isoformat()
    admin_client.post(url, {**standard_page_form(page, review_due=later), "action-publish": "on"})
    page.refresh_from_db()
    assert page.review_due.isoformat() == later
    past = days(-3).isoformat()
    admin_client.post(url, {**standard_page_form(page, review_due=past), "action-publish": "on"})
    page.refresh_from_db()
    assert page.review_due == add_months(TODAY(), 12)


def test_add_months_keeps_the_day_or_takes_the_months_last():
    assert add_months(datetime.date(2025, 3, 15), 12) == datetime.date(2026, 3, 15)
    assert add_months(datetime.date(2024, 2, 29), 12) == datetime.date(2025, 2, 28)
    assert add_months(datetime.date(2025, 8, 31), 6) == datetime.date(2026, 2, 28)


# Dashboard panel -------------------------------------------------------------------------------


def test_dashboard_lists_my_due_pages_overdue_first(home_page, admin_client, owner, other_owner):
    owned_page(home_page, owner, days(20), title="Snart dags")
    owned_page(home_page, owner, days(-40), title="Länge sedan")
    owned_page(home_page, owner, days(200), title="Långt kvar")
    owned_page(home_page, other_owner, days(-5), title="Någon annans")
    html = admin_client.get("/admin/").content.decode()
    assert "Mina sidor att granska" in html
    assert html.index("Länge sedan") < html.index("Snart dags")
    assert "Långt kvar" not in html and "Någon annans" not in html
    assert "Försenad" in html


def test_dashboard_has_no_panel_without_due_pages(home_page, admin_client, owner):
    owned_page(home_page, owner, days(200))
    assert "Mina sidor att granska" not in admin_client.get("/admin/").content.decode()


# Report ----------------------------------------------------------------------------------------

REPORT = "/admin/reports/granskning/"
RESULTS = "/admin/reports/granskning/results/"  # the table alone, without the filter form


@pytest.fixture
def due(home_page, owner, other_owner):
    section = StandardPageFactory(parent=home_page, title="Avdelning Ett", content_owner=owner)
    section.save_revision().publish()  # due in a year: not in the report
    return {
        "mine": owned_page(section, owner, days(-1), title="Min försenade"),
        "theirs": owned_page(home_page, other_owner, days(10), title="Deras snart"),
        "later": owned_page(home_page, other_owner, days(90), title="Deras senare"),
        "section": section,
    }


def test_report_lists_every_due_page(due, admin_client):
    assert "Sidor att granska" in admin_client.get(REPORT).content.decode()
    html = admin_client.get(RESULTS).content.decode()
    assert "Min försenade" in html and "Deras snart" in html
    assert "Deras senare" not in html and ">Avdelning Ett<" not in html


def test_report_filters_by_owner_and_section(due, admin_client, owner):
    by_owner = admin_client.get(RESULTS, {"owner": owner.pk}).content.decode()
    assert "Min försenade" in by_owner and "Deras snart" not in by_owner
    by_section = admin_client.get(RESULTS, {"section": due["section"].pk}).content.decode()
    assert "Min försenade" in by_section and "Deras snart" not in by_section


def test_report_exports_csv(due, admin_client):
    response = admin_client.get(REPORT, {"export": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(content)))
    assert rows[0][:5] == ["Sida", "Sökväg", "Avdelning", "Innehållsansvarig", "Granskas senast"]
    by_title = {row[0]: row for row in rows[1:]}
    assert set(by_title) == {"Min försenade", "Deras snart"}
    assert by_title["Min försenade"][2:5] == ["Avdelning Ett", "Anna Ägare", days(-1).isoformat()]
    assert by_title["Min försenade"][6] == "Försenad"


def test_report_runs_a_fixed_number_of_queries(due, admin_client, home_page, other_owner):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert admin_client.get(REPORT).status_code == 200
        return len(captured)

    before = queries()
    for n in range(5):
        owned_page(home_page, ContactFactory(), days(-n), title=f"Extra {n}")
    assert queries() == before


def test_report_is_refused_to_users_without_page_permissions(due, client, django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("lasare", "l@example.se", "pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get(REPORT)
    assert response.status_code in (302, 403)
    assert "Min försenade" not in response.content.decode()


# Reminders -------------------------------------------------------------------------------------


def test_reminders_send_one_digest_per_owner_and_day(due, owner, other_owner):
    owned_page(due["section"], owner, days(5), title="Min snart")
    call_command("send_review_reminders", stdout=io.StringIO())
    assert sorted(m.to[0] for m in mail.outbox) == ["bertil@example.se", "webbadmin@example.se"]
    mine = next(m for m in mail.outbox if m.to == ["webbadmin@example.se"])
    assert "Min försenade" in mine.body and "Min snart" in mine.body
    assert "(försenad)" in mine.body and "Deras snart" not in mine.body
    assert "/admin/pages/" in mine.body
    assert ReviewReminder.objects.filter(sent_on=TODAY()).count() == 2

    call_command("send_review_reminders", stdout=io.StringIO())
    assert len(mail.outbox) == 2


def test_reminders_skip_owners_without_an_account(home_page):
    owned_page(home_page, ContactFactory(user=None), days(-1))
    call_command("send_review_reminders", stdout=io.StringIO())
    assert mail.outbox == []
