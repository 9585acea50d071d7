"""The accessibility statement (tillgänglighetsredogörelse) and its form for reporting problems."""

import pytest
from wagtail.contrib.forms.models import FormSubmission

from home.models import FormPage, PortalSettings

pytestmark = pytest.mark.django_db


@pytest.fixture
def statement(demo):
    return FormPage.objects.get(slug="tillganglighet")


def test_statement_follows_diggs_structure_and_is_linked_from_the_footer(client, statement):
    html = client.get(statement.url).content.decode()
    for heading in (
        "Hur tillgänglig är webbplatsen?",
        "Rapportera brister i webbplatsens tillgänglighet",
        "Tillsyn",
        "Myndigheten för digital förvaltning",
        "Innehåll som inte är tillgängligt",
    ):
        assert heading in html, heading
    assert PortalSettings.load().accessibility_page_id == statement.pk
    footer = client.get("/").content.decode().split("<footer")[1]
    assert f'href="{statement.url}"' in footer


def test_a_report_is_stored_and_thanked_for(client, statement):
    response = client.post(
        statement.url,
        {
            "sidans_adress": "/forum/",
            "beskriv_problemet": "Fokus syns inte på knappen.",
            "din_e_postadress": "",
        },
    )
    assert response.status_code == 200
    assert "Tack för ditt meddelande" in response.content.decode()
    submission = FormSubmission.objects.get(page=statement)
    assert "Fokus syns inte" in submission.form_data["beskriv_problemet"]


def test_a_report_without_a_description_shows_errors_and_is_not_stored(client, statement):
    response = client.post(statement.url, {"din_e_postadress": "inte-en-adress"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Formuläret kunde inte skickas" in html
    assert not FormSubmission.objects.exists()


def test_reports_are_listed_in_the_admin(admin_client, client, statement):
    client.post(statement.url, {"beskriv_problemet": "Kontrasten är för låg."})
    response = admin_client.get(f"/admin/forms/submissions/{statement.pk}/")
    assert response.status_code == 200
    assert "Kontrasten är för låg." in response.content.decode()
