"""Files of the staff collection: refused to visitors, served to staff, never kept by a cache."""

import io

import PIL.Image
import pytest
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import PageViewRestriction

from editorial import roles
from tests.factories.documents import DocumentFactory, restricted_collection
from tests.factories.home import StandardPageFactory
from tests.factories.images import ImageFactory
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db

SECRET_TEXT = "Internt underlag for medarbetare"


@pytest.fixture
def staff_groups():
    return [Group.objects.get_or_create(name=name)[0] for name in roles.GROUPS]


@pytest.fixture
def personal(staff_groups):
    return restricted_collection("Personal", staff_groups)


@pytest.fixture
def private_document(personal):
    return DocumentFactory(title="Internt underlag", collection=personal, pdf_text=SECRET_TEXT)


@pytest.fixture
def private_image(personal):
    return ImageFactory(title="Intern bild", collection=personal)


@pytest.fixture
def staff_client(staff_groups):
    staff = Client()
    staff.force_login(UserFactory(groups=[Group.objects.get(name=roles.STAFF)]))
    return staff


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE = True


def file_bytes(response):
    return b"".join(response.streaming_content)


def stored_bytes(file_model):
    with file_model.file.open("rb") as stored:
        return stored.read()


def cache_directives(response):
    return {part.strip().split("=")[0] for part in response.get("Cache-Control", "").split(",")}


def image_page(parent, image, **fields):
    body = [("image", {"image": image, "alt_text": "Diagram", "caption": ""})]
    page = StandardPageFactory(parent=parent, body=body, **fields)
    page.save_revision().publish()
    return page


def test_a_visitor_is_sent_to_log_in_instead_of_getting_a_private_document(
    client, private_document
):
    response = client.get(private_document.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/_util/login/?next=")
    assert stored_bytes(private_document) not in response.content


def test_a_logged_in_user_outside_the_staff_groups_is_refused_too(client, private_document):
    client.force_login(UserFactory())
    assert client.get(private_document.url).status_code == 302


def test_staff_get_the_private_document_marked_private(staff_client, private_document):
    response = staff_client.get(private_document.url)
    assert response.status_code == 200
    assert file_bytes(response) == stored_bytes(private_document)
    assert "private" in cache_directives(response)


def test_a_public_document_is_served_to_anyone_without_private(client, home_page):
    document = DocumentFactory(title="Öppen rapport")
    response = client.get(document.url)
    assert response.status_code == 200
    assert file_bytes(response) == stored_bytes(document)
    assert "private" not in cache_directives(response)


def test_a_visitor_is_sent_to_log_in_instead_of_getting_a_private_image(client, private_image):
    response = client.get(f"/bilder/{private_image.pk}/width-1000/")
    assert response.status_code == 302
    assert response["Location"].startswith("/_util/login/?next=")


def test_staff_get_the_private_image_marked_private(staff_client, private_image):
    response = staff_client.get(f"/bilder/{private_image.pk}/width-1000/")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert PIL.Image.open(io.BytesIO(response.content)).width == 1000
    assert "private" in cache_directives(response)


def test_the_private_image_view_renders_only_the_sizes_templates_use(staff_client, private_image):
    assert staff_client.get(f"/bilder/{private_image.pk}/width-4000/").status_code == 404
    assert staff_client.get("/bilder/999999/width-1000/").status_code == 404


def test_the_private_image_view_sends_a_public_image_to_its_media_url(client, home_page):
    image = ImageFactory()
    response = client.get(f"/bilder/{image.pk}/width-1000/")
    assert response.status_code == 301
    assert response["Location"].startswith("/media/images/")


def test_a_page_links_a_private_image_through_the_checking_view(
    staff_client, home_page, private_image
):
    page = image_page(home_page, private_image)
    html = staff_client.get(page.url).content.decode()
    assert f'src="/bilder/{private_image.pk}/width-1000/"' in html
    assert "/media/images/" not in html


def test_a_page_links_a_public_image_at_its_media_url(client, home_page):
    image = ImageFactory()
    html = client.get(image_page(home_page, image).url).content.decode()
    assert 'src="/media/images/' in html
    assert "/bilder/" not in html


def test_staff_get_a_restricted_page_marked_private(staff_client, home_page, staff_groups):
    page = StandardPageFactory(parent=home_page, title="Internt")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set(staff_groups)
    response = staff_client.get(page.url)
    assert response.status_code == 200
    assert "private" in cache_directives(response)


def test_the_page_cache_never_keeps_a_restricted_page_for_visitors(page_cache, home_page):
    login_only = StandardPageFactory(parent=home_page, title="Bara inloggade")
    PageViewRestriction.objects.create(page=login_only, restriction_type="login")
    with_password = StandardPageFactory(parent=home_page, title="Med lösenord")
    PageViewRestriction.objects.create(
        page=with_password, restriction_type="password", password="hemligt"
    )
    for page in (login_only, with_password):
        page.save_revision().publish()
        responses = [Client().get(page.url) for _ in range(2)]
        assert [r.has_header("X-Page-Cache") for r in responses] == [False, False], page.title
    password_form = Client().get(with_password.url)
    assert password_form.status_code == 200
    assert "private" in cache_directives(password_form)


def test_the_page_cache_never_keeps_a_private_file_for_visitors(
    page_cache, home_page, private_document, private_image
):
    for url in (private_document.url, f"/bilder/{private_image.pk}/width-1000/"):
        responses = [Client().get(url) for _ in range(2)]
        assert [r.status_code for r in responses] == [302, 302], url
        assert not any(r.has_header("X-Page-Cache") for r in responses), url
