"""Two editors on one page: the second save built on an older version is refused with a message
and the first editor's change stays the latest revision; saving again overwrites on purpose. A
lock held by one editor keeps the other from saving at all."""

import html
import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client
from wagtail.models import GroupPagePermission

from tests.factories.admin import standard_page_form
from tests.factories.home import StandardPageFactory

pytestmark = pytest.mark.django_db

REFUSED = "Dina ändringar är inte sparade"


@pytest.fixture
def editors(home_page, django_user_model):
    group = Group.objects.create(name="Samtidiga redaktörer")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("change_page", "lock_page"):
        GroupPagePermission.objects.create(
            group=group, page=home_page, permission=Permission.objects.get(codename=codename)
        )
    clients = []
    for name in ("anna", "bertil"):
        user = django_user_model.objects.create_user(
            name, f"{name}@example.se", "pw", first_name=name.capitalize()
        )
        user.groups.add(group)
        client = Client()
        client.force_login(user)
        clients.append(client)
    return clients


@pytest.fixture
def page(home_page):
    page = StandardPageFactory(parent=home_page, title="Regional utveckling")
    page.save_revision().publish()
    return page


def edit_url(page):
    return f"/admin/pages/{page.pk}/edit/"


def loaded_revision(response):
    """The hidden fields of the edit form that say which revision it was loaded from."""
    content = response.content.decode()
    return {
        name: html.unescape(re.search(rf'name="{name}" value="([^"]*)"', content).group(1))
        for name in ("loaded_revision_id", "loaded_revision_created_at")
    }


def save(client, page, loaded, **changes):
    return client.post(edit_url(page), {**standard_page_form(page, **changes), **loaded})


def latest_title(page):
    page.refresh_from_db()
    return page.get_latest_revision().as_object().title


def test_an_editor_saving_over_a_newer_version_is_refused_and_keeps_their_changes(editors, page):
    anna, bertil = editors
    annas_form = loaded_revision(anna.get(edit_url(page)))

    bertils_form = loaded_revision(bertil.get(edit_url(page)))
    assert save(bertil, page, bertils_form, title="Bertils rubrik").status_code == 302
    assert latest_title(page) == "Bertils rubrik"

    response = save(anna, page, annas_form, title="Annas rubrik")
    assert response.status_code == 200
    content = response.content.decode()
    assert REFUSED in content and "Sidan sparades av Bertil" in content
    assert 'value="Annas rubrik"' in content  # her changes are still in the form
    assert latest_title(page) == "Bertils rubrik"

    # Saving the returned form (it now names the latest revision) overwrites on purpose.
    response = save(anna, page, loaded_revision(response), title="Annas rubrik")
    assert response.status_code == 302
    assert latest_title(page) == "Annas rubrik"
    assert page.revisions.count() == 3  # Bertil's version stays in the history


def test_saving_an_up_to_date_form_is_not_refused(editors, page):
    anna, _ = editors
    form = loaded_revision(anna.get(edit_url(page)))
    assert save(anna, page, form, title="Ny rubrik").status_code == 302
    form = loaded_revision(anna.get(edit_url(page)))
    assert save(anna, page, form, title="Nyare rubrik").status_code == 302
    assert latest_title(page) == "Nyare rubrik"


def test_a_page_locked_by_one_editor_cannot_be_saved_by_another(editors, page):
    anna, bertil = editors
    annas_form = loaded_revision(anna.get(edit_url(page)))
    assert bertil.post(f"/admin/pages/{page.pk}/lock/").status_code == 302
    bertils_form = loaded_revision(bertil.get(edit_url(page)))
    assert save(bertil, page, bertils_form, title="Bertils rubrik").status_code == 302

    response = save(anna, page, annas_form, title="Annas rubrik")
    assert response.status_code == 200
    assert "låst" in response.content.decode().lower()
    assert latest_title(page) == "Bertils rubrik"
    # Not even with a form of the latest version.
    response = save(anna, page, loaded_revision(anna.get(edit_url(page))), title="Annas rubrik")
    assert response.status_code == 200
    assert latest_title(page) == "Bertils rubrik"
