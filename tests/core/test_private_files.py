"""Files of the staff collection: refused to visitors, served to staff, never kept by a cache."""

import io
import re

import PIL.Image
import pytest
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

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


@pytest.fixture
def outsider_client():
    outsider = Client()
    outsider.force_login(UserFactory(username="utomstaende"))
    return outsider


def assert_forbidden_to_outsider(response, secret=None):
    assert response.status_code == 403
    html = response.content.decode()
    assert "Du har inte behörighet" in html
    assert "Du är inloggad som <strong>utomstaende</strong>" in html
    assert "Logga in med ett annat konto" in html
    assert "no-store" in response.get("Cache-Control", "")
    if secret is not None:
        assert secret not in response.content


def test_a_signed_in_reader_outside_the_staff_groups_gets_a_403_for_a_private_document(
    outsider_client, private_document
):
    response = outsider_client.get(private_document.url)
    assert_forbidden_to_outsider(response, secret=stored_bytes(private_document))
    assert f"next={private_document.url}" in response.content.decode()


def test_a_signed_in_reader_outside_the_staff_groups_gets_a_403_for_a_private_image(
    outsider_client, private_image
):
    assert_forbidden_to_outsider(outsider_client.get(f"/bilder/{private_image.pk}/width-1000/"))


def test_a_signed_in_reader_outside_the_staff_groups_gets_a_403_for_a_restricted_page(
    outsider_client, home_page, staff_groups
):
    page = StandardPageFactory(parent=home_page, title="Internt", intro="Bara för personal")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set(staff_groups)
    response = outsider_client.get(page.url)
    assert_forbidden_to_outsider(response)
    assert "Bara för personal" not in response.content.decode()


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


RANDOM_RENDITION_NAME = re.compile(r"^images/[\w-]+\.width-1000\.[\w-]{16}\.png$")


def test_rendition_names_carry_a_random_part_that_cannot_be_derived(home_page):
    image = ImageFactory()
    names = [image.get_rendition("width-1000").file.name]
    image.renditions.all().delete()
    names.append(image.get_rendition("width-1000").file.name)
    assert all(RANDOM_RENDITION_NAME.match(name) for name in names), names
    assert names[0] != names[1]


def test_the_admins_thumbnail_of_a_private_image_has_an_unguessable_name(
    admin_client, private_image
):
    html = admin_client.get("/admin/images/").content.decode()
    thumbnails = re.findall(r'src="/media/(images/[^"]+)"', html)
    assert thumbnails
    assert all(re.search(r"\.[\w-]{16}\.\w+$", name) for name in thumbnails), thumbnails


def rendition_files(image):
    return [r.file for r in image.renditions.all()]


def test_an_image_moved_into_the_staff_collection_loses_its_renditions(
    admin_client, personal, django_capture_on_commit_callbacks
):
    image = ImageFactory(title="Snart intern")
    files = [image.get_rendition(spec).file for spec in ("width-1000", "max-165x165")]
    storage = files[0].storage
    names = [f.name for f in files]
    assert all(storage.exists(name) for name in names)
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            f"/admin/images/{image.pk}/",
            {"title": image.title, "collection": personal.pk, "tags": ""},
        )
    assert response.status_code == 302
    image.refresh_from_db()
    assert image.collection == personal
    assert not image.renditions.exists()
    assert not any(storage.exists(name) for name in names)


def test_a_collection_that_becomes_restricted_drops_its_images_renditions(
    staff_groups, django_capture_on_commit_callbacks
):
    collection = Collection.get_first_root_node().add_child(name="Snart intern")
    child = collection.add_child(name="Underlag")
    images = [ImageFactory(collection=collection), ImageFactory(collection=child)]
    elsewhere = ImageFactory()
    for image in [*images, elsewhere]:
        image.get_rendition("width-1000")
    with django_capture_on_commit_callbacks(execute=True):
        CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.LOGIN
        )
    renditions = get_image_model().get_rendition_model().objects
    assert not renditions.filter(image__in=images).exists()
    assert renditions.filter(image=elsewhere).exists()


def test_a_public_image_keeps_its_renditions_when_saved(home_page):
    image = ImageFactory()
    rendition = image.get_rendition("width-1000")
    image.title = "Nytt namn"
    image.save()
    assert list(image.renditions.all()) == [rendition]
